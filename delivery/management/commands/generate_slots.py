from django.core.management.base import BaseCommand

from delivery.services import slots_generate


class Command(BaseCommand):
    help = "Create dated delivery and pickup slots from the slot templates, skipping holidays."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="days ahead (default 14)")

    def handle(self, *args, **options):
        created = slots_generate(days_ahead=options["days"])
        self.stdout.write(f"{created} slots created.")
