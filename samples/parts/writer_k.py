"""Writer k: minute pieces from Party cells in Hà Nội and the Red River delta provinces (Bắc Ninh, Hưng Yên,
Hải Dương, Nam Định, Ninh Bình, Thái Bình): state agencies, universities and schools, hospitals, enterprises
and industrial-zone companies, urban wards. The clerks are formal and long-winded, number their conclusions and
tasks, and name people by role and title as often as by name.

Written without reading the extractor (extract/**), the generator, bench/, the held-out sets, the other writers'
modules or the scans/book samples, and without running the extractor; only samples/parts/README.md, writing.py,
skeleton.py and /work/shared/DOMAIN.md were read. Every person, organisation, date and number is invented here;
the wards, districts and provinces are real localities, the schools, companies and offices in them are not.

Labelling decisions taken where samples/parts/README.md is silent:
- Head, header with three levels (e.g. "ĐẢNG BỘ QUẬN …" / "ĐẢNG ỦY PHƯỜNG …" / "CHI BỘ …"): `party_committee` is
  the level printed directly above the cell line (the cell's immediate upper committee); the higher levels are
  dropped. A header naming only the cell gives `party_committee` null.
- Head: "Số: 27-BB/CB", "*" and an empty "Số: ……/BB-CB" are not part of the cell name; a cell or committee name
  wrapped over two header lines (the first ending in "-" or in a word) is joined with one space, the "-" kept.
- Head: a topic printed in capitals over two title lines is joined with one space and kept in capitals; a topic
  in quotes is given without the quotes; "KẾT HỢP SINH HOẠT CHUYÊN ĐỀ" above a topic makes the meeting "regular"
  with that topic. A place-and-date line left as dots, or missing, gives `date` null; month and year then come
  from the title. A date printed under the title in brackets is the meeting date.
- Head: a month written in words ("THÁNG MƯỜI HAI") gives the month number (12).
- Opening: `location` stops before the cell's name in prose ("tại X, Chi bộ … tiến hành …" → "X"); the final
  full stop is dropped.
- Opening: an absentee's `reason` is the text the clerk wrote for the reason, without a connector ("–", ":",
  brackets) and without a final ";" or "."; "không báo cáo", "không lý do", "Không xin phép" are kept as the
  reason (as written) with `excused` false; an absentee with nothing after the name has reason null, excused false.
- Opening: when a Bí thư is absent and named inside the chair's line or the attendance brackets, he or she is an
  absentee; when the counts split excused / unexcused and only the excused one is named, the unnamed one is
  counted in `absent_unexcused` but not listed.
- Opening: a guest's `role` is the title(s) written after the name, without trailing verbs such as "dự và chỉ
  đạo"; degrees (PGS.TS., ThS.BS.) are dropped from names like titles.
- Opening: `chair.role` is the Party role only; "Bí thư Chi bộ kiêm Giám đốc Công ty" → "Bí thư Chi bộ"; a chair
  with only a job title or nothing after the name has role null. Case of the role kept as written.
- Opening: "có mặt 21/21", "07/07 đồng chí đảng viên trong chi bộ", "12 đ/c (tổng số 12 đ/c)" give total =
  present with no absence.
- Body: a vote's `percent_for` is filled only when a percentage is written (also "100% nhất trí"); "15/15 đồng
  chí tán thành" without a percentage gives for 15 and percent null. "không có ý kiến không tán thành" →
  against 0; "không có ý kiến khác" / "ý kiến khác: không" → abstain 0. When only the full members present vote
  (admission, recognition, "16/16 đảng viên chính thức có mặt"), the counts are taken as written even though
  `context.present` is higher; members "không tham gia biểu quyết" are not counted as abstaining.
- Body: "Chi bộ đã thảo luận, thống nhất với báo cáo …", "đồng chí chủ trì cảm ơn các ý kiến …", a heading
  "KẾT LUẬN" over "nhất trí với các ý kiến đã phát biểu", and a conclusion announced ("sau phần thảo luận sẽ có
  kết luận …") but never written are no conclusion; "Chi bộ thống nhất: …" followed by concrete directions is
  one, and the vote right after it is a vote on it. Tasks written inside the conclusion are assignments; a task
  list with no conclusion does not make one.
- Body: a member who offers to do something in the discussion ("xin nhận …") is not an assignee unless the
  conclusion or the task list gives him or her the task; a partner after "cùng" / "phối hợp với" is not one.
- Body: an assignee named with a job title in front ("Trưởng phố Hà Văn Quý", "Thiếu tá Nguyễn Văn Tuấn") is
  the bare name; an assignee given only as a role ("Phó Chánh Thanh tra", "Trưởng Bộ môn Hóa sinh") is that role
  as written; a group is named in full as written ("Tổ an ninh khu dân cư", "Chi đoàn Công ty").
- Body: deadlines in a task table are taken from the cell as printed, with "Trước"/"Trong" removed and the
  rest's case kept ("Hằng tuần", "Kỳ họp sau", "Thường xuyên"); "báo cáo tại kỳ họp sau" → "kỳ họp sau";
  "đến hết quý I/2025" → "hết quý I/2025"; "trong mùa lễ hội" → "mùa lễ hội"; "trước Tết" → "Tết";
  "hằng tuần" / "hằng đêm" written as how often to act or report is the deadline, as written; "sau đợt trung tu",
  "sau đợt đánh giá của khách hàng", "ngay sau cuộc họp" are kept whole.
- Body: a task given to "đồng chí Bí thư chi bộ" or "đồng chí Phó Bí thư chi bộ" with no name is that role, even
  when the context names the holder.
- Body: "Họp xong 20h" / "Hop xong luc 21h" give the end time; the minutes "được đọc lại … thông qua" (in any
  word order) is the read-back; "kết thúc lúc …" with nothing about the minutes is `not_approved`.
"""

from samples.parts.writing import C, G, H, HD, L, P, T, attendance, vote, task  # noqa: F401

FOLDER = "dev"

# ---------------------------------------------------------------------------------------------------- heads

HEADS = [
    {"id": "k-head-01", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ QUẬN CẦU GIẤY", "ĐẢNG ỦY PHƯỜNG DỊCH VỌNG HẬU", "CHI BỘ TỔ DÂN PHỐ SỐ 14", "*"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Cầu Giấy, ngày 08 tháng 3 năm 2022"]),
                C("BIÊN BẢN"),
                C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3 NĂM 2022")],
     "truth": {"kind": "regular", "topic": None, "date": "2022-03-08", "month": 3, "year": 2022,
               "cell": "CHI BỘ TỔ DÂN PHỐ SỐ 14", "party_committee": "ĐẢNG ỦY PHƯỜNG DỊCH VỌNG HẬU"}},

    {"id": "k-head-02", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ BỆNH VIỆN ĐA KHOA", "TỈNH THÁI BÌNH", "CHI BỘ KHOA HỒI SỨC TÍCH CỰC -", "CHỐNG ĐỘC",
                    "*", "Số: 27-BB/CB"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thái Bình, ngày 5 tháng 7 năm 2021"]),
                C("BIÊN BẢN HỌP CHI BỘ THÁNG 7 NĂM 2021")],
     "truth": {"kind": "regular", "topic": None, "date": "2021-07-05", "month": 7, "year": 2021,
               "cell": "CHI BỘ KHOA HỒI SỨC TÍCH CỰC - CHỐNG ĐỘC",
               "party_committee": "ĐẢNG BỘ BỆNH VIỆN ĐA KHOA TỈNH THÁI BÌNH"}},

    {"id": "k-head-03", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ TRƯỜNG ĐẠI HỌC KỸ THUẬT", "VÀ CÔNG NGHỆ PHỐ HIẾN", "CHI BỘ KHOA CƠ KHÍ ĐỘNG LỰC", "*"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hưng Yên, ngày 19 tháng 5 năm 2023"]),
                C("BIÊN BẢN"),
                C("SINH HOẠT CHUYÊN ĐỀ QUÝ II NĂM 2023"),
                C("Chuyên đề: “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tinh thần tự học, "
                  "tự nghiên cứu của người giảng viên”", bold=False, italic=True)],
     "truth": {"kind": "thematic",
               "topic": "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tinh thần tự học, tự "
                        "nghiên cứu của người giảng viên",
               "date": "2023-05-19", "month": 5, "year": 2023, "cell": "CHI BỘ KHOA CƠ KHÍ ĐỘNG LỰC",
               "party_committee": "ĐẢNG BỘ TRƯỜNG ĐẠI HỌC KỸ THUẬT VÀ CÔNG NGHỆ PHỐ HIẾN"}},

    {"id": "k-head-04", "kind": "head",
     "blocks": [HD(["ĐẢNG ỦY KHỐI DOANH NGHIỆP", "ĐẢNG BỘ CÔNG TY CP THÉP ĐÌNH BẢNG",
                    "CHI BỘ PHÂN XƯỞNG ĐÚC", "*"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Từ Sơn, ngày 22 tháng 12 năm 2020"]),
                C("BIÊN BẢN"),
                C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG MƯỜI HAI NĂM 2020")],
     "truth": {"kind": "regular", "topic": None, "date": "2020-12-22", "month": 12, "year": 2020,
               "cell": "CHI BỘ PHÂN XƯỞNG ĐÚC", "party_committee": "ĐẢNG BỘ CÔNG TY CP THÉP ĐÌNH BẢNG"}},

    {"id": "k-head-05", "kind": "head",
     "blocks": [HD(["CHI BỘ BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ", "XÂY DỰNG HUYỆN THƯỜNG TÍN", "*", "Số: 09-BB/CB"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thường Tín, ngày 04 tháng 9 năm 2019"]),
                C("BIÊN BẢN"),
                C("HỘI NGHỊ CHI BỘ THƯỜNG KỲ THÁNG 9 NĂM 2019")],
     "truth": {"kind": "regular", "topic": None, "date": "2019-09-04", "month": 9, "year": 2019,
               "cell": "CHI BỘ BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG HUYỆN THƯỜNG TÍN", "party_committee": None}},

    {"id": "k-head-06", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ THÀNH PHỐ NINH BÌNH", "ĐẢNG ỦY PHƯỜNG ĐÔNG THÀNH", "CHI BỘ TRƯỜNG TIỂU HỌC ĐÔNG THÀNH",
                    "*"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đông Thành, ngày 09 tháng 4 năm 2024"]),
                C("BIÊN BẢN"),
                C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 4 NĂM 2024"),
                C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ", bold=False),
                C("NÂNG CAO TINH THẦN TRÁCH NHIỆM, ĐẠO ĐỨC NHÀ GIÁO"),
                C("TRONG GIAI ĐOẠN HIỆN NAY")],
     "truth": {"kind": "regular", "topic": "NÂNG CAO TINH THẦN TRÁCH NHIỆM, ĐẠO ĐỨC NHÀ GIÁO TRONG GIAI ĐOẠN HIỆN NAY",
               "date": "2024-04-09", "month": 4, "year": 2024, "cell": "CHI BỘ TRƯỜNG TIỂU HỌC ĐÔNG THÀNH",
               "party_committee": "ĐẢNG ỦY PHƯỜNG ĐÔNG THÀNH"}},

    {"id": "k-head-07", "kind": "head",
     "blocks": [HD(["ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "ĐẢNG BỘ SỞ NÔNG NGHIỆP VÀ PTNT",
                    "CHI BỘ PHÒNG KẾ HOẠCH - TÀI CHÍNH", "*"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM"]),
                C("BIÊN BẢN"),
                C("SINH HOẠT CHI BỘ THƯỜNG KỲ"),
                C("Tháng 02 năm 2025", bold=False, italic=True)],
     "truth": {"kind": "regular", "topic": None, "date": None, "month": 2, "year": 2025,
               "cell": "CHI BỘ PHÒNG KẾ HOẠCH - TÀI CHÍNH", "party_committee": "ĐẢNG BỘ SỞ NÔNG NGHIỆP VÀ PTNT"}},

    {"id": "k-head-08", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ BỆNH VIỆN ĐA KHOA ĐÔNG ANH", "CHI BỘ KHOA NGOẠI TỔNG HỢP", "*", "Số: ……/BB-CB"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đông Anh, ngày 16 tháng 8 năm 2019"]),
                C("BIÊN BẢN"),
                C("SINH HOẠT CHUYÊN ĐỀ QUÝ III NĂM 2019"),
                C("“Nâng cao y đức, đổi mới phong cách, thái độ phục vụ, hướng tới sự hài lòng của người bệnh”",
                  bold=False, italic=True)],
     "truth": {"kind": "thematic",
               "topic": "Nâng cao y đức, đổi mới phong cách, thái độ phục vụ, hướng tới sự hài lòng của người bệnh",
               "date": "2019-08-16", "month": 8, "year": 2019, "cell": "CHI BỘ KHOA NGOẠI TỔNG HỢP",
               "party_committee": "ĐẢNG BỘ BỆNH VIỆN ĐA KHOA ĐÔNG ANH"}},

    {"id": "k-head-09", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ TỈNH HƯNG YÊN", "ĐẢNG ỦY KHỐI DOANH NGHIỆP", "CHI BỘ CÔNG TY TNHH", "KỸ THUẬT NHIỆT LẠNH PHỐ NỐI",
                    "*", "Số: 11-BB/CB"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hưng Yên, ngày …… tháng …… năm 20……"]),
                C("BIÊN BẢN HỌP CHI BỘ"),
                C("Kỳ họp tháng 11/2023", bold=False, italic=True)],
     "truth": {"kind": "regular", "topic": None, "date": None, "month": 11, "year": 2023,
               "cell": "CHI BỘ CÔNG TY TNHH KỸ THUẬT NHIỆT LẠNH PHỐ NỐI",
               "party_committee": "ĐẢNG ỦY KHỐI DOANH NGHIỆP"}},

    {"id": "k-head-10", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", "ĐẢNG ỦY PHƯỜNG LONG BIÊN", "CHI BỘ TỔ DÂN PHỐ SỐ 7", "*"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Long Biên, ngày 24 tháng 02 năm 2026"]),
                C("BIÊN BẢN"),
                C("SINH HOẠT CHUYÊN ĐỀ QUÝ I NĂM 2026"),
                C("ĐẨY MẠNH CHUYỂN ĐỔI SỐ TRONG QUẢN LÝ ĐẢNG VIÊN"),
                C("VÀ SINH HOẠT CHI BỘ Ở KHU DÂN CƯ")],
     "truth": {"kind": "thematic",
               "topic": "ĐẨY MẠNH CHUYỂN ĐỔI SỐ TRONG QUẢN LÝ ĐẢNG VIÊN VÀ SINH HOẠT CHI BỘ Ở KHU DÂN CƯ",
               "date": "2026-02-24", "month": 2, "year": 2026, "cell": "CHI BỘ TỔ DÂN PHỐ SỐ 7",
               "party_committee": "ĐẢNG ỦY PHƯỜNG LONG BIÊN"}},

    {"id": "k-head-11", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ TRƯỜNG CAO ĐẲNG", "KỸ THUẬT CÔNG NGHIỆP KINH BẮC", "CHI BỘ KHOA ĐIỆN - ĐIỆN TỬ", "*"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM"]),
                C("BIÊN BẢN"),
                C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 6/2020"),
                C("(Ngày 17 tháng 6 năm 2020)", bold=False, italic=True)],
     "truth": {"kind": "regular", "topic": None, "date": "2020-06-17", "month": 6, "year": 2020,
               "cell": "CHI BỘ KHOA ĐIỆN - ĐIỆN TỬ",
               "party_committee": "ĐẢNG BỘ TRƯỜNG CAO ĐẲNG KỸ THUẬT CÔNG NGHIỆP KINH BẮC"}},

    {"id": "k-head-12", "kind": "head",
     "blocks": [HD(["ĐẢNG ỦY TỔNG CÔNG TY", "DỆT MAY THIÊN TRƯỜNG", "CHI BỘ NHÀ MÁY SỢI SỐ 2", "*"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nam Định, ngày mùng 6 tháng 01 năm 2023"]),
                C("BIÊN BẢN"),
                C("Sinh hoạt chi bộ định kỳ tháng 01 năm 2023")],
     "truth": {"kind": "regular", "topic": None, "date": "2023-01-06", "month": 1, "year": 2023,
               "cell": "CHI BỘ NHÀ MÁY SỢI SỐ 2", "party_committee": "ĐẢNG ỦY TỔNG CÔNG TY DỆT MAY THIÊN TRƯỜNG"}},
]

# ------------------------------------------------------------------------------------------------- openings

OPENINGS = [
    {"id": "k-open-01", "kind": "opening",
     "blocks": [L("- Thời gian: Vào hồi 19h30 ngày 12/3/2021."),
                L("- Địa điểm: Nhà văn hóa tổ dân phố số 9, phường Khương Trung."),
                L("- Thành phần: Tổng số đảng viên trong chi bộ 34 đồng chí, trong đó được miễn sinh hoạt 05 đồng "
                  "chí; số đảng viên phải dự sinh hoạt 29 đồng chí. Có mặt: 27 đồng chí; vắng: 02 đồng chí (có lý "
                  "do)."),
                L("- Chủ trì: Đ/c Đinh Công Thắng – Bí thư Chi bộ."),
                L("- Thư ký: Đ/c Lưu Thị Bích Ngọc – Chi ủy viên.")],
     "truth": {"date": "2021-03-12", "start_time": "19:30", "end_time": None,
               "location": "Nhà văn hóa tổ dân phố số 9, phường Khương Trung",
               "chair": {"name": "Đinh Công Thắng", "role": "Bí thư Chi bộ"},
               "secretary": {"name": "Lưu Thị Bích Ngọc"},
               "attendance": attendance(34, 27, 2, 2, 0, 5), "flags": []}},

    {"id": "k-open-02", "kind": "opening",
     "blocks": [P("Hôm nay, vào hồi 14 giờ 00 phút ngày 23/8/2022, tại Hội trường tầng 2 nhà điều hành Bệnh viện, "
                  "Chi bộ Khoa Nội tổng hợp tiến hành sinh hoạt thường kỳ tháng 8 năm 2022 theo kế hoạch của Đảng "
                  "ủy Bệnh viện."),
                P("Đến dự và chỉ đạo có đồng chí ThS.BS. Vũ Đức Hạnh – Đảng ủy viên, Phó Giám đốc Bệnh viện, phụ "
                  "trách chi bộ."),
                P("Chi bộ hiện có 17 đảng viên (15 chính thức, 02 dự bị); có mặt 15 đồng chí, vắng 02 đồng chí là "
                  "đ/c BS. Nguyễn Thị Quế (trực cấp cứu) và đ/c ĐD. Hà Văn Lực (đi học chuyên khoa tập trung tại Hà "
                  "Nội)."),
                P("Đồng chí BSCKII. Phan Minh Tuệ – Bí thư chi bộ, Trưởng khoa chủ trì buổi sinh hoạt; đồng chí ĐD. "
                  "Trịnh Thị Lan Anh ghi biên bản.")],
     "truth": {"date": "2022-08-23", "start_time": "14:00", "end_time": None,
               "location": "Hội trường tầng 2 nhà điều hành Bệnh viện",
               "chair": {"name": "Phan Minh Tuệ", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Trịnh Thị Lan Anh"},
               "attendance": attendance(17, 15, 2, 2, 0, 0,
                                        absentees=[("Nguyễn Thị Quế", "trực cấp cứu", True),
                                                   ("Hà Văn Lực", "đi học chuyên khoa tập trung tại Hà Nội", True)],
                                        guests=[("Vũ Đức Hạnh",
                                                 "Đảng ủy viên, Phó Giám đốc Bệnh viện, phụ trách chi bộ")]),
               "flags": ["low_attendance"]}},

    {"id": "k-open-03", "kind": "opening",
     "blocks": [L("1. Thời gian: Bắt đầu lúc 8h00' ngày 15/11/2019, kết thúc lúc 11h15' cùng ngày."),
                L("2. Địa điểm: Phòng họp A2-304, nhà A2, Trường Đại học Kinh tế và Quản trị Thăng Long."),
                L("3. Thành phần tham dự:"),
                L("- Tổng số đảng viên của chi bộ: 21 đồng chí (chính thức: 19; dự bị: 02)."),
                L("- Có mặt: 21/21 đồng chí, đạt 100%."),
                L("- Khách mời: PGS.TS. Đoàn Minh Châu – Phó Bí thư Đảng ủy, Phó Hiệu trưởng Nhà trường."),
                L("4. Chủ trì: TS. Lại Văn Khánh – Bí thư Chi bộ, Trưởng Khoa Kinh tế đầu tư."),
                L("5. Thư ký: ThS. Kiều Thị Phương Thảo – Chi ủy viên.")],
     "truth": {"date": "2019-11-15", "start_time": "08:00", "end_time": "11:15",
               "location": "Phòng họp A2-304, nhà A2, Trường Đại học Kinh tế và Quản trị Thăng Long",
               "chair": {"name": "Lại Văn Khánh", "role": "Bí thư Chi bộ"},
               "secretary": {"name": "Kiều Thị Phương Thảo"},
               "attendance": attendance(21, 21, 0, 0, 0, 0,
                                        guests=[("Đoàn Minh Châu", "Phó Bí thư Đảng ủy, Phó Hiệu trưởng Nhà trường")]),
               "flags": []}},

    {"id": "k-open-04", "kind": "opening",
     "blocks": [L("+ Thời gian: 16 giờ 30, thứ Sáu ngày 17/6/2022."),
                L("+ Địa điểm: Phòng họp giao ban, nhà văn phòng Công ty TNHH Linh kiện điện tử Hòa Phong, Lô C7 "
                  "KCN Quế Võ."),
                L("+ Đảng viên dự họp: 12/14 đ/c; vắng 02 đ/c (01 có lý do, 01 không lý do)."),
                L("+ Chủ trì: Đ/c Tạ Quang Huy – Phó Bí thư chi bộ, Phó Giám đốc sản xuất (đ/c Bí thư chi bộ Ngô "
                  "Đình Sang đi công tác tại Hàn Quốc)."),
                L("+ Thư ký: Đ/c Mai Thị Thu Trang.")],
     "truth": {"date": "2022-06-17", "start_time": "16:30", "end_time": None,
               "location": "Phòng họp giao ban, nhà văn phòng Công ty TNHH Linh kiện điện tử Hòa Phong, Lô C7 KCN "
                           "Quế Võ",
               "chair": {"name": "Tạ Quang Huy", "role": "Phó Bí thư chi bộ"},
               "secretary": {"name": "Mai Thị Thu Trang"},
               "attendance": attendance(14, 12, 2, 1, 1, 0,
                                        absentees=[("Ngô Đình Sang", "đi công tác tại Hàn Quốc", True)]),
               "flags": ["low_attendance", "unexcused_absence"]}},

    {"id": "k-open-05", "kind": "opening",
     "blocks": [P("Vào hồi mười bốn giờ ba mươi phút, ngày hai mươi lăm tháng ba năm hai nghìn không trăm hai mươi "
                  "ba, tại Phòng Hội đồng Trường THPT Bến Thóc, Chi bộ Trường THPT Bến Thóc tiến hành sinh hoạt chi "
                  "bộ thường kỳ tháng Ba."),
                P("Tổng số đảng viên của chi bộ: mười chín đồng chí. Có mặt: mười tám đồng chí, đạt tỷ lệ 94,7%. "
                  "Vắng: một đồng chí (đồng chí Trần Thị Hảo – con nhỏ bị ốm)."),
                P("Đồng chí Hoàng Văn Toàn, Bí thư chi bộ, Hiệu trưởng nhà trường chủ trì hội nghị; đồng chí Bùi "
                  "Thị Nga, Chi ủy viên, được cử làm thư ký.")],
     "truth": {"date": "2023-03-25", "start_time": "14:30", "end_time": None,
               "location": "Phòng Hội đồng Trường THPT Bến Thóc",
               "chair": {"name": "Hoàng Văn Toàn", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Bùi Thị Nga"},
               "attendance": attendance(19, 18, 1, 1, 0, 0, absentees=[("Trần Thị Hảo", "con nhỏ bị ốm", True)]),
               "flags": []}},

    {"id": "k-open-06", "kind": "opening",
     "blocks": [L("a) Thời gian: 7h30' ngày 04/01/2024."),
                L("b) Địa điểm: Phòng họp Công an phường Hải Tân."),
                L("c) Thành phần: tổng số đảng viên 16 đ/c; có mặt 14/16 đ/c; vắng 02 đ/c, gồm:"),
                L("- Đ/c Thiếu tá Lương Văn Kiên: trực ban theo lịch;"),
                L("- Đ/c Trung úy Phùng Đức Mạnh: không báo cáo."),
                L("d) Chủ trì: Thượng tá Quách Văn Hòa – Bí thư chi bộ, Trưởng Công an phường."),
                L("đ) Thư ký: Đại úy Tăng Thị Ngọc Ánh.")],
     "truth": {"date": "2024-01-04", "start_time": "07:30", "end_time": None,
               "location": "Phòng họp Công an phường Hải Tân",
               "chair": {"name": "Quách Văn Hòa", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Tăng Thị Ngọc Ánh"},
               "attendance": attendance(16, 14, 2, 1, 1, 0,
                                        absentees=[("Lương Văn Kiên", "trực ban theo lịch", True),
                                                   ("Phùng Đức Mạnh", "không báo cáo", False)]),
               "flags": ["low_attendance", "unexcused_absence"]}},

    {"id": "k-open-07", "kind": "opening",
     "blocks": [L("Thời gian: 13 giờ 30 phút ngày 10 tháng 10 năm 2020."),
                L("Địa điểm: Hội trường Công ty Cổ phần Vật liệu xây dựng Tràng An."),
                L("Thành phần: Tổng số ĐV: 26; miễn SH: 01 (đ/c Vương Đình Cử – tuổi cao, sức yếu); phải dự: 25; "
                  "có mặt: 22; vắng: 03, cụ thể như sau:"),
                T([(0.1, "STT", "c"), (0.45, "Họ và tên", "l"), (0.45, "Lý do vắng", "l")],
                  [["1", "Đoàn Thị Lụa", "Nghỉ ốm (có giấy ra viện)"],
                   ["2", "Cao Xuân Trường", "Đi công tác tại Quảng Ninh"],
                   ["3", "Lã Văn Quang", "Không xin phép"]]),
                L("Chủ trì hội nghị: đ/c Giang Văn Lộc, Bí thư Chi bộ kiêm Giám đốc Công ty."),
                L("Thư ký hội nghị: đ/c Khúc Thị Hằng.")],
     "truth": {"date": "2020-10-10", "start_time": "13:30", "end_time": None,
               "location": "Hội trường Công ty Cổ phần Vật liệu xây dựng Tràng An",
               "chair": {"name": "Giang Văn Lộc", "role": "Bí thư Chi bộ"},
               "secretary": {"name": "Khúc Thị Hằng"},
               "attendance": attendance(26, 22, 3, 2, 1, 1,
                                        absentees=[("Đoàn Thị Lụa", "Nghỉ ốm (có giấy ra viện)", True),
                                                   ("Cao Xuân Trường", "Đi công tác tại Quảng Ninh", True),
                                                   ("Lã Văn Quang", "Không xin phép", False)]),
               "flags": ["low_attendance", "unexcused_absence"]}},

    {"id": "k-open-08", "kind": "opening",
     "blocks": [P("Từ 8 giờ đến 10 giờ 30 phút ngày 14 tháng 02 năm 2025, tại Phòng họp tầng 4, trụ sở Ban Quản lý "
                  "các dự án hạ tầng quận Hai Bà Trưng, Chi bộ Phòng Quản lý dự án số 2 đã tiến hành sinh hoạt "
                  "thường kỳ tháng 02/2025."),
                L("Dự họp: 09/09 đảng viên, đạt 100%."),
                L("Điều hành: đ/c Lê Hoàng Hải – Bí thư Chi bộ, Trưởng phòng."),
                L("Người ghi biên bản: đ/c Đặng Thùy Linh – Chuyên viên."),
                P("Nội dung sinh hoạt gồm: (1) Đánh giá kết quả thực hiện nhiệm vụ tháng 01/2025; (2) Triển khai "
                  "nhiệm vụ tháng 02/2025, tập trung đẩy nhanh tiến độ giải ngân vốn đầu tư công; (3) Thảo luận, "
                  "biểu quyết thông qua nghị quyết tháng.")],
     "truth": {"date": "2025-02-14", "start_time": "08:00", "end_time": "10:30",
               "location": "Phòng họp tầng 4, trụ sở Ban Quản lý các dự án hạ tầng quận Hai Bà Trưng",
               "chair": {"name": "Lê Hoàng Hải", "role": "Bí thư Chi bộ"},
               "secretary": {"name": "Đặng Thùy Linh"},
               "attendance": attendance(9, 9, 0, 0, 0, 0), "flags": []}},

    {"id": "k-open-09", "kind": "opening",
     "blocks": [L("Thời gian: 19 giờ tối ngày 7 tháng 7 năm 2023"),
                L("Địa điểm: Nhà sinh hoạt cộng đồng tổ 18, phường Kỳ Bá"),
                L("Tổng số đảng viên: 41 đồng chí"),
                L("Miễn sinh hoạt: 09 đồng chí (tuổi cao, sức yếu)"),
                L("Phải sinh hoạt: 32 đồng chí"),
                L("Có mặt: 27 đồng chí"),
                L("Vắng mặt: 05 đồng chí, trong đó có lý do 04, không lý do 01"),
                L("Khách mời: đồng chí Phí Văn Đông – Đảng ủy viên, Phó Chủ tịch UBND phường, dự và chỉ đạo"),
                L("Chủ tọa: đồng chí Đồng Xuân Bách – Bí thư chi bộ, Tổ trưởng tổ dân phố"),
                L("Thư ký: đồng chí Vi Thị Hiền")],
     "truth": {"date": "2023-07-07", "start_time": "19:00", "end_time": None,
               "location": "Nhà sinh hoạt cộng đồng tổ 18, phường Kỳ Bá",
               "chair": {"name": "Đồng Xuân Bách", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Vi Thị Hiền"},
               "attendance": attendance(41, 27, 5, 4, 1, 9,
                                        guests=[("Phí Văn Đông", "Đảng ủy viên, Phó Chủ tịch UBND phường")]),
               "flags": ["low_attendance", "unexcused_absence"]}},

    {"id": "k-open-10", "kind": "opening",
     "blocks": [L("- Thời gian: 14h ngày 09/6/2020."),
                L("- Địa điểm: Trụ sở Ban CHQS phường Thượng Thanh."),
                L("- Thành phần: 07/07 đồng chí đảng viên trong chi bộ (chính thức 06, dự bị 01)."),
                L("- Chủ trì: Thiếu tá Bạch Ngọc Sơn – Bí thư chi bộ, Chỉ huy trưởng Ban CHQS phường;  Thư ký: đ/c "
                  "Đàm Quang Vinh – Chỉ huy phó.")],
     "truth": {"date": "2020-06-09", "start_time": "14:00", "end_time": None,
               "location": "Trụ sở Ban CHQS phường Thượng Thanh",
               "chair": {"name": "Bạch Ngọc Sơn", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Đàm Quang Vinh"},
               "attendance": attendance(7, 7, 0, 0, 0, 0), "flags": []}},

    {"id": "k-open-11", "kind": "opening",
     "blocks": [P("Hôm nay, ngày 21/9/2024, lúc 15h00, tại phòng họp Hội đồng sư phạm Trường Tiểu học Lam Sơn, "
                  "thành phố Hưng Yên, Chi bộ nhà trường họp thường kỳ tháng 9 năm 2024."),
                P("Số đảng viên có mặt: 13/15 đ/c. Vắng: đ/c Nông Thị Yến (đi tập huấn tại Sở GD&ĐT), đ/c Tô Văn "
                  "Khải (không lý do)."),
                L("Chủ trì: đ/c Kim Thị Xuyến – Bí thư Chi bộ, Hiệu trưởng."),
                L("Thư ký: đ/c Lò Thị Thanh Huyền.")],
     "truth": {"date": "2024-09-21", "start_time": "15:00", "end_time": None,
               "location": "phòng họp Hội đồng sư phạm Trường Tiểu học Lam Sơn, thành phố Hưng Yên",
               "chair": {"name": "Kim Thị Xuyến", "role": "Bí thư Chi bộ"},
               "secretary": {"name": "Lò Thị Thanh Huyền"},
               "attendance": attendance(15, 13, 2, 1, 1, 0,
                                        absentees=[("Nông Thị Yến", "đi tập huấn tại Sở GD&ĐT", True),
                                                   ("Tô Văn Khải", "không lý do", False)]),
               "flags": ["low_attendance", "unexcused_absence"]}},

    {"id": "k-open-12", "kind": "opening",
     "blocks": [P("Vào hồi 8 giờ sáng Chủ nhật, ngày 20/3/2022, tại Nhà văn hóa khu phố Đông Hồ 2, thị trấn Hồ, huyện "
                  "Thuận Thành, Chi bộ khu phố Đông Hồ 2 tiến hành hội nghị sinh hoạt thường kỳ tháng 3 năm 2022."),
                P("Chi bộ có 52 đảng viên, trong đó 11 đồng chí được miễn sinh hoạt; số đảng viên phải tham gia "
                  "sinh hoạt là 41, có mặt 38 đồng chí (đạt 92,7%), vắng 03 đồng chí đều có lý do."),
                P("Về dự hội nghị có: đồng chí Chu Văn Kiểm – Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Đảng "
                  "ủy thị trấn, phụ trách khu phố; đồng chí Thân Thị Nhàn – Chủ tịch Ủy ban MTTQ thị trấn."),
                P("Đồng chí Nguyễn Hữu Phước – Bí thư chi bộ chủ trì; đồng chí Trương Thị Gấm – Phó Bí thư chi bộ "
                  "ghi biên bản.")],
     "truth": {"date": "2022-03-20", "start_time": "08:00", "end_time": None,
               "location": "Nhà văn hóa khu phố Đông Hồ 2, thị trấn Hồ, huyện Thuận Thành",
               "chair": {"name": "Nguyễn Hữu Phước", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Trương Thị Gấm"},
               "attendance": attendance(52, 38, 3, 3, 0, 11,
                                        guests=[("Chu Văn Kiểm", "Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra "
                                                                 "Đảng ủy thị trấn, phụ trách khu phố"),
                                                ("Thân Thị Nhàn", "Chủ tịch Ủy ban MTTQ thị trấn")]),
               "flags": []}},

    {"id": "k-open-13", "kind": "opening",
     "blocks": [H("1. THỜI GIAN VÀ ĐỊA ĐIỂM"),
                L("Thời gian: 9 giờ 00 ngày 27/12/2022."),
                L("Địa điểm: Phòng họp tầng 7, nhà C, Trường Đại học Y Dược Hồng Hà."),
                H("2. THÀNH PHẦN DỰ HỌP"),
                L("- Tổng số đảng viên: 18 đồng chí."),
                L("- Miễn sinh hoạt: 01 đồng chí (PGS.TS. Vũ Hữu Khang – trên 70 tuổi, đã có đơn)."),
                L("- Có mặt: 16 đồng chí."),
                L("- Vắng: 01 đồng chí – TS. Hứa Minh Tâm, đi công tác tại Đà Nẵng."),
                L("- Chủ trì: TS. Hồ Sĩ Nguyên, Bí thư Chi bộ."),
                L("- Thư ký: ThS. La Thị Quỳnh.")],
     "truth": {"date": "2022-12-27", "start_time": "09:00", "end_time": None,
               "location": "Phòng họp tầng 7, nhà C, Trường Đại học Y Dược Hồng Hà",
               "chair": {"name": "Hồ Sĩ Nguyên", "role": "Bí thư Chi bộ"},
               "secretary": {"name": "La Thị Quỳnh"},
               "attendance": attendance(18, 16, 1, 1, 0, 1,
                                        absentees=[("Hứa Minh Tâm", "đi công tác tại Đà Nẵng", True)]),
               "flags": []}},

    {"id": "k-open-14", "kind": "opening",
     "blocks": [L("Thời gian: 17h15'"),
                L("Địa điểm: Nhà ăn ca số 2, Xí nghiệp May Cẩm Giàng"),
                L("Đảng viên dự họp: 12 đ/c (tổng số 12 đ/c)"),
                L("Chủ trì: đ/c Lục Văn Thiện"),
                L("Thư ký: đ/c Âu Thị Vân")],
     "truth": {"date": None, "start_time": "17:15", "end_time": None,
               "location": "Nhà ăn ca số 2, Xí nghiệp May Cẩm Giàng",
               "chair": {"name": "Lục Văn Thiện", "role": None},
               "secretary": {"name": "Âu Thị Vân"},
               "attendance": attendance(12, 12, 0, 0, 0, 0), "flags": []}},

    {"id": "k-open-15", "kind": "opening",
     "blocks": [L("Thời gian: khai mạc lúc 13h30 ngày 03/6/2025."),
                L("Địa điểm: Phòng giao ban Khoa Sản, Bệnh viện Đa khoa Vụ Bản."),
                L("Thành phần: Tổng số 23 đảng viên; có mặt 21 đ/c; vắng 02 đ/c (đ/c Bí thư chi bộ BSCKI. Hoàng Anh "
                  "Tuấn – nằm viện điều trị; đ/c CN. Đoàn Thị Mơ – nghỉ phép năm)."),
                P("Đồng chí BS. Lâm Thị Thanh Thủy, Phó Bí thư chi bộ, chủ trì hội nghị thay đồng chí Bí thư; hội "
                  "nghị cử đồng chí KTV. Lý Văn Đạt làm thư ký.")],
     "truth": {"date": "2025-06-03", "start_time": "13:30", "end_time": None,
               "location": "Phòng giao ban Khoa Sản, Bệnh viện Đa khoa Vụ Bản",
               "chair": {"name": "Lâm Thị Thanh Thủy", "role": "Phó Bí thư chi bộ"},
               "secretary": {"name": "Lý Văn Đạt"},
               "attendance": attendance(23, 21, 2, 2, 0, 0,
                                        absentees=[("Hoàng Anh Tuấn", "nằm viện điều trị", True),
                                                   ("Đoàn Thị Mơ", "nghỉ phép năm", True)]),
               "flags": []}},

    {"id": "k-open-16", "kind": "opening",
     "blocks": [P("Đúng 19 giờ 45 phút ngày 15 tháng 11 năm 2021, tại Hội trường Nhà văn hóa cụm dân cư số 3, phường "
                  "Phúc Tân, quận Hoàn Kiếm, Chi bộ số 3 tổ chức sinh hoạt thường kỳ tháng 11."),
                P("Tổng số đảng viên 24 đồng chí; có mặt 21/24 đồng chí; vắng 03 đồng chí, trong đó 01 đồng chí "
                  "không báo cáo lý do."),
                P("Chủ trì: Đồng chí Lương Thế Bảo – Bí thư Chi bộ. Thư ký: Đồng chí Viên Thị Hồng Nhung."),
                P("Nội dung sinh hoạt gồm: 1) Thông tin thời sự, quán triệt Nghị quyết Trung ương 4 khóa XIII; 2) "
                  "Đánh giá công tác tháng 10, triển khai nhiệm vụ tháng 11; 3) Thảo luận, kết luận và biểu quyết.")],
     "truth": {"date": "2021-11-15", "start_time": "19:45", "end_time": None,
               "location": "Hội trường Nhà văn hóa cụm dân cư số 3, phường Phúc Tân, quận Hoàn Kiếm",
               "chair": {"name": "Lương Thế Bảo", "role": "Bí thư Chi bộ"},
               "secretary": {"name": "Viên Thị Hồng Nhung"},
               "attendance": attendance(24, 21, 3, 2, 1, 0),
               "flags": ["low_attendance", "unexcused_absence"]}},

    {"id": "k-open-17", "kind": "opening",
     "blocks": [L("+ Thời gian: 14 giờ 30, ngày 14/4/2023."),
                L("+ Địa điểm: Hội trường tầng 3, Công ty Cổ phần Cơ khí chính xác Tiền Hải, KCN Tiền Hải."),
                L("+ Thành phần: tham dự đầy đủ 29/29 đảng viên (chính thức 27, dự bị 02), đạt tỷ lệ 100%."),
                L("+ Đại biểu dự: đ/c Ngụy Thị Oanh – Chuyên viên Ban Tổ chức Đảng ủy Khối Doanh nghiệp tỉnh."),
                L("+ Chủ trì: đ/c Tiêu Văn Nghĩa – Bí thư Chi bộ, Tổng Giám đốc Công ty."),
                L("+ Thư ký: đ/c Cù Thị Minh Nguyệt.")],
     "truth": {"date": "2023-04-14", "start_time": "14:30", "end_time": None,
               "location": "Hội trường tầng 3, Công ty Cổ phần Cơ khí chính xác Tiền Hải, KCN Tiền Hải",
               "chair": {"name": "Tiêu Văn Nghĩa", "role": "Bí thư Chi bộ"},
               "secretary": {"name": "Cù Thị Minh Nguyệt"},
               "attendance": attendance(29, 29, 0, 0, 0, 0,
                                        guests=[("Ngụy Thị Oanh",
                                                 "Chuyên viên Ban Tổ chức Đảng ủy Khối Doanh nghiệp tỉnh")]),
               "flags": []}},

    {"id": "k-open-18", "kind": "opening",
     "blocks": [P("Vào lúc 20h00 tối ngày mùng 5 tháng 8 năm 2020, tại nhà văn hóa phố Phúc Chỉnh 2, phường Nam "
                  "Thành, thành phố Ninh Bình, Chi bộ phố Phúc Chỉnh 2 tổ chức sinh hoạt định kỳ tháng 8."),
                P("Tổng số đảng viên 30 đ/c, trong đó miễn sinh hoạt 06 đ/c (đ/c Mẫn Văn Tư, đ/c Nhâm Thị Lài – tuổi "
                  "cao; 04 đ/c ốm đau dài ngày); có mặt 24 đ/c; vắng 0."),
                P("Đồng chí Thái Doãn Minh, Bí thư chi bộ, chủ trì; đồng chí Khuất Thị Ngân, Chi ủy viên, làm thư "
                  "ký.")],
     "truth": {"date": "2020-08-05", "start_time": "20:00", "end_time": None,
               "location": "nhà văn hóa phố Phúc Chỉnh 2, phường Nam Thành, thành phố Ninh Bình",
               "chair": {"name": "Thái Doãn Minh", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Khuất Thị Ngân"},
               "attendance": attendance(30, 24, 0, 0, 0, 6), "flags": []}},

    {"id": "k-open-19", "kind": "opening",
     "blocks": [L("- Thời gian: 14 giờ ngày 20/5/2022."),
                L("- Địa điểm: Phòng họp số 3, nhà Hiệu bộ, Trường Cao đẳng Công thương Kinh Môn."),
                L("- Thành phần: Tổng số đảng viên 31 đ/c; có mặt 28 đ/c (đạt 90,3%); vắng mặt 03 đ/c:"),
                L("1. Đ/c Chử Văn Tuấn – đi công tác tại Hòa Bình;"),
                L("2. Đ/c Ninh Thị Hảo – nghỉ ốm;"),
                L("3. Đ/c Tôn Thất Bảo."),
                L("- Chủ trì: đ/c Triệu Quốc Dũng – Bí thư chi bộ."),
                L("- Thư ký: đ/c Văn Thị Kiều Oanh.")],
     "truth": {"date": "2022-05-20", "start_time": "14:00", "end_time": None,
               "location": "Phòng họp số 3, nhà Hiệu bộ, Trường Cao đẳng Công thương Kinh Môn",
               "chair": {"name": "Triệu Quốc Dũng", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Văn Thị Kiều Oanh"},
               "attendance": attendance(31, 28, 3, 2, 1, 0,
                                        absentees=[("Chử Văn Tuấn", "đi công tác tại Hòa Bình", True),
                                                   ("Ninh Thị Hảo", "nghỉ ốm", True),
                                                   ("Tôn Thất Bảo", None, False)]),
               "flags": ["unexcused_absence"]}},

    {"id": "k-open-20", "kind": "opening",
     "blocks": [P("Hôm nay, hồi 15 giờ ngày 30 tháng 10 năm 2019, tại phòng họp số 1, trụ sở Sở Tài nguyên và Môi "
                  "trường tỉnh Bắc Ninh, Chi bộ Văn phòng Sở tổ chức sinh hoạt thường kỳ tháng Mười."),
                P("Chi bộ có mười một đảng viên; có mặt đủ mười một đồng chí."),
                P("Chủ trì: đồng chí Doãn Văn Thịnh, Bí thư; thư ký: đồng chí Hầu Thị Mai Anh.")],
     "truth": {"date": "2019-10-30", "start_time": "15:00", "end_time": None,
               "location": "phòng họp số 1, trụ sở Sở Tài nguyên và Môi trường tỉnh Bắc Ninh",
               "chair": {"name": "Doãn Văn Thịnh", "role": "Bí thư"},
               "secretary": {"name": "Hầu Thị Mai Anh"},
               "attendance": attendance(11, 11, 0, 0, 0, 0), "flags": []}},
]

# ---------------------------------------------------------------------------------------------------- bodies

BODIES = [
    # 01 — ward in Hà Nội; everything present; tasks numbered, a group among them
    {"id": "k-body-01", "kind": "body",
     "context": {"chair": "Trịnh Đình Khoa", "chair_role": "Bí thư chi bộ", "secretary": "Hà Thị Thu Hường",
                 "total": 26, "present": 24},
     "blocks": [H("IV. THẢO LUẬN"),
                P("Sau khi nghe đồng chí Bí thư chi bộ trình bày dự thảo báo cáo, các đồng chí đảng viên đã tập "
                  "trung thảo luận, đóng góp ý kiến, cụ thể như sau:"),
                P("Đồng chí Vũ Thị Lan, Tổ trưởng tổ dân phố số 6, phát biểu: nhất trí với các nội dung của báo cáo; "
                  "tuy nhiên việc thu phí vệ sinh môi trường quý IV mới đạt khoảng 70% kế hoạch, một số hộ kinh "
                  "doanh trên tuyến phố Trường Chinh vẫn để xe lấn chiếm vỉa hè, đề nghị chi bộ chỉ đạo quyết liệt "
                  "hơn nữa."),
                P("Đồng chí Tống Văn Điệp, Trưởng ban công tác Mặt trận, phát biểu: Ban công tác Mặt trận đã phối hợp "
                  "với các chi hội đoàn thể rà soát được 14 hộ có hoàn cảnh khó khăn; đề nghị chi bộ thống nhất danh "
                  "sách để đề xuất phường hỗ trợ dịp cuối năm."),
                P("Đồng chí Lê Minh Đức phát biểu: đề nghị tăng cường tuyên truyền về phòng cháy, chữa cháy tại các "
                  "nhà ở kết hợp kinh doanh, nhất là những hộ sạc xe máy điện qua đêm trong nhà."),
                H("V. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ"),
                P("Thay mặt Chi ủy, đồng chí Trịnh Đình Khoa – Bí thư chi bộ tiếp thu các ý kiến và kết luận như sau:"),
                L("1. Chi bộ cơ bản nhất trí với báo cáo kết quả thực hiện nhiệm vụ tháng 10 và phương hướng, nhiệm "
                  "vụ tháng 11 năm 2024, có bổ sung các ý kiến đã thảo luận tại hội nghị."),
                L("2. Tập trung chỉ đạo hoàn thành chỉ tiêu thu phí vệ sinh môi trường và các loại quỹ; xử lý dứt "
                  "điểm tình trạng lấn chiếm vỉa hè trên địa bàn tổ dân phố."),
                L("3. Tăng cường công tác phòng cháy, chữa cháy, nhất là đối với các hộ vừa ở vừa kinh doanh."),
                H("VI. BIỂU QUYẾT"),
                P("Chi bộ biểu quyết thông qua kết luận của đồng chí chủ trì: 24/24 đồng chí có mặt tán thành, đạt "
                  "tỷ lệ 100%."),
                H("VII. PHÂN CÔNG NHIỆM VỤ"),
                L("1. Giao đồng chí Vũ Thị Lan – Tổ trưởng tổ dân phố số 6 đôn đốc thu phí vệ sinh môi trường quý IV, "
                  "hoàn thành trước ngày 20/11/2024."),
                L("2. Giao Ban công tác Mặt trận hoàn chỉnh danh sách 14 hộ có hoàn cảnh khó khăn, báo cáo Chi ủy "
                  "trước ngày 10/11/2024."),
                L("3. Giao đồng chí Lê Minh Đức phối hợp với Cảnh sát khu vực kiểm tra, nhắc nhở các hộ kinh doanh "
                  "về phòng cháy, chữa cháy, thực hiện trong tháng 11/2024."),
                P("Buổi sinh hoạt kết thúc lúc 21 giờ 15 phút cùng ngày. Biên bản được đọc lại cho toàn thể đảng "
                  "viên dự họp cùng nghe, chi bộ nhất trí thông qua.")],
     "truth": {"end_time": "21:15", "conclusion": True,
               "resolutions": [vote(24, None, None, 100, "thông qua kết luận của đồng chí chủ trì")],
               "assignments": [task("Vũ Thị Lan", "đôn đốc thu phí vệ sinh môi trường quý IV", "20/11/2024"),
                               task("Ban công tác Mặt trận", "hoàn chỉnh danh sách hộ khó khăn", "10/11/2024"),
                               task("Lê Minh Đức", "kiểm tra, nhắc nhở phòng cháy chữa cháy", "tháng 11/2024")],
               "flags": []}},

    # 02 — hospital paediatrics; "- Đ/c X (…):" opinions; inline conclusion; for/against/abstain; "+" tasks
    {"id": "k-body-02", "kind": "body",
     "context": {"chair": "Phạm Thị Thanh Hoa", "chair_role": "Bí thư chi bộ", "secretary": "Đỗ Ngọc Trâm",
                 "total": 19, "present": 18},
     "blocks": [H("4. Ý kiến thảo luận"),
                L("- Đ/c BSCKI. Nguyễn Quang Vinh (Đơn nguyên Sơ sinh): số trẻ sơ sinh phải điều trị tăng gần 20% "
                  "so với cùng kỳ, trong khi máy thở và lồng ấp đã xuống cấp; đề nghị chi bộ kiến nghị Ban Giám đốc "
                  "bổ sung trang thiết bị."),
                L("- Đ/c ĐD. Hoàng Thị Yên (Điều dưỡng trưởng khoa): việc thực hiện quy trình chăm sóc người bệnh toàn "
                  "diện đã có chuyển biến, song vẫn còn tình trạng người nhà tự ý mang thức ăn vào buồng bệnh nặng."),
                L("- Đ/c BS. Trần Đức Anh: đề nghị bố trí lại lịch sinh hoạt chuyên môn vào chiều thứ Năm để các bác "
                  "sĩ trẻ được trình bày ca bệnh khó."),
                H("5. Kết luận"),
                P("Đồng chí Bí thư chi bộ kết luận: chi bộ thống nhất đánh giá trong tháng 11 khoa đã hoàn thành tốt "
                  "nhiệm vụ chuyên môn, không để xảy ra sai sót; tháng 12 tập trung phòng chống các bệnh đường hô hấp "
                  "ở trẻ em trong mùa đông, nâng cao chất lượng chăm sóc và thái độ phục vụ người bệnh, chuẩn bị tốt "
                  "cho việc kiểm điểm, đánh giá, xếp loại đảng viên cuối năm 2023."),
                P("Kết quả biểu quyết kết luận: tán thành 18 đồng chí; không tán thành 0; ý kiến khác 0."),
                H("6. Phân công thực hiện"),
                L("+ Đồng chí Nguyễn Quang Vinh: lập danh mục trang thiết bị cần bổ sung cho Đơn nguyên Sơ sinh, trình "
                  "Ban Giám đốc trong tháng 12/2023."),
                L("+ Đồng chí Hoàng Thị Yên: chỉ đạo điều dưỡng các buồng bệnh kiểm tra, nhắc nhở người nhà người "
                  "bệnh chấp hành nội quy, thực hiện thường xuyên."),
                L("+ Đồng chí Trần Đức Anh: xây dựng lịch sinh hoạt chuyên môn, báo cáo chi ủy tại kỳ họp sau."),
                P("Cuộc họp kết thúc hồi 16h45 cùng ngày; biên bản được thư ký đọc lại, chi bộ nhất trí thông qua.")],
     "truth": {"end_time": "16:45", "conclusion": True,
               "resolutions": [vote(18, 0, 0, None, "biểu quyết kết luận")],
               "assignments": [task("Nguyễn Quang Vinh", "lập danh mục trang thiết bị cần bổ sung", "tháng 12/2023"),
                               task("Hoàng Thị Yên", "chỉ đạo nhắc nhở người nhà người bệnh", "thường xuyên"),
                               task("Trần Đức Anh", "xây dựng lịch sinh hoạt chuyên môn", "kỳ họp sau")],
               "flags": []}},

    # 03 — industrial-zone company; "thảo luận, thống nhất với báo cáo" and no chair's conclusion
    {"id": "k-body-03", "kind": "body",
     "context": {"chair": "Hán Văn Tùng", "chair_role": "Bí thư chi bộ", "secretary": "Lê Thị Phượng",
                 "total": 15, "present": 15},
     "blocks": [H("IV. THẢO LUẬN"),
                P("Đồng chí Dương Văn Chiến, Quản đốc xưởng SMT, phát biểu: trong tháng tỷ lệ sản phẩm lỗi đã giảm "
                  "còn 0,8%, nhưng vẫn còn 03 công nhân vi phạm quy định an toàn khi vận hành máy dán linh kiện; đề "
                  "nghị Công đoàn phối hợp nhắc nhở."),
                P("Đồng chí Phí Thị Nguyệt, Chủ tịch Công đoàn cơ sở, phát biểu: Công đoàn đã chuẩn bị quà cho 42 "
                  "đoàn viên có hoàn cảnh khó khăn nhân dịp Tết Nhâm Dần; đề nghị chi bộ đề xuất Ban Giám đốc hỗ "
                  "trợ thêm kinh phí."),
                P("Đồng chí Nông Văn Thái, Bí thư Chi đoàn, phát biểu: Chi đoàn đã lựa chọn 02 đoàn viên ưu tú để "
                  "giới thiệu chi bộ xem xét, bồi dưỡng trong năm 2022."),
                P("Chi bộ đã thảo luận, thống nhất với báo cáo kết quả công tác tháng 12/2021 và phương hướng nhiệm "
                  "vụ tháng 01/2022 do đồng chí Bí thư chi bộ trình bày."),
                H("V. BIỂU QUYẾT"),
                P("Chi bộ biểu quyết thông qua Nghị quyết tháng 01/2022 với 100% đảng viên có mặt tán thành."),
                H("VI. PHÂN CÔNG"),
                P("Giao đồng chí Dương Văn Chiến chịu trách nhiệm kiểm tra việc chấp hành quy định an toàn lao động "
                  "tại xưởng SMT, báo cáo chi ủy hằng tuần."),
                P("Giao đồng chí Phí Thị Nguyệt hoàn thành việc trao quà Tết cho đoàn viên có hoàn cảnh khó khăn "
                  "trước ngày 25/01/2022."),
                P("Buổi họp kết thúc lúc 17 giờ 40 phút. Biên bản được đọc lại và được các đồng chí dự họp nhất trí "
                  "thông qua.")],
     "truth": {"end_time": "17:40", "conclusion": False,
               "resolutions": [vote(None, None, None, 100, "thông qua Nghị quyết tháng 01/2022")],
               "assignments": [task("Dương Văn Chiến", "kiểm tra an toàn lao động tại xưởng SMT", "hằng tuần"),
                               task("Phí Thị Nguyệt", "trao quà Tết cho đoàn viên khó khăn", "25/01/2022")],
               "flags": ["missing_conclusion"]}},

    # 04 — lower secondary school; only general calls, nobody given a task
    {"id": "k-body-04", "kind": "body",
     "context": {"chair": "Quản Thị Bích Liên", "chair_role": "Bí thư chi bộ", "secretary": "Khương Văn Thắng",
                 "total": 22, "present": 21},
     "blocks": [H("IV. Ý KIẾN THẢO LUẬN"),
                P("Đ/c Phan Thị Thu Hà, Tổ trưởng tổ Toán – Tin, đề nghị nhà trường sớm bố trí phòng học bồi dưỡng "
                  "học sinh giỏi lớp 9 vì lịch thi cấp quận đã cận kề."),
                P("Đ/c Lã Đức Cường, Phó Hiệu trưởng, cho rằng tỷ lệ học sinh xếp loại rèn luyện tốt ở khối 8 còn "
                  "thấp so với chỉ tiêu; đề nghị giáo viên chủ nhiệm tăng cường phối hợp với cha mẹ học sinh."),
                P("Đ/c Mẫn Thị Hồng (tổ Ngữ văn) nêu ý kiến: việc triển khai sách giáo khoa chương trình mới ở lớp 8 "
                  "còn lúng túng, đề xuất tổ chức chuyên đề dự giờ, trao đổi kinh nghiệm giữa các tổ."),
                H("V. KẾT LUẬN"),
                P("Đồng chí Bí thư chi bộ kết luận: chi bộ ghi nhận kết quả tháng 10, nhất là phong trào thi đua "
                  "chào mừng ngày Nhà giáo Việt Nam 20/11; trong tháng 11 tập trung nâng cao chất lượng dạy và học, "
                  "bồi dưỡng học sinh giỏi lớp 9, làm tốt công tác chủ nhiệm và giáo dục đạo đức, lối sống cho học "
                  "sinh."),
                P("Chi bộ biểu quyết nhất trí 21/21 đồng chí (100%)."),
                P("Đề nghị các đồng chí đảng viên gương mẫu đi đầu trong phong trào thi đua; mỗi đảng viên là giáo "
                  "viên chủ nhiệm phải thường xuyên liên lạc với gia đình học sinh, kịp thời nắm bắt những biểu hiện "
                  "bất thường; các đồng chí đảng viên chủ động đổi mới phương pháp dạy học theo chương trình mới."),
                P("Buổi sinh hoạt kết thúc vào hồi 16 giờ 50 phút. Biên bản được đọc lại, chi bộ nhất trí thông "
                  "qua.")],
     "truth": {"end_time": "16:50", "conclusion": True,
               "resolutions": [vote(21, None, None, 100, "biểu quyết kết luận")],
               "assignments": [], "flags": ["missing_assignments"]}},

    # 05 — district office; table of opinions, table of tasks
    {"id": "k-body-05", "kind": "body",
     "context": {"chair": "Đặng Quốc Hưng", "chair_role": "Bí thư chi bộ", "secretary": "Lý Thị Hoa",
                 "total": 14, "present": 13},
     "blocks": [H("IV. THẢO LUẬN"),
                P("Các ý kiến tham gia thảo luận được tổng hợp như sau:"),
                T([(0.08, "TT", "c"), (0.32, "Người phát biểu", "l"), (0.60, "Nội dung ý kiến", "l")],
                  [["1", "Đ/c Vũ Xuân Trường – Phó Chánh Văn phòng",
                    "Việc tiếp nhận, xử lý hồ sơ trên Cổng dịch vụ công còn chậm ở lĩnh vực đất đai; đề nghị rà soát "
                    "lại quy trình luân chuyển hồ sơ giữa các phòng."],
                   ["2", "Đ/c Trần Thị Mai Phương – Chuyên viên",
                    "Đề nghị hoàn thiện phần mềm quản lý văn bản, chuẩn hóa chữ ký số cho các phòng chuyên môn."],
                   ["3", "Đ/c Phạm Hữu Nghị – Trưởng Bộ phận Một cửa",
                    "Cần bố trí thêm 01 cán bộ trực tại Bộ phận Một cửa vào những ngày cao điểm cuối tháng."]]),
                H("V. KẾT LUẬN"),
                P("Thay mặt chi ủy, đồng chí Đặng Quốc Hưng – Bí thư chi bộ, Chánh Văn phòng HĐND và UBND huyện kết "
                  "luận: chi bộ đánh giá cao tinh thần trách nhiệm của đảng viên trong tháng qua; yêu cầu trong tháng "
                  "tới tập trung cải cách thủ tục hành chính, nâng tỷ lệ hồ sơ giải quyết đúng hạn lên trên 98%, nâng "
                  "cao chất lượng tham mưu phục vụ kỳ họp HĐND huyện cuối năm."),
                P("Biểu quyết: 13/13 đồng chí nhất trí với kết luận, đạt 100%."),
                H("VI. PHÂN CÔNG THỰC HIỆN"),
                T([(0.07, "TT", "c"), (0.46, "Nội dung công việc", "l"), (0.27, "Người thực hiện", "l"),
                   (0.20, "Thời hạn", "c")],
                  [["1", "Rà soát, đề xuất sửa đổi quy trình luân chuyển hồ sơ đất đai", "Đ/c Vũ Xuân Trường",
                    "Trước 15/11/2022"],
                   ["2", "Chuẩn hóa chữ ký số, cập nhật phần mềm quản lý văn bản", "Đ/c Trần Thị Mai Phương",
                    "Trong tháng 11/2022"],
                   ["3", "Bố trí cán bộ trực tăng cường tại Bộ phận Một cửa", "Đ/c Phạm Hữu Nghị", "Thường xuyên"]]),
                P("Hội nghị kết thúc lúc 10 giờ 20 phút cùng ngày. Biên bản đã được đọc lại trước hội nghị và được "
                  "nhất trí thông qua.")],
     "truth": {"end_time": "10:20", "conclusion": True,
               "resolutions": [vote(13, None, None, 100, "nhất trí với kết luận")],
               "assignments": [task("Vũ Xuân Trường", "rà soát quy trình luân chuyển hồ sơ đất đai", "15/11/2022"),
                               task("Trần Thị Mai Phương", "chuẩn hóa chữ ký số", "tháng 11/2022"),
                               task("Phạm Hữu Nghị", "bố trí cán bộ trực Bộ phận Một cửa", "Thường xuyên")],
               "flags": []}},

    # 06 — company in Hưng Yên; three votes (conclusion, full member, admission); two people share a task
    {"id": "k-body-06", "kind": "body",
     "context": {"chair": "Tô Hữu Nghĩa", "chair_role": "Bí thư chi bộ", "secretary": "Phạm Thị Lương",
                 "total": 18, "present": 18},
     "blocks": [H("IV. THẢO LUẬN VÀ XEM XÉT CÔNG TÁC PHÁT TRIỂN ĐẢNG VIÊN"),
                P("Đồng chí Nguyễn Thị Vân (tổ sản xuất số 1), đảng viên được phân công giúp đỡ quần chúng Lưu Thị "
                  "Hằng, phát biểu: trong thời gian bồi dưỡng, quần chúng Hằng luôn hoàn thành tốt nhiệm vụ tổ trưởng "
                  "tổ kiểm tra chất lượng, có lập trường tư tưởng vững vàng, được tập thể tín nhiệm; đề nghị chi bộ "
                  "xem xét kết nạp và tiếp tục phân công đảng viên giúp đỡ sau khi kết nạp."),
                P("Đồng chí Đỗ Mạnh Tiến phát biểu: đồng chí Vương Thị Thảo, đảng viên dự bị, trong 12 tháng thử "
                  "thách đã gương mẫu, chấp hành tốt nội quy Công ty và nghị quyết của chi bộ; đề nghị chi bộ xét "
                  "công nhận đảng viên chính thức."),
                P("Đồng chí Kiều Văn Hậu phát biểu: nhất trí với báo cáo; đề nghị Ban Giám đốc sớm có phương án bố "
                  "trí lao động khi đơn hàng xuất khẩu tháng 10 tăng cao."),
                H("V. KẾT LUẬN"),
                P("Đồng chí chủ trì kết luận: (1) chi bộ đánh giá tháng 9 Công ty hoàn thành kế hoạch sản xuất đạt "
                  "104%, đời sống người lao động ổn định; (2) tháng 10 tập trung hoàn thành đơn hàng xuất khẩu, bảo "
                  "đảm an toàn lao động và phòng chống cháy nổ; (3) hoàn tất hồ sơ kết nạp đảng viên mới và công "
                  "nhận đảng viên chính thức, trình cấp ủy cấp trên đúng thời hạn."),
                H("VI. BIỂU QUYẾT"),
                P("Chi bộ có 16 đảng viên chính thức có mặt tham gia biểu quyết; kết quả như sau:"),
                L("1. Thông qua kết luận của đồng chí chủ trì: 16/16 đồng chí tán thành, đạt 100%."),
                L("2. Đề nghị công nhận đảng viên chính thức đối với đồng chí Vương Thị Thảo: 16/16 đồng chí tán "
                  "thành, đạt 100%."),
                L("3. Đề nghị kết nạp quần chúng Lưu Thị Hằng vào Đảng: 15/16 đồng chí tán thành (93,75%); 01 đồng "
                  "chí không tán thành; không có ý kiến khác."),
                H("VII. PHÂN CÔNG"),
                P("Giao đồng chí Kiều Văn Hậu và đồng chí Đỗ Mạnh Tiến hoàn thiện hồ sơ đề nghị kết nạp và hồ sơ "
                  "công nhận đảng viên chính thức, nộp Văn phòng Đảng ủy trước ngày 25/10/2024."),
                P("Giao đồng chí Nguyễn Thị Vân tiếp tục giúp đỡ quần chúng Lưu Thị Hằng sau khi có quyết định kết "
                  "nạp."),
                P("Cuộc họp kết thúc lúc 11 giờ 05 phút. Biên bản đã được đọc lại, các đồng chí dự họp nhất trí thông "
                  "qua.")],
     "truth": {"end_time": "11:05", "conclusion": True,
               "resolutions": [vote(16, None, None, 100, "thông qua kết luận"),
                               vote(16, None, None, 100, "công nhận đảng viên chính thức Vương Thị Thảo"),
                               vote(15, 1, 0, 93.75, "kết nạp quần chúng Lưu Thị Hằng")],
               "assignments": [task("Kiều Văn Hậu", "hoàn thiện hồ sơ kết nạp và công nhận chính thức", "25/10/2024"),
                               task("Đỗ Mạnh Tiến", "hoàn thiện hồ sơ kết nạp và công nhận chính thức", "25/10/2024"),
                               task("Nguyễn Thị Vân", "giúp đỡ quần chúng Lưu Thị Hằng", None)],
               "flags": []}},

    # 07 — ward in Thái Bình; question and answer; "Chi bộ thống nhất"; vote in words; passive tasks; no read-back
    {"id": "k-body-07", "kind": "body",
     "context": {"chair": "Lại Thế Hùng", "chair_role": "Bí thư chi bộ", "secretary": "Mai Thị Quyên",
                 "total": 12, "present": 12},
     "blocks": [H("Thảo luận"),
                P("Đ/c Đào Văn Khiêm hỏi: kinh phí làm lại rãnh thoát nước ngõ 128 đã được phường phê duyệt chưa, bao "
                  "giờ thì triển khai?"),
                P("Đ/c Bí thư trả lời: phường đã đưa công trình vào danh mục duy tu năm 2025, dự kiến khởi công sau "
                  "Tết; tổ dân phố cần vận động các hộ hai bên ngõ tháo dỡ bậc tam cấp lấn ra lòng rãnh."),
                P("Đ/c Ngô Thị Tuyết hỏi: người cao tuổi không đi lại được thì làm thủ tục cấp căn cước thế nào?"),
                P("Đ/c Bí thư trả lời: Công an phường sẽ tổ chức cấp lưu động tại nhà; tổ dân phố lập danh sách gửi "
                  "lên để Công an phường bố trí lịch."),
                P("Chi bộ thống nhất: tháng 12 tập trung vận động các hộ ngõ 128 giải phóng mặt bằng rãnh thoát nước; "
                  "lập danh sách người cao tuổi cần cấp căn cước lưu động; chuẩn bị tổng kết công tác năm 2024 của tổ "
                  "dân phố."),
                P("Biểu quyết: mười hai trên mười hai đồng chí có mặt tán thành."),
                P("Việc lập danh sách người cao tuổi cần cấp căn cước lưu động được giao cho đ/c Ngô Thị Tuyết, gửi "
                  "Công an phường chậm nhất ngày 10/01/2025."),
                P("Việc vận động các hộ ngõ 128 tháo dỡ bậc tam cấp được giao cho đ/c Đào Văn Khiêm cùng Tổ hòa giải "
                  "thực hiện, xong trước Tết Nguyên đán."),
                P("Họp xong 20h.")],
     "truth": {"end_time": "20:00", "conclusion": True,
               "resolutions": [vote(12, None, None, None, "biểu quyết nội dung chi bộ thống nhất")],
               "assignments": [task("Ngô Thị Tuyết", "lập danh sách người cao tuổi cấp căn cước", "10/01/2025"),
                               task("Đào Văn Khiêm", "vận động các hộ ngõ 128", "Tết Nguyên đán")],
               "flags": ["not_approved"]}},

    # 08 — district inspectorate; speakers and assignees by role only; vote as a percentage
    {"id": "k-body-08", "kind": "body",
     "context": {"chair": "Hoàng Minh Tâm", "chair_role": "Bí thư chi bộ", "secretary": "Đinh Thị Hạnh",
                 "total": 10, "present": 10},
     "blocks": [H("IV. THẢO LUẬN"),
                P("Đồng chí Phó Chánh Thanh tra phát biểu: số đơn thư trong quý tăng, chủ yếu liên quan đến bồi "
                  "thường, giải phóng mặt bằng dự án mở rộng đường vành đai; nhiều đơn trùng lặp, gửi vượt cấp."),
                P("Đồng chí Trưởng Đoàn thanh tra công vụ cho biết đoàn đã kết thúc thanh tra trực tiếp tại 03 "
                  "phường, phát hiện một số sai sót trong thu, chi ngân sách; đề nghị sớm ban hành kết luận thanh tra."),
                P("Đồng chí Chi ủy viên phụ trách kiểm tra, giám sát đề nghị chi bộ đưa nội dung giám sát việc thực "
                  "hiện kết luận thanh tra vào chương trình kiểm tra, giám sát năm 2021."),
                H("V. KẾT LUẬN"),
                P("Đồng chí Bí thư chi bộ kết luận: chi bộ nhất trí với báo cáo công tác tháng 11/2020; trong tháng 12 "
                  "tập trung: (1) giải quyết dứt điểm đơn thư tồn đọng, không để phát sinh điểm nóng; (2) ban hành "
                  "kết luận thanh tra tại 03 phường; (3) chuẩn bị chu đáo cho kiểm điểm, đánh giá, xếp loại đảng viên "
                  "cuối năm."),
                P("Chi bộ biểu quyết thông qua với tỷ lệ 100% tán thành."),
                H("VI. PHÂN CÔNG"),
                L("- Đồng chí Phó Chánh Thanh tra: chủ trì phân loại, tham mưu giải quyết đơn thư tồn đọng, xong trước "
                  "ngày 31/12/2020."),
                L("- Đồng chí Trưởng Đoàn thanh tra công vụ: hoàn thiện dự thảo kết luận thanh tra, trình Chánh Thanh "
                  "tra trước ngày 15/12/2020."),
                L("- Đồng chí Chi ủy viên phụ trách kiểm tra, giám sát: xây dựng chương trình kiểm tra, giám sát năm "
                  "2021, trình chi bộ tại kỳ họp tháng 01/2021."),
                P("Cuộc họp kết thúc vào hồi 17 giờ 15 phút. Biên bản đã được đọc lại cho toàn thể đảng viên cùng "
                  "nghe và nhất trí thông qua.")],
     "truth": {"end_time": "17:15", "conclusion": True,
               "resolutions": [vote(None, None, None, 100, "thông qua kết luận")],
               "assignments": [task("Phó Chánh Thanh tra", "giải quyết đơn thư tồn đọng", "31/12/2020"),
                               task("Trưởng Đoàn thanh tra công vụ", "hoàn thiện dự thảo kết luận thanh tra",
                                    "15/12/2020"),
                               task("Chi ủy viên phụ trách kiểm tra, giám sát", "xây dựng chương trình kiểm tra 2021",
                                    "kỳ họp tháng 01/2021")],
               "flags": []}},

    # 09 — ward in Hải Dương; nobody named in the discussion; groups and a role as assignees
    {"id": "k-body-09", "kind": "body",
     "context": {"chair": "Vũ Đình Hiếu", "chair_role": "Bí thư chi bộ", "secretary": "Bùi Thị Thoa",
                 "total": 38, "present": 35},
     "blocks": [H("IV. THẢO LUẬN"),
                P("Các ý kiến phát biểu đều nhất trí cao với báo cáo của Chi ủy; một số ý kiến đề nghị quan tâm hơn "
                  "đến việc giữ gìn vệ sinh khu vực chợ tạm, đẩy nhanh tiến độ lắp đặt camera an ninh tại các ngõ."),
                H("V. KẾT LUẬN"),
                P("Đồng chí Vũ Đình Hiếu – Bí thư chi bộ kết luận:"),
                L("1. Trong tháng 5/2024 khu dân cư giữ vững an ninh trật tự, không phát sinh tụ điểm phức tạp; các "
                  "đoàn thể hoạt động nền nếp. Tuy vậy vệ sinh môi trường khu vực chợ tạm chưa bảo đảm."),
                L("2. Tháng 6/2024 tập trung hoàn thành lắp đặt 06 camera an ninh theo mô hình “Camera vì an ninh "
                  "trật tự”; ra quân tổng vệ sinh khu vực chợ tạm; tổ chức tốt các hoạt động hè cho thiếu nhi."),
                P("Chi bộ biểu quyết tán thành 35/35, đạt 100%."),
                H("VI. PHÂN CÔNG NHIỆM VỤ"),
                L("1. Tổ an ninh khu dân cư chịu trách nhiệm phối hợp với đơn vị thi công hoàn thành lắp đặt camera "
                  "trong tháng 6/2024."),
                L("2. Chi hội Phụ nữ và Chi đoàn thanh niên tổ chức ra quân tổng vệ sinh khu vực chợ tạm, hoàn thành "
                  "trước ngày 09/6/2024."),
                L("3. Đồng chí Phó Bí thư chi bộ phụ trách xây dựng kế hoạch hoạt động hè cho thiếu nhi, xong trước "
                  "ngày 12/6/2024."),
                P("Buổi sinh hoạt kết thúc lúc 21 giờ 00 cùng ngày. Biên bản đã được đọc lại và thông qua.")],
     "truth": {"end_time": "21:00", "conclusion": True,
               "resolutions": [vote(35, None, None, 100, "biểu quyết kết luận")],
               "assignments": [task("Tổ an ninh khu dân cư", "hoàn thành lắp đặt camera", "tháng 6/2024"),
                               task("Chi hội Phụ nữ", "tổng vệ sinh khu vực chợ tạm", "09/6/2024"),
                               task("Chi đoàn thanh niên", "tổng vệ sinh khu vực chợ tạm", "09/6/2024"),
                               task("Phó Bí thư chi bộ", "kế hoạch hoạt động hè cho thiếu nhi", "12/6/2024")],
               "flags": ["no_discussion"]}},

    # 10 — hospital outpatient department; tasks inside the conclusion; nothing put to the vote
    {"id": "k-body-10", "kind": "body",
     "context": {"chair": "Chu Thị Ngọc Diệp", "chair_role": "Bí thư chi bộ", "secretary": "Vương Minh Khôi",
                 "total": 13, "present": 12},
     "blocks": [H("4. THẢO LUẬN"),
                P("Đồng chí ThS.BS. Kim Văn Sáng phát biểu: lượng người bệnh đến khám buổi sáng tăng cao, thời gian "
                  "chờ khám bình quân vẫn trên 90 phút; đề nghị mở thêm 02 bàn khám trong khung giờ từ 7 giờ đến 9 "
                  "giờ."),
                P("Đồng chí CN. Lạc Thị Hương phát biểu: ki-ốt đăng ký khám tự động thường xuyên bị lỗi kết nối với "
                  "phần mềm giám định bảo hiểm y tế, đề nghị phòng Công nghệ thông tin sớm khắc phục."),
                H("5. KẾT LUẬN"),
                P("Đồng chí Bí thư chi bộ kết luận và giao nhiệm vụ như sau:"),
                L("a) Chi bộ ghi nhận sự cố gắng của các đồng chí đảng viên trong khoa; tháng 9 tiếp tục rút ngắn thời "
                  "gian chờ khám, cải thiện thái độ giao tiếp với người bệnh, thực hiện nghiêm quy tắc ứng xử."),
                L("b) Giao đồng chí Kim Văn Sáng xây dựng phương án bố trí thêm bàn khám vào khung giờ cao điểm, trình "
                  "Ban Giám đốc trước ngày 05/9/2023."),
                L("c) Giao đồng chí Lạc Thị Hương làm đầu mối phối hợp với phòng Công nghệ thông tin khắc phục lỗi "
                  "ki-ốt, báo cáo kết quả hằng tuần."),
                P("Buổi sinh hoạt kết thúc lúc 16 giờ 30 phút. Biên bản được đọc lại và được các đồng chí đảng viên "
                  "dự họp nhất trí thông qua.")],
     "truth": {"end_time": "16:30", "conclusion": True, "resolutions": [],
               "assignments": [task("Kim Văn Sáng", "phương án bố trí thêm bàn khám", "05/9/2023"),
                               task("Lạc Thị Hương", "phối hợp khắc phục lỗi ki-ốt", "hằng tuần")],
               "flags": ["missing_vote"]}},

    # 11 — teacher-training college; a task told over two sentences; two people named in one task
    {"id": "k-body-11", "kind": "body",
     "context": {"chair": "Trương Văn Luận", "chair_role": "Bí thư chi bộ", "secretary": "Đinh Thị Ngọc Lan",
                 "total": 16, "present": 15},
     "blocks": [H("IV. THẢO LUẬN"),
                P("Đồng chí ThS. Lê Thị Kim Oanh, Trưởng Bộ môn Giáo dục Tiểu học, phát biểu: khoa đang khẩn trương "
                  "chuẩn bị đón đoàn đánh giá ngoài kiểm định chất lượng chương trình đào tạo, nhưng minh chứng của "
                  "tiêu chuẩn 4 và tiêu chuẩn 7 còn thiếu, nhiều văn bản chưa được số hóa."),
                P("Đồng chí ThS. Triệu Văn Nam đề nghị tiến hành khảo sát bổ sung tình hình việc làm của sinh viên "
                  "tốt nghiệp năm 2023, vì tỷ lệ phản hồi của đợt khảo sát trước chỉ đạt 41%."),
                P("Đồng chí TS. Giáp Thị Hồng Vân nhất trí với hai ý kiến trên, đồng thời đề nghị mời đại diện các "
                  "trường tiểu học trên địa bàn tham gia góp ý chuẩn đầu ra."),
                H("V. KẾT LUẬN"),
                P("Đồng chí Trương Văn Luận, Bí thư chi bộ, Trưởng khoa kết luận: chi bộ xác định công tác kiểm định "
                  "chất lượng chương trình đào tạo là nhiệm vụ trọng tâm của khoa trong quý I và quý II năm 2024; mỗi "
                  "đảng viên phải gương mẫu hoàn thành phần việc được phân công, bảo đảm tiến độ và chất lượng hồ "
                  "sơ."),
                P("Biểu quyết: có 15/15 đồng chí dự họp giơ tay tán thành kết luận, không có ý kiến không tán thành."),
                H("VI. PHÂN CÔNG NHIỆM VỤ"),
                P("Đồng chí Lê Thị Kim Oanh được phân công rà soát, bổ sung toàn bộ minh chứng của tiêu chuẩn 4 và "
                  "tiêu chuẩn 7, phối hợp với Phòng Khảo thí và Đảm bảo chất lượng trong quá trình thực hiện. Công "
                  "việc này phải hoàn thành trước ngày 25/3/2024 để kịp gửi hồ sơ cho đoàn đánh giá."),
                P("Giao đồng chí Triệu Văn Nam và đồng chí Giáp Thị Hồng Vân phụ trách đợt khảo sát bổ sung tình hình "
                  "việc làm của sinh viên tốt nghiệp năm 2023, hoàn thành trong tháng 4/2024."),
                P("Buổi sinh hoạt kết thúc lúc 17 giờ 10 phút. Biên bản được đọc lại, chi bộ thống nhất thông qua.")],
     "truth": {"end_time": "17:10", "conclusion": True,
               "resolutions": [vote(15, 0, None, None, "tán thành kết luận")],
               "assignments": [task("Lê Thị Kim Oanh", "bổ sung minh chứng tiêu chuẩn 4 và 7", "25/3/2024"),
                               task("Triệu Văn Nam", "khảo sát việc làm sinh viên tốt nghiệp", "tháng 4/2024"),
                               task("Giáp Thị Hồng Vân", "khảo sát việc làm sinh viên tốt nghiệp", "tháng 4/2024")],
               "flags": []}},

    # 12 — company in an industrial zone in Hải Dương; a volunteer and a request upwards are not tasks
    {"id": "k-body-12", "kind": "body",
     "context": {"chair": "Đoàn Thị Thu Hiền", "chair_role": "Phó Bí thư chi bộ", "secretary": "Giáp Văn Tú",
                 "total": 20, "present": 18},
     "blocks": [H("IV. THẢO LUẬN"),
                L("- Đ/c Hồ Văn Sỹ (tổ Bảo dưỡng): hệ thống máy nén khí số 2 đã vận hành quá 40.000 giờ, thường xuyên "
                  "phải dừng để sửa chữa, đề nghị Công ty lập kế hoạch thay thế; đồng chí xin nhận lập dự toán sơ bộ "
                  "để chi bộ tham khảo."),
                L("- Đ/c Yên Thị Lụa (tổ Đóng gói): phản ánh bữa ăn ca đêm chưa bảo đảm định lượng, công nhân ca 3 "
                  "có nhiều ý kiến."),
                L("- Đ/c Bế Văn Hưng (Phòng Hành chính – Nhân sự): hiện còn 17 lao động đã hết hạn hợp đồng nhưng "
                  "chưa được ký lại, cần giải quyết sớm để bảo đảm quyền lợi bảo hiểm."),
                H("V. KẾT LUẬN"),
                P("Đồng chí Phó Bí thư chi bộ, chủ trì hội nghị, kết luận: chi bộ ghi nhận kết quả sản xuất, kinh "
                  "doanh tháng 8/2022 vượt 6% kế hoạch; tháng 9 cần tập trung bảo đảm quyền lợi của người lao động, "
                  "chất lượng bữa ăn ca, an toàn thiết bị, phấn đấu hoàn thành đơn hàng quý III đúng tiến độ."),
                P("Chi bộ đề nghị Đảng ủy Khu công nghiệp quan tâm chỉ đạo, hỗ trợ chi bộ trong việc trao đổi với "
                  "chủ doanh nghiệp về chế độ bữa ăn ca cho người lao động."),
                P("Kết quả biểu quyết: 18/18 đồng chí nhất trí, đạt 100%."),
                H("VI. PHÂN CÔNG"),
                P("Đ/c Bế Văn Hưng chịu trách nhiệm hoàn tất việc ký lại hợp đồng lao động cho 17 trường hợp, chậm "
                  "nhất ngày 30/9/2022."),
                P("Giao Ban Chấp hành Công đoàn cơ sở giám sát chất lượng bữa ăn ca, kịp thời phản ánh với Ban Giám "
                  "đốc khi phát hiện sai phạm."),
                P("Hội nghị kết thúc lúc 15h50. Biên bản được đọc lại và được hội nghị nhất trí thông qua.")],
     "truth": {"end_time": "15:50", "conclusion": True,
               "resolutions": [vote(18, None, None, 100, "biểu quyết kết luận")],
               "assignments": [task("Bế Văn Hưng", "ký lại hợp đồng lao động cho 17 trường hợp", "30/9/2022"),
                               task("Ban Chấp hành Công đoàn cơ sở", "giám sát chất lượng bữa ăn ca", None)],
               "flags": []}},

    # 13 — ward in Ninh Bình; tasks inside a numbered conclusion; "giơ tay biểu quyết", 100%
    {"id": "k-body-13", "kind": "body",
     "context": {"chair": "Phạm Ngọc Lâm", "chair_role": "Bí thư chi bộ", "secretary": "Quách Thị Duyên",
                 "total": 44, "present": 39},
     "blocks": [H("IV. Ý KIẾN THAM GIA"),
                P("Đồng chí Hà Văn Quý, Trưởng phố, phát biểu: tuyến đường trục phố đã xuống cấp nghiêm trọng, mùa "
                  "mưa thường xuyên ngập úng; đề nghị chi bộ kiến nghị phường đưa vào kế hoạch đầu tư năm 2025."),
                P("Đồng chí Lê Thị Mến, Chi hội trưởng Chi hội Phụ nữ, phát biểu: mô hình phân loại rác thải tại "
                  "nguồn đã có 62/118 hộ tham gia, kết quả bước đầu khả quan, cần được nhân rộng."),
                P("Đồng chí Trần Đức Thụ, Bí thư Chi đoàn, cho biết đoàn viên thanh niên sẵn sàng ra quân làm vệ "
                  "sinh, phát quang hành lang đường trục phố."),
                H("V. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ"),
                P("Đồng chí Phạm Ngọc Lâm, Bí thư chi bộ kết luận:"),
                L("1. Chi bộ nhất trí với báo cáo đánh giá kết quả tháng 11/2024; các chỉ tiêu thu quỹ, vệ sinh môi "
                  "trường, an ninh trật tự cơ bản hoàn thành."),
                L("2. Giao Chi hội Phụ nữ tiếp tục vận động nhân rộng mô hình phân loại rác thải tại nguồn, phấn đấu "
                  "đến hết quý I/2025 có trên 90% số hộ tham gia."),
                L("3. Giao Chi đoàn Thanh niên ra quân dọn vệ sinh, phát quang hành lang đường trục phố trước ngày "
                  "22/12/2024."),
                L("4. Đồng chí Trưởng phố Hà Văn Quý tổng hợp ý kiến của nhân dân về việc cải tạo đường trục phố, gửi "
                  "Đảng ủy, UBND phường trong tháng 12/2024."),
                P("Chi bộ giơ tay biểu quyết, 100% đảng viên có mặt nhất trí với kết luận."),
                P("Buổi sinh hoạt kết thúc lúc 21 giờ 30 phút cùng ngày; biên bản được đọc lại và thông qua, không có "
                  "ý kiến bổ sung.")],
     "truth": {"end_time": "21:30", "conclusion": True,
               "resolutions": [vote(None, None, None, 100, "nhất trí với kết luận")],
               "assignments": [task("Chi hội Phụ nữ", "nhân rộng mô hình phân loại rác", "hết quý I/2025"),
                               task("Chi đoàn Thanh niên", "dọn vệ sinh, phát quang đường trục phố", "22/12/2024"),
                               task("Hà Văn Quý", "tổng hợp ý kiến nhân dân về cải tạo đường", "tháng 12/2024")],
               "flags": []}},

    # 14 — provincial education office; a conclusion announced and never given
    {"id": "k-body-14", "kind": "body",
     "context": {"chair": "Đỗ Thành Công", "chair_role": "Bí thư chi bộ", "secretary": "Hoàng Thu Trang",
                 "total": 15, "present": 14},
     "blocks": [H("IV. THẢO LUẬN"),
                P("Theo chương trình đã thông qua đầu buổi, sau phần thảo luận sẽ có kết luận của đồng chí chủ trì và "
                  "chi bộ biểu quyết phương hướng, nhiệm vụ tháng 8/2023."),
                P("Đồng chí Vương Quốc Anh, Phó Trưởng phòng Giáo dục Trung học, phát biểu: kỳ thi tuyển sinh vào lớp "
                  "10 năm học 2023 – 2024 được tổ chức an toàn, nghiêm túc; tuy nhiên điểm trung bình môn tiếng Anh "
                  "của một số huyện còn thấp, cần có giải pháp bồi dưỡng giáo viên."),
                P("Đồng chí Phùng Thị Hải Yến, chuyên viên, đề nghị sớm ban hành văn bản hướng dẫn quản lý dạy thêm, "
                  "học thêm trước khi bước vào năm học mới."),
                H("V. BIỂU QUYẾT"),
                P("Chi bộ biểu quyết thông qua phương hướng, nhiệm vụ tháng 8/2023 với 14/14 đồng chí tán thành "
                  "(100%)."),
                H("VI. PHÂN CÔNG"),
                P("Giao đồng chí Phùng Thị Hải Yến dự thảo văn bản hướng dẫn quản lý dạy thêm, học thêm, trình lãnh "
                  "đạo Sở trước ngày 10/8/2023."),
                P("Giao đồng chí Vương Quốc Anh xây dựng kế hoạch bồi dưỡng giáo viên tiếng Anh cấp trung học, hoàn "
                  "thành trong tháng 8/2023."),
                P("Hội nghị kết thúc lúc 16 giờ 05 phút. Biên bản đã được đọc lại, chi bộ nhất trí thông qua.")],
     "truth": {"end_time": "16:05", "conclusion": False,
               "resolutions": [vote(14, None, None, 100, "thông qua phương hướng, nhiệm vụ tháng 8/2023")],
               "assignments": [task("Phùng Thị Hải Yến", "dự thảo hướng dẫn dạy thêm, học thêm", "10/8/2023"),
                               task("Vương Quốc Anh", "kế hoạch bồi dưỡng giáo viên tiếng Anh", "tháng 8/2023")],
               "flags": ["missing_conclusion"]}},

    # 15 — upper secondary school in Bắc Ninh; counts for/against/abstain in words; no read-back
    {"id": "k-body-15", "kind": "body",
     "context": {"chair": "Lưu Văn Bình", "chair_role": "Bí thư chi bộ", "secretary": "Thân Thị Hoa",
                 "total": 27, "present": 25},
     "blocks": [H("IV. THẢO LUẬN"),
                P("Đồng chí Ngô Văn Chung, Phó Hiệu trưởng phụ trách chuyên môn, phát biểu: kết quả khảo sát chất "
                  "lượng đầu năm môn Toán khối 10 thấp, 31% học sinh dưới điểm trung bình; cần có kế hoạch phụ đạo "
                  "ngay từ tháng 10."),
                P("Đồng chí Vũ Thị Thanh, Bí thư Đoàn trường, phát biểu: Đoàn trường đã xây dựng kế hoạch tổ chức "
                  "hội thi “Thanh niên với văn hóa giao thông”, đề nghị chi bộ cho ý kiến chỉ đạo."),
                P("Đồng chí Chu Đức Hạnh, Tổ trưởng tổ Ngữ văn, phát biểu: đề nghị các tổ chuyên môn tăng cường sinh "
                  "hoạt theo nghiên cứu bài học, tránh hình thức."),
                H("V. KẾT LUẬN"),
                P("Đồng chí Bí thư chi bộ kết luận:"),
                L("1. Chi bộ đánh giá nhà trường đã khai giảng năm học 2020 – 2021 an toàn, trang trọng; nền nếp dạy "
                  "và học ổn định."),
                L("2. Tháng 10 tập trung phụ đạo học sinh yếu, đổi mới sinh hoạt tổ chuyên môn, tổ chức tốt các hoạt "
                  "động chào mừng ngày 20/10 và ngày 20/11."),
                P("Biểu quyết kết luận: tán thành 25 đồng chí; không tán thành: không; ý kiến khác: không."),
                H("VI. PHÂN CÔNG"),
                L("- Đồng chí Phó Hiệu trưởng Ngô Văn Chung: xây dựng kế hoạch phụ đạo môn Toán khối 10, triển khai "
                  "trước ngày 20/10/2020."),
                L("- Tổ Ngữ văn: tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học làm mẫu cho các tổ, trong tháng "
                  "10."),
                L("- Đồng chí Bí thư Đoàn trường Vũ Thị Thanh: tổ chức hội thi “Thanh niên với văn hóa giao thông”, "
                  "hoàn thành trong tháng 11."),
                P("Buổi sinh hoạt kết thúc vào lúc 11 giờ 30 phút cùng ngày.")],
     "truth": {"end_time": "11:30", "conclusion": True,
               "resolutions": [vote(25, 0, 0, None, "biểu quyết kết luận")],
               "assignments": [task("Ngô Văn Chung", "kế hoạch phụ đạo môn Toán khối 10", "20/10/2020"),
                               task("Tổ Ngữ văn", "sinh hoạt chuyên môn theo nghiên cứu bài học", "tháng 10"),
                               task("Vũ Thị Thanh", "tổ chức hội thi văn hóa giao thông", "tháng 11")],
               "flags": ["not_approved"]}},

    # 16 — ward in Thái Bình city; general calls only, minutes approved but nothing voted
    {"id": "k-body-16", "kind": "body",
     "context": {"chair": "Trần Văn Sinh", "chair_role": "Bí thư chi bộ", "secretary": "Phạm Thị Nhung",
                 "total": 33, "present": 30},
     "blocks": [H("IV. THẢO LUẬN"),
                L("- Đ/c Nguyễn Văn Bảy (tổ 5): đề nghị phường sớm lắp bổ sung đèn chiếu sáng ở đoạn đường ven sông "
                  "Trà Lý, buổi tối đi lại khó khăn, tiềm ẩn mất an toàn."),
                L("- Đ/c Đặng Thị Mùi: việc thu gom rác thải của công ty môi trường không đúng giờ, rác tồn đọng ở đầu "
                  "ngõ 3 ngày liền, đề nghị chi bộ phản ánh lên phường."),
                L("- Đ/c Cao Văn Hòe: nhất trí với báo cáo, đề nghị quan tâm hơn đến phong trào thể dục thể thao của "
                  "người cao tuổi."),
                H("V. KẾT LUẬN"),
                P("Đồng chí chủ trì kết luận: tháng 4/2019 chi bộ và các đoàn thể đã hoàn thành tốt việc tổ chức Đại "
                  "hội Chi hội Cựu chiến binh nhiệm kỳ mới; an ninh trật tự được giữ vững. Tháng 5 tập trung tuyên "
                  "truyền kỷ niệm 129 năm Ngày sinh Chủ tịch Hồ Chí Minh, chỉnh trang đường làng ngõ phố, chuẩn bị "
                  "các hoạt động hè cho thiếu nhi và kiến nghị phường giải quyết việc chiếu sáng, thu gom rác thải."),
                P("Chi bộ kêu gọi toàn thể đảng viên phát huy vai trò tiền phong, gương mẫu, vận động gia đình và bà "
                  "con trong tổ dân phố chấp hành tốt quy định về vệ sinh môi trường; đề nghị mỗi đảng viên tích cực "
                  "tham gia các phong trào của địa phương."),
                P("Buổi sinh hoạt kết thúc hồi 21h10'. Biên bản đã được đọc lại cho chi bộ nghe và nhất trí thông "
                  "qua.")],
     "truth": {"end_time": "21:10", "conclusion": True, "resolutions": [], "assignments": [],
               "flags": ["missing_vote", "missing_assignments"]}},

    # 17 — university department in Hà Nội; indirect speech; task table with columns in another order
    {"id": "k-body-17", "kind": "body",
     "context": {"chair": "Tạ Ngọc Ánh", "chair_role": "Bí thư chi bộ", "secretary": "Lê Quang Huy",
                 "total": 24, "present": 23},
     "blocks": [H("IV. THẢO LUẬN"),
                P("Đồng chí TS. Bùi Thế Anh cho rằng tiến độ nhập điểm học kỳ I trên hệ thống quản lý đào tạo còn "
                  "chậm, nhiều học phần đã thi xong quá hai tuần nhưng chưa có điểm, ảnh hưởng đến việc xét học bổng "
                  "của sinh viên."),
                P("Đồng chí ThS. Nguyễn Khánh Linh nêu ý kiến: đề cương chi tiết của một số học phần chưa cập nhật "
                  "theo chuẩn đầu ra mới ban hành năm 2023, đề nghị khoa chỉ đạo các bộ môn rà soát."),
                P("Đồng chí Chủ tịch Công đoàn bộ phận đề nghị chi bộ quan tâm thăm hỏi cán bộ hưu trí và giảng viên "
                  "có hoàn cảnh khó khăn dịp Tết."),
                H("KẾT LUẬN"),
                P("Đồng chí PGS.TS. Tạ Ngọc Ánh, Bí thư chi bộ, kết luận: chi bộ nhất trí đánh giá năm 2023 hoàn "
                  "thành tốt nhiệm vụ; tháng 01/2024 tập trung hoàn thành công tác tổ chức thi, chấm thi học kỳ I, rà "
                  "soát đề cương học phần, chăm lo Tết cho cán bộ, giảng viên và sinh viên có hoàn cảnh khó khăn."),
                P("Số đồng chí tán thành kết luận: 23/23, đạt 100%."),
                H("PHÂN CÔNG THỰC HIỆN"),
                T([(0.28, "Thời hạn", "c"), (0.27, "Đơn vị, cá nhân thực hiện", "l"), (0.45, "Nội dung", "l")],
                  [["Trước Tết Nguyên đán Giáp Thìn", "Công đoàn bộ phận",
                    "Thăm hỏi, tặng quà cán bộ hưu trí và giảng viên có hoàn cảnh khó khăn"],
                   ["Hằng tuần", "Đ/c Bùi Thế Anh", "Kiểm tra, đôn đốc tiến độ nhập điểm học kỳ I trên hệ thống"],
                   ["Kỳ họp sau", "Đ/c Nguyễn Khánh Linh",
                    "Báo cáo kết quả rà soát đề cương học phần theo chuẩn đầu ra mới"],
                   ["15/02/2024", "Chi đoàn cán bộ", "Xây dựng kế hoạch hoạt động Tháng Thanh niên năm 2024"]]),
                P("Buổi sinh hoạt kết thúc lúc 16h20'. Biên bản được đọc lại và thông qua.")],
     "truth": {"end_time": "16:20", "conclusion": True,
               "resolutions": [vote(23, None, None, 100, "tán thành kết luận")],
               "assignments": [task("Công đoàn bộ phận", "thăm hỏi, tặng quà Tết", "Tết Nguyên đán Giáp Thìn"),
                               task("Bùi Thế Anh", "đôn đốc nhập điểm học kỳ I", "Hằng tuần"),
                               task("Nguyễn Khánh Linh", "báo cáo rà soát đề cương học phần", "Kỳ họp sau"),
                               task("Chi đoàn cán bộ", "kế hoạch Tháng Thanh niên", "15/02/2024")],
               "flags": []}},

    # 18 — garment company in Nam Định; "Đ/c X (tổ 3) đề nghị"; groups (tổ may, công đoàn); quarter deadline
    {"id": "k-body-18", "kind": "body",
     "context": {"chair": "Đồng Văn Tiệp", "chair_role": "Bí thư chi bộ", "secretary": "Mai Thị Lựu",
                 "total": 21, "present": 20},
     "blocks": [H("IV. THẢO LUẬN"),
                P("Đ/c Phan Thị Hợi (tổ may 3) đề nghị Công ty sớm sửa chữa hệ thống quạt hút nhiệt ở dãy chuyền số "
                  "5, mùa hè nhiệt độ trong xưởng lên tới 36 độ, công nhân rất mệt mỏi."),
                P("Đ/c Vũ Đức Lương (tổ cắt) đề nghị bổ sung 02 máy cắt tự động để kịp tiến độ đơn hàng áo khoác xuất "
                  "đi châu Âu."),
                P("Đ/c Trịnh Thị Nhàn (Phòng Kỹ thuật) phản ánh tỷ lệ hàng phải sửa của tổ may 3 còn cao, đề nghị tổ "
                  "tăng cường kiểm tra công đoạn."),
                P("Kết thúc phần thảo luận, đồng chí Bí thư chi bộ kết luận: chi bộ ghi nhận tháng 7/2023 toàn xí "
                  "nghiệp đạt 97% kế hoạch sản lượng; tháng 8 phải bảo đảm điều kiện làm việc mùa nắng nóng, nâng "
                  "năng suất, giảm tỷ lệ hàng sửa, chăm lo đời sống công nhân."),
                P("Chi bộ biểu quyết: 20/20 đồng chí tán thành, không có ý kiến khác."),
                P("Phân công thực hiện:"),
                L("+ Tổ may số 3: kiểm soát chặt từng công đoạn, phấn đấu đưa tỷ lệ hàng sửa xuống dưới 2% trong quý "
                  "III/2023."),
                L("+ Đồng chí Vũ Đức Lương: lập đề xuất mua bổ sung máy cắt tự động, trình Giám đốc trong tháng 8."),
                L("+ Ban Chấp hành Công đoàn: phối hợp với Phòng Hành chính sửa chữa quạt hút nhiệt, bổ sung nước "
                  "uống giải nhiệt cho công nhân, hoàn thành trước ngày 15/8/2023."),
                P("Cuộc họp kết thúc hồi 17h05. Thư ký đã đọc lại biên bản, các đồng chí dự họp nhất trí thông qua.")],
     "truth": {"end_time": "17:05", "conclusion": True,
               "resolutions": [vote(20, None, 0, None, "biểu quyết kết luận")],
               "assignments": [task("Tổ may số 3", "giảm tỷ lệ hàng sửa", "quý III/2023"),
                               task("Vũ Đức Lương", "đề xuất mua máy cắt tự động", "tháng 8"),
                               task("Ban Chấp hành Công đoàn", "sửa quạt hút nhiệt, nước uống giải nhiệt", "15/8/2023")],
               "flags": []}},

    # 19 — medical university; a split vote; "chịu trách nhiệm"; a role as assignee
    {"id": "k-body-19", "kind": "body",
     "context": {"chair": "Lục Thị Minh Phương", "chair_role": "Bí thư chi bộ", "secretary": "Hoàng Văn Lộc",
                 "total": 17, "present": 16},
     "blocks": [H("IV. Ý KIẾN THẢO LUẬN"),
                L("- Đ/c TS. Nguyễn Hữu Toàn (Bộ môn Hóa sinh): đề nghị chưa áp dụng ngay lịch thực hành ca tối cho "
                  "sinh viên năm thứ hai vì phòng thí nghiệm chưa đủ kỹ thuật viên trực."),
                L("- Đ/c ThS. Lê Thu Hà (Bộ môn Sinh lý): ủng hộ phương án ca tối nhằm giảm sĩ số mỗi nhóm thực hành "
                  "xuống dưới 15 sinh viên, bảo đảm chất lượng."),
                L("- Đ/c ThS. Kha Văn Đức (Bộ môn Vi sinh): đề nghị xây dựng quy chế an toàn sinh học riêng cho các ca "
                  "thực hành ngoài giờ hành chính."),
                H("V. KẾT LUẬN"),
                P("Đồng chí Bí thư chi bộ kết luận: chi bộ thống nhất chủ trương tổ chức thí điểm thực hành ca tối từ "
                  "học kỳ II năm học 2021 – 2022 tại hai bộ môn Sinh lý và Vi sinh; Bộ môn Hóa sinh thực hiện khi bảo "
                  "đảm đủ nhân lực; xây dựng quy chế an toàn sinh học trước khi triển khai."),
                P("Biểu quyết thông qua kết luận: tán thành 14 đồng chí (87,5%); không tán thành 01 đồng chí; ý kiến "
                  "khác 01 đồng chí."),
                H("VI. PHÂN CÔNG"),
                P("Đồng chí ThS. Kha Văn Đức chịu trách nhiệm dự thảo quy chế an toàn sinh học cho các ca thực hành "
                  "ngoài giờ, trình Ban Giám hiệu trước ngày 30/6/2022."),
                P("Đồng chí Trưởng Bộ môn Hóa sinh chịu trách nhiệm đề xuất phương án bổ sung kỹ thuật viên, báo cáo "
                  "chi bộ tại kỳ họp tháng 7/2022."),
                P("Buổi sinh hoạt kết thúc lúc 11h40'. Biên bản được đọc lại, chi bộ nhất trí thông qua.")],
     "truth": {"end_time": "11:40", "conclusion": True,
               "resolutions": [vote(14, 1, 1, 87.5, "thông qua kết luận")],
               "assignments": [task("Kha Văn Đức", "dự thảo quy chế an toàn sinh học", "30/6/2022"),
                               task("Trưởng Bộ môn Hóa sinh", "đề xuất bổ sung kỹ thuật viên", "kỳ họp tháng 7/2022")],
               "flags": []}},

    # 20 — ward in Hưng Yên; hurried typing ("đc", missing accents, double spaces); minutes not read back
    {"id": "k-body-20", "kind": "body",
     "context": {"chair": "Đào Xuân Thuỷ", "chair_role": "Bí thư chi bộ", "secretary": "Lê Thị Hoà",
                 "total": 25, "present": 23},
     "blocks": [H("IV. THẢO LUẬN"),
                P("Đc Lê Văn Hạnh phát biểu: nhất trí với báo cáo; đề nghị chi bộ chỉ đạo tổ dân phố kiểm tra lại "
                  "danh sách hộ nghèo, cận nghèo năm 2020, tranh tình trạng bình xét không đúng đối tượng."),
                P("Đc Phùng Thị Thoa phát biểu:  việc thu quỹ khuyến học mới đạt 60%, nhiều hộ chuyển đi nơi khác chưa "
                  "cắt khẩu nên không liên hệ được."),
                P("Đc Trần Văn Kỳ đề nghị sửa lại loa truyền thanh ở đầu ngõ 5, đã hỏng hơn mot tháng."),
                P("Đc Bí thư kết luận: chi bộ cơ bản nhất trí với báo cáo tháng 9; tháng 10 tập trung rà soát hộ "
                  "nghèo, cận nghèo đúng quy trình, hoàn thành thu quỹ khuyến học, sửa chữa hệ thống loa truyền thanh "
                  "phục vụ tuyên truyền."),
                P("Biểu quyết: 23/23 đc nhất trí (100%)."),
                P("Phân công: giao đc Lê Văn Hạnh cùng Ban công tác Mặt trận rà soát danh sách hộ nghèo, cận nghèo, "
                  "hoàn thành trước ngày 30/10/2020; giao đc Phùng Thị Thoa đôn đốc thu quỹ khuyến học trong tháng "
                  "10;  giao đc Trần Văn Kỳ liên hệ phường sửa loa truyền thanh."),
                P("Hop xong luc 21h.")],
     "truth": {"end_time": "21:00", "conclusion": True,
               "resolutions": [vote(23, None, None, 100, "nhất trí kết luận")],
               "assignments": [task("Lê Văn Hạnh", "rà soát danh sách hộ nghèo, cận nghèo", "30/10/2020"),
                               task("Phùng Thị Thoa", "đôn đốc thu quỹ khuyến học", "tháng 10"),
                               task("Trần Văn Kỳ", "liên hệ sửa loa truyền thanh", None)],
               "flags": ["not_approved"]}},

    # 21 — primary school in Ninh Bình, regular meeting combined with a thematic one; two votes
    {"id": "k-body-21", "kind": "body",
     "context": {"chair": "Tạ Thị Hồng Nhung", "chair_role": "Bí thư chi bộ", "secretary": "Đinh Văn Cường",
                 "total": 20, "present": 19},
     "blocks": [H("IV. SINH HOẠT CHUYÊN ĐỀ VÀ THẢO LUẬN"),
                P("Đồng chí Hoàng Thị Lành, Phó Bí thư chi bộ, trình bày chuyên đề về nâng cao tinh thần trách nhiệm, "
                  "đạo đức nhà giáo, liên hệ với thực tiễn của nhà trường trong năm học 2023 – 2024."),
                P("Đồng chí Bạch Thị Thu phát biểu: chuyên đề được chuẩn bị công phu, sát thực tế; bản thân là giáo "
                  "viên chủ nhiệm lớp 5A, đồng chí thấy cần quan tâm hơn đến những học sinh có hoàn cảnh đặc biệt, "
                  "tránh để các em bị tổn thương trong giao tiếp."),
                P("Đồng chí Lương Văn Tiến, Tổ trưởng tổ 4 – 5, phát biểu: một số giáo viên trẻ còn lúng túng trong "
                  "ứng xử với phụ huynh qua mạng xã hội, đề nghị nhà trường ban hành bộ quy tắc ứng xử trên không "
                  "gian mạng."),
                P("Đồng chí Trịnh Thị Hoa đề nghị đưa nội dung chuyên đề vào tiêu chí đánh giá, xếp loại đảng viên "
                  "cuối năm."),
                H("V. KẾT LUẬN"),
                P("Đồng chí chủ trì kết luận:"),
                L("1. Về nhiệm vụ tháng 4: nhà trường tập trung ôn tập, kiểm tra cuối năm, hoàn thành chương trình "
                  "lớp 5 đúng kế hoạch, chuẩn bị hồ sơ xét hoàn thành chương trình tiểu học."),
                L("2. Về chuyên đề: chi bộ thống nhất đưa các nội dung về trách nhiệm, đạo đức nhà giáo vào kế hoạch "
                  "rèn luyện của từng đảng viên; xây dựng và ban hành bộ quy tắc ứng xử trên không gian mạng của nhà "
                  "trường."),
                P("Biểu quyết:"),
                L("- Thông qua kết luận về nhiệm vụ tháng 4/2024: 19/19 đồng chí tán thành, đạt 100%."),
                L("- Thông qua kế hoạch thực hiện chuyên đề năm 2024: 19/19 đồng chí tán thành, đạt 100%."),
                H("VI. PHÂN CÔNG NHIỆM VỤ"),
                L("1. Đ/c Hoàng Thị Lành phụ trách hoàn thiện kế hoạch thực hiện chuyên đề, gửi Đảng ủy phường trong "
                  "tháng 4/2024."),
                L("2. Đ/c Lương Văn Tiến phụ trách dự thảo bộ quy tắc ứng xử trên không gian mạng, trình Hội đồng sư "
                  "phạm trước ngày 30/4/2024."),
                L("3. Công đoàn nhà trường phụ trách theo dõi, nhắc nhở việc thực hiện quy tắc ứng xử của cán bộ, "
                  "giáo viên, nhân viên thường xuyên."),
                P("Buổi sinh hoạt kết thúc lúc 17 giờ 00 phút. Biên bản đã được đọc lại, chi bộ nhất trí thông qua.")],
     "truth": {"end_time": "17:00", "conclusion": True,
               "resolutions": [vote(19, None, None, 100, "kết luận nhiệm vụ tháng 4/2024"),
                               vote(19, None, None, 100, "kế hoạch thực hiện chuyên đề năm 2024")],
               "assignments": [task("Hoàng Thị Lành", "hoàn thiện kế hoạch thực hiện chuyên đề", "tháng 4/2024"),
                               task("Lương Văn Tiến", "dự thảo bộ quy tắc ứng xử trên không gian mạng", "30/4/2024"),
                               task("Công đoàn nhà trường", "theo dõi thực hiện quy tắc ứng xử", "thường xuyên")],
               "flags": []}},

    # 22 — ward in Bắc Ninh; only "các ý kiến nhất trí", and only calls to every member
    {"id": "k-body-22", "kind": "body",
     "context": {"chair": "Nguyễn Đình Thụy", "chair_role": "Bí thư chi bộ", "secretary": "Ngô Thị Thơm",
                 "total": 29, "present": 27},
     "blocks": [H("IV. THẢO LUẬN"),
                P("Chi bộ thảo luận sôi nổi. Các ý kiến đều nhất trí với báo cáo đánh giá kết quả tháng 7 và phương "
                  "hướng nhiệm vụ tháng 8 năm 2023, không có ý kiến khác."),
                H("V. KẾT LUẬN"),
                P("Đồng chí chủ trì kết luận: tháng 8/2023 chi bộ tập trung lãnh đạo phòng chống dịch sốt xuất huyết, "
                  "ra quân diệt bọ gậy tại các hộ gia đình; bảo đảm an ninh trật tự trong dịp Lễ Quốc khánh 2/9; chuẩn "
                  "bị cơ sở vật chất cho năm học mới ở nhà trẻ khu phố; vận động nhân dân tham gia hiến đất mở rộng "
                  "ngõ 17."),
                P("Biểu quyết: 27/27 đ/c tán thành (100%)."),
                P("Chi bộ yêu cầu các đồng chí đảng viên nêu cao tinh thần trách nhiệm, tích cực tuyên truyền, vận động "
                  "nhân dân thực hiện tốt các nội dung trên; mỗi đảng viên gương mẫu vận động gia đình và các hộ xung "
                  "quanh thực hiện."),
                P("Buổi sinh hoạt kết thúc lúc 20 giờ 50 phút. Biên bản được đọc lại và được chi bộ thông qua.")],
     "truth": {"end_time": "20:50", "conclusion": True,
               "resolutions": [vote(27, None, None, 100, "biểu quyết kết luận")],
               "assignments": [], "flags": ["no_discussion", "missing_assignments"]}},

    # 23 — ward police in Hà Nội; ranks everywhere; "Thay mặt Chi ủy" with a numbered conclusion
    {"id": "k-body-23", "kind": "body",
     "context": {"chair": "Lê Quang Minh", "chair_role": "Bí thư chi bộ", "secretary": "Vũ Thị Ngọc",
                 "total": 18, "present": 17},
     "blocks": [H("IV. THẢO LUẬN"),
                P("Đồng chí Thiếu tá Nguyễn Văn Tuấn, Phó Trưởng Công an phường phát biểu: trong tháng đã xảy ra 02 vụ "
                  "trộm cắp xe máy tại khu vực chợ dân sinh; việc quản lý cư trú đối với người thuê trọ còn lỏng lẻo, "
                  "nhiều chủ nhà trọ chưa khai báo tạm trú cho người thuê."),
                P("Đồng chí Đại úy Hà Thị Nguyệt, Cảnh sát khu vực, phát biểu: tỷ lệ kích hoạt tài khoản định danh "
                  "điện tử mức 2 trên địa bàn mới đạt 68%, đề nghị tổ chức các điểm làm thủ tục vào buổi tối và ngày "
                  "nghỉ."),
                P("Đồng chí Trung úy Cấn Văn Quyết đề nghị tăng cường tuần tra đêm tại tuyến đê, nơi thường xuyên có "
                  "nhóm thanh thiếu niên tụ tập đua xe."),
                H("V. KẾT LUẬN"),
                P("Thay mặt Chi ủy, đồng chí Thượng tá Lê Quang Minh – Bí thư chi bộ, Trưởng Công an phường kết luận:"),
                L("1. Chi bộ đánh giá tháng 3/2022 đơn vị đã hoàn thành các chỉ tiêu công tác, bảo đảm an ninh trật "
                  "tự trong dịp kỷ niệm Ngày truyền thống lực lượng Công an nhân dân."),
                L("2. Tháng 4 tập trung đấu tranh với tội phạm trộm cắp tài sản, chấn chỉnh quản lý cư trú, đẩy mạnh "
                  "cấp và kích hoạt tài khoản định danh điện tử; tăng cường tuần tra, kiểm soát vào ban đêm."),
                P("Chi bộ biểu quyết thông qua kết luận: 17/17 đồng chí tán thành, đạt tỷ lệ 100%."),
                H("VI. PHÂN CÔNG"),
                L("1. Đồng chí Thiếu tá Nguyễn Văn Tuấn chỉ đạo tổng kiểm tra cư trú tại các khu nhà trọ, hoàn thành "
                  "trong tháng 4/2022."),
                L("2. Đồng chí Đại úy Hà Thị Nguyệt tổ chức các điểm kích hoạt tài khoản định danh điện tử ngoài giờ "
                  "hành chính, hoàn thành trước ngày 25/4/2022."),
                L("3. Tổ Cảnh sát khu vực số 2 tổ chức tuần tra tuyến đê vào các đêm thứ Sáu, thứ Bảy, thực hiện "
                  "hằng tuần."),
                P("Hội nghị kết thúc lúc 11 giờ 00 phút cùng ngày. Biên bản đã được đọc lại, hội nghị nhất trí thông "
                  "qua.")],
     "truth": {"end_time": "11:00", "conclusion": True,
               "resolutions": [vote(17, None, None, 100, "thông qua kết luận")],
               "assignments": [task("Nguyễn Văn Tuấn", "tổng kiểm tra cư trú tại khu nhà trọ", "tháng 4/2022"),
                               task("Hà Thị Nguyệt", "điểm kích hoạt định danh điện tử ngoài giờ", "25/4/2022"),
                               task("Tổ Cảnh sát khu vực số 2", "tuần tra tuyến đê", "hằng tuần")],
               "flags": []}},

    # 24 — provincial hospital in Bắc Ninh; "Chi bộ thống nhất"; two votes; passive tasks, "ngay sau cuộc họp"
    {"id": "k-body-24", "kind": "body",
     "context": {"chair": "Giáp Văn Khang", "chair_role": "Bí thư chi bộ", "secretary": "Ngô Thị Lệ",
                 "total": 25, "present": 23},
     "blocks": [H("IV. THẢO LUẬN"),
                P("Đ/c BS. Thạch Văn Lâm (khoa Cấp cứu) đề nghị bổ sung 01 xe cứu thương có trang bị hồi sức vì hai "
                  "xe hiện có đã sử dụng trên 10 năm, thường xuyên hỏng hóc."),
                P("Đ/c ĐD. Nguyễn Thị Thơ (khoa Hồi sức) đề nghị chi bộ quan tâm đến chế độ bồi dưỡng trực cho điều "
                  "dưỡng, hiện chậm chi trả hai tháng."),
                P("Đ/c BS. Dương Minh Hiếu nhận xét về đồng chí Kha Thị Ngọc, đảng viên dự bị: trong thời gian dự bị "
                  "đồng chí luôn hoàn thành tốt nhiệm vụ, tích cực tham gia các hoạt động tình nguyện; đề nghị chi bộ "
                  "xét công nhận đảng viên chính thức."),
                P("Chi bộ thống nhất: tháng 6/2025 tập trung bảo đảm thường trực cấp cứu 24/24 giờ, phòng chống dịch "
                  "bệnh mùa hè, đề xuất bổ sung phương tiện vận chuyển cấp cứu và giải quyết dứt điểm chế độ bồi dưỡng "
                  "trực; hoàn tất thủ tục công nhận đảng viên chính thức cho đồng chí Kha Thị Ngọc."),
                P("Kết quả biểu quyết:"),
                L("- Thông qua nội dung chi bộ thống nhất: 23/23 đồng chí tán thành (100%)."),
                L("- Công nhận đảng viên chính thức đối với đồng chí Kha Thị Ngọc: 22/22 đảng viên chính thức có mặt "
                  "tán thành (100%)."),
                P("Việc hoàn thiện hồ sơ công nhận đảng viên chính thức được giao cho đ/c Ngô Thị Lệ, Chi ủy viên, "
                  "thực hiện ngay sau cuộc họp."),
                P("Việc lập tờ trình đề nghị bổ sung xe cứu thương được giao cho đ/c Thạch Văn Lâm, gửi Ban Giám đốc "
                  "trước ngày 20/6/2025."),
                P("Buổi sinh hoạt kết thúc lúc 16 giờ 35 phút. Biên bản được đọc lại, các đồng chí dự họp nhất trí "
                  "thông qua.")],
     "truth": {"end_time": "16:35", "conclusion": True,
               "resolutions": [vote(23, None, None, 100, "thông qua nội dung chi bộ thống nhất"),
                               vote(22, None, None, 100, "công nhận đảng viên chính thức Kha Thị Ngọc")],
               "assignments": [task("Ngô Thị Lệ", "hồ sơ công nhận đảng viên chính thức", "ngay sau cuộc họp"),
                               task("Thạch Văn Lâm", "tờ trình bổ sung xe cứu thương", "20/6/2025")],
               "flags": []}},

    # 25 — lower secondary school in Hải Dương; a "conclusion" that says nothing
    {"id": "k-body-25", "kind": "body",
     "context": {"chair": "Vương Thị Hạnh", "chair_role": "Bí thư chi bộ", "secretary": "Lê Văn Quân",
                 "total": 16, "present": 16},
     "blocks": [H("IV. THẢO LUẬN"),
                P("Đồng chí Trần Thị Bích, Phó Hiệu trưởng, phát biểu: nhà trường đã hoàn thành kiểm tra giữa học kỳ "
                  "II; tỷ lệ học sinh đạt điểm khá, giỏi môn Toán lớp 9 tăng so với học kỳ I, nhưng môn tiếng Anh còn "
                  "thấp."),
                P("Đồng chí Nguyễn Văn Sâm, Tổ trưởng tổ Khoa học tự nhiên, phát biểu: đề nghị tăng thêm buổi ôn "
                  "tập cho học sinh lớp 9 chuẩn bị thi vào lớp 10."),
                P("Đồng chí Đỗ Thị Liên đề nghị nhà trường tổ chức gặp mặt cha mẹ học sinh lớp 9 vào đầu tháng 4."),
                H("V. KẾT LUẬN"),
                P("Đồng chí chủ trì kết luận: nhất trí với các ý kiến đã phát biểu."),
                P("Chi bộ biểu quyết thông qua nghị quyết tháng 3/2021: 16/16 đồng chí tán thành, đạt 100%."),
                H("VI. PHÂN CÔNG"),
                P("Giao đồng chí Nguyễn Văn Sâm xây dựng lịch ôn tập cho học sinh lớp 9, hoàn thành trước ngày "
                  "22/3/2021."),
                P("Giao đồng chí Đỗ Thị Liên phối hợp với giáo viên chủ nhiệm khối 9 chuẩn bị nội dung họp cha mẹ học "
                  "sinh, tổ chức trước ngày 05/4/2021."),
                P("Buổi sinh hoạt kết thúc lúc 17 giờ 15 phút. Biên bản được đọc lại và thông qua.")],
     "truth": {"end_time": "17:15", "conclusion": False,
               "resolutions": [vote(16, None, None, 100, "thông qua nghị quyết tháng 3/2021")],
               "assignments": [task("Nguyễn Văn Sâm", "lịch ôn tập học sinh lớp 9", "22/3/2021"),
                               task("Đỗ Thị Liên", "chuẩn bị họp cha mẹ học sinh lớp 9", "05/4/2021")],
               "flags": ["missing_conclusion"]}},

    # 26 — company in Thăng Long industrial zone; task table with people first; two people in one row
    {"id": "k-body-26", "kind": "body",
     "context": {"chair": "Khổng Minh Tuấn", "chair_role": "Bí thư chi bộ", "secretary": "Lại Thị Thu",
                 "total": 22, "present": 21},
     "blocks": [H("IV. THẢO LUẬN"),
                P("Đồng chí Trưởng phòng Kế hoạch – Vật tư phát biểu: giá linh kiện nhập khẩu tăng 12% so với quý II, "
                  "một số nhà cung cấp giao hàng chậm, ảnh hưởng kế hoạch sản xuất quý IV."),
                P("Đồng chí Ninh Văn Tài (dây chuyền lắp ráp số 2) phát biểu: tỷ lệ công nhân nghỉ việc trong quý III "
                  "lên tới 9%, chủ yếu là lao động trẻ; đề nghị Công ty xem xét điều chỉnh phụ cấp chuyên cần."),
                P("Đồng chí Mai Thị Hương, Chủ tịch Công đoàn, phát biểu: Công đoàn đã khảo sát nhu cầu nhà ở của công "
                  "nhân, có 126 người có nhu cầu thuê nhà ở xã hội tại khu vực Đông Anh."),
                H("V. KẾT LUẬN"),
                P("Thay mặt Chi ủy, đồng chí Bí thư chi bộ kết luận: chi bộ thống nhất đánh giá quý III/2022 Công ty "
                  "đạt 95% kế hoạch doanh thu; quý IV tập trung đa dạng hóa nguồn cung linh kiện, ổn định lực lượng "
                  "lao động, chăm lo nhà ở và đời sống công nhân, bảo đảm hoàn thành kế hoạch năm."),
                P("Biểu quyết: 21/21 đồng chí tán thành, đạt 100%."),
                H("VI. PHÂN CÔNG NHIỆM VỤ"),
                T([(0.30, "Người thực hiện", "l"), (0.48, "Nội dung", "l"), (0.22, "Thời gian", "c")],
                  [["Đ/c Phí Quang Vinh", "Tìm kiếm, đàm phán thêm ít nhất 02 nhà cung cấp linh kiện trong nước",
                    "Quý IV/2022"],
                   ["Đ/c Ninh Văn Tài, đ/c Mai Thị Hương", "Đề xuất phương án điều chỉnh phụ cấp chuyên cần",
                    "Trước 30/9/2022"],
                   ["Chi đoàn Công ty", "Tổ chức chương trình “Tết sum vầy” cho công nhân không về quê",
                    "Tháng 01/2023"]]),
                P("Cuộc họp kết thúc lúc 17 giờ 30 phút. Biên bản đã được thư ký đọc lại, chi bộ nhất trí thông qua.")],
     "truth": {"end_time": "17:30", "conclusion": True,
               "resolutions": [vote(21, None, None, 100, "biểu quyết kết luận")],
               "assignments": [task("Phí Quang Vinh", "tìm thêm nhà cung cấp linh kiện", "Quý IV/2022"),
                               task("Ninh Văn Tài", "đề xuất điều chỉnh phụ cấp chuyên cần", "30/9/2022"),
                               task("Mai Thị Hương", "đề xuất điều chỉnh phụ cấp chuyên cần", "30/9/2022"),
                               task("Chi đoàn Công ty", "chương trình Tết sum vầy", "Tháng 01/2023")],
               "flags": []}},

    # 27 — provincial culture and tourism department in Ninh Bình; Chi ủy, Chi đoàn, Công đoàn, a role
    {"id": "k-body-27", "kind": "body",
     "context": {"chair": "Đinh Quang Trung", "chair_role": "Bí thư chi bộ", "secretary": "Bùi Thị Thanh Xuân",
                 "total": 17, "present": 16},
     "blocks": [H("IV. THẢO LUẬN"),
                P("Đồng chí Phạm Văn Hòa, Trưởng phòng Quản lý du lịch, phát biểu: lượng khách đến các điểm du lịch "
                  "trong dịp nghỉ lễ tăng mạnh, tình trạng chèo kéo khách và bán hàng rong tại bến thuyền vẫn còn."),
                P("Đồng chí Lã Thị Nguyệt, chuyên viên Phòng Quản lý di sản, phát biểu: công tác chuẩn bị hồ sơ báo "
                  "cáo định kỳ về bảo tồn di sản gửi cơ quan chuyên môn cần được đẩy nhanh."),
                P("Đồng chí Bí thư Chi đoàn đề nghị cho đoàn viên thanh niên tham gia hỗ trợ hướng dẫn khách tại các "
                  "điểm di tích trong mùa lễ hội."),
                H("V. KẾT LUẬN"),
                P("Đồng chí Bí thư chi bộ kết luận:"),
                L("1. Chi bộ ghi nhận kết quả tháng 12/2022 của các phòng chuyên môn."),
                L("2. Tháng 01/2023 tập trung chuẩn bị tốt các điều kiện phục vụ du khách dịp Tết Quý Mão và mùa lễ hội "
                  "đầu xuân; chấn chỉnh tình trạng chèo kéo khách; đẩy nhanh hoàn thiện báo cáo bảo tồn di sản."),
                P("Chi bộ biểu quyết nhất trí 100% với kết luận của đồng chí chủ trì (16/16 đồng chí có mặt)."),
                H("VI. GIAO NHIỆM VỤ"),
                L("- Giao Chi ủy chỉ đạo xây dựng kế hoạch kiểm tra liên ngành tại các điểm du lịch, ban hành trước "
                  "ngày 10/01/2023."),
                L("- Giao Chi đoàn tổ chức đội thanh niên tình nguyện hướng dẫn du khách tại các điểm di tích trong "
                  "mùa lễ hội."),
                L("- Giao Công đoàn cơ quan tổ chức thăm hỏi, tặng quà Tết cho đoàn viên có hoàn cảnh khó khăn trước "
                  "Tết Nguyên đán Quý Mão."),
                L("- Giao đồng chí Phó Bí thư chi bộ đôn đốc hoàn thiện báo cáo bảo tồn di sản, báo cáo chi bộ tại kỳ "
                  "họp tháng 02/2023."),
                P("Hội nghị kết thúc hồi 16 giờ 40 phút. Biên bản đã được đọc lại trước hội nghị, các đồng chí đảng "
                  "viên nhất trí thông qua.")],
     "truth": {"end_time": "16:40", "conclusion": True,
               "resolutions": [vote(16, None, None, 100, "nhất trí với kết luận")],
               "assignments": [task("Chi ủy", "kế hoạch kiểm tra liên ngành điểm du lịch", "10/01/2023"),
                               task("Chi đoàn", "đội thanh niên tình nguyện hướng dẫn du khách", "mùa lễ hội"),
                               task("Công đoàn cơ quan", "thăm hỏi, tặng quà Tết", "Tết Nguyên đán Quý Mão"),
                               task("Phó Bí thư chi bộ", "đôn đốc báo cáo bảo tồn di sản", "kỳ họp tháng 02/2023")],
               "flags": []}},

    # 28 — ward in Nam Định; the minutes approved "100%", but nothing was put to the vote
    {"id": "k-body-28", "kind": "body",
     "context": {"chair": "Trần Quốc Việt", "chair_role": "Bí thư chi bộ", "secretary": "Vũ Thị Hằng",
                 "total": 36, "present": 33},
     "blocks": [H("IV. THẢO LUẬN"),
                P("Đồng chí Đoàn Văn Ký, Tổ trưởng tổ dân phố số 4, phát biểu: công trình cải tạo hồ điều hòa đang thi "
                  "công, nhà thầu để vật liệu tràn ra lòng đường gây mất an toàn giao thông; đề nghị chi bộ kiến nghị "
                  "phường yêu cầu nhà thầu khắc phục."),
                P("Đồng chí Lưu Thị Mai, Chi hội trưởng Chi hội Người cao tuổi, phát biểu: đề nghị tổ chức mừng thọ "
                  "cho các cụ tròn 70, 75, 80 tuổi vào dịp đầu xuân."),
                H("V. KẾT LUẬN"),
                P("Đồng chí Bí thư chi bộ kết luận: tháng 11/2019 tổ dân phố đã tổ chức thành công Ngày hội Đại đoàn kết "
                  "toàn dân tộc; tháng 12 chi bộ tập trung lãnh đạo bảo đảm an toàn giao thông quanh công trình hồ điều "
                  "hòa, chuẩn bị tổng kết năm, kiểm điểm đảng viên và tổ chức mừng thọ người cao tuổi."),
                H("VI. PHÂN CÔNG"),
                P("Giao đồng chí Đoàn Văn Ký làm việc với Ban quản lý dự án, yêu cầu nhà thầu thu dọn vật liệu, báo "
                  "cáo kết quả trước ngày 10/12/2019."),
                P("Giao Chi hội Người cao tuổi lập danh sách các cụ được mừng thọ, gửi Chi ủy trước Tết Canh Tý."),
                P("Buổi sinh hoạt kết thúc lúc 21 giờ 20 phút. Biên bản đã được đọc lại và chi bộ nhất trí thông qua "
                  "100%.")],
     "truth": {"end_time": "21:20", "conclusion": True, "resolutions": [],
               "assignments": [task("Đoàn Văn Ký", "yêu cầu nhà thầu thu dọn vật liệu", "10/12/2019"),
                               task("Chi hội Người cao tuổi", "danh sách mừng thọ", "Tết Canh Tý")],
               "flags": ["missing_vote"]}},

    # 29 — university faculty in Hà Nội; a vote with one against; "+ Đồng chí X:" tasks
    {"id": "k-body-29", "kind": "body",
     "context": {"chair": "Văn Đức Thịnh", "chair_role": "Bí thư chi bộ", "secretary": "Lý Hải Yến",
                 "total": 23, "present": 21},
     "blocks": [H("IV. THẢO LUẬN"),
                P("Đồng chí PGS.TS. Hà Quang Vũ phát biểu: đề án mở ngành đào tạo thạc sĩ Khoa học dữ liệu cơ bản đã "
                  "hoàn thành, tuy nhiên đội ngũ giảng viên cơ hữu có chuyên môn phù hợp mới có 5 tiến sĩ, sát mức tối "
                  "thiểu theo quy định."),
                P("Đồng chí TS. Đoàn Thị Xuân phát biểu: đề nghị bổ sung học phần Đạo đức và pháp luật về dữ liệu vào "
                  "chương trình đào tạo."),
                P("Đồng chí ThS. Lâm Văn Chính cho rằng chưa nên trình đề án trong năm nay, cần thêm thời gian tuyển "
                  "dụng giảng viên để bảo đảm tính bền vững."),
                H("V. KẾT LUẬN"),
                P("Đồng chí Bí thư chi bộ kết luận: chi bộ thống nhất chủ trương hoàn thiện đề án mở ngành thạc sĩ Khoa "
                  "học dữ liệu để trình Hội đồng trường trong năm 2021; đồng thời xây dựng kế hoạch tuyển dụng, thu "
                  "hút thêm ít nhất 02 tiến sĩ trong lĩnh vực khoa học dữ liệu."),
                P("Biểu quyết kết luận: 20/21 đồng chí tán thành (đạt 95,2%), 01 đồng chí không tán thành."),
                H("VI. PHÂN CÔNG"),
                L("+ Đồng chí Hà Quang Vũ: hoàn chỉnh hồ sơ đề án mở ngành, bổ sung học phần theo ý kiến góp ý, nộp "
                  "Phòng Đào tạo trước ngày 15/6/2021."),
                L("+ Đồng chí Đoàn Thị Xuân: biên soạn đề cương học phần Đạo đức và pháp luật về dữ liệu, hoàn thành "
                  "trong tháng 6/2021."),
                L("+ Đồng chí Trưởng khoa: xây dựng kế hoạch tuyển dụng giảng viên, trình Ban Giám hiệu trong quý "
                  "III/2021."),
                P("Buổi sinh hoạt kết thúc lúc 16 giờ 45 phút. Biên bản được đọc lại và được chi bộ nhất trí thông "
                  "qua.")],
     "truth": {"end_time": "16:45", "conclusion": True,
               "resolutions": [vote(20, 1, None, 95.2, "biểu quyết kết luận")],
               "assignments": [task("Hà Quang Vũ", "hoàn chỉnh hồ sơ đề án mở ngành", "15/6/2021"),
                               task("Đoàn Thị Xuân", "đề cương học phần Đạo đức và pháp luật về dữ liệu", "tháng 6/2021"),
                               task("Trưởng khoa", "kế hoạch tuyển dụng giảng viên", "quý III/2021")],
               "flags": []}},

    # 30 — provincial hospital in Thái Bình; admitting a member, vote in words; "Thay mặt chi ủy"
    {"id": "k-body-30", "kind": "body",
     "context": {"chair": "Nguyễn Thị Thúy", "chair_role": "Bí thư chi bộ", "secretary": "Phạm Văn Khôi",
                 "total": 22, "present": 21},
     "blocks": [H("IV. THẢO LUẬN VÀ XÉT KẾT NẠP ĐẢNG VIÊN"),
                P("Đồng chí Chi ủy viên phụ trách công tác tổ chức đọc hồ sơ, lý lịch và các văn bản liên quan của quần "
                  "chúng Đỗ Văn Tùng, bác sĩ khoa Chấn thương chỉnh hình."),
                P("Đồng chí BS. Bùi Thanh Sơn, đảng viên được phân công giúp đỡ, phát biểu: quần chúng Đỗ Văn Tùng có "
                  "chuyên môn vững, nhiệt tình với người bệnh, đã tham gia tăng cường cho tuyến huyện 6 tháng; đề nghị "
                  "chi bộ xem xét kết nạp."),
                P("Đồng chí ĐD. Hoàng Thị Phương phát biểu: đồng ý với ý kiến của đồng chí Sơn; đề nghị quần chúng Tùng "
                  "tiếp tục rèn luyện kỹ năng giao tiếp với người nhà người bệnh."),
                H("V. KẾT LUẬN"),
                P("Thay mặt chi ủy, đồng chí Bí thư chi bộ kết luận: chi bộ đánh giá quần chúng Đỗ Văn Tùng đủ tiêu "
                  "chuẩn, điều kiện để được xem xét kết nạp vào Đảng; trong tháng 7/2021 khoa tiếp tục tập trung phòng "
                  "chống dịch COVID-19, duy trì phẫu thuật phiên và cấp cứu an toàn."),
                P("Biểu quyết:"),
                L("- Đối với kết luận của đồng chí chủ trì: hai mươi mốt trên hai mươi mốt đồng chí tán thành."),
                L("- Đề nghị kết nạp quần chúng Đỗ Văn Tùng vào Đảng: mười chín trên mười chín đảng viên chính thức có "
                  "mặt tán thành, đạt 100%."),
                H("VI. PHÂN CÔNG"),
                P("Giao Chi ủy hoàn thiện hồ sơ đề nghị kết nạp, trình Đảng ủy Bệnh viện trước ngày 15/7/2021."),
                P("Giao đồng chí Bùi Thanh Sơn tiếp tục theo dõi, giúp đỡ quần chúng Đỗ Văn Tùng về tư tưởng và "
                  "chuyên môn."),
                P("Buổi sinh hoạt kết thúc lúc 15 giờ 50 phút. Biên bản được đọc lại và được chi bộ nhất trí thông "
                  "qua.")],
     "truth": {"end_time": "15:50", "conclusion": True,
               "resolutions": [vote(21, None, None, None, "kết luận của đồng chí chủ trì"),
                               vote(19, None, None, 100, "kết nạp quần chúng Đỗ Văn Tùng")],
               "assignments": [task("Chi ủy", "hoàn thiện hồ sơ đề nghị kết nạp", "15/7/2021"),
                               task("Bùi Thanh Sơn", "giúp đỡ quần chúng Đỗ Văn Tùng", None)],
               "flags": []}},

    # 31 — company in Phố Nối industrial zone; a volunteer, a report, a request upwards, calls: nothing assigned
    {"id": "k-body-31", "kind": "body",
     "context": {"chair": "Phan Văn Chiến", "chair_role": "Bí thư chi bộ", "secretary": "Trần Thị Hải Yến",
                 "total": 13, "present": 12},
     "blocks": [H("IV. THẢO LUẬN"),
                P("Đồng chí Lê Đình Khôi, Trưởng ca sản xuất, báo cáo: theo phân công tại kỳ họp trước, đồng chí đã hoàn "
                  "thành việc rà soát nội quy an toàn hóa chất tại kho nguyên liệu và tổ chức huấn luyện lại cho 46 "
                  "công nhân."),
                P("Đồng chí Tăng Thị Nhung, kế toán trưởng, phát biểu: dòng tiền quý II gặp khó khăn do khách hàng chậm "
                  "thanh toán; đồng chí xin nhận làm việc trực tiếp với hai khách hàng lớn để thu hồi công nợ."),
                P("Đồng chí Vi Văn Hào phát biểu: đề nghị Công ty tổ chức cho công nhân khám sức khỏe định kỳ sớm hơn "
                  "mọi năm vì đặc thù tiếp xúc hóa chất."),
                H("V. KẾT LUẬN"),
                P("Đồng chí Bí thư chi bộ kết luận: chi bộ ghi nhận tháng 5/2024 sản lượng đạt 101% kế hoạch, không để "
                  "xảy ra tai nạn lao động; tháng 6 tập trung thu hồi công nợ, bảo đảm tiền lương cho người lao động "
                  "đúng hạn, chuẩn bị khám sức khỏe định kỳ, tiếp tục giữ vững an toàn hóa chất."),
                P("Chi bộ đề nghị Đảng ủy Khối quan tâm hướng dẫn chi bộ về quy trình giới thiệu đoàn viên ưu tú là "
                  "công nhân người dân tộc thiểu số để xem xét kết nạp."),
                P("Biểu quyết: 12/12 đồng chí tán thành, đạt 100%."),
                P("Đề nghị các đồng chí đảng viên phát huy vai trò tiền phong, gương mẫu trong sản xuất; mỗi đảng viên "
                  "chủ động nắm bắt tâm tư, nguyện vọng của công nhân trong ca, tổ mình phụ trách."),
                P("Buổi sinh hoạt kết thúc lúc 17 giờ 20 phút. Biên bản được đọc lại, các đồng chí dự họp nhất trí "
                  "thông qua.")],
     "truth": {"end_time": "17:20", "conclusion": True,
               "resolutions": [vote(12, None, None, 100, "biểu quyết kết luận")],
               "assignments": [], "flags": ["missing_assignments"]}},

    # 32 — ward in Hà Nội before the Great Solidarity Day; Ban công tác Mặt trận, Chi hội Cựu chiến binh
    {"id": "k-body-32", "kind": "body",
     "context": {"chair": "Hoàng Thị Nguyệt Ánh", "chair_role": "Bí thư chi bộ", "secretary": "Đỗ Văn Toản",
                 "total": 47, "present": 42},
     "blocks": [H("IV. THẢO LUẬN"),
                P("Đ/c Lương Văn Thược, Trưởng ban công tác Mặt trận, phát biểu: Ban công tác Mặt trận đã xây dựng kế "
                  "hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025 ở khu dân cư, dự kiến có phần trao quà cho "
                  "12 hộ khó khăn và biểu dương 15 gia đình văn hóa tiêu biểu; kinh phí còn thiếu khoảng 8 triệu đồng."),
                P("Đ/c Chu Văn Hiển, Chi hội trưởng Chi hội Cựu chiến binh, phát biểu: hội viên cựu chiến binh sẵn sàng "
                  "tham gia giữ gìn trật tự trong ngày hội và ủng hộ kinh phí."),
                P("Đ/c Nguyễn Thị Lý phát biểu: đề nghị có tiết mục văn nghệ của các cháu thiếu nhi để ngày hội thêm "
                  "sinh động."),
                H("V. KẾT LUẬN"),
                P("Đồng chí chủ trì kết luận: chi bộ nhất trí với kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc "
                  "do Ban công tác Mặt trận xây dựng; vận động xã hội hóa phần kinh phí còn thiếu; tổ chức ngày hội "
                  "trang trọng, tiết kiệm, an toàn, tạo không khí phấn khởi trong nhân dân."),
                P("Chi bộ biểu quyết: 42/42 đồng chí tán thành (100%)."),
                H("VI. PHÂN CÔNG"),
                L("1. Ban công tác Mặt trận chủ trì tổ chức ngày hội, hoàn tất các khâu chuẩn bị trước ngày "
                  "15/11/2025."),
                L("2. Chi hội Cựu chiến binh bảo đảm an ninh trật tự trong ngày hội."),
                L("3. Đồng chí Nguyễn Thị Lý phối hợp với Chi đoàn tập luyện tiết mục văn nghệ thiếu nhi, xong trước "
                  "ngày 16/11/2025."),
                L("4. Đồng chí Bí thư chi bộ trực tiếp vận động các doanh nghiệp trên địa bàn ủng hộ kinh phí."),
                P("Buổi sinh hoạt kết thúc lúc 21 giờ 10 phút cùng ngày. Biên bản đã được thông qua sau khi thư ký đọc "
                  "lại toàn văn.")],
     "truth": {"end_time": "21:10", "conclusion": True,
               "resolutions": [vote(42, None, None, 100, "biểu quyết kết luận")],
               "assignments": [task("Ban công tác Mặt trận", "chủ trì tổ chức Ngày hội Đại đoàn kết", "15/11/2025"),
                               task("Chi hội Cựu chiến binh", "bảo đảm an ninh trật tự trong ngày hội", None),
                               task("Nguyễn Thị Lý", "tập luyện văn nghệ thiếu nhi", "16/11/2025"),
                               task("Bí thư chi bộ", "vận động doanh nghiệp ủng hộ kinh phí", None)],
               "flags": []}},

    # 33 — electronics supplier in Yên Phong industrial zone; "Đ/c X phụ trách …"; "sau đợt đánh giá" kept whole
    {"id": "k-body-33", "kind": "body",
     "context": {"chair": "Nghiêm Văn Độ", "chair_role": "Bí thư chi bộ", "secretary": "Lưu Thị Ngân",
                 "total": 11, "present": 11},
     "blocks": [H("IV. THẢO LUẬN"),
                P("Đ/c Trương Quang Vinh, Trưởng bộ phận Quản lý chất lượng, phát biểu: khách hàng chính sẽ tổ chức đợt "
                  "đánh giá nhà cung cấp vào cuối tháng 10/2023; còn 07 điểm không phù hợp từ lần đánh giá trước chưa "
                  "khắc phục xong."),
                P("Đ/c Hoàng Thị Dung, Trưởng phòng Nhân sự, phát biểu: Công ty đang thiếu khoảng 40 lao động cho dây "
                  "chuyền mới, việc tuyển dụng gặp khó do cạnh tranh với các doanh nghiệp lớn cùng khu công nghiệp."),
                P("Đ/c Lò Văn Thắng, Bí thư Chi đoàn, đề nghị tổ chức giải bóng đá công nhân để tăng gắn kết."),
                P("Chi bộ thống nhất: tháng 10 ưu tiên khắc phục toàn bộ điểm không phù hợp trước đợt đánh giá của khách "
                  "hàng; đẩy mạnh tuyển dụng qua các trung tâm dịch vụ việc làm; chăm lo đời sống tinh thần cho công "
                  "nhân."),
                P("Biểu quyết: 11/11 đồng chí tán thành."),
                P("Đ/c Trương Quang Vinh phụ trách khắc phục 07 điểm không phù hợp, hoàn thành trước ngày 25/10/2023."),
                P("Đ/c Hoàng Thị Dung phụ trách tuyển dụng bổ sung lao động, báo cáo tiến độ hằng tuần."),
                P("Đ/c Lò Văn Thắng phụ trách tổ chức giải bóng đá công nhân sau đợt đánh giá của khách hàng."),
                P("Cuộc họp kết thúc lúc 18 giờ 00. Biên bản được thư ký đọc lại, chi bộ nhất trí thông qua.")],
     "truth": {"end_time": "18:00", "conclusion": True,
               "resolutions": [vote(11, None, None, None, "biểu quyết nội dung chi bộ thống nhất")],
               "assignments": [task("Trương Quang Vinh", "khắc phục điểm không phù hợp", "25/10/2023"),
                               task("Hoàng Thị Dung", "tuyển dụng bổ sung lao động", "hằng tuần"),
                               task("Lò Văn Thắng", "tổ chức giải bóng đá công nhân",
                                    "sau đợt đánh giá của khách hàng")],
               "flags": []}},

    # 34 — provincial justice department; no vote, and the minutes are not read back
    {"id": "k-body-34", "kind": "body",
     "context": {"chair": "Đặng Văn Hải", "chair_role": "Bí thư chi bộ", "secretary": "Phạm Thu Hương",
                 "total": 9, "present": 9},
     "blocks": [H("IV. THẢO LUẬN"),
                P("Đồng chí Trần Minh Phúc, Trưởng phòng Hành chính tư pháp, phát biểu: số hồ sơ cấp phiếu lý lịch tư "
                  "pháp tăng 30% so với cùng kỳ, chủ yếu do người lao động đi làm việc ở nước ngoài; phòng đã bố trí trực "
                  "cả sáng thứ Bảy nhưng vẫn quá tải."),
                P("Đồng chí Nghiêm Thị Hoa, chuyên viên, phát biểu: đề nghị đẩy mạnh cấp phiếu lý lịch tư pháp trên "
                  "ứng dụng định danh điện tử để giảm tải cho bộ phận một cửa."),
                H("V. KẾT LUẬN"),
                P("Đồng chí Bí thư chi bộ kết luận: trong tháng 7/2024 chi bộ tập trung chỉ đạo giải quyết hồ sơ đúng "
                  "hạn, không để tồn đọng; đẩy mạnh cấp phiếu lý lịch tư pháp trực tuyến, phấn đấu đạt trên 50% số hồ "
                  "sơ; tăng cường kỷ luật, kỷ cương hành chính."),
                H("VI. PHÂN CÔNG"),
                P("Giao đồng chí Trần Minh Phúc xây dựng phương án bố trí nhân lực giải quyết hồ sơ lý lịch tư pháp, "
                  "trình lãnh đạo Sở trước ngày 12/7/2024."),
                P("Giao đồng chí Nghiêm Thị Hoa phối hợp với Công an tỉnh hướng dẫn người dân nộp hồ sơ trực tuyến, "
                  "thực hiện thường xuyên."),
                P("Cuộc họp kết thúc hồi 10h45.")],
     "truth": {"end_time": "10:45", "conclusion": True, "resolutions": [],
               "assignments": [task("Trần Minh Phúc", "phương án bố trí nhân lực hồ sơ lý lịch tư pháp", "12/7/2024"),
                               task("Nghiêm Thị Hoa", "hướng dẫn người dân nộp hồ sơ trực tuyến", "thường xuyên")],
               "flags": ["missing_vote", "not_approved"]}},

    # 35 — ward in Hải Dương; "- Đ/c X:" list; inline conclusion; a task over two sentences
    {"id": "k-body-35", "kind": "body",
     "context": {"chair": "Bùi Văn Thanh", "chair_role": "Bí thư chi bộ", "secretary": "Nhữ Thị Lan",
                 "total": 21, "present": 19},
     "blocks": [H("IV. Ý KIẾN THẢO LUẬN"),
                L("- Đ/c Phạm Văn Tiệp: đề nghị tổ dân phố sớm họp dân bàn phương án đóng góp làm mái che sân nhà văn "
                  "hóa trước mùa mưa bão."),
                L("- Đ/c Tống Thị Liễu: các hộ kinh doanh ăn uống ven đường Nguyễn Lương Bằng chưa ký cam kết bảo đảm "
                  "an toàn thực phẩm, cần vận động ký kết."),
                L("- Đ/c Đinh Công Hoan: tình hình an ninh trật tự ổn định, song vẫn có hiện tượng thanh niên tụ tập "
                  "sử dụng bóng cười ở khu vực bờ hồ vào đêm khuya."),
                P("Đồng chí chủ trì kết luận: chi bộ đánh giá tháng 4/2023 tổ dân phố hoàn thành tốt các nhiệm vụ; tháng "
                  "5 tập trung tổ chức họp dân thống nhất phương án làm mái che nhà văn hóa, vận động các hộ kinh doanh "
                  "ăn uống ký cam kết an toàn thực phẩm, phối hợp với Công an phường xử lý tình trạng tụ tập thanh niên "
                  "ban đêm."),
                P("Biểu quyết: 19/19 đồng chí có mặt tán thành, đạt 100%."),
                P("Đồng chí Phạm Văn Tiệp, Tổ trưởng tổ dân phố, được giao chủ trì họp dân bàn phương án làm mái che "
                  "sân nhà văn hóa. Cuộc họp dân phải xong trước ngày 20/5/2023 để kịp thi công trước mùa mưa."),
                P("Đồng chí Tống Thị Liễu vận động các hộ kinh doanh ăn uống ký cam kết an toàn thực phẩm, hoàn thành "
                  "trong tháng 6."),
                P("Tổ bảo vệ an ninh trật tự cơ sở phối hợp với Công an phường tuần tra khu vực bờ hồ hằng đêm."),
                P("Buổi sinh hoạt kết thúc lúc 21 giờ 25 phút. Biên bản đã được đọc lại, chi bộ nhất trí thông qua.")],
     "truth": {"end_time": "21:25", "conclusion": True,
               "resolutions": [vote(19, None, None, 100, "biểu quyết kết luận")],
               "assignments": [task("Phạm Văn Tiệp", "chủ trì họp dân bàn làm mái che nhà văn hóa", "20/5/2023"),
                               task("Tống Thị Liễu", "vận động ký cam kết an toàn thực phẩm", "tháng 6"),
                               task("Tổ bảo vệ an ninh trật tự cơ sở", "tuần tra khu vực bờ hồ", "hằng đêm")],
               "flags": []}},

    # 36 — cement company in Ninh Bình; production groups as assignees; for / against / abstain with a percentage
    {"id": "k-body-36", "kind": "body",
     "context": {"chair": "Tống Văn Phúc", "chair_role": "Bí thư chi bộ", "secretary": "Đinh Thị Hường",
                 "total": 27, "present": 25},
     "blocks": [H("IV. THẢO LUẬN"),
                P("Đồng chí Quản đốc Phân xưởng Lò nung phát biểu: lò số 2 phải dừng đột xuất 03 lần trong tháng do sự "
                  "cố gạch chịu lửa, làm giảm sản lượng clinker khoảng 4.500 tấn; đề nghị sớm thực hiện đợt trung tu."),
                P("Đồng chí Trịnh Văn Bảo (Tổ sản xuất số 4, Phân xưởng Nghiền) phát biểu: bụi tại khu vực nghiền than "
                  "vượt ngưỡng cho phép, công nhân phải đeo khẩu trang chuyên dụng suốt ca, đề nghị sửa chữa hệ thống "
                  "lọc bụi tay áo."),
                P("Đồng chí Đinh Thị Mơ (Phòng Kỹ thuật) đề nghị lập kế hoạch đào tạo lại công nhân vận hành lò sau "
                  "khi trung tu."),
                H("V. KẾT LUẬN"),
                P("Đồng chí Tống Văn Phúc, Bí thư chi bộ, Phó Tổng Giám đốc Công ty kết luận:"),
                L("1. Chi bộ ghi nhận tháng 9/2020 sản lượng xi măng tiêu thụ tăng 7% so với cùng kỳ; tuy vậy sản xuất "
                  "clinker chưa ổn định, vấn đề môi trường tại khu nghiền than chưa được giải quyết triệt để."),
                L("2. Tháng 10/2020 tập trung chuẩn bị trung tu lò số 2, sửa chữa hệ thống lọc bụi, bảo đảm an toàn "
                  "lao động và môi trường."),
                P("Biểu quyết thông qua kết luận: tán thành 24/25 đồng chí (96%); không tán thành 0; ý kiến khác 01 "
                  "đồng chí."),
                H("VI. PHÂN CÔNG THỰC HIỆN"),
                L("1. Phân xưởng Lò nung lập kế hoạch và dự toán trung tu lò số 2, trình Tổng Giám đốc trước ngày "
                  "05/10/2020."),
                L("2. Tổ sản xuất số 4 phối hợp với Phòng Cơ điện sửa chữa hệ thống lọc bụi tay áo tại khu nghiền "
                  "than, hoàn thành trong tháng 10/2020."),
                L("3. Đồng chí Đinh Thị Mơ xây dựng kế hoạch đào tạo lại công nhân vận hành lò, hoàn thành sau đợt "
                  "trung tu."),
                P("Hội nghị kết thúc lúc 11 giờ 10 phút. Biên bản đã được đọc lại, hội nghị nhất trí thông qua.")],
     "truth": {"end_time": "11:10", "conclusion": True,
               "resolutions": [vote(24, 0, 1, 96, "thông qua kết luận")],
               "assignments": [task("Phân xưởng Lò nung", "kế hoạch, dự toán trung tu lò số 2", "05/10/2020"),
                               task("Tổ sản xuất số 4", "sửa chữa hệ thống lọc bụi", "tháng 10/2020"),
                               task("Đinh Thị Mơ", "kế hoạch đào tạo lại công nhân vận hành lò", "sau đợt trung tu")],
               "flags": []}},

    # 37 — nursing college in Nam Định; the report is read out and "một số ý kiến" follow, nobody named
    {"id": "k-body-37", "kind": "body",
     "context": {"chair": "Trần Thị Kim Dung", "chair_role": "Bí thư chi bộ", "secretary": "Phan Văn Hiệp",
                 "total": 14, "present": 14},
     "blocks": [H("IV. THẢO LUẬN"),
                P("Đồng chí Phó Bí thư chi bộ trình bày dự thảo kế hoạch tổ chức thực tập lâm sàng cho sinh viên năm "
                  "thứ ba tại các bệnh viện tuyến tỉnh và tuyến huyện trong học kỳ I năm học 2024 – 2025."),
                P("Một số ý kiến đề nghị bổ sung tiêu chí đánh giá kỹ năng giao tiếp với người bệnh, tăng số buổi "
                  "giảng viên trực tiếp kiểm tra sinh viên tại cơ sở thực hành, và cần có chế độ hỗ trợ tiền đi lại cho "
                  "giảng viên kiêm nhiệm."),
                H("V. KẾT LUẬN"),
                P("Đồng chí Bí thư chi bộ kết luận: chi bộ nhất trí với dự thảo kế hoạch thực tập lâm sàng, có bổ sung "
                  "tiêu chí đánh giá kỹ năng giao tiếp; yêu cầu bảo đảm tối thiểu 02 buổi kiểm tra của giảng viên "
                  "mỗi tuần tại mỗi cơ sở thực hành; kiến nghị Ban Giám hiệu xem xét chế độ hỗ trợ đi lại."),
                P("Biểu quyết: 14/14 đồng chí tán thành kế hoạch, đạt 100%."),
                H("VI. PHÂN CÔNG"),
                P("Giao đồng chí Phó Bí thư chi bộ hoàn chỉnh kế hoạch, trình Ban Giám hiệu trước ngày 15/8/2024."),
                P("Giao đồng chí Lê Văn Thuận, Trưởng Bộ môn Điều dưỡng cơ bản, xây dựng bảng kiểm đánh giá kỹ năng "
                  "giao tiếp, hoàn thành trong tháng 8/2024."),
                P("Buổi sinh hoạt kết thúc lúc 10 giờ 30 phút. Biên bản được đọc lại và thông qua.")],
     "truth": {"end_time": "10:30", "conclusion": True,
               "resolutions": [vote(14, None, None, 100, "tán thành kế hoạch thực tập lâm sàng")],
               "assignments": [task("Phó Bí thư chi bộ", "hoàn chỉnh kế hoạch thực tập lâm sàng", "15/8/2024"),
                               task("Lê Văn Thuận", "bảng kiểm đánh giá kỹ năng giao tiếp", "tháng 8/2024")],
               "flags": ["no_discussion"]}},

    # 38 — city department in Hà Nội; conclusion plus a vote on proposing awards
    {"id": "k-body-38", "kind": "body",
     "context": {"chair": "Quan Thế Anh", "chair_role": "Bí thư chi bộ", "secretary": "Hồ Thị Thanh Tâm",
                 "total": 19, "present": 18},
     "blocks": [H("IV. THẢO LUẬN"),
                P("Đồng chí Phó Trưởng phòng Quy hoạch phát biểu: năm 2022 phòng đã thẩm định 46 đồ án quy hoạch chi "
                  "tiết, vượt kế hoạch 15%; tuy nhiên còn 04 hồ sơ quá hạn do chờ ý kiến của các sở, ngành."),
                P("Đồng chí Nguyễn Thị Minh Châu phát biểu: đề nghị chi bộ xem xét đề nghị Đảng ủy cơ quan tặng Giấy "
                  "khen cho đồng chí Lê Văn Bình và đồng chí Phạm Thu Trang vì đã có nhiều đóng góp trong việc số hóa hồ "
                  "sơ quy hoạch."),
                P("Đồng chí Lê Văn Bình phát biểu: xin cảm ơn chi bộ, bản thân sẽ tiếp tục cố gắng."),
                H("V. KẾT LUẬN CỦA CHI ỦY"),
                P("Đồng chí Quan Thế Anh, Bí thư chi bộ, Trưởng phòng kết luận:"),
                L("1. Năm 2022 chi bộ hoàn thành xuất sắc nhiệm vụ chính trị; 100% đảng viên hoàn thành nhiệm vụ trở lên."),
                L("2. Năm 2023 tiếp tục nâng cao chất lượng thẩm định, không để hồ sơ quá hạn; hoàn thành số hóa toàn "
                  "bộ hồ sơ quy hoạch lưu trữ."),
                L("3. Nhất trí đề nghị Đảng ủy cơ quan tặng Giấy khen cho 02 đồng chí Lê Văn Bình và Phạm Thu Trang."),
                H("VI. BIỂU QUYẾT"),
                L("- Thông qua kết luận: 18/18 đồng chí tán thành (100%)."),
                L("- Đề nghị khen thưởng 02 đồng chí: 16/16 đồng chí tham gia biểu quyết tán thành (100%); 02 đồng "
                  "chí được đề nghị khen thưởng không tham gia biểu quyết nội dung này."),
                H("VII. PHÂN CÔNG"),
                P("Giao đồng chí Phó Trưởng phòng Quy hoạch đôn đốc các sở, ngành trả lời ý kiến đối với 04 hồ sơ quá "
                  "hạn, giải quyết dứt điểm trước ngày 31/01/2023."),
                P("Giao đồng chí Hồ Thị Thanh Tâm hoàn thiện hồ sơ đề nghị khen thưởng, gửi Văn phòng Đảng ủy cơ quan "
                  "trước ngày 06/01/2023."),
                P("Buổi sinh hoạt kết thúc lúc 17 giờ 00. Biên bản đã được đọc lại cho các đồng chí đảng viên cùng nghe "
                  "và được nhất trí thông qua.")],
     "truth": {"end_time": "17:00", "conclusion": True,
               "resolutions": [vote(18, None, None, 100, "thông qua kết luận"),
                               vote(16, None, None, 100, "đề nghị khen thưởng 02 đồng chí")],
               "assignments": [task("Phó Trưởng phòng Quy hoạch", "đôn đốc giải quyết 04 hồ sơ quá hạn", "31/01/2023"),
                               task("Hồ Thị Thanh Tâm", "hồ sơ đề nghị khen thưởng", "06/01/2023")],
               "flags": []}},

    # 39 — primary school in Bắc Ninh; opinions and tasks, but no conclusion and no vote
    {"id": "k-body-39", "kind": "body",
     "context": {"chair": "Nguyễn Văn Khiêm", "chair_role": "Bí thư chi bộ", "secretary": "Hà Thị Thanh",
                 "total": 18, "present": 17},
     "blocks": [H("IV. THẢO LUẬN"),
                P("Đồng chí Dương Thị Hòa, Phó Hiệu trưởng, phát biểu: chuẩn bị cho đợt kiểm tra công nhận trường đạt "
                  "chuẩn quốc gia mức độ 2, hồ sơ tiêu chuẩn 3 về cơ sở vật chất còn thiếu biên bản bàn giao các phòng "
                  "học bộ môn."),
                P("Đồng chí Ngô Thị Thủy, Tổ trưởng tổ 3, phát biểu: đề nghị nhà trường tổ chức cho giáo viên tập huấn "
                  "sử dụng bảng tương tác mới được trang bị."),
                P("Đồng chí Trần Văn Kiên phát biểu: hệ thống thoát nước sân trường bị tắc, mỗi khi mưa lớn nước ngập "
                  "đến bậc lớp học."),
                P("Đồng chí chủ trì cảm ơn các ý kiến đóng góp của các đồng chí đảng viên."),
                H("V. PHÂN CÔNG"),
                L("- Đồng chí Dương Thị Hòa: bổ sung hồ sơ tiêu chuẩn 3, hoàn thành trước ngày 30/11/2021."),
                L("- Đồng chí Ngô Thị Thủy: liên hệ nhà cung cấp tổ chức tập huấn sử dụng bảng tương tác trong tháng "
                  "12/2021."),
                L("- Đồng chí Trần Văn Kiên: phối hợp với bảo vệ nhà trường khơi thông hệ thống thoát nước sân trường."),
                P("Buổi sinh hoạt kết thúc lúc 16 giờ 55 phút. Biên bản đã được đọc lại và được các đồng chí dự họp "
                  "nhất trí thông qua.")],
     "truth": {"end_time": "16:55", "conclusion": False, "resolutions": [],
               "assignments": [task("Dương Thị Hòa", "bổ sung hồ sơ tiêu chuẩn 3", "30/11/2021"),
                               task("Ngô Thị Thủy", "tập huấn sử dụng bảng tương tác", "tháng 12/2021"),
                               task("Trần Văn Kiên", "khơi thông thoát nước sân trường", None)],
               "flags": ["missing_conclusion", "missing_vote"]}},

    # 40 — residential cell in Hưng Yên; everything present; one abstention, a percentage; "trước Tết"
    {"id": "k-body-40", "kind": "body",
     "context": {"chair": "Vũ Thị Hoà", "chair_role": "Bí thư chi bộ", "secretary": "Đặng Văn Thuỷ",
                 "total": 30, "present": 28},
     "blocks": [H("IV. THẢO LUẬN"),
                P("Đ/c Nguyễn Văn Đông (tổ 2) phát biểu: nhất trí với báo cáo; đề nghị chi bộ quan tâm đến việc lắp "
                  "đặt biển báo giảm tốc tại ngã ba đầu tổ dân phố, thời gian qua đã xảy ra 02 vụ va chạm giao thông."),
                P("Đ/c Phạm Thị Huệ (tổ 5) phát biểu: Chi hội Phụ nữ đề xuất tổ chức chợ phiên “Tết sẻ chia” để tặng "
                  "quà cho các hộ có hoàn cảnh khó khăn."),
                P("Đ/c Bí thư Chi đoàn Lê Hoàng Nam cho biết Chi đoàn đã vận động được 15 đoàn viên đăng ký tham gia "
                  "hiến máu tình nguyện đợt cuối năm."),
                H("V. KẾT LUẬN"),
                P("Đồng chí Vũ Thị Hoà – Bí thư chi bộ thay mặt Chi ủy kết luận:"),
                L("1. Chi bộ nhất trí đánh giá năm 2025 tổ dân phố hoàn thành tốt các chỉ tiêu; an ninh trật tự được "
                  "giữ vững; các đoàn thể hoạt động hiệu quả."),
                L("2. Tháng 12/2025 tập trung chuẩn bị tổng kết năm, kiểm điểm đảng viên; bảo đảm an toàn giao thông "
                  "tại ngã ba đầu tổ dân phố; chăm lo Tết cho các hộ khó khăn."),
                P("Kết quả biểu quyết: tán thành 27/28 đồng chí, đạt 96,4%; không tán thành: không; ý kiến khác: 01 "
                  "đồng chí."),
                H("VI. PHÂN CÔNG"),
                L("1. Giao đ/c Nguyễn Văn Đông kiến nghị phường lắp đặt biển báo giảm tốc tại ngã ba, trước ngày "
                  "20/12/2025."),
                L("2. Giao Chi hội Phụ nữ tổ chức chợ phiên “Tết sẻ chia” trước Tết."),
                L("3. Giao đ/c Lê Hoàng Nam theo dõi, đôn đốc đoàn viên tham gia hiến máu theo lịch của phường."),
                P("Buổi sinh hoạt kết thúc lúc 21 giờ 05 phút cùng ngày. Biên bản được đọc lại và được chi bộ nhất trí "
                  "thông qua.")],
     "truth": {"end_time": "21:05", "conclusion": True,
               "resolutions": [vote(27, 0, 1, 96.4, "biểu quyết kết luận")],
               "assignments": [task("Nguyễn Văn Đông", "kiến nghị lắp biển báo giảm tốc", "20/12/2025"),
                               task("Chi hội Phụ nữ", "chợ phiên Tết sẻ chia", "Tết"),
                               task("Lê Hoàng Nam", "đôn đốc đoàn viên hiến máu", None)],
               "flags": []}},
]

PARTS = HEADS + OPENINGS + BODIES
