"""Checking and cleaning uploaded product photos (catalogue/photos.py; no database)."""

import functools
import io
import struct
import zlib

import pytest
from django import forms
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import ExifTags, Image, ImageCms, ImageFile, PngImagePlugin

from catalogue import photos
from catalogue.photos import MAX_BYTES, PhotoField, PhotoRejected, photo_clean

NOT_A_PHOTO = "This file is not a photo we can use. Please upload a JPEG, PNG or WebP picture."
DAMAGED = "This photo could not be read; the file may be damaged."
EMPTY = "This file is empty. Please choose a photo and try again."
RED, BLUE = (220, 30, 30), (30, 30, 220)
EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def picture(fmt="JPEG", size=(64, 48), mode="RGB", color=RED, **save):
    image = Image.new(mode, size, color)
    out = io.BytesIO()
    image.save(out, fmt, **save)
    return out.getvalue()


def noisy(fmt="JPEG", size=(120, 90)):
    """A picture that does not compress well: bytes spread over the whole file."""
    out = io.BytesIO()
    Image.effect_noise(size, 80).convert("RGB").save(out, fmt)
    return out.getvalue()


@functools.cache
def png_bomb(width, height):
    """A real, valid one-colour PNG: a few KB on disk, width × height when decoded."""

    def chunk(kind, body):
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    compressor = zlib.compressobj(9)
    row = b"\x00" * (1 + (width + 7) // 8)  # filter byte + 1 bit per pixel
    rows_per_piece = 1000
    idat = b"".join(
        compressor.compress(row * min(rows_per_piece, height - done))
        for done in range(0, height, rows_per_piece)
    )
    idat += compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit greyscale
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")
    )


def opened(photo):
    photo.seek(0)
    return Image.open(io.BytesIO(photo.read()))


def refusal(upload, **limits):
    with pytest.raises(PhotoRejected) as caught:
        photo_clean(upload, **limits)
    return caught.value.message


@pytest.fixture
def no_decoding(monkeypatch):
    """Fail the test if any pixels are decoded."""

    def load(self):
        raise AssertionError("pixels were decoded")

    monkeypatch.setattr(Image.Image, "load", load)
    monkeypatch.setattr(ImageFile.ImageFile, "load", load)


@pytest.fixture
def no_opening(monkeypatch):
    """Fail the test if Pillow is asked to open anything."""

    def image_open(*args, **kwargs):
        raise AssertionError("the file was opened as an image")

    monkeypatch.setattr(Image, "open", image_open)


# Accepted photos


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
def test_valid_photo_is_accepted_in_its_own_format_and_size(fmt):
    photo = photo_clean(SimpleUploadedFile(f"shawl.{EXTENSIONS[fmt]}", picture(fmt, (64, 48))))

    assert isinstance(photo, ContentFile)
    assert photo.name == f"shawl.{EXTENSIONS[fmt]}"
    assert (photo.width, photo.height) == (64, 48)
    image = opened(photo)
    assert image.format == fmt
    assert image.size == (64, 48)
    image.load()


def test_a_bytesio_without_size_or_name_is_accepted_and_named_photo():
    photo = photo_clean(io.BytesIO(picture("JPEG")))

    assert photo.name == "photo.jpg"
    assert opened(photo).format == "JPEG"


def test_an_upload_already_read_to_its_end_is_read_from_the_start():
    upload = SimpleUploadedFile("shawl.png", picture("PNG"))
    upload.read()

    assert opened(photo_clean(upload)).format == "PNG"


def test_a_stream_that_cannot_seek_is_accepted():
    class Stream:
        def __init__(self, data):
            self._data = io.BytesIO(data)

        def read(self, size=-1):
            return self._data.read(size)

    assert opened(photo_clean(Stream(picture("WEBP")))).format == "WEBP"


def test_jpeg_is_saved_progressive():
    assert opened(photo_clean(io.BytesIO(noisy("JPEG")))).info.get("progressive")


@pytest.mark.parametrize(
    ("fmt", "mode", "color", "cleaned_mode"),
    [
        ("JPEG", "L", 128, "L"),
        ("JPEG", "CMYK", (0, 200, 200, 0), "RGB"),
        ("PNG", "1", 1, "1"),
        ("PNG", "P", 3, "P"),
        ("PNG", "LA", (100, 50), "LA"),
        ("PNG", "RGBA", (*RED, 120), "RGBA"),
        ("WEBP", "RGBA", (*RED, 120), "RGBA"),
    ],
)
def test_colour_mode_is_kept_or_made_browser_friendly(fmt, mode, color, cleaned_mode):
    image = opened(photo_clean(io.BytesIO(picture(fmt, mode=mode, color=color))))

    assert image.format == fmt
    assert image.mode == cleaned_mode


def test_cmyk_jpeg_keeps_its_colour():
    image = opened(photo_clean(io.BytesIO(picture("JPEG", mode="CMYK", color=(0, 255, 255, 0)))))

    red, green, blue = image.getpixel((10, 10))
    assert red > 200 and green < 60 and blue < 60


def test_png_palette_transparency_is_kept():
    data = picture("PNG", mode="P", color=0, transparency=0)

    assert opened(photo_clean(io.BytesIO(data))).info.get("transparency") == 0


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
def test_colour_profile_is_kept(fmt):
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()

    image = opened(photo_clean(io.BytesIO(picture(fmt, icc_profile=srgb))))

    assert image.info.get("icc_profile") == srgb


# Names


@pytest.mark.parametrize(
    ("name", "fmt", "cleaned"),
    [
        ("Holiday Pic.JPG", "PNG", "holiday-pic.png"),  # the content decides the extension
        ("shawl.png", "JPEG", "shawl.jpg"),
        ("IMG_20240315_101112.jpg", "JPEG", "img_20240315_101112.jpg"),
        ("C:\\Users\\Amina\\My  Shawl (2).jpeg", "JPEG", "my-shawl-2.jpg"),
        ("../../etc/passwd.png", "PNG", "passwd.png"),
        ("Café Rallī Über.webp", "WEBP", "cafe-ralli-uber.webp"),
        ("رلی.jpg", "JPEG", "photo.jpg"),
        ("-_-.png", "PNG", "photo.png"),
        ("a" * 70 + ".png", "PNG", "a" * 60 + ".png"),
        ("b" * 59 + " c.png", "PNG", "b" * 59 + ".png"),
    ],
)
def test_name_is_sanitised_and_takes_the_real_extension(name, fmt, cleaned):
    assert photo_clean(SimpleUploadedFile(name, picture(fmt))).name == cleaned


# Refused files


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        pytest.param("photo.jpg", b"Just some text, not a picture.\n" * 20, NOT_A_PHOTO, id="text"),
        pytest.param(
            "photo.png",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            NOT_A_PHOTO,
            id="svg",
        ),
        pytest.param("photo.jpg", b"", EMPTY, id="empty"),
        pytest.param("photo.jpg", b"\xff\xd8\xff", NOT_A_PHOTO, id="jpeg-signature-only"),
    ],
)
def test_files_that_are_not_photos_are_refused(name, data, message):
    assert refusal(SimpleUploadedFile(name, data)) == message


@pytest.mark.parametrize("fmt", ["GIF", "BMP", "TIFF"])
def test_other_picture_formats_are_refused(fmt):
    assert refusal(SimpleUploadedFile("photo.jpg", picture(fmt))) == NOT_A_PHOTO


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
def test_a_photo_cut_in_half_is_refused_as_damaged(fmt):
    data = noisy(fmt)

    assert refusal(io.BytesIO(data[: len(data) // 2])) == DAMAGED


def test_a_png_with_a_bad_checksum_is_refused_as_damaged():
    # Decoding alone would not notice: only verify() checks every chunk's checksum.
    data = bytearray(noisy("PNG"))
    idat = data.find(b"IDAT") - 4
    (length,) = struct.unpack(">I", data[idat : idat + 4])
    data[idat + 8 + length] ^= 0xFF  # first byte of the IDAT checksum
    Image.open(io.BytesIO(bytes(data))).load()

    assert refusal(io.BytesIO(bytes(data))) == DAMAGED


def test_only_the_readers_of_allowed_formats_see_the_bytes(monkeypatch):
    image_open = Image.open
    asked = []

    def spy(fp, mode="r", formats=None):
        asked.append(formats)
        return image_open(fp, mode, formats)

    monkeypatch.setattr(Image, "open", spy)

    assert refusal(SimpleUploadedFile("photo.jpg", picture("GIF"))) == NOT_A_PHOTO
    assert asked and all(set(formats) <= {"JPEG", "PNG", "WEBP"} for formats in asked)


def test_the_format_is_checked_even_if_another_reader_opened_the_file(monkeypatch):
    image_open = Image.open
    monkeypatch.setattr(Image, "open", lambda fp, mode="r", formats=None: image_open(fp))

    assert refusal(SimpleUploadedFile("photo.jpg", picture("GIF"))) == NOT_A_PHOTO


# Size limits


@pytest.mark.parametrize(
    "wrap",
    [lambda data: SimpleUploadedFile("shawl.jpg", data), io.BytesIO],
    ids=["uploaded-file-with-size", "bytesio-size-found-by-seeking"],
)
def test_file_over_the_byte_limit_is_refused_before_opening(wrap, request):
    data = noisy("JPEG")
    assert len(data) > 2048
    request.getfixturevalue("no_opening")

    message = refusal(wrap(data), max_bytes=1000)

    assert message.startswith("This file is ")
    assert message.endswith(" KB; photos can be at most 1000 bytes.")


@pytest.mark.parametrize(
    ("size", "shown"),
    [
        (11 * 1024 * 1024, "11 MB"),
        (int(14.2 * 1024 * 1024), "14.2 MB"),
        (MAX_BYTES + 1, "10.1 MB"),  # rounded up: never "10 MB" when over 10 MB
    ],
)
def test_a_declared_size_over_the_limit_is_refused_without_reading(size, shown):
    class BigUpload:
        name = "shawl.jpg"

        def __init__(self, size):
            self.size = size

        def seek(self, *args):
            raise AssertionError("the upload was read")

        read = seek

    message = refusal(BigUpload(size))

    assert message == f"This file is {shown}; photos can be at most 10 MB."


def test_a_file_bigger_than_its_declared_size_is_still_refused():
    upload = SimpleUploadedFile("shawl.jpg", noisy("JPEG"))
    upload.size = 100

    message = refusal(upload, max_bytes=1000)

    assert message == "This file is too big; photos can be at most 1000 bytes."


def test_a_file_of_exactly_the_byte_limit_is_accepted():
    data = noisy("JPEG")

    assert photo_clean(io.BytesIO(data), max_bytes=len(data)).width == 120
    assert refusal(io.BytesIO(data), max_bytes=len(data) - 1).startswith("This file is ")


# Pixel limits and decompression bombs


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_the_bomb_is_small_on_disk_and_large_when_decoded():
    bomb = png_bomb(10_000, 10_000)

    assert len(bomb) < 50_000
    assert Image.open(io.BytesIO(bomb)).size == (10_000, 10_000)


@pytest.mark.filterwarnings("error")  # Pillow's own warning must not escape or interfere
def test_decompression_bomb_is_refused_without_decoding(no_decoding):
    message = refusal(io.BytesIO(png_bomb(10_000, 10_000)))

    assert message == ("This picture is 10000 × 10000 pixels; photos can be at most 40 megapixels.")


def test_pillow_own_limit_is_refused_too(no_decoding):
    # 400 megapixels: beyond what Pillow itself agrees to open, even with our limit raised.
    message = refusal(io.BytesIO(png_bomb(20_000, 20_000)), max_pixels=1_000_000_000)

    assert message == ("This picture has too many pixels; photos can be at most 1000 megapixels.")


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
def test_lower_pixel_limit_refuses_a_modest_picture(fmt, request):
    data = picture(fmt, (200, 100))
    request.getfixturevalue("no_decoding")

    message = refusal(io.BytesIO(data), max_pixels=19_999)

    assert message == "This picture is 200 × 100 pixels; photos can be at most 0.02 megapixels."


def test_a_picture_of_exactly_the_pixel_limit_is_accepted():
    assert photo_clean(io.BytesIO(picture("PNG", (200, 100))), max_pixels=20_000).width == 200


# Metadata and orientation


def exif_with_gps_and_camera(orientation):
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Tecno"
    exif[ExifTags.Base.Model] = "Spark 10"
    exif[ExifTags.Base.Orientation] = orientation
    exif[ExifTags.IFD.GPSInfo] = {
        ExifTags.GPS.GPSLatitudeRef: "N",
        ExifTags.GPS.GPSLatitude: (31.0, 31.0, 12.5),
        ExifTags.GPS.GPSLongitudeRef: "E",
        ExifTags.GPS.GPSLongitude: (74.0, 20.0, 36.25),
    }
    return exif


def red_left_blue_right(fmt, **save):
    """Stored 40 × 20: red on the left, blue on the right."""
    image = Image.new("RGB", (40, 20), RED)
    image.paste(BLUE, (20, 0, 40, 20))
    out = io.BytesIO()
    image.save(out, fmt, **save)
    return out.getvalue()


def is_near(pixel, color):
    return all(abs(a - b) < 40 for a, b in zip(pixel[:3], color, strict=True))


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
def test_exif_gps_and_camera_are_removed_and_orientation_applied(fmt):
    data = red_left_blue_right(fmt, exif=exif_with_gps_and_camera(orientation=6))
    stored = Image.open(io.BytesIO(data)).getexif()
    assert stored.get_ifd(ExifTags.IFD.GPSInfo)[ExifTags.GPS.GPSLatitudeRef] == "N"
    assert stored[ExifTags.Base.Make] == "Tecno"

    photo = photo_clean(SimpleUploadedFile(f"shawl.{EXTENSIONS[fmt]}", data))

    content = photo.read()
    assert b"Tecno" not in content and b"Spark" not in content
    image = opened(photo)
    exif = image.getexif()
    assert ExifTags.IFD.GPSInfo not in exif
    assert exif.get_ifd(ExifTags.IFD.GPSInfo) == {}
    assert ExifTags.Base.Make not in exif and ExifTags.Base.Model not in exif
    assert ExifTags.Base.Orientation not in exif
    assert "exif" not in image.info
    # Orientation 6: turn a quarter clockwise, so the stored left side is now on top.
    assert image.size == (20, 40) == (photo.width, photo.height)
    assert is_near(image.getpixel((10, 5)), RED)
    assert is_near(image.getpixel((10, 35)), BLUE)


@pytest.mark.parametrize(
    ("fmt", "save"),
    [
        ("JPEG", {"comment": b"Amina's home", "xmp": b"<x:xmpmeta exif:GPSLatitude='31,31N'/>"}),
        ("WEBP", {"xmp": b"<x:xmpmeta exif:GPSLatitude='31,31N' dc:creator='Amina'/>"}),
        ("PNG", {"pnginfo": PngImagePlugin.PngInfo()}),
    ],
)
def test_comments_xmp_and_text_chunks_are_removed(fmt, save):
    if fmt == "PNG":
        save["pnginfo"].add_text("Comment", "Amina's home")
        save["pnginfo"].add_itxt("XML:com.adobe.xmp", "<x exif:GPSLatitude='31,31N'/>")
    data = picture(fmt, **save)
    assert b"Amina" in data or b"GPSLatitude" in data

    content = photo_clean(io.BytesIO(data)).read()

    assert b"Amina" not in content
    assert b"GPSLatitude" not in content


@pytest.mark.filterwarnings("ignore:Corrupt EXIF data")
def test_unreadable_exif_does_not_refuse_the_photo():
    data = picture("JPEG", exif=b"Exif\x00\x00MM\x00*\x00\x00\x00\x08\xff\xff\x01")

    image = opened(photo_clean(io.BytesIO(data)))

    assert image.size == (64, 48)
    assert "exif" not in image.info


# Animations


@pytest.mark.parametrize("fmt", ["WEBP", "PNG"])
def test_animated_picture_keeps_only_its_first_frame(fmt):
    frames = [Image.new("RGB", (30, 20), RED), Image.new("RGB", (30, 20), BLUE)]
    out = io.BytesIO()
    frames[0].save(out, fmt, save_all=True, append_images=frames[1:], duration=200, loop=0)
    assert Image.open(io.BytesIO(out.getvalue())).n_frames == 2

    image = opened(photo_clean(io.BytesIO(out.getvalue())))

    assert image.format == fmt
    assert getattr(image, "n_frames", 1) == 1
    assert is_near(image.convert("RGB").getpixel((5, 5)), RED)


def test_multi_picture_jpeg_from_a_phone_is_saved_as_its_first_picture():
    frames = [Image.new("RGB", (30, 20), RED), Image.new("RGB", (30, 20), BLUE)]
    out = io.BytesIO()
    frames[0].save(out, "MPO", save_all=True, append_images=frames[1:])
    assert Image.open(io.BytesIO(out.getvalue())).format == "MPO"

    photo = photo_clean(SimpleUploadedFile("pair.jpg", out.getvalue()))

    image = opened(photo)
    assert photo.name == "pair.jpg"
    assert image.format == "JPEG"
    assert getattr(image, "n_frames", 1) == 1
    assert is_near(image.getpixel((5, 5)), RED)


# Messages


@pytest.mark.parametrize(
    ("data", "limits"),
    [
        (b"", {}),
        (b"not a picture", {}),
        (noisy("JPEG")[:1000], {}),
        (noisy("JPEG"), {"max_bytes": 1000}),
        (picture("PNG", (200, 100)), {"max_pixels": 100}),
    ],
    ids=["empty", "not-a-photo", "damaged", "too-big", "too-many-pixels"],
)
def test_messages_go_through_translation(monkeypatch, data, limits):
    monkeypatch.setattr(photos, "_", lambda text: f"«{text}»")

    message = refusal(io.BytesIO(data), **limits)

    assert message.startswith("«This ")
    assert message.endswith("»")


# The form field


def test_field_refuses_a_file_that_is_not_a_photo():
    with pytest.raises(forms.ValidationError) as caught:
        PhotoField().clean(SimpleUploadedFile("x.jpg", b"not an image"))

    assert caught.value.code == "photo"
    assert caught.value.messages == [NOT_A_PHOTO]


def test_field_passes_its_limits_on():
    with pytest.raises(forms.ValidationError) as caught:
        PhotoField(max_pixels=100).clean(SimpleUploadedFile("x.png", picture("PNG", (20, 10))))

    assert caught.value.code == "photo"
    assert "20 × 10 pixels" in caught.value.messages[0]


def test_field_returns_the_cleaned_photo():
    photo = PhotoField().clean(SimpleUploadedFile("My Shawl.JPG", picture("PNG")))

    assert isinstance(photo, ContentFile)
    assert photo.name == "my-shawl.png"
    assert (photo.width, photo.height) == (64, 48)


def test_field_in_a_form_with_an_upload():
    class ProductPhotoForm(forms.Form):
        photo = PhotoField()

    form = ProductPhotoForm(data={}, files={"photo": SimpleUploadedFile("a.webp", picture("WEBP"))})

    assert form.is_valid(), form.errors
    assert opened(form.cleaned_data["photo"]).format == "WEBP"
    assert 'accept="image/jpeg,image/png,image/webp"' in str(form["photo"])


def test_field_offers_only_photo_types():
    assert PhotoField().widget.attrs["accept"] == "image/jpeg,image/png,image/webp"
    assert PhotoField(widget=forms.FileInput(attrs={"accept": "image/jpeg"})).widget.attrs == {
        "accept": "image/jpeg"
    }


@pytest.mark.parametrize(
    ("data", "initial", "expected"),
    [(None, None, None), (False, None, False), (None, "products/shawl.jpg", "products/shawl.jpg")],
    ids=["nothing", "cleared", "kept"],
)
def test_optional_field_without_a_new_upload(data, initial, expected):
    assert PhotoField(required=False).clean(data, initial) == expected


def test_required_field_without_a_file_is_refused_as_required():
    with pytest.raises(forms.ValidationError) as caught:
        PhotoField().clean(None)

    assert caught.value.code == "required"
