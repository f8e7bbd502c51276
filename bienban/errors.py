"""Errors a user can act on: an English code for machines, a plain Vietnamese message for people."""

from __future__ import annotations

# code -> message. One table so the CLI, the API and the job table speak alike.
MESSAGES: dict[str, str] = {
    "empty_file": "Tệp rỗng (0 byte): không có nội dung để đọc.",
    "unsupported_type": "Loại tệp không được hỗ trợ. Hãy tải lên PDF, PNG, JPEG hoặc TIFF.",
    "corrupt_pdf": "Tệp PDF bị hỏng hoặc không đầy đủ, không mở được.",
    "encrypted_pdf": "Tệp PDF được đặt mật khẩu; hãy gỡ mật khẩu rồi tải lên lại.",
    "corrupt_image": "Tệp ảnh bị hỏng hoặc không đầy đủ, không mở được.",
    "image_too_large": "Ảnh quá lớn (vượt giới hạn số điểm ảnh cho phép).",
    "too_many_pages": "Tệp có quá nhiều trang (vượt giới hạn cho phép).",
    "file_too_large": "Tệp quá lớn (vượt giới hạn dung lượng cho phép).",
    "ocr_timeout": "Nhận dạng chữ (OCR) một trang vượt quá thời gian cho phép.",
    "ocr_failed": "Nhận dạng chữ (OCR) thất bại trên một trang.",
    "internal_error": "Lỗi không mong đợi khi xử lý tệp.",
}


class BienbanError(Exception):
    """A failure tied to one input file; the batch around it goes on."""

    transient = False  # a corrupt file is never retried

    def __init__(self, code: str, detail: str | None = None):
        self.code = code
        base = MESSAGES.get(code, MESSAGES["internal_error"])
        self.message = f"{base} ({detail})" if detail else base
        super().__init__(f"{code}: {self.message}")
