"""Product and story pictures for the demo, drawn locally with Pillow.

Nothing is downloaded: each picture is drawn from the product's motif
(jar, snack, mask, basket, cloth, produce) and colour, with variation seeded
by its code so the same product always gets the same picture.
"""

import io
import random

from PIL import Image, ImageDraw, ImageFilter

SIZE = 800


def _hex(colour: str) -> tuple[int, int, int]:
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


def _mix(a, b, t):
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def _background(draw, rng, base):
    top = _mix(base, (255, 250, 240), 0.85)
    bottom = _mix(base, (255, 255, 255), 0.6)
    for y in range(SIZE):
        draw.line([(0, y), (SIZE, y)], fill=_mix(top, bottom, y / SIZE))
    # A table top.
    draw.rectangle([0, int(SIZE * 0.78), SIZE, SIZE], fill=_mix(base, (120, 90, 60), 0.7))


def _jar(draw, rng, c):
    x0, x1 = 230 + rng.randint(-20, 20), 570 + rng.randint(-20, 20)
    draw.rounded_rectangle([x0, 240, x1, 660], radius=60, fill=_mix(c, (255, 255, 255), 0.15))
    draw.rounded_rectangle([x0 + 30, 180, x1 - 30, 250], radius=18, fill=(90, 60, 40))
    draw.rectangle([x0, 380, x1, 500], fill=(250, 240, 215))
    draw.line([(x0 + 40, 440), (x1 - 40, 440)], fill=c, width=8)
    for _ in range(14):
        px, py = rng.randint(x0 + 30, x1 - 30), rng.randint(520, 640)
        draw.ellipse([px - 14, py - 10, px + 14, py + 10], fill=_mix(c, (80, 40, 0), 0.35))


def _snack(draw, rng, c):
    draw.pieslice([180, 330, 620, 700], 0, 180, fill=(160, 110, 60))
    for _ in range(60):
        px, py = rng.randint(230, 570), rng.randint(330, 520)
        r = rng.randint(10, 22)
        draw.ellipse([px - r, py - r // 2, px + r, py + r // 2], fill=_mix(c, (255, 220, 150), 0.3))


def _mask(draw, rng, c):
    draw.rounded_rectangle([200, 300, 600, 560], radius=90, fill=c)
    for y in (370, 430, 490):
        draw.line([(230, y), (570, y)], fill=_mix(c, (255, 255, 255), 0.35), width=6)
    draw.arc([110, 300, 260, 520], 90, 270, fill=(240, 240, 240), width=10)
    draw.arc([540, 300, 690, 520], 270, 90, fill=(240, 240, 240), width=10)
    for _ in range(18):
        px, py = rng.randint(240, 560), rng.randint(330, 530)
        draw.ellipse([px - 6, py - 6, px + 6, py + 6], fill=(255, 230, 120))


def _basket(draw, rng, c):
    draw.polygon([(180, 330), (620, 330), (570, 660), (230, 660)], fill=c)
    for y in range(350, 660, 28):
        draw.line([(190, y), (610, y)], fill=_mix(c, (0, 0, 0), 0.25), width=6)
    for x in range(210, 600, 40):
        draw.line([(x, 330), (x + 10, 660)], fill=_mix(c, (255, 255, 255), 0.3), width=5)
    draw.arc([260, 160, 540, 480], 180, 360, fill=_mix(c, (0, 0, 0), 0.3), width=16)


def _cloth(draw, rng, c):
    for i in range(3):
        y = 260 + i * 120
        draw.rounded_rectangle(
            [150 + i * 20, y, 650 - i * 20, y + 170], radius=14, fill=_mix(c, (0, 0, 0), i * 0.12)
        )
    accent = (245, 200, 70)
    for _ in range(40):
        px, py = rng.randint(180, 620), rng.randint(280, 600)
        r = rng.randint(6, 14)
        draw.regular_polygon((px, py, r), n_sides=rng.choice([4, 6, 8]), fill=accent)


def _produce(draw, rng, c):
    draw.ellipse([150, 520, 650, 700], fill=(150, 105, 60))
    for _ in range(11):
        px, py = rng.randint(230, 570), rng.randint(380, 560)
        r = rng.randint(45, 70)
        draw.ellipse([px - r, py - int(r * 1.15), px + r, py + int(r * 0.9)], fill=c)
        draw.ellipse([px - r // 3, py - r, px, py - r // 2], fill=_mix(c, (255, 255, 255), 0.45))
    for _ in range(5):
        px = rng.randint(240, 560)
        draw.polygon([(px, 360), (px - 30, 300), (px + 20, 310)], fill=(60, 140, 70))


_MOTIFS = {
    "jar": _jar,
    "snack": _snack,
    "mask": _mask,
    "basket": _basket,
    "cloth": _cloth,
    "produce": _produce,
}


def product_picture(*, motif: str, colour: str, seed: str) -> bytes:
    """A square JPEG picture of a product; the same arguments give the same bytes."""
    rng = random.Random(seed)
    base = _hex(colour)
    image = Image.new("RGB", (SIZE, SIZE))
    draw = ImageDraw.Draw(image)
    _background(draw, rng, base)
    _MOTIFS[motif](draw, rng, base)
    image = image.filter(ImageFilter.SMOOTH)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=82, optimize=True, progressive=True)
    return out.getvalue()


def story_picture(*, colours: list[str], seed: str, size=(1200, 700)) -> bytes:
    """A landscape picture of many small motifs, for a cooperative's story."""
    rng = random.Random(seed)
    width, height = size
    image = Image.new("RGB", size, _mix(_hex(colours[0]), (255, 250, 240), 0.8))
    draw = ImageDraw.Draw(image)
    for _ in range(140):
        c = _hex(rng.choice(colours))
        x, y, r = rng.randint(0, width), rng.randint(0, height), rng.randint(20, 70)
        shape = rng.choice(["circle", "diamond", "square"])
        if shape == "circle":
            draw.ellipse([x - r, y - r, x + r, y + r], fill=_mix(c, (255, 255, 255), 0.2))
        elif shape == "diamond":
            draw.regular_polygon((x, y, r), n_sides=4, fill=c)
        else:
            draw.regular_polygon((x, y, r), n_sides=4, rotation=45, fill=_mix(c, (0, 0, 0), 0.2))
    out = io.BytesIO()
    image.filter(ImageFilter.GaussianBlur(1)).save(out, "JPEG", quality=80, optimize=True)
    return out.getvalue()
