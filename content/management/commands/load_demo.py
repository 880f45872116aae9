from django.core.management.base import BaseCommand

from content.demo import DEMO_PASSWORD, demo_load


class Command(BaseCommand):
    help = (
        "Load demo cooperatives, members, products (with pictures drawn locally), "
        "pages in English and Urdu, and demo users. Safe to run again: what exists is kept."
    )

    def handle(self, *args, **options):
        users = demo_load(progress=lambda line: self.stdout.write(line))
        self.stdout.write(self.style.SUCCESS("\nDemo data is ready. Sign in with:"))
        for role, username, email in users:
            self.stdout.write(f"  {role:<28} {username:<22} {email:<32} password: {DEMO_PASSWORD}")
