"""API errors: an English code for machines, a Vietnamese message for people, always as
{"error": {"code": …, "message": …}}. Input errors reuse bienban.errors.MESSAGES."""

from __future__ import annotations

from bienban.errors import MESSAGES

API_MESSAGES: dict[str, str] = {
    "unauthorized": "Thiếu mã truy cập (token) hoặc mã không hợp lệ.",
    "forbidden": "Mã truy cập không có quyền thực hiện thao tác này.",
    "forbidden_organisation": "Mã truy cập không có quyền với tổ chức đảng này.",
    "not_found": "Không tìm thấy tài liệu (hoặc bạn không có quyền xem).",
    "not_ready": "Tài liệu chưa xử lý xong; hãy xem trạng thái và thử lại sau.",
    "job_failed": "Tài liệu xử lý không thành công; xem mã lỗi trong trạng thái.",
    "validation_error": "Yêu cầu không hợp lệ.",
    "no_files": "Chưa chọn tệp nào để tải lên.",
    "too_many_files": "Quá nhiều tệp trong một lần tải lên.",
    "bad_organisation": "Tên cấp ủy hoặc chi bộ không hợp lệ.",
    "bad_period": "Kỳ không hợp lệ: dùng dạng NNNN hoặc NNNN-TT (ví dụ 2023 hoặc 2023-05).",
    "all_rejected": "Không tệp nào được nhận; xem lỗi của từng tệp.",
    "unavailable": "Dịch vụ tạm thời không sẵn sàng; hãy thử lại sau.",
}


class ApiError(Exception):
    def __init__(self, status: int, code: str, detail: str | None = None, extra: dict | None = None):
        self.status, self.code, self.extra = status, code, extra or {}
        base = API_MESSAGES.get(code) or MESSAGES.get(code) or MESSAGES["internal_error"]
        self.message = f"{base} ({detail})" if detail else base
        super().__init__(f"{code}: {self.message}")

    def body(self) -> dict:
        return {"error": {"code": self.code, "message": self.message}, **self.extra}
