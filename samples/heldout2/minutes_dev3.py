"""Ten more dev files for the second held-out set: dev-17 … dev-26.

Written by hand like `minutes.py` and `minutes_dev2.py`, by "other secretaries": other regions (Tây Nguyên,
Nam Bộ, Bắc Trung Bộ, Tây Bắc, đồng bằng sông Hồng), other organisations (a Jrai village, a shrimp
cooperative, a commune health station, a border post, a kindergarten, a city neighbourhood, a state power
company, a district office) and other habits of writing. Written without reading the extractor (extract/**),
the generator's sentence banks (samples/generator/content.py, vocab.py) or the test minutes.

- dev-17, dev-18: two minute BOOKS typed continuously (each minute after the first starts mid-page under the
  previous signatures), with page numbers and a running head.
- dev-19 … dev-24: single minutes, four clean, two defective.
- dev-25, dev-26: image-only moderate scans of dev-18 and dev-24.

Same document format as `minutes.py`; `make.py` renders `DOCS` after those of `minutes_dev2.py`.
"""

from __future__ import annotations

from .minutes import C, G, H, HD, L, P, S, attendance, meeting, minute, task, vote  # noqa: F401

DOCS: list[dict] = []


def TC(cols, rows):
    """A ruled table whose header cells are centred (body cells keep their column's alignment)."""
    return ("table", cols, rows, {"head_center": True})


# =================================================================================================
# dev-17 — BOOK: Gia Lai, a Jrai village cell, February–June 2025, Liberation Serif 12, "1- 2- 3-" fields and
# "a) b)" parts; page numbers "- n -" at the bottom, a running head from page 2. May has no meeting
# (missing_month). Đ/c Rmah Dơk is absent without reason in February ("Vắng: Rmah Dơk (không lý do)"), April
# ("Đồng chí Rmah Dơk vắng mặt không có lý do") and June (a small ruled table, "Không lý do"): repeated_absence.
# Q2 (April–June) has the separate thematic meeting of 26/4, so no_thematic_in_quarter does not hold; Q1 is
# not wholly inside the span. Per minute: unexcused_absence; clean; unexcused_absence + missing_vote;
# short_meeting (thematic, 75 min); low_attendance (13/15) + unexcused_absence.
# =================================================================================================
_GL_CELL, _GL_COMM, _GL_LOC = "CHI BỘ LÀNG BUNG", "ĐẢNG BỘ XÃ IA DÊR", "nhà rông làng Bung"


def _gl_head(date_line):
    return HD([_GL_COMM, _GL_CELL, "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM", date_line], size=11)


_GL_SIGN = S(["THƯ KÝ", "", "Siu H'Lan"], ["BÍ THƯ CHI BỘ", "", "Ksor Nhót"])
_GL_ABSENT = [(0.10, "STT", "c"), (0.42, "Họ và tên", "l"), (0.48, "Lý do vắng", "l")]

DOCS.append({
    "name": "dev-17-gialai-village-book", "folder": "dev",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 28, "spacing": 1.25, "para_gap": 1,
              "foot": "- {n} -", "head": "Sổ biên bản sinh hoạt Chi bộ làng Bung – năm 2025", "bottom": 58},
    "between": 22,
    "flags": ["missing_month", "repeated_absence"],
    "minutes": [
        {   # February 2025 — unexcused_absence
            "blocks": [
                _gl_head("Ia Dêr, ngày 08 tháng 02 năm 2025"),
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 02/2025"),
                G(4),
                L("1- Thời gian: 19h00 ngày 08/02/2025 (ngày 11 tháng Giêng năm Ất Tỵ)."),
                L("2- Địa điểm: nhà rông làng Bung."),
                L("3- Thành phần: Tổng số đảng viên 16 đ/c; miễn sinh hoạt 01 đ/c (Rơ Châm Pưh, tuổi cao); có mặt "
                  "14 đ/c.", hang=28),
                L("Vắng: Rmah Dơk (không lý do).", indent=28),
                L("Chủ trì: đ/c Ksor Nhót – Bí thư chi bộ. Thư ký: đ/c Siu H'Lan.", indent=28),
                L("4- Nội dung:"),
                P("a) Thông tin: đ/c Ksor Nhót thông tin về việc sắp xếp, tinh gọn tổ chức bộ máy theo Nghị quyết "
                  "số 18-NQ/TW; mùa khô năm nay đến sớm, nhiều giếng và suối nhỏ trong vùng đã cạn, huyện yêu cầu "
                  "các xã chủ động nguồn nước tưới cho cà phê, hồ tiêu."),
                P("b) Kết quả tháng 01: bà con trong làng đón Tết vui tươi, an toàn, không có đánh nhau, say rượu "
                  "gây rối; thu hoạch xong cà phê, giá bán cao hơn năm trước; trao 12 suất quà Tết cho hộ nghèo. "
                  "Tồn tại: 03 học sinh lớp 8, lớp 9 nghỉ học sau Tết chưa trở lại trường; còn hộ đốt rẫy gần "
                  "rừng không báo trước cho tổ bảo vệ rừng."),
                P("c) Nhiệm vụ tháng 02: tưới cà phê đợt hai, điều tiết nước giếng chung cho hợp lý; phòng chống "
                  "cháy rừng; vận động học sinh trở lại lớp; tiếp tục xây dựng làng văn hóa."),
                P("d) Ý kiến: Đ/c Puih Thơm (Trưởng làng) cho biết đường băng cản lửa giáp suối Ia Băng cỏ mọc "
                  "dày, phải dọn trước khi nắng gắt. Đ/c Nguyễn Văn Hưng (giáo viên điểm trường) đề nghị già làng "
                  "cùng đến nhà các em nghỉ học vì gia đình nghe lời già làng hơn."),
                P("e) Đ/c Bí thư kết luận: chi bộ thống nhất với đánh giá tháng 01 và nhiệm vụ tháng 02; việc "
                  "trước mắt là giữ rừng không để cháy và đưa các em trở lại lớp, đảng viên nào có rẫy gần rừng "
                  "phải báo tổ bảo vệ rừng trước khi đốt."),
                P("Biểu quyết: 14/14 đ/c nhất trí (100%)."),
                P("g) Phân công: Giao đ/c Puih Thơm phối hợp với tổ bảo vệ rừng cộng đồng dọn đường băng cản lửa "
                  "giáp suối Ia Băng, xong trước ngày 20/02/2025. Đ/c Nguyễn Văn Hưng cùng già làng đến nhà vận "
                  "động 03 học sinh trở lại lớp trong tháng 02."),
                P("Cuộc họp kết thúc lúc 21h00 cùng ngày. Biên bản đã đọc lại, chi bộ thống nhất thông qua."),
                _GL_SIGN,
            ],
            "truth": minute(
                meeting("regular", "2025-02-08", "19:00", "21:00", _GL_LOC, _GL_CELL, _GL_COMM),
                "Ksor Nhót", "Bí thư chi bộ", "Siu H'Lan",
                attendance(16, 14, 1, 0, 1, 1, [("Rmah Dơk", "không lý do", False)]),
                True,
                [vote("kết luận", 14, pct=100)],
                [task("Puih Thơm", "phối hợp với tổ bảo vệ rừng cộng đồng dọn đường băng cản lửa giáp suối Ia "
                      "Băng", "20/02/2025"),
                 task("Nguyễn Văn Hưng", "cùng già làng đến nhà vận động 03 học sinh trở lại lớp", "tháng 02")],
                ["unexcused_absence"]),
        },
        {   # March 2025 — clean
            "blocks": [
                _gl_head("Ia Dêr, ngày 07 tháng 3 năm 2025"),
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 3/2025"),
                G(4),
                L("1- Thời gian: 19h00 ngày 07/3/2025."),
                L("2- Địa điểm: nhà rông làng Bung."),
                L("3- Thành phần: Tổng số đảng viên 16 đ/c; miễn sinh hoạt 01 đ/c; có mặt 15/15 đ/c.", hang=28),
                L("Chủ trì: đ/c Ksor Nhót – Bí thư chi bộ. Thư ký: đ/c Siu H'Lan.", indent=28),
                L("4- Nội dung:"),
                P("a) Thông tin: Ủy ban nhân dân xã phát động Tết trồng cây; Trạm Y tế xã tổ chức tiêm vắc xin "
                  "sởi cho trẻ từ 1 đến 5 tuổi trong tháng 3 do các huyện lân cận có ca mắc."),
                P("b) Kết quả tháng 02: dọn xong đường băng cản lửa giáp suối Ia Băng, không để xảy ra cháy rừng; "
                  "02 trong 03 em nghỉ học đã trở lại lớp; các hộ tưới xong cà phê đợt hai. Tồn tại: đường vào khu "
                  "sản xuất phía tây cây bụi lấn, xe công nông đi khó; còn 05 trẻ chưa tiêm đủ mũi."),
                P("c) Nhiệm vụ tháng 3: tưới cà phê đợt ba; phát quang đường vào khu sản xuất; đưa trẻ đi tiêm vắc "
                  "xin sởi; chuẩn bị đất trồng cây bóng mát cho vườn cà phê."),
                P("d) Ý kiến: Đ/c Kpă Blin (Bí thư Chi đoàn) nhận cùng đoàn viên phát quang đường vào khu sản "
                  "xuất. Đ/c Rơ Lan H'Mai (Chi hội trưởng Phụ nữ) đề nghị nhờ y tế thôn đến từng nhà nhắc lịch "
                  "tiêm vì nhiều mẹ đi rẫy cả ngày."),
                P("e) Đ/c Bí thư kết luận: chi bộ thống nhất với báo cáo; tháng 3 tập trung tưới cà phê đợt ba, "
                  "đưa đủ trẻ đi tiêm và mở đường vào khu sản xuất phía tây."),
                P("Biểu quyết: 15/15 đ/c nhất trí (100%)."),
                P("g) Phân công: Giao đ/c Kpă Blin tổ chức đoàn viên phát quang đường vào khu sản xuất phía tây, "
                  "xong trước ngày 26/3/2025. Đ/c Rơ Lan H'Mai vận động các mẹ đưa trẻ đi tiêm vắc xin sởi, theo "
                  "dõi hằng tuần."),
                P("Cuộc họp kết thúc lúc 21h15. Biên bản đã đọc lại, chi bộ thống nhất thông qua."),
                _GL_SIGN,
            ],
            "truth": minute(
                meeting("regular", "2025-03-07", "19:00", "21:15", _GL_LOC, _GL_CELL, _GL_COMM),
                "Ksor Nhót", "Bí thư chi bộ", "Siu H'Lan",
                attendance(16, 15, 0, 0, 0, 1),
                True,
                [vote("kết luận", 15, pct=100)],
                [task("Kpă Blin", "tổ chức đoàn viên phát quang đường vào khu sản xuất phía tây", "26/3/2025"),
                 task("Rơ Lan H'Mai", "vận động các mẹ đưa trẻ đi tiêm vắc xin sởi, theo dõi", "hằng tuần")],
                []),
        },
        {   # April 2025 (regular) — unexcused_absence, missing_vote
            "blocks": [
                _gl_head("Ia Dêr, ngày 05 tháng 4 năm 2025"),
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 4/2025"),
                G(4),
                L("1- Thời gian: 19h00 ngày 05/4/2025."),
                L("2- Địa điểm: nhà rông làng Bung."),
                L("3- Thành phần: Tổng số đảng viên 16 đ/c; miễn sinh hoạt 01 đ/c; có mặt 14/15 đ/c. Đồng chí "
                  "Rmah Dơk vắng mặt không có lý do.", hang=28),
                L("Chủ trì: đ/c Ksor Nhót – Bí thư chi bộ. Thư ký: đ/c Siu H'Lan.", indent=28),
                L("4- Nội dung:"),
                P("a) Thông tin: Hạt Kiểm lâm cảnh báo cấp dự báo cháy rừng ở cấp IV (nguy hiểm) đến hết tháng 4."),
                P("b) Kết quả tháng 3: tưới xong cà phê đợt ba; phát quang xong 2,5 km đường vào khu sản xuất "
                  "phía tây; trẻ trong độ tuổi đã tiêm đủ vắc xin sởi. Tồn tại: 01 hộ để trâu phá cà phê của hộ "
                  "bên cạnh, hai bên còn mâu thuẫn; đ/c Rmah Dơk ba tháng chưa đóng đảng phí, tháng 02 vắng họp."),
                P("c) Nhiệm vụ tháng 4: giữ an ninh trật tự, hòa giải mâu thuẫn trong làng; tiếp tục phòng cháy "
                  "rừng; chuẩn bị nội dung sinh hoạt chuyên đề quý II vào cuối tháng."),
                P("d) Ý kiến: Đ/c Siu Bin (Công an viên) báo cáo vụ trâu phá cà phê, đề nghị tổ hòa giải làm việc "
                  "với hai gia đình. Đ/c Puih Thơm đề nghị chi ủy gặp riêng đ/c Rmah Dơk để tìm hiểu hoàn cảnh."),
                P("e) Đ/c Bí thư kết luận: chi bộ thống nhất với đánh giá tháng 3 và nhiệm vụ tháng 4; đảng viên phải "
                  "gương mẫu giữ đoàn kết trong làng, không để mâu thuẫn nhỏ thành lớn."),
                P("g) Phân công: Giao đ/c Siu Bin cùng tổ hòa giải giải quyết mâu thuẫn giữa hai hộ, giữ an ninh "
                  "trật tự trong làng thường xuyên. Đ/c Ksor Nhót trực tiếp gặp, nhắc nhở đ/c Rmah Dơk, báo cáo "
                  "chi bộ tại kỳ họp tháng 5."),
                P("Cuộc họp kết thúc lúc 20h50. Biên bản được đọc lại và thông qua."),
                _GL_SIGN,
            ],
            "truth": minute(
                meeting("regular", "2025-04-05", "19:00", "20:50", _GL_LOC, _GL_CELL, _GL_COMM),
                "Ksor Nhót", "Bí thư chi bộ", "Siu H'Lan",
                attendance(16, 14, 1, 0, 1, 1, [("Rmah Dơk", "không có lý do", False)]),
                True,
                [],
                [task("Siu Bin", "cùng tổ hòa giải giải quyết mâu thuẫn giữa hai hộ, giữ an ninh trật tự trong "
                      "làng", "thường xuyên"),
                 task("Ksor Nhót", "trực tiếp gặp, nhắc nhở đ/c Rmah Dơk, báo cáo chi bộ", "kỳ họp tháng 5")],
                ["missing_vote", "unexcused_absence"]),
        },
        {   # April 2025 (thematic, 75 min) — short_meeting
            "blocks": [
                _gl_head("Ia Dêr, ngày 26 tháng 4 năm 2025"),
                C("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ QUÝ II/2025"),
                C("Chuyên đề: Đảng viên gương mẫu giữ gìn văn hóa cồng chiêng", bold=False, italic=True),
                G(4),
                L("1- Thời gian: 14h00 ngày 26/4/2025."),
                L("2- Địa điểm: nhà rông làng Bung."),
                L("3- Thành phần: Tổng số đảng viên 16 đ/c; miễn sinh hoạt 01 đ/c; có mặt 15/15 đ/c.", hang=28),
                L("Chủ trì: đ/c Ksor Nhót – Bí thư chi bộ. Thư ký: đ/c Siu H'Lan.", indent=28),
                L("4- Nội dung:"),
                P("a) Đ/c Nguyễn Văn Hưng trình bày chuyên đề: làng còn 04 bộ chiêng; chỉ 06 nghệ nhân biết chỉnh "
                  "âm chiêng, người trẻ nhất đã 58 tuổi; một số hộ đã bán chiêng cho người ngoài."),
                P("b) Ý kiến: Đ/c Puih Thơm đề nghị lập đội chiêng thanh niên, mời nghệ nhân dạy vào tối thứ Bảy. "
                  "Đ/c Rơ Lan H'Mai đề nghị gắn việc giữ chiêng với dệt thổ cẩm."),
                P("c) Đ/c Bí thư kết luận: chi bộ thống nhất nội dung chuyên đề; mỗi đảng viên có chiêng trong nhà "
                  "cam kết không bán chiêng, vận động con cháu học đánh chiêng."),
                P("Chi bộ nhất trí 100% với nội dung chuyên đề và kết luận."),
                P("d) Phân công: Giao đ/c Kpă Blin lập đội chiêng thanh niên của làng, tập luyện hằng tháng. Đ/c "
                  "Rơ Lan H'Mai vận động chị em khôi phục khung dệt thổ cẩm trong quý II/2025."),
                P("Buổi sinh hoạt chuyên đề kết thúc lúc 15h15. Biên bản đã đọc lại, các đ/c nhất trí."),
                _GL_SIGN,
            ],
            "truth": minute(
                meeting("thematic", "2025-04-26", "14:00", "15:15", _GL_LOC, _GL_CELL, _GL_COMM,
                        topic="Đảng viên gương mẫu giữ gìn văn hóa cồng chiêng"),
                "Ksor Nhót", "Bí thư chi bộ", "Siu H'Lan",
                attendance(16, 15, 0, 0, 0, 1),
                True,
                [vote("chuyên đề và kết luận", pct=100)],
                [task("Kpă Blin", "lập đội chiêng thanh niên của làng, tập luyện", "hằng tháng"),
                 task("Rơ Lan H'Mai", "vận động chị em khôi phục khung dệt thổ cẩm", "quý II/2025")],
                ["short_meeting"]),
        },
        {   # June 2025 (no meeting in May) — low_attendance (13/15), unexcused_absence; absentees in a table
            "blocks": [
                _gl_head("Ia Dêr, ngày 07 tháng 6 năm 2025"),
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 6/2025"),
                G(4),
                L("1- Thời gian: 19h00 ngày 07/6/2025."),
                L("2- Địa điểm: nhà rông làng Bung."),
                L("3- Thành phần: Tổng số đảng viên 16 đ/c; miễn sinh hoạt 01 đ/c; có mặt 13 đ/c; vắng 02 đ/c, "
                  "cụ thể:", hang=28),
                TC(_GL_ABSENT, [["1", "Rmah Dơk", "Không lý do"],
                                ["2", "Trần Thị Lài", "Đi tập huấn tại huyện"]]),
                L("Chủ trì: đ/c Ksor Nhót – Bí thư chi bộ. Thư ký: đ/c Siu H'Lan.", indent=28),
                L("4- Nội dung:"),
                P("a) Tháng 5 bà con vào vụ trỉa lúa rẫy, nhiều đảng viên ở lại chòi rẫy nên chi bộ không tổ chức "
                  "sinh hoạt; kỳ này đánh giá chung tháng 4 và tháng 5."),
                P("b) Kết quả: tổ hòa giải giải quyết xong vụ trâu phá cà phê, hai gia đình đã làm lành; trỉa xong "
                  "lúa rẫy và ngô đúng thời vụ; không xảy ra cháy rừng trong mùa khô. Tồn tại: đ/c Rmah Dơk chưa "
                  "đến gặp chi ủy như đã hẹn; mưa đầu mùa làm sạt một đoạn đường đất vào khu sản xuất."),
                P("c) Nhiệm vụ tháng 6: chăm sóc, làm cỏ lúa rẫy; bón phân cà phê đầu mùa mưa; sửa đoạn đường bị "
                  "sạt; phòng bệnh tay chân miệng cho trẻ."),
                P("d) Ý kiến: Đ/c Kpă Blin báo cáo đội chiêng thanh niên đã có 11 em tham gia tập. Đ/c Siu Bin đề "
                  "nghị xã hỗ trợ đá dăm để sửa đoạn đường sạt."),
                P("e) Đ/c Bí thư kết luận: chi bộ thống nhất với báo cáo; việc đ/c Rmah Dơk nhiều lần vắng sinh hoạt "
                  "không lý do sẽ được xem xét theo Điều lệ Đảng."),
                P("Tán thành: 13/13 đ/c."),
                P("g) Phân công: Giao đ/c Puih Thơm huy động bà con làm ngày công sửa đoạn đường bị sạt trước ngày "
                  "30/6/2025. Đ/c Siu H'Lan hoàn chỉnh hồ sơ báo cáo Đảng ủy xã về đ/c Rmah Dơk trong tháng 6."),
                P("Cuộc họp kết thúc lúc 21h00. Biên bản đã đọc lại, chi bộ thống nhất thông qua."),
                _GL_SIGN,
            ],
            "truth": minute(
                meeting("regular", "2025-06-07", "19:00", "21:00", _GL_LOC, _GL_CELL, _GL_COMM),
                "Ksor Nhót", "Bí thư chi bộ", "Siu H'Lan",
                attendance(16, 13, 2, 1, 1, 1, [("Rmah Dơk", "Không lý do", False),
                                                ("Trần Thị Lài", "Đi tập huấn tại huyện", True)]),
                True,
                [vote("kết luận", 13)],
                [task("Puih Thơm", "huy động bà con làm ngày công sửa đoạn đường bị sạt", "30/6/2025"),
                 task("Siu H'Lan", "hoàn chỉnh hồ sơ báo cáo Đảng ủy xã về đ/c Rmah Dơk", "tháng 6")],
                ["low_attendance", "unexcused_absence"]),
        },
    ],
})


# =================================================================================================
# dev-18 — BOOK: Cà Mau, a shrimp cooperative cell, July–October 2024; Liberation Sans 11, ragged, no
# indent; a right-aligned running head on every page and "Trang n/N" at the bottom; "Dự họp: 11/11 đảng
# viên"; "a/ b/ …" parts; southern wording (vuông tôm, con nước, đi biển). No thematic meeting in Q3, which
# the book covers wholly (no_thematic_in_quarter); no month missing; the one unexcused absence is single.
# Per minute: clean; missing_assignments (only a general call); low_attendance (8/11) + unexcused_absence;
# no_discussion + not_approved. Its moderate scan is dev-25.
# =================================================================================================
_CM_CELL, _CM_COMM = "CHI BỘ HTX THỦY SẢN RẠCH GỐC", "ĐẢNG ỦY XÃ TÂN ÂN TÂY"
_CM_LOC = "văn phòng HTX ở ấp Xẻo Mắm"


def _cm_head(date_line):
    return HD([_CM_COMM, _CM_CELL], ["ĐẢNG CỘNG SẢN VIỆT NAM", date_line], size=10)


_CM_SIGN = S(["THƯ KÝ", "", "Dương Thị Kim Hoa"], ["CHỦ TRÌ", "", "Huỳnh Văn Tư"])

DOCS.append({
    "name": "dev-18-camau-shrimp-coop-book", "folder": "dev",
    "style": {"family": "sans", "size": 11, "justify": False, "indent": 0, "spacing": 1.3, "para_gap": 3,
              "head": "HTX Thủy sản Rạch Gốc – Sổ biên bản sinh hoạt chi bộ năm 2024", "head_first": True,
              "head_align": "right", "foot": "Trang {n}/{N}", "left": 70, "right": 50, "top": 58},
    "between": 24,
    "flags": ["no_thematic_in_quarter"],
    "minutes": [
        {   # July 2024 — clean
            "blocks": [
                _cm_head("Tân Ân Tây, ngày 05 tháng 7 năm 2024"),
                C("BIÊN BẢN HỌP CHI BỘ"),
                C("(Tháng 7/2024)", bold=False),
                G(4),
                P("Lúc 7 giờ 30 phút, ngày 05/7/2024, tại văn phòng HTX ở ấp Xẻo Mắm, Chi bộ HTX Thủy sản Rạch "
                  "Gốc họp định kỳ tháng 7."),
                P("Dự họp: 11/11 đảng viên."),
                P("Đồng chí Huỳnh Văn Tư, Bí thư chi bộ, Giám đốc HTX chủ trì; đồng chí Dương Thị Kim Hoa ghi biên "
                  "bản."),
                P("a/ Thông tin: giá tôm sú loại 30 con/kg tại vựa ở mức 210.000 đồng/kg, tôm thẻ giảm nhẹ; Đài "
                  "khí tượng thủy văn tỉnh dự báo triều cường đầu tháng 8 âm lịch cao hơn trung bình nhiều năm."),
                P("b/ Kiểm điểm tháng 6: 38 hộ xã viên thả giống vụ hai, tỷ lệ tôm sống khá; HTX ký hợp đồng bao "
                  "tiêu với Công ty chế biến ở Năm Căn cho 60 tấn tôm sú; trả xong nợ vay vốn đợt một. Hạn chế: "
                  "còn 07 hộ nuôi chưa ghi nhật ký ao nuôi; cống đầu kênh Xẻo Mắm rò rỉ."),
                P("c/ Công tác tháng 7: gia cố bờ bao, cống trước mùa triều cường; đôn đốc ghi nhật ký ao nuôi để "
                  "đủ điều kiện cấp chứng nhận tôm sinh thái; phát triển thêm xã viên."),
                P("d/ Ý kiến đảng viên:"),
                P("- Đ/c Trần Văn Út: cống đầu kênh Xẻo Mắm phải thay cánh cống, sửa tạm không giữ được nước."),
                P("- Đ/c Võ Thị Diễm: đề nghị HTX mời cán bộ kỹ thuật về hướng dẫn lại cách ghi nhật ký, nhiều "
                  "cô chú lớn tuổi không rành chữ."),
                P("đ/ Kết luận của chủ trì: chi bộ thống nhất kiểm điểm tháng 6 và công tác tháng 7; ưu tiên sửa "
                  "cống đầu kênh trước con nước lớn; đảng viên nuôi tôm làm trước việc ghi nhật ký."),
                P("Chi bộ biểu quyết: 11/11 đ/c tán thành."),
                P("e/ Phân công:"),
                P("- Đ/c Nguyễn Hoàng Phong: thay cánh cống đầu kênh Xẻo Mắm, kiểm tra bờ bao các vuông tôm, xong "
                  "trước con nước rằm tháng Sáu."),
                P("- Đ/c Lê Thị Bé Ba: mời cán bộ kỹ thuật, hướng dẫn 07 hộ ghi nhật ký ao nuôi trong tháng 7."),
                P("Cuộc họp kết thúc 9 giờ 30 phút. Biên bản đọc lại cho mọi người cùng nghe, thống nhất 100%."),
                _CM_SIGN,
            ],
            "truth": minute(
                meeting("regular", "2024-07-05", "07:30", "09:30", _CM_LOC, _CM_CELL, _CM_COMM),
                "Huỳnh Văn Tư", "Bí thư chi bộ", "Dương Thị Kim Hoa",
                attendance(11, 11, 0, 0, 0, 0),
                True,
                [vote("kết luận", 11)],
                [task("Nguyễn Hoàng Phong", "thay cánh cống đầu kênh Xẻo Mắm, kiểm tra bờ bao các vuông tôm",
                      "con nước rằm tháng Sáu"),
                 task("Lê Thị Bé Ba", "mời cán bộ kỹ thuật, hướng dẫn 07 hộ ghi nhật ký ao nuôi", "tháng 7")],
                []),
        },
        {   # August 2024 — missing_assignments
            "blocks": [
                _cm_head("Tân Ân Tây, ngày 05 tháng 8 năm 2024"),
                C("BIÊN BẢN HỌP CHI BỘ"),
                C("(Tháng 8/2024)", bold=False),
                G(4),
                P("Lúc 7 giờ 30 phút, ngày 05/8/2024, tại văn phòng HTX ở ấp Xẻo Mắm, Chi bộ HTX Thủy sản Rạch "
                  "Gốc họp định kỳ tháng 8."),
                P("Dự họp: 10/11 đảng viên; vắng đ/c Tô Văn Mười (đi biển, có báo)."),
                P("Đồng chí Huỳnh Văn Tư, Bí thư chi bộ, Giám đốc HTX chủ trì; đồng chí Dương Thị Kim Hoa ghi biên "
                  "bản."),
                P("a/ Thông tin: tỉnh triển khai đợt cao điểm chống khai thác hải sản bất hợp pháp (IUU) trước đợt "
                  "kiểm tra lần thứ năm của Ủy ban châu Âu; yêu cầu 100% tàu cá giữ kết nối thiết bị giám sát hành "
                  "trình."),
                P("b/ Kiểm điểm tháng 7: thay xong cánh cống đầu kênh Xẻo Mắm; 05 trong 07 hộ đã ghi nhật ký ao "
                  "nuôi đầy đủ; thu hoạch tỉa được 8,5 tấn tôm. Hạn chế: 02 tàu cá của xã viên có lúc mất kết nối "
                  "thiết bị giám sát hành trình khi ra khơi."),
                P("c/ Công tác tháng 8: hoàn thành hồ sơ chứng nhận tôm sinh thái; phối hợp Đồn Biên phòng tuyên "
                  "truyền chống khai thác IUU cho chủ tàu, thuyền trưởng; chuẩn bị thu hoạch tôm vụ hai."),
                P("d/ Ý kiến đảng viên:"),
                P("- Đ/c Phạm Văn Chín: thiết bị giám sát trên tàu mất kết nối do hết tiền thuê bao, không phải do "
                  "cố ý, đề nghị HTX nhắc các chủ tàu nộp trước mỗi chuyến."),
                P("- Đ/c Lý Thanh Sang: giá dầu tăng, nhiều chủ tàu muốn nằm bờ, HTX nên tính phương án đi ghép "
                  "chuyến."),
                P("đ/ Kết luận của chủ trì: chi bộ thống nhất với kiểm điểm tháng 7 và công tác tháng 8; chống "
                  "khai thác IUU là việc của cả hệ thống chính trị, HTX không để tàu của xã viên vi phạm."),
                P("Chi bộ biểu quyết: 10/10 đ/c tán thành (100%)."),
                P("e/ Đề nghị từng đảng viên theo chức trách được giao thực hiện tốt công tác tháng 8, gương mẫu "
                  "vận động gia đình, bà con xã viên chấp hành quy định về khai thác hải sản."),
                P("Cuộc họp kết thúc 9 giờ 15 phút. Biên bản đọc lại cho mọi người cùng nghe, thống nhất 100%."),
                _CM_SIGN,
            ],
            "truth": minute(
                meeting("regular", "2024-08-05", "07:30", "09:15", _CM_LOC, _CM_CELL, _CM_COMM),
                "Huỳnh Văn Tư", "Bí thư chi bộ", "Dương Thị Kim Hoa",
                attendance(11, 10, 1, 1, 0, 0, [("Tô Văn Mười", "đi biển, có báo", True)]),
                True,
                [vote("kết luận", 10, pct=100)],
                [],
                ["missing_assignments"]),
        },
        {   # September 2024 — low_attendance (8/11), unexcused_absence
            "blocks": [
                _cm_head("Tân Ân Tây, ngày 06 tháng 9 năm 2024"),
                C("BIÊN BẢN HỌP CHI BỘ"),
                C("(Tháng 9/2024)", bold=False),
                G(4),
                P("Lúc 7 giờ 30 phút, ngày 06/9/2024, tại văn phòng HTX ở ấp Xẻo Mắm, Chi bộ HTX Thủy sản Rạch "
                  "Gốc họp định kỳ tháng 9."),
                P("Dự họp: 8/11 đảng viên; vắng đ/c Lý Thanh Sang (đi biển), đ/c Phạm Văn Chín (không lý do), đ/c "
                  "Quách Minh Trí (bệnh)."),
                P("Đồng chí Huỳnh Văn Tư, Bí thư chi bộ, Giám đốc HTX chủ trì; đồng chí Dương Thị Kim Hoa ghi biên "
                  "bản."),
                P("a/ Thông tin: bão số 3 gây thiệt hại nặng ở các tỉnh phía Bắc, Ủy ban Mặt trận Tổ quốc xã phát "
                  "động quyên góp ủng hộ đồng bào; ngành nông nghiệp khuyến cáo theo dõi độ mặn, độ pH khi mưa "
                  "nhiều."),
                P("b/ Kiểm điểm tháng 8: HTX được cấp chứng nhận tôm sinh thái cho 120 ha; thu hoạch vụ hai đạt "
                  "26 tấn, bán theo hợp đồng bao tiêu; các tàu cá giữ kết nối giám sát hành trình. Hạn chế: tôm ở "
                  "03 vuông phía ấp Ông Trang chết rải rác sau mưa lớn; thu vốn góp mới đạt 75%."),
                P("c/ Công tác tháng 9: quyên góp ủng hộ đồng bào bị bão; xử lý môi trường nước, theo dõi dịch "
                  "bệnh tôm; thu vốn góp còn lại."),
                P("d/ Ý kiến đảng viên:"),
                P("- Đ/c Nguyễn Hoàng Phong: tôm chết do nước mưa làm giảm độ mặn đột ngột, đề nghị hộ nuôi tháo "
                  "bớt nước mặt sau mỗi trận mưa."),
                P("- Đ/c Võ Thị Diễm: nhận vận động chị em xã viên góp tiền ủng hộ đồng bào bị bão."),
                P("đ/ Kết luận của chủ trì: thống nhất các nội dung; tháng 9 tập trung giữ môi trường nước và "
                  "ủng hộ đồng bào bị bão; đảng viên không được vắng họp không lý do."),
                P("Chi bộ biểu quyết: 8/8 đ/c tán thành."),
                P("e/ Phân công:"),
                P("- Đ/c Võ Thị Diễm: vận động xã viên ủng hộ đồng bào bị bão, nộp về Ủy ban Mặt trận Tổ quốc xã "
                  "trước ngày 15/9/2024."),
                P("- Đ/c Lê Thị Bé Ba: đôn đốc thu vốn góp còn lại, xong trong quý III."),
                P("- Đ/c Nguyễn Hoàng Phong: hướng dẫn hộ nuôi đo độ mặn, độ pH, làm hằng tuần."),
                P("Cuộc họp kết thúc 9 giờ 10 phút. Biên bản đọc lại cho mọi người cùng nghe, thống nhất 100%."),
                _CM_SIGN,
            ],
            "truth": minute(
                meeting("regular", "2024-09-06", "07:30", "09:10", _CM_LOC, _CM_CELL, _CM_COMM),
                "Huỳnh Văn Tư", "Bí thư chi bộ", "Dương Thị Kim Hoa",
                attendance(11, 8, 3, 2, 1, 0, [("Lý Thanh Sang", "đi biển", True),
                                               ("Phạm Văn Chín", "không lý do", False),
                                               ("Quách Minh Trí", "bệnh", True)]),
                True,
                [vote("kết luận", 8)],
                [task("Võ Thị Diễm", "vận động xã viên ủng hộ đồng bào bị bão, nộp về Ủy ban Mặt trận Tổ quốc xã",
                      "15/9/2024"),
                 task("Lê Thị Bé Ba", "đôn đốc thu vốn góp còn lại", "quý III"),
                 task("Nguyễn Hoàng Phong", "hướng dẫn hộ nuôi đo độ mặn, độ pH", "hằng tuần")],
                ["low_attendance", "unexcused_absence"]),
        },
        {   # October 2024 — no_discussion, not_approved
            "blocks": [
                _cm_head("Tân Ân Tây, ngày 04 tháng 10 năm 2024"),
                C("BIÊN BẢN HỌP CHI BỘ"),
                C("(Tháng 10/2024)", bold=False),
                G(4),
                P("Lúc 7 giờ 30 phút, ngày 04/10/2024, tại văn phòng HTX ở ấp Xẻo Mắm, Chi bộ HTX Thủy sản Rạch "
                  "Gốc họp định kỳ tháng 10."),
                P("Dự họp: 11/11 đảng viên."),
                P("Đồng chí Huỳnh Văn Tư, Bí thư chi bộ, Giám đốc HTX chủ trì; đồng chí Dương Thị Kim Hoa ghi biên "
                  "bản."),
                P("a/ Thông tin: Đảng ủy xã nhắc các chi bộ quý III chưa sinh hoạt chuyên đề phải bổ sung trong "
                  "quý IV; chuẩn bị đại hội chi bộ nhiệm kỳ 2025 – 2027."),
                P("b/ Kiểm điểm tháng 9: ủng hộ đồng bào bị bão 14,6 triệu đồng; thu đủ vốn góp; tôm ở các vuông "
                  "phía ấp Ông Trang đã ổn định. Hạn chế: chi bộ chưa tổ chức được sinh hoạt chuyên đề quý III."),
                P("c/ Công tác tháng 10: cải tạo vuông tôm, chuẩn bị thả giống vụ ba; xây dựng chuyên đề quý IV về "
                  "nuôi tôm – rừng bền vững; chuẩn bị văn kiện đại hội chi bộ."),
                P("d/ Chi bộ thảo luận, thống nhất với báo cáo."),
                P("đ/ Kết luận của chủ trì: thống nhất kiểm điểm tháng 9 và công tác tháng 10; sinh hoạt chuyên đề "
                  "quý IV trong tháng 11, không để chậm như quý III."),
                P("Chi bộ biểu quyết: 11/11 đ/c tán thành."),
                P("e/ Phân công:"),
                P("- Đ/c Quách Minh Trí: soạn chuyên đề nuôi tôm – rừng bền vững, trình chi ủy trước ngày "
                  "31/10/2024."),
                P("- Đ/c Trần Văn Út: hướng dẫn xã viên cải tạo vuông, chọn giống tôm có kiểm dịch trong tháng 10."),
                P("Cuộc họp kết thúc lúc 9 giờ 20 phút."),
                _CM_SIGN,
            ],
            "truth": minute(
                meeting("regular", "2024-10-04", "07:30", "09:20", _CM_LOC, _CM_CELL, _CM_COMM),
                "Huỳnh Văn Tư", "Bí thư chi bộ", "Dương Thị Kim Hoa",
                attendance(11, 11, 0, 0, 0, 0),
                True,
                [vote("kết luận", 11)],
                [task("Quách Minh Trí", "soạn chuyên đề nuôi tôm – rừng bền vững, trình chi ủy", "31/10/2024"),
                 task("Trần Văn Út", "hướng dẫn xã viên cải tạo vuông, chọn giống tôm có kiểm dịch", "tháng 10")],
                ["no_discussion", "not_approved"]),
        },
    ],
    "scans": [{"name": "dev-25-camau-book-scan-moderate", "folder": "dev", "damage": "moderate", "seed": 25,
               "dpi": 200}],
})


# dev-19 — Hà Tĩnh, commune health station cell; DejaVu Serif 12; "Số: 05-BB/CB"; probationary members and
# an exempt member named in the attendance; "Đồng chí … – Bí thư chi bộ, Trạm trưởng điều hành; đồng chí …
# ghi biên bản"; "PHẦN I – …" headings; "không tán thành: không"; "Phân công cụ thể:" with "+ Đồng chí X:"
# and deadlines "hằng ngày", "trong tuần đầu tháng 6/2025", "trước 17 giờ ngày 15/5/2025", "trong quý II/2025".
DOCS.append({
    "name": "dev-19-hatinh-health-station-clean", "folder": "dev",
    "style": {"family": "dejavu", "size": 12, "justify": True, "indent": 24, "spacing": 1.35, "para_gap": 3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ CẨM NHƯỢNG", "CHI BỘ TRẠM Y TẾ", "Số: 05-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Cẩm Nhượng, ngày 06 tháng 5 năm 2025"], size=11),
            C("BIÊN BẢN"),
            C("Sinh hoạt chi bộ thường kỳ tháng 5 năm 2025", bold=False, italic=True),
            G(8),
            P("Vào lúc 14 giờ 00 phút ngày 06 tháng 5 năm 2025, tại phòng họp Trạm Y tế xã Cẩm Nhượng, Chi bộ "
              "Trạm Y tế tiến hành sinh hoạt thường kỳ tháng 5/2025."),
            P("Tổng số đảng viên của chi bộ: 09 đồng chí, trong đó 07 đảng viên chính thức và 02 đảng viên dự bị "
              "(đồng chí Trần Thị Kim Oanh, đồng chí Lê Quang Vũ). Đồng chí Phan Thị Lựu được miễn sinh hoạt đảng "
              "(đang điều trị bệnh dài ngày). Có mặt: 08/08 đồng chí, trong đó có 02 đảng viên dự bị."),
            P("Đồng chí Nguyễn Thị Thanh Hương – Bí thư chi bộ, Trạm trưởng điều hành; đồng chí Hồ Văn Lộc ghi biên "
              "bản."),
            H("PHẦN I – THÔNG TIN"),
            P("Đồng chí Bí thư thông tin: Luật Bảo hiểm y tế sửa đổi có hiệu lực từ ngày 01/7/2025, người bệnh được "
              "khám, chữa bệnh ở tuyến xã thuận lợi hơn; Sở Y tế cảnh báo sốt xuất huyết có thể đến sớm do nắng "
              "nóng, mưa trái mùa; tháng 5 là tháng cao điểm tiêm chủng bù cho trẻ dưới 5 tuổi."),
            H("PHẦN II – KẾT QUẢ THÁNG 4/2025"),
            P("Trạm khám, chữa bệnh cho 1.245 lượt người, chuyển tuyến 37 trường hợp; tỷ lệ tiêm chủng đầy đủ cho "
              "trẻ dưới 1 tuổi đạt 96%; quản lý 412 người tăng huyết áp, 138 người đái tháo đường. Hạn chế: mới số "
              "hóa được 68% hồ sơ quản lý bệnh không lây nhiễm; thuốc điều trị tăng huyết áp có lúc thiếu; 03 ca "
              "sốt chưa rõ nguyên nhân ở thôn Tân Phú chậm được giám sát."),
            H("PHẦN III – NHIỆM VỤ THÁNG 5/2025"),
            P("Chủ động phòng chống sốt xuất huyết, xử lý ổ dịch cũ; tiêm bù cho trẻ chậm tiêm; bảo đảm đủ thuốc "
              "thiết yếu; đẩy nhanh số hóa hồ sơ sức khỏe; chuẩn bị cho việc thực hiện Luật Bảo hiểm y tế sửa đổi."),
            H("PHẦN IV – THẢO LUẬN"),
            P("Đồng chí Lê Quang Vũ (đảng viên dự bị, y sĩ) phát biểu: ổ dịch sốt xuất huyết năm ngoái ở thôn Tân "
              "Phú còn nhiều dụng cụ chứa nước, cần phun hóa chất và vận động người dân lật úp dụng cụ trước mùa "
              "mưa."),
            P("Đồng chí Trần Thị Kim Oanh (nữ hộ sinh) phát biểu: còn 21 trẻ chậm tiêm, phần lớn có bố mẹ đi làm "
              "ăn xa, đề nghị nhờ cộng tác viên dân số nhắn tin cho gia đình."),
            P("Đồng chí Nguyễn Văn Tịnh (dược sĩ) phát biểu: thuốc tăng huyết áp thiếu vì dự trù theo số liệu "
              "cũ, tháng này sẽ dự trù theo số người bệnh đang quản lý."),
            H("PHẦN V – KẾT LUẬN"),
            P("Đồng chí chủ trì kết luận: chi bộ thống nhất đánh giá kết quả tháng 4 và nhiệm vụ tháng 5/2025; "
              "tháng 5 ưu tiên phòng chống sốt xuất huyết và tiêm bù cho trẻ; mỗi đảng viên phụ trách một thôn, "
              "nắm chắc tình hình sức khỏe người dân ở thôn mình."),
            P("Biểu quyết: tán thành 8/8 đồng chí, đạt 100%; không tán thành: không; ý kiến khác: không."),
            H("PHẦN VI – TỔ CHỨC THỰC HIỆN"),
            L("Phân công cụ thể:"),
            P("+ Đồng chí Lê Quang Vũ: phun hóa chất diệt muỗi tại ổ dịch cũ ở thôn Tân Phú, giám sát ca sốt, báo "
              "cáo về Trung tâm Y tế huyện hằng ngày."),
            P("+ Đồng chí Trần Thị Kim Oanh: lập danh sách trẻ chậm tiêm, tổ chức tiêm bù xong trong tuần đầu tháng "
              "6/2025."),
            P("+ Đồng chí Nguyễn Văn Tịnh: kiểm kê thuốc, vật tư, gửi dự trù bổ sung trước 17 giờ ngày 15/5/2025."),
            P("+ Đồng chí Hồ Văn Lộc: số hóa hồ sơ quản lý bệnh không lây nhiễm còn lại, hoàn thành trong quý "
              "II/2025."),
            P("Buổi sinh hoạt kết thúc vào lúc 16 giờ 10 phút cùng ngày. Biên bản được thông qua trước toàn thể "
              "đảng viên dự họp, không có ý kiến khác."),
            S(["THƯ KÝ", "", "", "Hồ Văn Lộc"], ["T/M CHI BỘ", "BÍ THƯ", "", "Nguyễn Thị Thanh Hương"]),
        ],
        "truth": minute(
            meeting("regular", "2025-05-06", "14:00", "16:10", "phòng họp Trạm Y tế xã Cẩm Nhượng", "CHI BỘ TRẠM Y TẾ",
                    "ĐẢNG BỘ XÃ CẨM NHƯỢNG"),
            "Nguyễn Thị Thanh Hương", "Bí thư chi bộ", "Hồ Văn Lộc",
            attendance(9, 8, 0, 0, 0, 1),
            True,
            [vote("kết luận", 8, 0, 0, pct=100)],
            [task("Lê Quang Vũ", "phun hóa chất diệt muỗi tại ổ dịch cũ ở thôn Tân Phú, giám sát ca sốt, báo cáo "
                  "về Trung tâm Y tế huyện", "hằng ngày"),
             task("Trần Thị Kim Oanh", "lập danh sách trẻ chậm tiêm, tổ chức tiêm bù", "tuần đầu tháng 6/2025"),
             task("Nguyễn Văn Tịnh", "kiểm kê thuốc, vật tư, gửi dự trù bổ sung", "17 giờ ngày 15/5/2025"),
             task("Hồ Văn Lộc", "số hóa hồ sơ quản lý bệnh không lây nhiễm còn lại", "quý II/2025")],
            []),
    }],
})


# dev-20 — Điện Biên, a border post's armed-team cell; Liberation Serif 13; ranks before names; "từ … đến …"
# in the opening; absentees on their own "-" lines; two guests with long roles; chair and secretary as fields;
# the tasks inside the conclusion sentence ("giao Đại úy X …; Trung úy Y …; Tổ công tác … trước ngày …");
# two votes: the conclusion (19/19, 100%) and recognising a full member (17/17 official members).
DOCS.append({
    "name": "dev-20-dienbien-border-post-two-votes-clean", "folder": "dev",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 32, "spacing": 1.3, "para_gap": 2},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ ĐỒN BIÊN PHÒNG A PA CHẢI", "CHI BỘ ĐỘI VŨ TRANG", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "A Pa Chải, ngày 12 tháng 8 năm 2024"], size=11.5),
            C("BIÊN BẢN HỌP CHI BỘ THƯỜNG KỲ THÁNG 8 NĂM 2024"),
            G(8),
            L("Thời gian: từ 07 giờ 30 phút đến 09 giờ 45 phút, ngày 12 tháng 8 năm 2024."),
            L("Địa điểm: Hội trường Đồn Biên phòng A Pa Chải."),
            L("Quân số đảng viên: tổng số 21 đồng chí; có mặt 19 đồng chí (trong đó 02 đảng viên dự bị); vắng 02 "
              "đồng chí:"),
            L("- Đại úy Lò Văn Thành: đi công tác tại Bộ Chỉ huy Bộ đội Biên phòng tỉnh;", indent=32, hang=32),
            L("- Thượng úy Vàng A Chinh: nghỉ phép năm.", indent=32),
            L("Đại biểu dự: đồng chí Trung tá Phạm Quang Vinh – Phó Bí thư Đảng ủy, Chính trị viên Đồn Biên phòng "
              "A Pa Chải; đồng chí Thiếu tá Nguyễn Đức Thắng – Đảng ủy viên, Phó Đồn trưởng Quân sự, phụ trách Chi "
              "bộ Đội vũ trang."),
            L("Chủ trì: Thiếu tá Trần Văn Quyết – Bí thư chi bộ, Đội trưởng Đội vũ trang."),
            L("Thư ký: Trung úy Giàng A Lử."),
            H("1. Thông báo tình hình"),
            P("Đồng chí chủ trì thông báo: khu vực ngã ba biên giới Việt Nam – Lào – Trung Quốc tình hình cơ bản "
              "ổn định; mùa mưa lũ có nguy cơ sạt lở trên các tuyến đường tuần tra; các đối tượng mua bán người "
              "lợi dụng mạng xã hội dụ dỗ phụ nữ, trẻ em vùng biên sang bên kia biên giới làm thuê."),
            H("2. Kiểm điểm tháng 7/2024"),
            P("Đội tổ chức 18 lượt tuần tra, bảo vệ đường biên, cột mốc, trong đó 02 lượt tuần tra song phương "
              "với lực lượng bảo vệ biên giới nước bạn; phối hợp bắt 01 vụ vận chuyển trái phép chất ma túy; giúp "
              "nhân dân bản Tá Miếu khắc phục 03 nhà bị tốc mái. Hạn chế: đường tuần tra từ mốc số 0 đến mốc số "
              "17 sạt lở nhiều đoạn; công tác nắm địa bàn ở bản xa còn chưa thường xuyên."),
            H("3. Nhiệm vụ tháng 8/2024"),
            P("Quản lý, bảo vệ chặt chẽ đường biên, mốc quốc giới; sẵn sàng lực lượng, phương tiện giúp dân phòng "
              "chống lũ quét, sạt lở; tuyên truyền phòng chống mua bán người; hoàn thiện thủ tục chuyển đảng "
              "chính thức cho đảng viên dự bị đủ điều kiện."),
            H("4. Thảo luận"),
            P("Trung úy Giàng A Lử: đề nghị tổ công tác cơ sở rà soát ngay các hộ ở sát taluy dương bản Tá Miếu, "
              "có phương án di dời khi mưa lớn kéo dài."),
            P("Đại úy Đỗ Mạnh Cường: sau mỗi đợt mưa phải kiểm tra lại toàn bộ mốc quốc giới, chụp ảnh, báo cáo "
              "về Đồn ngay."),
            P("Đồng chí Phạm Quang Vinh phát biểu chỉ đạo: ghi nhận kết quả tháng 7, yêu cầu chi bộ bám sát địa "
              "bàn, không để bị động bất ngờ; quan tâm bồi dưỡng đảng viên dự bị là người dân tộc thiểu số."),
            H("5. Kết luận"),
            P("Đồng chí Bí thư chi bộ kết luận: chi bộ thống nhất với kiểm điểm tháng 7 và nhiệm vụ tháng 8/2024, "
              "tiếp thu ý kiến chỉ đạo của đồng chí Phó Bí thư Đảng ủy; giao Đại úy Đỗ Mạnh Cường chỉ huy tổ tuần "
              "tra kiểm tra hệ thống mốc quốc giới từ mốc số 0 đến mốc số 17 hằng tuần; Trung úy Lý A Pao phối hợp "
              "già làng, trưởng bản Tá Miếu vận động bà con không xuất cảnh trái phép, làm thường xuyên; Tổ công "
              "tác cơ sở bản Tá Miếu hoàn thành rà soát các hộ ở vùng nguy cơ sạt lở trước ngày 25/8/2024."),
            H("6. Biểu quyết"),
            P("Biểu quyết thông qua kết luận: 19/19 đồng chí tán thành, đạt 100%."),
            P("Biểu quyết đề nghị Đảng ủy Đồn công nhận đảng viên chính thức cho đồng chí Thượng sĩ Hờ A Dủa: 17/17 "
              "đảng viên chính thức có mặt tán thành."),
            P("Biên bản đã được đọc lại và thông qua trước chi bộ, các đồng chí dự họp nhất trí."),
            S(["THƯ KÝ", "", "", "Trung úy Giàng A Lử"], ["T/M CHI ỦY", "BÍ THƯ", "", "Thiếu tá Trần Văn Quyết"]),
        ],
        "truth": minute(
            meeting("regular", "2024-08-12", "07:30", "09:45", "Hội trường Đồn Biên phòng A Pa Chải",
                    "CHI BỘ ĐỘI VŨ TRANG", "ĐẢNG BỘ ĐỒN BIÊN PHÒNG A PA CHẢI"),
            "Trần Văn Quyết", "Bí thư chi bộ", "Giàng A Lử",
            attendance(21, 19, 2, 2, 0, 0,
                       [("Lò Văn Thành", "đi công tác tại Bộ Chỉ huy Bộ đội Biên phòng tỉnh", True),
                        ("Vàng A Chinh", "nghỉ phép năm", True)],
                       [("Phạm Quang Vinh", "Phó Bí thư Đảng ủy, Chính trị viên Đồn Biên phòng A Pa Chải"),
                        ("Nguyễn Đức Thắng", "Đảng ủy viên, Phó Đồn trưởng Quân sự, phụ trách Chi bộ Đội vũ trang")]),
            True,
            [vote("kết luận", 19, pct=100),
             vote("đề nghị công nhận đảng viên chính thức cho đồng chí Hờ A Dủa", 17)],
            [task("Đỗ Mạnh Cường", "chỉ huy tổ tuần tra kiểm tra hệ thống mốc quốc giới từ mốc số 0 đến mốc số 17",
                  "hằng tuần"),
             task("Lý A Pao", "phối hợp già làng, trưởng bản Tá Miếu vận động bà con không xuất cảnh trái phép",
                  "thường xuyên"),
             task("Tổ công tác cơ sở bản Tá Miếu", "hoàn thành rà soát các hộ ở vùng nguy cơ sạt lở", "25/8/2024")],
            []),
    }],
})


# dev-21 — Nam Định, kindergarten cell; Liberation Sans 11.5, ragged; "I. / 1." headings; one absentee in the
# count line; chair and secretary on one line; "Tán thành: 14/14 (100%). Không tán thành: 0. Không biểu quyết:
# 0." and a second vote introducing a member of the public to the Party-awareness class; a ruled task table
# with CENTRED headings ("Thời gian hoàn thành" wraps) and task cells over 2–3 lines, two people in one cell, a
# group, "Trước 30/10/2024", "Tháng 10/2024", "20/10/2024", "Quý I/2025", "Thường xuyên".
_ND_TASKS = [(0.07, "TT", "c"), (0.47, "Nội dung công việc", "l"), (0.26, "Người phụ trách", "l"),
             (0.20, "Thời gian hoàn thành", "l")]
DOCS.append({
    "name": "dev-21-namdinh-kindergarten-centred-table-clean", "folder": "dev",
    "style": {"family": "sans", "size": 11.5, "justify": False, "indent": 0, "spacing": 1.35, "para_gap": 4},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ HẢI ĐƯỜNG", "CHI BỘ TRƯỜNG MẦM NON HẢI ĐƯỜNG"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hải Đường, ngày 15 tháng 10 năm 2024"], size=10.5),
            C("BIÊN BẢN", size=13),
            C("SINH HOẠT CHI BỘ THÁNG 10 NĂM 2024"),
            G(8),
            H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            L("1. Thời gian: khai mạc 16 giờ 45 phút ngày 15/10/2024."),
            L("2. Địa điểm: phòng hội đồng nhà trường."),
            L("3. Thành phần: đảng viên có mặt 14/15 đồng chí; vắng 01 đồng chí: đ/c Vũ Thị Thu Hằng – nghỉ chế độ "
              "thai sản."),
            L("4. Chủ trì: đ/c Trần Thị Minh Nguyệt – Bí thư chi bộ, Hiệu trưởng; thư ký: đ/c Phạm Thị Ngọc Ánh."),
            H("II. NỘI DUNG"),
            H("1. Thông tin thời sự", italic=True),
            P("Đồng chí Bí thư thông tin: Bộ Giáo dục và Đào tạo hướng dẫn nhiệm vụ năm học 2024–2025 đối với giáo "
              "dục mầm non, tiếp tục chương trình \"Xây dựng trường mầm non lấy trẻ làm trung tâm\"; tỉnh tổng kết "
              "thiệt hại do bão số 3, ngành giáo dục có 46 trường bị tốc mái, đổ cây."),
            H("2. Đánh giá kết quả tháng 9/2024", italic=True),
            P("Nhà trường tổ chức khai giảng năm học mới với 312 trẻ ở 11 nhóm, lớp; 100% trẻ ăn bán trú; sau bão "
              "số 3 cán bộ, giáo viên dọn xong cây đổ, lau rửa lớp học để đón trẻ trở lại sau hai ngày. Hạn chế: "
              "bếp ăn bán trú bị dột, tủ lưu mẫu thức ăn hỏng; sân chơi mất nhiều cây bóng mát; một số giáo viên "
              "trẻ còn lúng túng khi xây dựng kế hoạch giáo dục theo chủ đề."),
            H("3. Nhiệm vụ tháng 10/2024", italic=True),
            P("Tổ chức Hội thi giáo viên dạy giỏi cấp trường; sửa chữa bếp ăn, bảo đảm an toàn thực phẩm; kỷ niệm "
              "Ngày Phụ nữ Việt Nam 20/10; trồng lại cây xanh; làm tốt công tác phát triển đảng."),
            H("4. Thảo luận", italic=True),
            P("Đ/c Đoàn Thị Huế (Phó Hiệu trưởng): đề nghị hội thi năm nay chấm qua tiết dạy thực tế ở lớp, không "
              "chấm giáo án viết, để giáo viên trẻ được góp ý ngay sau tiết dạy."),
            P("Đ/c Lại Thị Thơm (tổ trưởng tổ nuôi dưỡng): bếp dột ở khu sơ chế, cần sửa ngay; đề nghị mua tủ lưu "
              "mẫu mới vì tủ cũ không giữ được nhiệt độ."),
            P("Đ/c Mai Thị Phượng (Chủ tịch Công đoàn): quần chúng Nguyễn Thị Lan Anh nhiệt tình, được phụ huynh "
              "tín nhiệm, đề nghị chi bộ giới thiệu đi học lớp bồi dưỡng nhận thức về Đảng."),
            H("5. Kết luận", italic=True),
            P("Đồng chí Bí thư kết luận: chi bộ thống nhất đánh giá tháng 9 và nhiệm vụ tháng 10/2024; tập trung "
              "bảo đảm an toàn bữa ăn bán trú và chất lượng hội thi; mỗi đảng viên là giáo viên dạy giỏi phải kèm "
              "một giáo viên trẻ."),
            H("6. Biểu quyết", italic=True),
            P("Biểu quyết thông qua kết luận. Tán thành: 14/14 (100%). Không tán thành: 0. Không biểu quyết: 0."),
            P("Chi bộ biểu quyết giới thiệu quần chúng Nguyễn Thị Lan Anh tham gia lớp bồi dưỡng nhận thức về "
              "Đảng: 14/14 đồng chí tán thành."),
            H("7. Phân công thực hiện", italic=True),
            TC(_ND_TASKS, [
                ["1", "Tổ chức Hội thi giáo viên dạy giỏi cấp trường năm học 2024–2025; chọn giáo viên dự thi cấp "
                 "huyện", "Đ/c Đoàn Thị Huế", "Trước 30/10/2024"],
                ["2", "Sửa chữa khu sơ chế bếp ăn bán trú bị dột; mua tủ lưu mẫu thức ăn mới, kiểm tra nguồn gốc "
                 "thực phẩm nhập vào bếp", "Đ/c Lại Thị Thơm", "Tháng 10/2024"],
                ["3", "Phối hợp Công đoàn tổ chức kỷ niệm Ngày Phụ nữ Việt Nam", "Đ/c Mai Thị Phượng",
                 "20/10/2024"],
                ["4", "Giúp đỡ quần chúng Nguyễn Thị Lan Anh học tập, rèn luyện, chuẩn bị hồ sơ đề nghị kết nạp",
                 "Đ/c Phạm Thị Ngọc Ánh, đ/c Trần Thị Minh Nguyệt", "Quý I/2025"],
                ["5", "Trồng lại cây bóng mát, giữ vệ sinh sân trường và khu vui chơi", "Chi đoàn nhà trường",
                 "Thường xuyên"],
            ]),
            P("Buổi sinh hoạt kết thúc lúc 18 giờ 20 phút. Biên bản đã được đọc trước chi bộ và được 14/14 đồng "
              "chí nhất trí thông qua."),
            S(["THƯ KÝ", "", "", "Phạm Thị Ngọc Ánh"], ["BÍ THƯ CHI BỘ", "", "", "Trần Thị Minh Nguyệt"]),
        ],
        "truth": minute(
            meeting("regular", "2024-10-15", "16:45", "18:20", "phòng hội đồng nhà trường",
                    "CHI BỘ TRƯỜNG MẦM NON HẢI ĐƯỜNG", "ĐẢNG BỘ XÃ HẢI ĐƯỜNG"),
            "Trần Thị Minh Nguyệt", "Bí thư chi bộ", "Phạm Thị Ngọc Ánh",
            attendance(15, 14, 1, 1, 0, 0, [("Vũ Thị Thu Hằng", "nghỉ chế độ thai sản", True)]),
            True,
            [vote("kết luận", 14, 0, 0, pct=100),
             vote("giới thiệu quần chúng Nguyễn Thị Lan Anh học lớp bồi dưỡng nhận thức về Đảng", 14)],
            [task("Đoàn Thị Huế", "Tổ chức Hội thi giáo viên dạy giỏi cấp trường năm học 2024–2025; chọn giáo "
                  "viên dự thi cấp huyện", "30/10/2024"),
             task("Lại Thị Thơm", "Sửa chữa khu sơ chế bếp ăn bán trú bị dột; mua tủ lưu mẫu thức ăn mới, kiểm tra "
                  "nguồn gốc thực phẩm nhập vào bếp", "Tháng 10/2024"),
             task("Mai Thị Phượng", "Phối hợp Công đoàn tổ chức kỷ niệm Ngày Phụ nữ Việt Nam", "20/10/2024"),
             task("Phạm Thị Ngọc Ánh", "Giúp đỡ quần chúng Nguyễn Thị Lan Anh học tập, rèn luyện, chuẩn bị hồ sơ "
                  "đề nghị kết nạp", "Quý I/2025"),
             task("Trần Thị Minh Nguyệt", "Giúp đỡ quần chúng Nguyễn Thị Lan Anh học tập, rèn luyện, chuẩn bị hồ "
                  "sơ đề nghị kết nạp", "Quý I/2025"),
             task("Chi đoàn nhà trường", "Trồng lại cây bóng mát, giữ vệ sinh sân trường và khu vui chơi",
                  "Thường xuyên")],
            []),
    }],
})


# dev-22 — TP Thủ Đức, neighbourhood cell; Liberation Serif 13, ragged; "Nội dung thứ nhất … thứ tư" instead of
# headings; four exempt members counted, not named; five absentees on their own lines (three reasons, one
# "không lý do", one with no reason at all); "Đồng chí … – Bí thư chi bộ, Trưởng khu phố điều hành …; đồng chí …
# ghi biên bản"; the conclusion only inline; "24/25 … tán thành; 01 … không biểu quyết"; exactly 90 minutes.
DOCS.append({
    "name": "dev-22-thuduc-quarter-low-unexcused", "folder": "dev",
    "style": {"family": "serif", "size": 13, "justify": False, "indent": 36, "spacing": 1.3, "para_gap": 2},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG LINH XUÂN", "CHI BỘ KHU PHỐ 5"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thủ Đức, ngày 10 tháng 11 năm 2024"]),
            C("BIÊN BẢN SINH HOẠT CHI BỘ KHU PHỐ 5"),
            C("Tháng 11/2024", bold=False),
            G(8),
            P("Hôm nay, lúc 19 giờ 30, ngày 10/11/2024, tại văn phòng Ban điều hành khu phố 5, Chi bộ Khu phố 5 tổ "
              "chức sinh hoạt định kỳ tháng 11."),
            P("Đảng viên của chi bộ: 34 đồng chí, trong đó 04 đồng chí được miễn sinh hoạt. Có mặt: 25 đồng chí. "
              "Vắng mặt: 05 đồng chí, gồm:"),
            L("Đ/c Trương Văn Lẫm – nằm viện;", indent=48),
            L("Đ/c Nguyễn Thị Ngọc Sương – về quê chăm mẹ bệnh;", indent=48),
            L("Đ/c Lâm Quốc Bảo – đi làm ca;", indent=48),
            L("Đ/c Hứa Minh Đạt – không lý do;", indent=48),
            L("Đ/c Cao Văn Tám.", indent=48),
            P("Đồng chí Đinh Công Thành – Bí thư chi bộ, Trưởng khu phố điều hành buổi sinh hoạt; đồng chí Lưu Ngọc "
              "Diệp ghi biên bản."),
            P("Nội dung thứ nhất: thông tin thời sự. Đồng chí Bí thư thông tin về việc thành phố triển khai thu "
              "phí rác theo khối lượng, lộ trình chuyển đổi xe xăng sang xe điện của các hãng xe công nghệ và "
              "tình hình lừa đảo qua điện thoại giả danh cơ quan công an, điện lực đang xảy ra nhiều trên địa bàn "
              "phường."),
            P("Nội dung thứ hai: kết quả tháng 10. Khu phố vận động 132 hộ đóng góp nâng cấp hẻm 18, hoàn thành "
              "láng nhựa 240 mét; không có hộ tái nghèo; 02 vụ trộm xe máy được công an phường làm rõ. Tồn tại: "
              "rác thải bỏ không đúng giờ ở đầu hẻm 24; một số nhà trọ không khai báo tạm trú cho người thuê; "
              "tỷ lệ đảng viên dự sinh hoạt thấp, nhiều đồng chí đi làm ca."),
            P("Nội dung thứ ba: nhiệm vụ tháng 11. Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư; vận "
              "động chủ nhà trọ khai báo tạm trú; ra quân dẹp điểm rác tự phát; tuyên truyền phòng chống lừa đảo "
              "qua mạng."),
            P("Nội dung thứ tư: ý kiến đảng viên. Đ/c Phùng Thị Mai (Tổ trưởng tổ dân phố 22) nêu khu trọ ở hẻm 24 "
              "có gần 200 công nhân, chủ nhà ở nơi khác nên khó nhắc nhở. Đ/c Huỳnh Tấn Lộc (Trưởng Ban công tác "
              "Mặt trận) đề nghị Ngày hội Đại đoàn kết năm nay có bữa cơm chung ở hẻm 18 vừa láng nhựa. Đ/c Tăng "
              "Thị Hồng Vân đề nghị chi bộ đổi giờ sinh hoạt sang sáng Chủ nhật để đảng viên đi làm ca dự đủ."),
            P("Kết thúc phần thảo luận, đồng chí Bí thư kết luận: chi bộ thống nhất với kết quả tháng 10 và nhiệm "
              "vụ tháng 11; từ tháng 12 thử sinh hoạt vào sáng Chủ nhật để đảng viên đi làm ca dự được."),
            P("Biểu quyết: 24/25 đồng chí tán thành; 01 đồng chí không biểu quyết."),
            P("Giao đồng chí Phùng Thị Mai cùng Cảnh sát khu vực đến từng nhà trọ ở hẻm 24 hướng dẫn khai báo tạm "
              "trú, trước ngày 30/11/2024. Đồng chí Huỳnh Tấn Lộc chủ trì tổ chức Ngày hội Đại đoàn kết toàn dân "
              "tộc ở khu dân cư trong tháng 11. Đồng chí Đinh Công Thành gặp đ/c Hứa Minh Đạt và đ/c Cao Văn Tám, "
              "nhắc nhở việc sinh hoạt đảng, báo cáo tại kỳ họp tháng 12."),
            P("Buổi sinh hoạt kết thúc lúc 21 giờ 00. Biên bản được đọc lại, các đồng chí dự họp thống nhất."),
            S(["THƯ KÝ", "", "", "Lưu Ngọc Diệp"], ["BÍ THƯ", "", "", "Đinh Công Thành"]),
        ],
        "truth": minute(
            meeting("regular", "2024-11-10", "19:30", "21:00", "văn phòng Ban điều hành khu phố 5", "CHI BỘ KHU PHỐ 5",
                    "ĐẢNG BỘ PHƯỜNG LINH XUÂN"),
            "Đinh Công Thành", "Bí thư chi bộ", "Lưu Ngọc Diệp",
            attendance(34, 25, 5, 3, 2, 4, [("Trương Văn Lẫm", "nằm viện", True),
                                            ("Nguyễn Thị Ngọc Sương", "về quê chăm mẹ bệnh", True),
                                            ("Lâm Quốc Bảo", "đi làm ca", True),
                                            ("Hứa Minh Đạt", "không lý do", False),
                                            ("Cao Văn Tám", None, False)]),
            True,
            [vote("kết luận", 24, None, 1)],
            [task("Phùng Thị Mai", "cùng Cảnh sát khu vực đến từng nhà trọ ở hẻm 24 hướng dẫn khai báo tạm trú",
                  "30/11/2024"),
             task("Huỳnh Tấn Lộc", "chủ trì tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư", "tháng 11"),
             task("Đinh Công Thành", "gặp đ/c Hứa Minh Đạt và đ/c Cao Văn Tám, nhắc nhở việc sinh hoạt đảng, báo "
                  "cáo", "kỳ họp tháng 12")],
            ["low_attendance", "unexcused_absence"]),
    }],
})


# dev-23 — Thanh Hóa, a state power company's district branch; Liberation Serif 13, spacing 1.4, a top page
# number "- n -" from page 2; "1/ 2/" sentence-case headings; probationary and exempt members named, one absentee
# in brackets; three votes (conclusion 28/28 100 %; a full member, 26/26 official members; admitting a new
# member 25/26, one against, 96,15 %); "Phân công cụ thể:" with "- Đồng chí X (…):" and "- Tổ An toàn:",
# deadlines "trước ngày …", "trong tháng 11/2024", "đến hết năm 2024", "thường xuyên" and none.
DOCS.append({
    "name": "dev-23-thanhhoa-power-company-three-votes-clean", "folder": "dev",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 36, "spacing": 1.4, "para_gap": 1,
              "head": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG TY ĐIỆN LỰC THANH HÓA", "CHI BỘ ĐIỆN LỰC NGA SƠN", "Số: 47-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nga Sơn, ngày 08 tháng 11 năm 2024"], size=11),
            C("BIÊN BẢN"),
            C("HỌP CHI BỘ ĐỊNH KỲ THÁNG 11/2024"),
            G(8),
            P("Hội nghị bắt đầu lúc 14 giờ ngày 08 tháng 11 năm 2024 tại hội trường Điện lực Nga Sơn."),
            P("Tổng số đảng viên: 31 đồng chí (chính thức 29, dự bị 02: đ/c Lê Văn Khoa, đ/c Hoàng Thị Yến). Miễn "
              "sinh hoạt: 02 đồng chí (đ/c Trịnh Xuân Bảy, đ/c Mai Văn Lợi). Có mặt: 28/29 đồng chí. Vắng: 01 đồng "
              "chí (đ/c Lê Thị Thu – ốm, có giấy xin phép)."),
            P("Chủ trì: đồng chí Nguyễn Hữu Tài – Bí thư chi bộ, Giám đốc Điện lực. Thư ký: đồng chí Đỗ Thị Hải "
              "Yến."),
            H("1/ Thông tin thời sự, văn bản mới"),
            P("Tập đoàn Điện lực Việt Nam điều chỉnh giá bán lẻ điện bình quân tăng 4,8% từ ngày 11/10/2024; Công "
              "ty triển khai kế hoạch bảo đảm cấp điện mùa khô năm 2025 và dịp Tết Nguyên đán Ất Tỵ; Đảng ủy Công "
              "ty ban hành hướng dẫn đại hội chi bộ trực thuộc nhiệm kỳ 2025 – 2027."),
            H("2/ Kết quả thực hiện nhiệm vụ tháng 10/2024"),
            P("Điện thương phẩm đạt 38,6 triệu kWh, tăng 7,1% so với cùng kỳ; tổn thất điện năng 4,2%, giảm 0,3% "
              "so với kế hoạch; thu tiền điện đạt 99,8%; 96% khách hàng nhận hóa đơn điện tử. Hạn chế: còn 12 trạm "
              "biến áp vận hành quá tải giờ cao điểm ở các xã ven biển; xảy ra 02 sự cố lưới trung áp do cây đổ "
              "trong mưa giông; một số khách hàng phản ánh chậm cấp điện sau bão."),
            H("3/ Nhiệm vụ tháng 11/2024"),
            P("Chống quá tải các trạm biến áp; phát quang hành lang tuyến; đẩy mạnh thanh toán tiền điện không "
              "dùng tiền mặt; bảo đảm tuyệt đối an toàn lao động; làm tốt công tác phát triển đảng."),
            H("4/ Ý kiến thảo luận"),
            P("Đồng chí Lê Văn Khoa (đảng viên dự bị, tổ quản lý vận hành): quá tải tập trung ở các trạm có nhiều "
              "hộ nuôi tôm dùng máy sục khí, đề nghị lắp thêm máy biến áp ở trạm Nga Tân 3 và Nga Thủy 2."),
            P("Đồng chí Vũ Đình Nam (Tổ trưởng Tổ kinh doanh): còn khoảng 900 hộ lớn tuổi trả tiền mặt, cần tổ "
              "chức thu tại nhà văn hóa thôn vào ngày cố định."),
            P("Đồng chí Trịnh Văn Hiếu (Phó Giám đốc kỹ thuật): quần chúng Phạm Minh Đức, công nhân tổ vận hành, "
              "đủ tiêu chuẩn, đã học lớp nhận thức về Đảng, đề nghị chi bộ xem xét kết nạp."),
            H("5/ Kết luận của đồng chí chủ trì"),
            P("Chi bộ thống nhất đánh giá kết quả tháng 10 và nhiệm vụ tháng 11/2024. Tập trung chống quá tải "
              "trước mùa nuôi tôm vụ đông, không để mất điện kéo dài ở các xã ven biển; mỗi đảng viên làm công "
              "tác kỹ thuật phụ trách ít nhất một trạm biến áp."),
            H("6/ Biểu quyết"),
            P("Biểu quyết thông qua kết luận: 28/28 đồng chí tán thành, đạt 100%."),
            P("Biểu quyết đề nghị công nhận đảng viên chính thức đối với đồng chí Lê Văn Khoa: 26/26 đảng viên "
              "chính thức có mặt tán thành, đạt 100%."),
            P("Biểu quyết đề nghị kết nạp quần chúng Phạm Minh Đức vào Đảng: tán thành 25/26, không tán thành 01, "
              "đạt 96,15%."),
            H("7/ Tổ chức thực hiện"),
            L("Phân công cụ thể:"),
            P("- Đồng chí Trịnh Văn Hiếu (Phó Giám đốc kỹ thuật): lập phương án, lắp đặt bổ sung máy biến áp cho "
              "các trạm quá tải, hoàn thành trước ngày 15/12/2024;"),
            P("- Đồng chí Đỗ Thị Hải Yến: hoàn thiện hồ sơ công nhận đảng viên chính thức của đồng chí Lê Văn Khoa "
              "và hồ sơ kết nạp quần chúng Phạm Minh Đức, gửi Đảng ủy Công ty trong tháng 11/2024;"),
            P("- Đồng chí Vũ Đình Nam: tổ chức điểm thu tiền điện tại nhà văn hóa các thôn, bảo đảm tỷ lệ thu đạt "
              "100% đến hết năm 2024;"),
            P("- Tổ An toàn: kiểm tra an toàn lao động tại hiện trường, thường xuyên;"),
            P("- Đồng chí Hoàng Thị Yến: giúp đỡ quần chúng Phạm Minh Đức tiếp tục học tập, rèn luyện."),
            P("Hội nghị kết thúc lúc 16 giờ 30 phút. Biên bản được đọc lại, toàn thể đảng viên dự họp nhất trí "
              "thông qua."),
            S(["THƯ KÝ", "", "", "Đỗ Thị Hải Yến"], ["T/M CHI BỘ", "BÍ THƯ", "", "Nguyễn Hữu Tài"]),
        ],
        "truth": minute(
            meeting("regular", "2024-11-08", "14:00", "16:30", "hội trường Điện lực Nga Sơn", "CHI BỘ ĐIỆN LỰC NGA SƠN",
                    "ĐẢNG BỘ CÔNG TY ĐIỆN LỰC THANH HÓA"),
            "Nguyễn Hữu Tài", "Bí thư chi bộ", "Đỗ Thị Hải Yến",
            attendance(31, 28, 1, 1, 0, 2, [("Lê Thị Thu", "ốm, có giấy xin phép", True)]),
            True,
            [vote("kết luận", 28, pct=100),
             vote("đề nghị công nhận đảng viên chính thức đối với đồng chí Lê Văn Khoa", 26, pct=100),
             vote("đề nghị kết nạp quần chúng Phạm Minh Đức vào Đảng", 25, 1, pct=96.15)],
            [task("Trịnh Văn Hiếu", "lập phương án, lắp đặt bổ sung máy biến áp cho các trạm quá tải",
                  "15/12/2024"),
             task("Đỗ Thị Hải Yến", "hoàn thiện hồ sơ công nhận đảng viên chính thức của đồng chí Lê Văn Khoa và "
                  "hồ sơ kết nạp quần chúng Phạm Minh Đức, gửi Đảng ủy Công ty", "tháng 11/2024"),
             task("Vũ Đình Nam", "tổ chức điểm thu tiền điện tại nhà văn hóa các thôn, bảo đảm tỷ lệ thu đạt 100%",
                  "hết năm 2024"),
             task("Tổ An toàn", "kiểm tra an toàn lao động tại hiện trường", "thường xuyên"),
             task("Hoàng Thị Yến", "giúp đỡ quần chúng Phạm Minh Đức tiếp tục học tập, rèn luyện", None)],
            []),
    }],
})


# dev-24 — Quảng Bình, a district office cell (Phòng Nông nghiệp); DejaVu Sans 11; "1) … 5)" parts; counts
# only, one excused absentee not named; "Chi bộ thống nhất cao với báo cáo, không có ý kiến khác" (no recorded
# opinion); 70 minutes. Its moderate 250 dpi scan is dev-26.
DOCS.append({
    "name": "dev-24-quangbinh-district-office-short-no-discussion", "folder": "dev",
    "style": {"family": "dvsans", "size": 11, "justify": True, "indent": 20, "spacing": 1.4, "para_gap": 3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CƠ QUAN CHÍNH QUYỀN HUYỆN BỐ TRẠCH", "CHI BỘ PHÒNG NÔNG NGHIỆP VÀ PTNT", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Bố Trạch, ngày 14 tháng 3 năm 2024"], size=9.5),
            C("BIÊN BẢN", size=13),
            C("HỌP CHI BỘ ĐỊNH KỲ THÁNG 3/2024"),
            G(8),
            P("Thời gian: 15 giờ 30 phút, ngày 14/3/2024. Địa điểm: phòng làm việc của Phòng Nông nghiệp và PTNT "
              "huyện."),
            P("Tổng số đảng viên: 10; có mặt: 09; vắng 01 (đi công tác tỉnh, có báo cáo)."),
            P("Chủ trì: đ/c Hoàng Văn Sơn, Bí thư chi bộ, Trưởng phòng. Thư ký: đ/c Trần Thị Thanh Tâm."),
            L("1) Thông tin", bold=True),
            P("Đ/c Hoàng Văn Sơn thông tin: Ủy ban nhân dân tỉnh chỉ đạo các địa phương chủ động chống hạn, xâm "
              "nhập mặn cho vụ Đông Xuân 2023 – 2024; dịch tả lợn châu Phi tái phát ở một số huyện trong tỉnh."),
            L("2) Kết quả tháng 02/2024", bold=True),
            P("Toàn huyện gieo cấy xong 6.850 ha lúa Đông Xuân, đạt 101% kế hoạch; tiêm phòng vắc xin đợt một cho "
              "đàn gia súc, gia cầm đạt 85%; trồng mới 420 ha rừng tập trung. Hạn chế: các xã vùng cát thiếu nước "
              "tưới cuối vụ; tiến độ giải ngân vốn chương trình mục tiêu quốc gia xây dựng nông thôn mới còn chậm."),
            L("3) Nhiệm vụ tháng 3/2024", bold=True),
            P("Chỉ đạo chống hạn cho lúa Đông Xuân; giám sát dịch bệnh trên đàn vật nuôi; đẩy nhanh giải ngân vốn "
              "nông thôn mới; kiểm tra công tác phòng cháy, chữa cháy rừng."),
            P("Chi bộ thống nhất cao với báo cáo, không có ý kiến khác."),
            L("4) Kết luận, biểu quyết", bold=True),
            P("Đ/c Bí thư kết luận: thống nhất với kết quả tháng 02 và nhiệm vụ tháng 3/2024 như báo cáo; ưu tiên "
              "chống hạn cho các xã vùng cát và giám sát chặt dịch tả lợn châu Phi."),
            P("Biểu quyết: tán thành 9/9 đồng chí."),
            L("5) Phân công", bold=True),
            P("Đ/c Nguyễn Văn Quang phụ trách chỉ đạo chống hạn cho vụ Đông Xuân ở các xã vùng cát, báo cáo trước "
              "25/3/2024. Đ/c Phan Thị Hồng theo dõi, báo cáo tình hình dịch tả lợn châu Phi thường xuyên."),
            P("Cuộc họp kết thúc lúc 16 giờ 40 phút. Biên bản đã được đọc lại và thông qua tại cuộc họp."),
            S(["THƯ KÝ", "", "", "Trần Thị Thanh Tâm"], ["BÍ THƯ CHI BỘ", "", "", "Hoàng Văn Sơn"]),
        ],
        "truth": minute(
            meeting("regular", "2024-03-14", "15:30", "16:40", "phòng làm việc của Phòng Nông nghiệp và PTNT huyện",
                    "CHI BỘ PHÒNG NÔNG NGHIỆP VÀ PTNT", "ĐẢNG BỘ CƠ QUAN CHÍNH QUYỀN HUYỆN BỐ TRẠCH"),
            "Hoàng Văn Sơn", "Bí thư chi bộ", "Trần Thị Thanh Tâm",
            attendance(10, 9, 1, 1, 0, 0),
            True,
            [vote("kết luận", 9)],
            [task("Nguyễn Văn Quang", "phụ trách chỉ đạo chống hạn cho vụ Đông Xuân ở các xã vùng cát, báo cáo",
                  "25/3/2024"),
             task("Phan Thị Hồng", "theo dõi, báo cáo tình hình dịch tả lợn châu Phi", "thường xuyên")],
            ["no_discussion", "short_meeting"]),
    }],
    "scans": [{"name": "dev-26-quangbinh-scan-moderate", "folder": "dev", "damage": "moderate", "seed": 26,
               "dpi": 250}],
})
