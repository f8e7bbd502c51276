"""The one place Tesseract runs (through pytesseract), always one thread and with a timeout.

Measured here: without ``OMP_THREAD_LIMIT=1`` a page takes ~8x longer on a shared 2-core box.
The image is written once to an uncompressed temporary file (fast) and its path handed over.
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass

import cv2
import numpy as np
import pytesseract

from bienban.errors import BienbanError
from ingest.layout import WordBox

# pytesseract hands os.environ to the subprocess; this is the only variable ingest sets.
os.environ["OMP_THREAD_LIMIT"] = "1"


def _write(image: np.ndarray, directory: str) -> str:
    path = os.path.join(directory, "page.bmp")
    if not cv2.imwrite(path, image):
        raise BienbanError("ocr_failed", "could not write the page image")
    return path


def _run(call, image: np.ndarray, timeout: float, what: str, **kwargs):
    with tempfile.TemporaryDirectory(prefix="bienban-ocr-") as tmp:
        path = _write(image, tmp)
        try:
            return call(path, timeout=timeout, **kwargs)
        except pytesseract.TesseractError:
            raise  # a subclass of RuntimeError: callers decide what a failure means
        except RuntimeError as exc:
            if "timeout" in str(exc).lower():
                raise BienbanError("ocr_timeout", f"{what} > {timeout:g} s") from exc
            raise BienbanError("ocr_failed", f"{what}: {exc}") from exc


def words(
    image: np.ndarray, *, lang: str, dpi: int, timeout: float, psm: int = 3
) -> list[WordBox]:
    """Word boxes (pixels of ``image``) with confidences 0..1 and Tesseract's line ids."""
    config = f"--psm {psm} --dpi {int(dpi)}"
    try:
        data = _run(
            pytesseract.image_to_data, image, timeout, "OCR",
            lang=lang, config=config, output_type=pytesseract.Output.DICT,
        )
    except pytesseract.TesseractError as exc:
        raise BienbanError("ocr_failed", str(exc)) from exc
    out = []
    for i, text in enumerate(data["text"]):
        conf = float(data["conf"][i])
        if conf < 0 or not text or not text.strip():
            continue
        x, y, w, h = data["left"][i], data["top"][i], data["width"][i], data["height"][i]
        group = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        out.append(WordBox(text, x, y, x + w, y + h, max(0.0, min(1.0, conf / 100.0)), group))
    return out


@dataclass
class Orientation:
    rotate: int  # degrees to turn the image clockwise to make it upright
    confidence: float


_ROTATE = re.compile(r"Rotate:\s*(\d+)")
_CONF = re.compile(r"Orientation confidence:\s*([\d.]+)")


def osd(image: np.ndarray, *, dpi: int, timeout: float) -> Orientation | None:
    """Tesseract's orientation detection (``--psm 0``); None when it cannot tell (sparse page)."""
    try:
        text = _run(pytesseract.image_to_osd, image, timeout, "OSD", config=f"--psm 0 --dpi {dpi}")
    except pytesseract.TesseractError:
        return None
    except BienbanError as exc:
        if exc.code == "ocr_timeout":
            return None
        raise
    rot, conf = _ROTATE.search(text), _CONF.search(text)
    if not rot:
        return None
    # Tesseract's "Rotate" is the clockwise turn that makes the page upright (checked in tests).
    return Orientation(int(rot.group(1)) % 360, float(conf.group(1)) if conf else 0.0)
