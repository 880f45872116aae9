# Oscar's catalogue models, unchanged. English and Urdu columns for titles,
# descriptions and category names are added by modeltranslation (see
# translation.py); their migrations live in this fork.
from oscar.apps.catalogue.models import *  # noqa: F403
