"""Reading order and OCR clean-up on word boxes (no files, no Tesseract)."""

from __future__ import annotations

from ingest.layout import WordBox, build_lines
from ingest.postocr import fix_line


def _line(text: str, x0: float, y: float, size: float = 12, char: float = 6.5) -> list[WordBox]:
    out, x = [], x0
    for word in text.split():
        w = len(word) * char
        out.append(WordBox(word, x, y, x + w, y + size))
        x += w + char * 0.6
    return out


def _centred(text: str, cx: float, y: float) -> list[WordBox]:
    width = len(text) * 6.5 + (text.count(" ")) * 3.9
    return _line(text, cx - width / 2, y)


def test_minute_page_reading_order():
    words = []
    words += _centred("ĐẢNG BỘ XÃ AN BÌNH", 160, 50) + _centred("ĐẢNG CỘNG SẢN VIỆT NAM", 420, 50)
    words += _centred("CHI BỘ THÔN BA", 160, 66)
    words += _centred("An Bình, ngày 04 tháng 5 năm 2023", 420, 76)  # right column lower
    words += _centred("BIÊN BẢN", 297, 120)
    words += _line("Hôm nay, vào lúc 14 giờ 00 phút, ngày 04 tháng 5 năm 2023, tại hội trường", 70, 150)
    words += _line("thông qua.", 70, 166)
    words += _centred("THƯ KÝ", 170, 200) + _centred("T/M CHI ỦY", 420, 200)
    words += _centred("BÍ THƯ", 420, 216)
    words += _centred("Nguyễn Văn An", 170, 262) + _centred("Trần Thị Bình", 420, 262)
    words += _centred("Trang 1/3", 297, 800)
    lines = [line.text for line in build_lines(reversed(words))]
    assert lines == [
        "ĐẢNG BỘ XÃ AN BÌNH", "CHI BỘ THÔN BA",
        "ĐẢNG CỘNG SẢN VIỆT NAM", "An Bình, ngày 04 tháng 5 năm 2023",
        "BIÊN BẢN",
        "Hôm nay, vào lúc 14 giờ 00 phút, ngày 04 tháng 5 năm 2023, tại hội trường",
        "thông qua.",
        "THƯ KÝ", "Nguyễn Văn An",
        "T/M CHI ỦY", "BÍ THƯ", "Trần Thị Bình",
        "Trang 1/3",
    ]


def test_table_rows_in_the_body_read_as_one_line_each():
    words = _line("Mở đầu của biên bản, một dòng văn bản trải hết chiều rộng của trang giấy", 70, 100)
    words += _line("1. Nguyễn Văn An", 70, 116) + _line("Bí thư", 380, 116)
    words += _line("2. Trần Thị Bình", 70, 132) + _line("Phó bí thư", 380, 132)
    words += _line("Kết thúc của biên bản, một dòng văn bản trải hết chiều rộng của trang giấy", 70, 148)
    lines = [line.text for line in build_lines(words)]
    assert lines[1:3] == ["1. Nguyễn Văn An Bí thư", "2. Trần Thị Bình Phó bí thư"]


def test_a_table_right_above_the_signatures_stays_in_rows():
    """Numbered rows with a wide gutter end the page: a table, read row by row; only the signatures by column."""
    words = _line("Mở đầu của biên bản, một dòng văn bản trải hết chiều rộng của trang giấy", 70, 100)
    words += _line("TT Nội dung", 80, 116) + _line("Người thực hiện Thời gian", 330, 116)
    words += _line("1 Sửa chữa doanh trại", 80, 132) + _line("Đ/c Lê Văn Cảnh 15/10", 330, 132)
    words += _line("2 Học tập quy định", 80, 148) + _line("Đ/c Chính trị viên Tuần 2", 330, 148)
    words += _centred("THƯ KÝ", 170, 180) + _centred("CHỦ TRÌ", 420, 180)
    words += _centred("Nguyễn Văn An", 170, 230) + _centred("Trần Thị Bình", 420, 230)
    lines = [line.text for line in build_lines(words)]
    assert lines[1:] == ["TT Nội dung Người thực hiện Thời gian", "1 Sửa chữa doanh trại Đ/c Lê Văn Cảnh 15/10",
                         "2 Học tập quy định Đ/c Chính trị viên Tuần 2", "THƯ KÝ", "Nguyễn Văn An", "CHỦ TRÌ",
                         "Trần Thị Bình"]


def test_nfc_and_word_boxes():
    words = [WordBox("Ho\u0300a", 10, 10, 40, 22), WordBox("chi\u0301", 45, 10, 70, 22)]
    (line,) = build_lines(words)
    assert line.text == "Hòa chí"
    assert line.bbox == (10, 10, 70, 22)
    assert [w.bbox for w in line.words] == [(10, 10, 40, 22), (45, 10, 70, 22)]


def _fixed(*texts: str) -> list[str]:
    words = [WordBox(t, i * 10, 0, i * 10 + 8, 10) for i, t in enumerate(texts)]
    fix_line(words)
    return [w.text for w in words]


def test_postocr_fixes():
    assert _fixed("°", "Đ/c", "An") == ["•", "Đ/c", "An"]
    assert _fixed("-", "Đ/c", "An") == ["-", "Đ/c", "An"]  # a real dash bullet stays
    # vie has no "…": a dotted fill line comes back as ~2.7 periods per ellipsis
    assert _fixed("Địa", "điểm:", "." * 14) == ["Địa", "điểm:", "…" * 5]
    assert _fixed("Bí", "thư", "chỉ", "bộ.") == ["Bí", "thư", "chi", "bộ."]
    assert _fixed("chỉ", "đạo") == ["chỉ", "đạo"]  # "chỉ đạo" is right
    assert _fixed("được", "nhần", "dần") == ["được", "nhân", "dân"]
    assert _fixed("v.v...") == ["v.v..."]  # three dots are left alone
    assert _fixed("Hùng", "—", "Bí", "thư") == ["Hùng", "–", "Bí", "thư"]
    assert _fixed("Ð/c", "Hùng") == ["Đ/c", "Hùng"]
    assert _fixed("L.", "THÀNH", "PHẦN") == ["I.", "THÀNH", "PHẦN"]


def test_overflowing_header_line_touching_the_right_column():
    left = _line("ĐẢNG BỘ CÔNG TY CỔ PHẦN DỆT MAY SÔNG HỒNG", 36, 42)
    right_x = left[-1].x1 - 4  # the right block starts 4 pt before the left line ends
    words = left + _line("ĐẢNG CỘNG SẢN VIỆT NAM", right_x, 42)
    words += _centred("CHI BỘ PHÂN XƯỞNG SỢI 2", 170, 58) + _centred("*", 170, 74)
    words += _line("Nam Định, ngày 20 tháng 6 năm 2024", 308, 68)
    words += _centred("BIÊN BẢN", 300, 112)
    words += _line("Hôm nay, tại phân xưởng sợi 2, chi bộ tiến hành sinh hoạt thường kỳ tháng 6", 40, 140)
    lines = [line.text for line in build_lines(words, page_width=595)]
    assert lines[:6] == [
        "ĐẢNG BỘ CÔNG TY CỔ PHẦN DỆT MAY SÔNG HỒNG", "CHI BỘ PHÂN XƯỞNG SỢI 2", "*",
        "ĐẢNG CỘNG SẢN VIỆT NAM", "Nam Định, ngày 20 tháng 6 năm 2024", "BIÊN BẢN",
    ]


def test_junk_lines_dropped():
    words = [WordBox("BIÊN", 0, 0, 40, 12), WordBox("BẢN", 45, 0, 80, 12),
             WordBox("_", 300, 10, 304, 12), WordBox("-", 0, 20, 5, 22), WordBox("Đ/c", 8, 16, 30, 28)]
    lines = build_lines(words, fix=fix_line)
    assert [line.text for line in lines] == ["BIÊN BẢN", "- Đ/c"]


def test_pieces_of_one_header_row_read_left_to_right():
    """OCR may give one header line as two pieces, the taller one first ("PHÂN XƯỞNG 5" before "CHI BỘ", heldout5
    f10): in its column the row still reads as one line, left to right."""
    words = _centred("ĐẢNG ỦY CÔNG TY THAN", 160, 50) + _centred("ĐẢNG CỘNG SẢN VIỆT NAM", 420, 50)
    cell = _line("CHI BỘ", 100, 68)
    rest = _line("PHÂN XƯỞNG KHAI THÁC 5", 148, 66, size=14)  # a little taller, so its centre sits higher
    for w in cell:
        w.group = "a"
    for w in rest:
        w.group = "b"  # the reader's own line ids keep the two pieces apart
    date = _centred("Uông Bí, ngày 22 tháng 10 năm 2024", 420, 76)
    for k, line in enumerate((words[:5], words[5:], date)):
        for w in line:
            w.group = k
    lines = [line.text for line in build_lines(words + cell + rest + date)]
    assert "CHI BỘ PHÂN XƯỞNG KHAI THÁC 5" in lines


def test_a_table_without_a_number_column_that_ends_the_page_stays_in_rows():
    """A task table with no "TT" column ends the page (heldout12 h10): its rows have three cells, so they are a table's,
    read row by row, not as columns (which put all its tasks before all its assignees)."""
    words = _line("Mở đầu của biên bản, một dòng văn bản trải hết chiều rộng của trang giấy", 70, 100)
    words += _line("Nội dung công việc", 70, 116) + _line("Người thực hiện", 300, 116) + _line("Thời gian", 450, 116)
    words += _line("Lập danh sách hộ nghèo", 70, 132) + _line("Đ/c Trần Thị Kim", 300, 132) + _line("Trước Tết", 450, 132)
    words += _line("Rà soát danh sách cử tri", 70, 148) + _line("Đ/c Hồ Minh Quang", 300, 148) + _line("31/01/2026", 450, 148)
    words += _line("tại 05 tổ dân phố", 70, 164) + _line("Hằng tuần", 450, 164)
    lines = [line.text for line in build_lines(words)]
    assert lines[1:] == ["Nội dung công việc Người thực hiện Thời gian", "Lập danh sách hộ nghèo Đ/c Trần Thị Kim Trước Tết",
                         "Rà soát danh sách cử tri Đ/c Hồ Minh Quang 31/01/2026", "tại 05 tổ dân phố Hằng tuần"]


def test_a_header_right_under_the_last_signatures_is_a_block_of_its_own():
    """A book's next minute starts at the top of the page under the last minute's signatures (heldout14 d02): the
    signatures are read by column, and the header after them is not merged into their columns."""
    words = _centred("THƯ KÝ", 170, 50) + _centred("T/M CHI BỘ", 420, 50)
    words += _centred("Phạm Đức Thịnh", 170, 100) + _centred("Nguyễn Văn Khải", 420, 100)
    words += _centred("ĐẢNG BỘ PHƯỜNG NAM ĐỊNH", 160, 130) + _centred("ĐẢNG CỘNG SẢN VIỆT NAM", 420, 130)
    words += _centred("CHI BỘ TỔ DÂN PHỐ SỐ 9", 160, 146)
    words += _centred("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 7 NĂM 2025", 297, 180)
    words += _line("Hôm nay, 19 giờ 30 ngày 03/7/2025, tại Nhà sinh hoạt cộng đồng tổ dân phố số 9, Chi", 70, 200)
    lines = [line.text for line in build_lines(words)]
    assert lines[:4] == ["THƯ KÝ", "Phạm Đức Thịnh", "T/M CHI BỘ", "Nguyễn Văn Khải"]
    assert "ĐẢNG BỘ PHƯỜNG NAM ĐỊNH ĐẢNG CỘNG SẢN VIỆT NAM" in lines


def test_a_speck_beside_the_header_columns_makes_no_table():
    """OCR reads dust as ":." beside a header's two columns (heldout7 t12): the header is still read by column."""
    words = [WordBox(":.", 30, 50, 38, 62)] + _centred("ĐẢNG BỘ PHƯỜNG AN SƠN", 160, 50) \
        + _centred("ĐẢNG CỘNG SẢN VIỆT NAM", 420, 50)
    words += _centred("CHI BỘ KHỐI PHỐ 3", 160, 66) + _centred("An Sơn, ngày 06 tháng 3 năm 2025", 420, 76)
    words += _centred("BIÊN BẢN", 297, 120)
    words += _line("Hôm nay, vào lúc 19 giờ 15 phút, ngày 06 tháng 3 năm 2025, tại nhà sinh hoạt cộng đồng", 70, 150)
    lines = [line.text for line in build_lines(words)]
    assert "CHI BỘ KHỐI PHỐ 3" in lines and lines.index("CHI BỘ KHỐI PHỐ 3") < lines.index("ĐẢNG CỘNG SẢN VIỆT NAM")
