"""Stream-field values as Wagtail stores them.

A list block's items must carry ids (``{"type": "item", "value": …, "id": …}``):
without one, Wagtail reads the whole item as a bare value, and a struct block
then finds no fields in it — the page shows a dict and "None", and the editor
shows empty fields.
"""

import uuid


def list_block_items(values) -> list[dict]:
    """Items of a list block in Wagtail's list format, each with a new id."""
    return [{"type": "item", "value": value, "id": str(uuid.uuid4())} for value in values]
