"""PNG, JPEG and (multi-page) TIFF: header checks before decoding, EXIF orientation, dpi."""

from __future__ import annotations

import contextlib
import warnings
from pathlib import Path
from typing import Iterator

from PIL import Image, ImageOps, UnidentifiedImageError

from bienban.config import Settings
from bienban.errors import BienbanError

A4_LONG_INCHES = 297 / 25.4
MIN_PLAUSIBLE_DPI = 100
MAX_PLAUSIBLE_DPI = 1200
# EXIF orientation tag value -> degrees the image is turned clockwise to display upright
_EXIF_ROTATION = {3: 180, 4: 180, 5: 90, 6: 90, 7: 270, 8: 270}


def _limit(settings: Settings) -> None:
    # PIL refuses (DecompressionBombError) beyond twice this; we refuse beyond it ourselves.
    Image.MAX_IMAGE_PIXELS = settings.max_image_pixels


def _check_pixels(img: Image.Image, settings: Settings, frame: int) -> None:
    w, h = img.size
    if w * h > settings.max_image_pixels:
        raise BienbanError(
            "image_too_large", f"frame {frame + 1}: {w}x{h} px > {settings.max_image_pixels}"
        )
    if w < 1 or h < 1:
        raise BienbanError("corrupt_image", "zero-size image")


@contextlib.contextmanager
def open_image(path: Path, settings: Settings) -> Iterator[Image.Image]:
    """Open lazily (header only); nothing is decoded until a frame is loaded."""
    _limit(settings)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            img = Image.open(path)
    except Image.DecompressionBombError as exc:
        raise BienbanError("image_too_large", str(exc)) from exc
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise BienbanError("corrupt_image", str(exc)) from exc
    try:
        _check_pixels(img, settings, 0)
        yield img
    finally:
        img.close()


def n_frames(img: Image.Image) -> int:
    return int(getattr(img, "n_frames", 1) or 1)


def frame_count(path: Path, settings: Settings) -> int:
    """Frames in the file, each frame's header checked against the pixel limit."""
    with open_image(path, settings) as img:
        try:
            count = n_frames(img)
            for i in range(count):
                img.seek(i)
                _check_pixels(img, settings, i)
        except BienbanError:
            raise
        except (OSError, ValueError, EOFError, SyntaxError) as exc:
            raise BienbanError("corrupt_image", str(exc)) from exc
        return count


def _dpi(img: Image.Image, size: tuple[int, int]) -> tuple[int, bool]:
    """(dpi, measured) from the file's metadata, else estimated assuming an A4 page."""
    dpi = img.info.get("dpi")
    value = None
    if dpi:
        try:
            value = float(dpi[0]) if isinstance(dpi, (tuple, list)) else float(dpi)
        except (TypeError, ValueError):
            value = None
    if value and MIN_PLAUSIBLE_DPI <= value <= MAX_PLAUSIBLE_DPI:
        return round(value), True
    estimate = max(size) / A4_LONG_INCHES
    if MIN_PLAUSIBLE_DPI / 2 <= estimate <= MAX_PLAUSIBLE_DPI:
        return round(estimate), False
    return 300, False


def exif_rotation(img: Image.Image) -> int:
    try:
        orientation = img.getexif().get(0x0112, 1)
    except Exception:
        return 0
    return _EXIF_ROTATION.get(orientation, 0)


def load_frame(img: Image.Image, index: int, settings: Settings) -> tuple[Image.Image, int]:
    """Decode frame ``index`` upright (EXIF honoured) as RGB or L; returns (image, dpi).

    ``image.info["exif_rotation"]`` records the clockwise degrees EXIF asked for.
    """
    try:
        img.seek(index)
        _check_pixels(img, settings, index)
        dpi, _measured = _dpi(img, img.size)
        rotation = exif_rotation(img)
        img.load()
        frame = ImageOps.exif_transpose(img) if rotation or img.getexif().get(0x0112) else img
        frame = _to_rgb_or_l(frame)
    except BienbanError:
        raise
    except (OSError, ValueError, EOFError, SyntaxError) as exc:
        raise BienbanError("corrupt_image", f"frame {index + 1}: {exc}") from exc
    frame.info["dpi"] = (dpi, dpi)
    frame.info["exif_rotation"] = rotation
    return frame, dpi


def _to_rgb_or_l(img: Image.Image) -> Image.Image:
    mode = img.mode
    if mode in ("L", "RGB"):
        return img.copy()
    if mode == "1":
        return img.convert("L")
    if mode.startswith("I;16") or mode == "I":
        import numpy as np

        arr = np.asarray(img, dtype=np.float64)
        top = arr.max() or 1.0
        return Image.fromarray((arr * (255.0 / max(top, 255.0))).astype("uint8"), "L")
    if mode in ("LA", "La"):
        return _flatten_alpha(img.convert("RGBA")).convert("L")
    if mode in ("RGBA", "RGBa", "P", "PA"):
        return _flatten_alpha(img.convert("RGBA"))
    return img.convert("RGB")  # CMYK, YCbCr, LAB, ...


def _flatten_alpha(img: Image.Image) -> Image.Image:
    background = Image.new("RGB", img.size, (255, 255, 255))
    background.paste(img, mask=img.getchannel("A"))
    return background
