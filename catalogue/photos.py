"""Check and clean product photos before they are saved.

Cooperative leaders upload photos straight from their phones, so every upload
is treated as untrusted and rebuilt from its pixels:

* The file is judged by its content, never by its name: Pillow identifies the
  format from the bytes (only the JPEG, PNG and WebP readers are tried), and
  the saved copy gets the extension of the real format.
* Decompression bombs are refused before any pixel is decoded: opening is lazy
  and reads only the header, so width × height is checked against our own
  limit first. Pillow's own limit is turned into the same refusal, never a 500.
* The photo is re-encoded without EXIF, XMP or comments: a phone's EXIF often
  holds the GPS position where the picture was taken, which for a home-based
  worker is her home. The ICC colour profile is kept.
* The EXIF orientation is applied to the pixels before the metadata is dropped,
  so a photo taken with the phone held upright is not shown lying on its side.
* Animated WebP/PNG files keep only their first frame.

Every refusal is a PhotoRejected carrying a short, translatable message meant
for the person uploading; PhotoField turns it into a form error.
"""

import io
import logging
import math
import re
import struct
import unicodedata
import warnings
from pathlib import PurePosixPath

from django import forms
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

logger = logging.getLogger(__name__)

MAX_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 40_000_000
# Pillow's format name -> the extension of the cleaned file.
ALLOWED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
# What the file picker offers; the content is still checked.
ACCEPT = "image/jpeg,image/png,image/webp"

# Multi-picture JPEGs, written by some phone cameras: a JPEG whose first
# picture is what every browser shows. It is saved as a plain JPEG.
_FORMAT_ALIASES = {"MPO": "JPEG"}
_JPEG_QUALITY = 88
_WEBP_QUALITY = 88
_NAME_MAX_LENGTH = 60
_NAME_FALLBACK = "photo"
# What Pillow raises on damaged or hostile input, while decoding or encoding.
_DECODE_ERRORS = (
    OSError,  # includes UnidentifiedImageError and "image file is truncated"
    SyntaxError,
    ValueError,
    TypeError,
    IndexError,
    KeyError,
    EOFError,
    struct.error,
    Image.DecompressionBombError,
    Image.DecompressionBombWarning,
)


class PhotoRejected(ValueError):
    """The upload cannot be used as a photo; `message` says why, for the uploader."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def photo_clean(upload, *, max_bytes=MAX_BYTES, max_pixels=MAX_PIXELS) -> ContentFile:
    """Check an uploaded photo and return a clean copy, ready to save.

    `upload` is a binary file-like object (a Django UploadedFile, a BytesIO...).
    The returned ContentFile holds the photo re-encoded in its own format with
    the orientation applied and no metadata; its `name` is the sanitised
    original name with the extension of the real format, and it has `width`
    and `height` attributes. Raises PhotoRejected for anything unusable.
    """
    data = _read_limited(upload, max_bytes)
    name = _clean_name(getattr(upload, "name", None) or "")

    with _open(data, max_pixels) as probe:
        image_format = _FORMAT_ALIASES.get(probe.format, probe.format)
        if image_format not in ALLOWED_FORMATS:
            raise PhotoRejected(_not_a_photo())
        width, height = probe.size
        if width * height > max_pixels:
            raise PhotoRejected(
                _(
                    "This picture is %(width)s × %(height)s pixels; "
                    "photos can be at most %(limit)s megapixels."
                )
                % {"width": width, "height": height, "limit": _megapixels(max_pixels)}
            )
        try:
            # Checks what the format allows without decoding (PNG: every
            # chunk's checksum). The handle cannot be used afterwards.
            probe.verify()
        except _DECODE_ERRORS as error:
            raise _damaged(error) from error

    try:
        with _open(data, max_pixels) as image:
            # Pillow opens on the first frame of an animation; saving without
            # save_all writes that frame alone.
            image.load()
            icc_profile = image.info.get("icc_profile")
            transparency = image.info.get("transparency")
            try:
                upright = ImageOps.exif_transpose(image)
            except _DECODE_ERRORS:
                # Unreadable EXIF: keep the pixels as stored. The EXIF is
                # dropped either way.
                logger.info("Ignoring unreadable EXIF in an uploaded photo", exc_info=True)
                upright = image.copy()
        content = _encode(upright, image_format, icc_profile, transparency)
    except PhotoRejected:
        raise
    except _DECODE_ERRORS as error:
        raise _damaged(error) from error

    photo = ContentFile(content, name=f"{name}.{ALLOWED_FORMATS[image_format]}")
    photo.width, photo.height = upright.size
    return photo


class PhotoField(forms.FileField):
    """A file field that accepts only photos, and cleans them (see photo_clean).

    The cleaned value of a new upload is the ContentFile from photo_clean.
    """

    def __init__(self, *, max_bytes=MAX_BYTES, max_pixels=MAX_PIXELS, **kwargs):
        self.max_bytes = max_bytes
        self.max_pixels = max_pixels
        super().__init__(**kwargs)

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        if isinstance(widget, forms.FileInput) and "accept" not in widget.attrs:
            attrs.setdefault("accept", ACCEPT)
        return attrs

    def clean(self, data, initial=None):
        value = super().clean(data, initial)
        # Nothing uploaded (None), "clear" ticked (False), or the file
        # already saved (initial): nothing new to check.
        if not value or value is initial:
            return value
        try:
            return photo_clean(value, max_bytes=self.max_bytes, max_pixels=self.max_pixels)
        except PhotoRejected as rejected:
            raise forms.ValidationError(rejected.message, code="photo") from rejected


def _read_limited(upload, max_bytes):
    """All the upload's bytes, refusing an empty or too large file.

    A known size (UploadedFile.size, or found by seeking) is checked before
    anything is read; at most max_bytes + 1 bytes are ever read.
    """
    size = getattr(upload, "size", None)
    seekable = hasattr(upload, "seek")
    if size is None and seekable:
        upload.seek(0, io.SEEK_END)
        size = upload.tell()
    if size is not None:
        _check_size(size, max_bytes)
    if seekable:
        upload.seek(0)
    data = upload.read(max_bytes + 1)
    # The size given may be wrong; the bytes read decide.
    if len(data) > max_bytes:
        raise PhotoRejected(
            _("This file is too big; photos can be at most %(limit)s.")
            % {"limit": _file_size(max_bytes, round_up=False)}
        )
    _check_size(len(data), max_bytes)
    return data


def _check_size(size, max_bytes):
    if size == 0:
        raise PhotoRejected(_("This file is empty. Please choose a photo and try again."))
    if size > max_bytes:
        raise PhotoRejected(
            _("This file is %(size)s; photos can be at most %(limit)s.")
            % {
                "size": _file_size(size, round_up=True),
                "limit": _file_size(max_bytes, round_up=False),
            }
        )


def _open(data, max_pixels):
    """Open (lazily: header only) with the readers of the allowed formats only.

    Pillow's decompression-bomb warning is silenced because our own pixel
    limit is checked right after; its hard limit becomes a PhotoRejected.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            return Image.open(io.BytesIO(data), formats=list(ALLOWED_FORMATS))
    except UnidentifiedImageError as error:
        raise PhotoRejected(_not_a_photo()) from error
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise PhotoRejected(
            _("This picture has too many pixels; photos can be at most %(limit)s megapixels.")
            % {"limit": _megapixels(max_pixels)}
        ) from error
    except _DECODE_ERRORS as error:
        raise _damaged(error) from error


def _encode(image, image_format, icc_profile, transparency):
    """The image in `image_format`, with no metadata but the colour profile."""
    options = {}
    if image_format == "JPEG":
        if image.mode == "CMYK":
            # The profile describes CMYK ink, not the RGB pixels we write.
            icc_profile = None
        image = _jpeg_ready(image)
        options = {"quality": _JPEG_QUALITY, "optimize": True, "progressive": True}
    elif image_format == "PNG":
        options = {"optimize": True}
        if transparency is not None:
            options["transparency"] = transparency
    else:
        if image.mode not in ("RGB", "RGBA"):
            image = image.convert("RGBA" if image.has_transparency_data else "RGB")
        options = {"quality": _WEBP_QUALITY}
    if icc_profile:
        options["icc_profile"] = icc_profile
    # Some writers fall back on image.info (JPEG comments, PNG transparency):
    # nothing from the upload reaches the file except what is passed here.
    image.info = {}
    out = io.BytesIO()
    image.save(out, format=image_format, **options)
    return out.getvalue()


def _jpeg_ready(image):
    """The image in a mode browsers show correctly as JPEG (L or RGB)."""
    if image.mode in ("L", "RGB"):
        return image
    if image.mode == "1":
        return image.convert("L")
    if image.has_transparency_data:
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert("RGB")
    return image.convert("RGB")


def _clean_name(filename):
    """The stem of the uploaded name, safe for storage and URLs.

    Folders are dropped (also Windows ones), accents are removed, letters are
    lowercased, every run of characters other than a-z, 0-9, "-" and "_"
    becomes one "-", "-" and "_" are trimmed from both ends, and the result is
    cut to 60 characters; "photo" if nothing is left.
    """
    stem = PurePosixPath(filename.replace("\\", "/")).stem
    stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode("ascii")
    stem = re.sub(r"[^a-z0-9_-]+", "-", stem.lower())
    stem = re.sub(r"-{2,}", "-", stem).strip("-_")
    stem = stem[:_NAME_MAX_LENGTH].strip("-_")
    return stem or _NAME_FALLBACK


def _not_a_photo():
    return _("This file is not a photo we can use. Please upload a JPEG, PNG or WebP picture.")


def _damaged(error):
    logger.info("Uploaded photo could not be read: %r", error)
    return PhotoRejected(_("This photo could not be read; the file may be damaged."))


def _file_size(size, *, round_up):
    """ "14.2 MB", "10 MB", "800 KB": a size rounded up (a file) or down (a limit)."""
    for unit, label in ((1024 * 1024, _("%(number)s MB")), (1024, _("%(number)s KB"))):
        if size >= unit:
            rounding = math.ceil if round_up else math.floor
            number = rounding(size / unit * 10) / 10
            return label % {"number": f"{number:.1f}".removesuffix(".0")}
    return _("%(number)s bytes") % {"number": size}


def _megapixels(pixels):
    """ "40", "12.5", "0.02": a pixel limit in megapixels, rounded down."""
    megapixels = pixels / 1_000_000
    if megapixels >= 1:
        return f"{math.floor(megapixels * 10) / 10:.1f}".removesuffix(".0")
    return f"{megapixels:.2g}"
