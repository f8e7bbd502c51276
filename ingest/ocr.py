"""Image -> Page: prepare, OCR, rebuild lines (filled in next)."""
