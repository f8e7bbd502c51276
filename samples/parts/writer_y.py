"""Writer y (FOLDER "test"): 72 written pieces of minutes of Party cells from anywhere in the country and every kind
of organisation: village, hamlet and highland cells (Lào Cai, Cao Bằng, Sơn La, Tây Nguyên, the Mekong delta and
the central coast), urban residential groups and wards, schools and a university faculty, hospitals, a commune
health station and a disease-control centre, a commune People's Committee office, district and provincial agencies
(tax, finance, natural resources, a project board), an army company and a commune military command, police teams
(traffic, fire and rescue, commune police), a port, a garment factory, a coal-mine workshop, a construction company,
a bank branch, a power company, a transport company, a newspaper, a data centre, a forest board, market and
agricultural cooperatives, and a cell of retired members. 12 heads, 20 openings, 40 bodies.

Written without reading the extractor (extract/), the generator, bench/, tests/, the held-out or sample sets, or
any other writer's module, and without running the extractor; only samples/parts/README.md, writing.py,
skeleton.py, /work/shared/DOMAIN.md and the label checks at the top of samples/parts/make.py were read. Every name,
place and number is invented.

Labelling decisions where the README is silent (or where I read it one way):

Head
- With three header levels, `party_committee` is the level directly above the cell (the line just before the
  cell's name), e.g. "ĐẢNG BỘ PHÒNG CẢNH SÁT GIAO THÔNG" under "ĐẢNG ỦY CÔNG AN TỈNH".
- A header line that does not start a new level (no "ĐẢNG BỘ / ĐẢNG ỦY / CHI BỘ") continues the name above it and is
  joined with one space ("CHI BỘ KHOA CHĂN NUÔI -" + "THÚ Y" -> "CHI BỘ KHOA CHĂN NUÔI - THÚ Y"); "*" and "Số: …"
  are no part of any name. A header with only the cell gives `party_committee` null.
- A date line left as dots, or no date line at all, gives `date` null; month and year then come from the title.
- When the title's period and the date differ (a January meeting held on 03/02 after Tết), month/year follow the
  title and `date` the date line. A note in brackets under the title ("(Lùi lịch do nghỉ Tết …)") is no topic.
- `topic` drops the "Chuyên đề:" label and the quotes, keeps capitals as printed, and joins a topic printed over
  two lines with one space. "SINH HOẠT CHI BỘ THƯỜNG KỲ … KẾT HỢP SINH HOẠT CHUYÊN ĐỀ" + topic is "regular".
  "HỘI NGHỊ CHI BỘ" with a month and no topic is "regular".

Opening
- A named absentee with no reason at all: reason null, excused false (and `unexcused_absence`).
- `reason` is the words after the name without the verb "vắng" ("vắng không lý do" -> "không lý do"; "tự ý vắng"
  kept whole, it is how it is written in brackets), with everything the clerk added ("đi ruộng xa, có xin phép",
  "đi làm ăn xa có báo cáo chi bộ"), case kept as in a table cell ("Không báo cáo" -> excused false).
- When the Bí thư is named as away and a deputy chairs, he is the only named absentee even if other absentees are
  only counted (absentees list shorter than `absent`).
- Members exempt for age or illness, named or counted, are never absentees and count in `total`.
- A chair written with a job title only ("Giám đốc công ty") has role null. Ranks (Thiếu tá, Trung tá), degrees and
  job prefixes (ThS., TS.BS., BSCKII., BS., ĐD., KTV., CN.) are dropped from names. Names with an ethnic prefix keep
  it ("Y Thuận Niê", "H'Linh Byă", "A Thuyết").
- Guest role is the title written after the name, joined as written ("Đảng ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam
  phường"), without "dự và chỉ đạo"; a degree before the guest's name is dropped.
- A written percentage ("đạt tỷ lệ 87,5%") is not used: counts come from the counts; `low_attendance` is computed
  on total − exempt. "19g30", "7h30'", "18h30'", "mười bốn giờ" are read as times; "từ … đến …" gives `end_time`.
- A location after "tại nhà đồng chí X, tổ …" is kept whole: "nhà đồng chí Trần Văn Út, tổ nhân dân tự quản số 4".

Body
- `percent_for` only when a percentage is written; it is never computed from the counts (and a count is never
  computed from a percentage). "ý kiến khác N" and "không biểu quyết N" are `abstain`; "không tán thành: không" and
  "ý kiến khác: không" are 0. "N/N đảng viên chính thức có mặt tán thành" on admitting / recognising a member gives
  for N (probationary members do not vote), even when `present` is N+1.
- "Chi bộ nhất trí 100% với kết luận" and "100% đảng viên trong chi bộ nhất trí" are votes (pct 100, for null).
- "Kết luận: Chi bộ nhất trí." is no conclusion (says nothing), though the vote after it is still a vote.
  "Chi bộ thảo luận, thống nhất với báo cáo và dự thảo nghị quyết" is no conclusion; the vote on the nghị quyết
  counts. A conclusion only promised ("đồng chí chủ trì sẽ tổng hợp, kết luận sau phần thảo luận") and never written
  is no conclusion. "Chi bộ thống nhất: …" with content is a conclusion.
- Approving the minutes by a show of hands ("các đồng chí dự họp biểu quyết thông qua" the minutes) is not a vote.
  "Biên bản được đọc lại và thông qua", "Thư ký đọc lại biên bản, chi bộ nhất trí" are approval; a closing with only
  the end time is `not_approved`.
- A question, or an answer given in a question-and-answer exchange, by a named member is a recorded opinion; a
  named member reporting a duty done ("báo cáo đã hoàn thành …") is an opinion but no assignment. Opinions by a role
  only ("Đồng chí Trưởng ban công tác Mặt trận thôn", "Đồng chí Đại đội trưởng") count as discussion. The report
  presented by "Đồng chí Trưởng phòng" with "một số ý kiến …" is `no_discussion`.
- Assignees by role are written as in the text without "đồng chí": "Đại đội trưởng", "Chính trị viên phó",
  "Phó Hiệu trưởng", "Phó Hiệu trưởng phụ trách chuyên môn", "Chi ủy viên phụ trách tài chính", "Tổ trưởng tổ dân
  phố", "Quản đốc phân xưởng", "Phó Bí thư chi bộ", "Bí thư chi bộ"; groups as written ("Chi hội Phụ nữ ấp",
  "Tổ bảo vệ rừng của bản"). A job title before a name is dropped ("Phó Hiệu trưởng Lục Văn Hưng" -> "Lục Văn
  Hưng"), and so is a nickname in brackets ("Nguyễn Văn Tấn (Sáu Tấn)" -> "Nguyễn Văn Tấn").
- A sentence with a named subject and a concrete job under a "Phân công" heading, or inside the conclusion after
  "giao nhiệm vụ cụ thể như sau", is an assignment even without "giao"; the passive "… được giao cho đồng chí X" too.
  "X và Y xây dựng …" / a table cell "Đ/c A, đ/c B" / "Đ/c A và Chi đoàn …" give one assignment each. In a task table
  the "Phối hợp" column is never an assignee; "Chủ trì" / "Đầu mối" / "Phụ trách" / "Người thực hiện" is.
  "Giao đồng chí X cùng tổ sản xuất số 5 …" gives X only. A member's own offer ("Tôi xin nhận …") is no assignment.
- Deadlines drop the words in front: "Trước 15/9/2021" -> "15/9/2021", "trước Tết Nguyên đán Ất Tỵ" -> "Tết Nguyên
  đán Ất Tỵ", "trước Tết" -> "Tết", "trước Tết Dương lịch" -> "Tết Dương lịch", "trước mùa mưa bão" -> "mùa mưa
  bão", "trước năm học mới" -> "năm học mới", "trong tuần này" / "trong tháng này" -> "tuần này" / "tháng này",
  "trong tuần đầu tháng 5" -> "tuần đầu tháng 5", "vào thứ Sáu hằng tuần" -> "thứ Sáu hằng tuần", "tại kỳ họp sau" /
  "báo cáo chi bộ kỳ họp sau" -> "kỳ họp sau", "Thời hạn … là ngày 15/11/2025" -> "15/11/2025", "trước ngày 30 tháng
  9" -> "30 tháng 9". A frequency is the deadline ("kiểm tra hằng tháng" -> "hằng tháng"); table cells keep their
  case ("Hằng ngày", "Thứ Bảy hằng tuần", "Quý I/2021"). In a task told over two sentences the deadline comes from
  the second sentence when only it has one ("… Buổi sinh hoạt chuyên môn phải tổ chức xong trước ngày 25/7").
- A deadline sentence that adds a purpose ("xong trước ngày 25/5 để kịp khởi công đầu tháng 6") keeps only the
  deadline ("25/5").
"""

from samples.parts.writing import C, H, HD, L, P, T, attendance, task, vote

FOLDER = "test"

HEADS = [
    {"id": "y-head-01", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ HUYỆN MƯỜNG KHƯƠNG", "ĐẢNG ỦY XÃ NẬM CHẢY", "CHI BỘ THÔN SẢNG CHẢI", "*"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nậm Chảy, ngày 08 tháng 3 năm 2021"]),
                C("BIÊN BẢN"),
                C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 3 NĂM 2021")],
     "truth": {"kind": "regular", "topic": None, "date": "2021-03-08", "month": 3, "year": 2021,
               "cell": "CHI BỘ THÔN SẢNG CHẢI", "party_committee": "ĐẢNG ỦY XÃ NẬM CHẢY"}},

    {"id": "y-head-02", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ CÔNG TY CỔ PHẦN", "CẢNG BIỂN HẢI LONG", "CHI BỘ PHÂN XƯỞNG CƠ GIỚI", "Số: 07-BB/CB"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hải Phòng, ngày 26 tháng 9 năm 2022"]),
                C("BIÊN BẢN HỌP CHI BỘ"),
                C("Kỳ họp tháng 9/2022", bold=False, italic=True)],
     "truth": {"kind": "regular", "topic": None, "date": "2022-09-26", "month": 9, "year": 2022,
               "cell": "CHI BỘ PHÂN XƯỞNG CƠ GIỚI",
               "party_committee": "ĐẢNG BỘ CÔNG TY CỔ PHẦN CẢNG BIỂN HẢI LONG"}},

    {"id": "y-head-03", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ PHƯỜNG HÒA MINH", "CHI BỘ KHU DÂN CƯ SỐ 7", "*"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hoà Minh, ngày 14 tháng 5 năm 2023"]),
                C("BIÊN BẢN"),
                C("SINH HOẠT CHUYÊN ĐỀ QUÝ II NĂM 2023"),
                C("Chuyên đề: Nâng cao ý thức tự giác giữ gìn vệ sinh môi trường khu dân cư", bold=False,
                  italic=True)],
     "truth": {"kind": "thematic", "topic": "Nâng cao ý thức tự giác giữ gìn vệ sinh môi trường khu dân cư",
               "date": "2023-05-14", "month": 5, "year": 2023,
               "cell": "CHI BỘ KHU DÂN CƯ SỐ 7", "party_committee": "ĐẢNG BỘ PHƯỜNG HÒA MINH"}},

    {"id": "y-head-04", "kind": "head",
     "blocks": [HD(["ĐẢNG ỦY TRƯỜNG ĐẠI HỌC NÔNG LÂM", "CHI BỘ KHOA CHĂN NUÔI -", "THÚ Y"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "…………, ngày …… tháng …… năm 20……"]),
                C("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ"),
                C("THÁNG MƯỜI MỘT NĂM 2020")],
     "truth": {"kind": "regular", "topic": None, "date": None, "month": 11, "year": 2020,
               "cell": "CHI BỘ KHOA CHĂN NUÔI - THÚ Y", "party_committee": "ĐẢNG ỦY TRƯỜNG ĐẠI HỌC NÔNG LÂM"}},

    {"id": "y-head-05", "kind": "head",
     "blocks": [HD(["CHI BỘ TRẠM Y TẾ XÃ ĐÔNG SƠN", "Số: 15/BB-CB"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đông Sơn, ngày 5 tháng 7 năm 2019"]),
                C("HỘI NGHỊ CHI BỘ"),
                C("Tháng 7 năm 2019", bold=False)],
     "truth": {"kind": "regular", "topic": None, "date": "2019-07-05", "month": 7, "year": 2019,
               "cell": "CHI BỘ TRẠM Y TẾ XÃ ĐÔNG SƠN", "party_committee": None}},

    {"id": "y-head-06", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH", "CHI BỘ SỞ TÀI NGUYÊN", "VÀ MÔI TRƯỜNG", "*"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Quảng Ngãi, ngày mùng 5 tháng 6 năm 2024"]),
                C("BIÊN BẢN"),
                C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 6/2024"),
                C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ"),
                C("“Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tinh thần trách nhiệm "
                  "trong thực thi công vụ”", bold=False, italic=True)],
     "truth": {"kind": "regular",
               "topic": "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tinh thần trách nhiệm "
                        "trong thực thi công vụ",
               "date": "2024-06-05", "month": 6, "year": 2024,
               "cell": "CHI BỘ SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "party_committee": "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH"}},

    {"id": "y-head-07", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ QUÂN SỰ HUYỆN TÂN CHÂU", "CHI BỘ BAN CHỈ HUY QUÂN SỰ", "XÃ LONG HƯNG", "*"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Long Hưng, ngày 21 tháng 8 năm 2022"]),
                C("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ QUÝ III/2022"),
                C("CHUYÊN ĐỀ: TĂNG CƯỜNG CÔNG TÁC PHÒNG THỦ DÂN SỰ"),
                C("VÀ ỨNG PHÓ THIÊN TAI, TÌM KIẾM CỨU NẠN")],
     "truth": {"kind": "thematic",
               "topic": "TĂNG CƯỜNG CÔNG TÁC PHÒNG THỦ DÂN SỰ VÀ ỨNG PHÓ THIÊN TAI, TÌM KIẾM CỨU NẠN",
               "date": "2022-08-21", "month": 8, "year": 2022,
               "cell": "CHI BỘ BAN CHỈ HUY QUÂN SỰ XÃ LONG HƯNG",
               "party_committee": "ĐẢNG BỘ QUÂN SỰ HUYỆN TÂN CHÂU"}},

    {"id": "y-head-08", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ XÃ VĨNH THẠNH TRUNG", "CHI BỘ ẤP BÌNH HƯNG 2", "Số: ……/BB-CB"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM"]),
                C("BIÊN BẢN SINH HOẠT CHI BỘ"),
                C("Kỳ họp tháng 01/2026", bold=False)],
     "truth": {"kind": "regular", "topic": None, "date": None, "month": 1, "year": 2026,
               "cell": "CHI BỘ ẤP BÌNH HƯNG 2", "party_committee": "ĐẢNG BỘ XÃ VĨNH THẠNH TRUNG"}},

    {"id": "y-head-09", "kind": "head",
     "blocks": [HD(["ĐẢNG ỦY CÔNG AN TỈNH", "ĐẢNG BỘ PHÒNG CẢNH SÁT GIAO THÔNG", "CHI BỘ ĐỘI TUẦN TRA KIỂM SOÁT",
                    "VÀ XỬ LÝ VI PHẠM SỐ 2", "Số: 03-BB/CB"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Bắc Giang, ngày 27 tháng 04 năm 2023"]),
                C("BIÊN BẢN HỌP CHI BỘ"),
                C("(Sinh hoạt thường kỳ tháng Tư năm 2023)", bold=False, italic=True)],
     "truth": {"kind": "regular", "topic": None, "date": "2023-04-27", "month": 4, "year": 2023,
               "cell": "CHI BỘ ĐỘI TUẦN TRA KIỂM SOÁT VÀ XỬ LÝ VI PHẠM SỐ 2",
               "party_committee": "ĐẢNG BỘ PHÒNG CẢNH SÁT GIAO THÔNG"}},

    {"id": "y-head-10", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ BỆNH VIỆN ĐA KHOA", "KHU VỰC CẦU NGANG", "CHI BỘ KHOA NHI"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Cầu Ngang, ngày 19 tháng 10 năm 2021"]),
                C("BIÊN BẢN"),
                C("SINH HOẠT CHUYÊN ĐỀ THÁNG 10 NĂM 2021"),
                C("“Y đức và tinh thần phục vụ người bệnh trong thời kỳ phòng, chống dịch COVID-19”", bold=False)],
     "truth": {"kind": "thematic",
               "topic": "Y đức và tinh thần phục vụ người bệnh trong thời kỳ phòng, chống dịch COVID-19",
               "date": "2021-10-19", "month": 10, "year": 2021,
               "cell": "CHI BỘ KHOA NHI", "party_committee": "ĐẢNG BỘ BỆNH VIỆN ĐA KHOA KHU VỰC CẦU NGANG"}},

    {"id": "y-head-11", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ XÃ CƯ SUÊ", "CHI BỘ HỢP TÁC XÃ NÔNG NGHIỆP", "DỊCH VỤ CƯ SUÊ", "*", "Số: 02-BB/CB"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Cư Suê, ngày 03 tháng 02 năm 2025"]),
                C("BIÊN BẢN"),
                C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 01 NĂM 2025"),
                C("(Lùi lịch do nghỉ Tết Nguyên đán Ất Tỵ)", bold=False, italic=True)],
     "truth": {"kind": "regular", "topic": None, "date": "2025-02-03", "month": 1, "year": 2025,
               "cell": "CHI BỘ HỢP TÁC XÃ NÔNG NGHIỆP DỊCH VỤ CƯ SUÊ", "party_committee": "ĐẢNG BỘ XÃ CƯ SUÊ"}},

    {"id": "y-head-12", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ THỊ TRẤN PHONG ĐIỀN", "CHI BỘ TỔ DÂN PHỐ 5", "*"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phong Điền, ngày 9 tháng 12 năm 2019"]),
                C("BIÊN BẢN"),
                C("SINH HOẠT CHI BỘ CHUYÊN ĐỀ QUÝ IV NĂM 2019"),
                C("Chuyên đề: “Phát huy vai trò của đảng viên trong xây dựng tổ dân phố văn minh, không có tội "
                  "phạm và tệ nạn xã hội”", bold=False, italic=True)],
     "truth": {"kind": "thematic",
               "topic": "Phát huy vai trò của đảng viên trong xây dựng tổ dân phố văn minh, không có tội phạm và "
                        "tệ nạn xã hội",
               "date": "2019-12-09", "month": 12, "year": 2019,
               "cell": "CHI BỘ TỔ DÂN PHỐ 5", "party_committee": "ĐẢNG BỘ THỊ TRẤN PHONG ĐIỀN"}},
]
OPENINGS = [
    {"id": "y-open-01", "kind": "opening",
     "blocks": [L("- Thời gian: khai mạc lúc 14h00 ngày 11/4/2024, kết thúc lúc 16h45 cùng ngày."),
                L("- Địa điểm: Phòng họp tầng 2, trụ sở Công ty TNHH MTV Thủy lợi Bắc Đuống."),
                L("- Thành phần: Đảng viên trong chi bộ: 23 đ/c; có mặt: 21 đ/c; vắng: 02 đ/c (đ/c Phùng Văn Tới đi "
                  "công tác tại Lạng Sơn, đ/c Kiều Thị Nhàn nghỉ chế độ thai sản)."),
                L("- Chủ trì: đ/c Dương Quang Vinh – Bí thư chi bộ, Phó Giám đốc Công ty."),
                L("- Thư ký: đ/c Tạ Thu Hằng – Chi ủy viên.")],
     "truth": {"date": "2024-04-11", "start_time": "14:00", "end_time": "16:45",
               "location": "Phòng họp tầng 2, trụ sở Công ty TNHH MTV Thủy lợi Bắc Đuống",
               "chair": {"name": "Dương Quang Vinh", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Tạ Thu Hằng"},
               "attendance": attendance(23, 21, 2, 2, 0, 0,
                                        absentees=[("Phùng Văn Tới", "đi công tác tại Lạng Sơn", True),
                                                   ("Kiều Thị Nhàn", "nghỉ chế độ thai sản", True)]),
               "flags": []}},

    {"id": "y-open-02", "kind": "opening",
     "blocks": [P("Hôm nay, vào hồi 19 giờ 30 phút ngày 17 tháng 02 năm 2022, tại nhà sinh hoạt cộng đồng thôn "
                  "Khuổi Mạ, Chi bộ thôn Khuổi Mạ tiến hành sinh hoạt thường kỳ tháng 2 năm 2022."),
                P("Tổng số đảng viên của chi bộ là 18 đồng chí, trong đó có 02 đồng chí được miễn sinh hoạt do tuổi "
                  "cao (đ/c Hoàng Văn Slần, đ/c Nông Thị Pỉn). Số đảng viên phải dự họp: 16 đồng chí; có mặt 14 "
                  "đồng chí; vắng 02 đồng chí, gồm: đồng chí Lường Văn Khải đi làm ăn xa có báo cáo chi bộ, đồng chí "
                  "Ma Văn Thiêm vắng không lý do."),
                P("Về dự có đồng chí Triệu Đức Hạnh, Đảng ủy viên, phụ trách địa bàn thôn."),
                P("Đồng chí Hà Văn Chung, Bí thư chi bộ kiêm Trưởng thôn chủ trì; đồng chí Lục Thị Dung ghi biên "
                  "bản.")],
     "truth": {"date": "2022-02-17", "start_time": "19:30", "end_time": None,
               "location": "nhà sinh hoạt cộng đồng thôn Khuổi Mạ",
               "chair": {"name": "Hà Văn Chung", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Lục Thị Dung"},
               "attendance": attendance(18, 14, 2, 1, 1, 2,
                                        absentees=[("Lường Văn Khải", "đi làm ăn xa có báo cáo chi bộ", True),
                                                   ("Ma Văn Thiêm", "không lý do", False)],
                                        guests=[("Triệu Đức Hạnh", "Đảng ủy viên, phụ trách địa bàn thôn")]),
               "flags": ["low_attendance", "unexcused_absence"]}},

    {"id": "y-open-03", "kind": "opening",
     "blocks": [L("1. Thời gian: 7h30' ngày 23/6/2020."),
                L("2. Địa điểm: Hội trường Tiểu đoàn 3, Trung đoàn 812."),
                L("3. Thành phần dự: Tổng số đảng viên 31 đ/c (chính thức 28, dự bị 03). Có mặt 29 đ/c. Vắng 02 "
                  "đ/c:"),
                L("- Đ/c Thượng úy Vi Văn Đoàn – đi học lớp bồi dưỡng tại Trường Quân sự Quân khu;"),
                L("- Đ/c Trung úy Kha Minh Lợi – nằm viện điều trị."),
                L("4. Chủ tọa: Đ/c Thiếu tá Lã Đăng Khoa – Bí thư chi bộ, Chính trị viên tiểu đoàn."),
                L("5. Người ghi biên bản: Đ/c Đại úy Trịnh Công Bằng – Chi ủy viên.")],
     "truth": {"date": "2020-06-23", "start_time": "07:30", "end_time": None,
               "location": "Hội trường Tiểu đoàn 3, Trung đoàn 812",
               "chair": {"name": "Lã Đăng Khoa", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Trịnh Công Bằng"},
               "attendance": attendance(31, 29, 2, 2, 0, 0,
                                        absentees=[("Vi Văn Đoàn", "đi học lớp bồi dưỡng tại Trường Quân sự Quân khu",
                                                    True),
                                                   ("Kha Minh Lợi", "nằm viện điều trị", True)]),
               "flags": []}},

    {"id": "y-open-04", "kind": "opening",
     "blocks": [L("+ Thời gian: 8 giờ sáng ngày 09/11/2019 (thứ Bảy)."),
                L("+ Địa điểm: Văn phòng Ban quản lý chợ Phú Lâm."),
                L("+ Đảng viên có mặt 17/19 đồng chí, vắng 02 đ/c (01 ốm, 01 đi công tác)."),
                L("+ Chủ trì: Đ/c Quách Thị Lan Anh – Bí thư chi bộ, Trưởng Ban quản lý chợ."),
                L("+ Thư ký: Đ/c Văn Thị Bích Ngọc.")],
     "truth": {"date": "2019-11-09", "start_time": "08:00", "end_time": None,
               "location": "Văn phòng Ban quản lý chợ Phú Lâm",
               "chair": {"name": "Quách Thị Lan Anh", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Văn Thị Bích Ngọc"},
               "attendance": attendance(19, 17, 2, 2, 0, 0),
               "flags": ["low_attendance"]}},

    {"id": "y-open-05", "kind": "opening",
     "blocks": [P("Vào lúc mười bốn giờ ngày hai mươi tháng ba năm hai nghìn không trăm hai mươi lăm, tại phòng họp "
                  "Hội đồng Trường THPT Trần Quý Hai, Chi bộ Tổ Khoa học Tự nhiên họp sinh hoạt thường kỳ tháng 3."),
                P("Số đảng viên của chi bộ: 15 (chính thức 13, dự bị 02). Tham dự đầy đủ 15/15 đồng chí, đạt tỷ lệ "
                  "100%."),
                P("Khách mời: ThS. Phan Thị Diệu Linh – Phó Bí thư Đảng ủy, Hiệu trưởng nhà trường; đồng chí Võ "
                  "Đình Quang – Chủ tịch Công đoàn trường."),
                P("Chủ trì hội nghị: ThS. Lê Nguyễn Bảo Trâm, Bí thư chi bộ. Thư ký: đ/c Huỳnh Tấn Lộc.")],
     "truth": {"date": "2025-03-20", "start_time": "14:00", "end_time": None,
               "location": "phòng họp Hội đồng Trường THPT Trần Quý Hai",
               "chair": {"name": "Lê Nguyễn Bảo Trâm", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Huỳnh Tấn Lộc"},
               "attendance": attendance(15, 15, 0, 0, 0, 0,
                                        guests=[("Phan Thị Diệu Linh", "Phó Bí thư Đảng ủy, Hiệu trưởng nhà trường"),
                                                ("Võ Đình Quang", "Chủ tịch Công đoàn trường")]),
               "flags": []}},

    {"id": "y-open-06", "kind": "opening",
     "blocks": [L("a) Thời gian: từ 15 giờ đến 17 giờ 30, ngày 28/8/2023."),
                L("b) Địa điểm: Hội trường Nhà máy May Hải Hậu 2."),
                L("c) Thành phần: Tổng số đảng viên 34 đồng chí; miễn sinh hoạt 01 đồng chí (đ/c Bùi Thị Hảo, đang "
                  "điều trị bệnh dài ngày); phải dự 33; có mặt 29; vắng 04, cụ thể:"),
                T([(0.08, "TT", "c"), (0.42, "Họ và tên", "l"), (0.5, "Lý do vắng", "l")],
                  [["1", "Trương Văn Cẩn", "Đi công tác Bình Dương"],
                   ["2", "Lý Thị Hồng Nhung", "Con ốm"],
                   ["3", "Đỗ Mạnh Hùng", "Không báo cáo"],
                   ["4", "Lưu Thị Sen", "Nghỉ ca đêm"]]),
                L("d) Chủ trì: đ/c Ngô Xuân Trường, Bí thư chi bộ. Thư ký: đ/c Hứa Minh Nguyệt.")],
     "truth": {"date": "2023-08-28", "start_time": "15:00", "end_time": "17:30",
               "location": "Hội trường Nhà máy May Hải Hậu 2",
               "chair": {"name": "Ngô Xuân Trường", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Hứa Minh Nguyệt"},
               "attendance": attendance(34, 29, 4, 3, 1, 1,
                                        absentees=[("Trương Văn Cẩn", "Đi công tác Bình Dương", True),
                                                   ("Lý Thị Hồng Nhung", "Con ốm", True),
                                                   ("Đỗ Mạnh Hùng", "Không báo cáo", False),
                                                   ("Lưu Thị Sen", "Nghỉ ca đêm", True)]),
               "flags": ["low_attendance", "unexcused_absence"]}},

    {"id": "y-open-07", "kind": "opening",
     "blocks": [L("Thời gian: 19h ngày 05/01/2026. Địa điểm: Nhà văn hóa tổ dân phố Tân Thịnh."),
                L("Thành phần: Tổng số ĐV 26; có mặt 24; vắng 02: đ/c Đinh Văn Tuấn (Bí thư chi bộ) đi họp tại Đảng "
                  "ủy phường, đ/c Cao Thị Mơ đi viện chăm mẹ ốm."),
                L("Chủ trì: đ/c Lạc Văn Hòa – Phó Bí thư chi bộ.    Thư ký: đ/c Kim Thị Loan.")],
     "truth": {"date": "2026-01-05", "start_time": "19:00", "end_time": None,
               "location": "Nhà văn hóa tổ dân phố Tân Thịnh",
               "chair": {"name": "Lạc Văn Hòa", "role": "Phó Bí thư chi bộ"},
               "secretary": {"name": "Kim Thị Loan"},
               "attendance": attendance(26, 24, 2, 2, 0, 0,
                                        absentees=[("Đinh Văn Tuấn", "đi họp tại Đảng ủy phường", True),
                                                   ("Cao Thị Mơ", "đi viện chăm mẹ ốm", True)]),
               "flags": []}},

    {"id": "y-open-08", "kind": "opening",
     "blocks": [P("Đúng 19 giờ tối ngày 14/4/2021, Chi bộ ấp Tân Quới Đông họp tại nhà đồng chí Trần Văn Út, tổ nhân "
                  "dân tự quản số 4."),
                L("Tổng số đảng viên: mười lăm đồng chí, trong đó miễn sinh hoạt hai đồng chí."),
                L("Dự họp: 12 đ/c (chính thức mười một, dự bị một)."),
                L("Vắng một đồng chí là đồng chí Lê Văn Bảy, đi thăm con ở Thành phố Hồ Chí Minh."),
                L("Chủ trì: đ/c Trần Văn Út, Bí thư chi bộ; thư ký: đ/c Nguyễn Thị Kim Cương.")],
     "truth": {"date": "2021-04-14", "start_time": "19:00", "end_time": None,
               "location": "nhà đồng chí Trần Văn Út, tổ nhân dân tự quản số 4",
               "chair": {"name": "Trần Văn Út", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Nguyễn Thị Kim Cương"},
               "attendance": attendance(15, 12, 1, 1, 0, 2,
                                        absentees=[("Lê Văn Bảy", "đi thăm con ở Thành phố Hồ Chí Minh", True)]),
               "flags": []}},

    {"id": "y-open-09", "kind": "opening",
     "blocks": [L("Thời gian: 13 giờ 30 phút, ngày 16 tháng 10 năm 2020."),
                L("Địa điểm: Phòng giao ban Khoa Hồi sức tích cực – Chống độc, Bệnh viện Đa khoa tỉnh."),
                L("Đảng viên chi bộ: 21 đồng chí. Có mặt: 18 đồng chí. Vắng: 03 đồng chí, gồm:"),
                L("– BS. Khúc Thị Mai Phương: trực cấp cứu;"),
                L("– ĐD. Tăng Văn Hiếu: nghỉ phép năm;"),
                L("– KTV. Viên Thị Thu."),
                L("Điều hành buổi sinh hoạt: BSCKII. Âu Dương Thịnh, Bí thư chi bộ, Trưởng khoa."),
                L("Chi bộ thống nhất cử đồng chí Mẫn Thị Hạnh làm thư ký ghi biên bản."),
                L("Nội dung sinh hoạt gồm: (1) thông tin thời sự; (2) đánh giá kết quả công tác tháng 10, đề ra "
                  "nhiệm vụ tháng 11; (3) thảo luận, biểu quyết.")],
     "truth": {"date": "2020-10-16", "start_time": "13:30", "end_time": None,
               "location": "Phòng giao ban Khoa Hồi sức tích cực – Chống độc, Bệnh viện Đa khoa tỉnh",
               "chair": {"name": "Âu Dương Thịnh", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Mẫn Thị Hạnh"},
               "attendance": attendance(21, 18, 3, 2, 1, 0,
                                        absentees=[("Khúc Thị Mai Phương", "trực cấp cứu", True),
                                                   ("Tăng Văn Hiếu", "nghỉ phép năm", True),
                                                   ("Viên Thị Thu", None, False)]),
               "flags": ["low_attendance", "unexcused_absence"]}},

    {"id": "y-open-10", "kind": "opening",
     "blocks": [P("Thực hiện kế hoạch sinh hoạt tháng 9/2024, hồi 16h00 ngày 25/9/2024, tại phòng họp Đội Cảnh sát "
                  "phòng cháy, chữa cháy và cứu nạn, cứu hộ khu vực 2, Chi bộ Đội đã tiến hành sinh hoạt thường kỳ "
                  "dưới sự chủ trì của đồng chí Trung tá Giáp Văn Nghĩa – Bí thư chi bộ, Đội trưởng; Thiếu tá Tô "
                  "Quang Nam – Chi ủy viên làm thư ký."),
                P("Số đảng viên: 11/11 đồng chí có mặt, không có đồng chí nào vắng.")],
     "truth": {"date": "2024-09-25", "start_time": "16:00", "end_time": None,
               "location": "phòng họp Đội Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ khu vực 2",
               "chair": {"name": "Giáp Văn Nghĩa", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Tô Quang Nam"},
               "attendance": attendance(11, 11, 0, 0, 0, 0),
               "flags": []}},

    {"id": "y-open-11", "kind": "opening",
     "blocks": [L("Thời gian: 14h, thứ Năm ngày 02/12/2021"),
                L("Địa điểm: Nhà văn hoá xóm Đồng Bưởi"),
                L("Tổng số đảng viên: 27 đ/c, miễn sinh hoạt 03 đ/c (Cù Văn Lễ, Nghiêm Thị Thoa, Ninh Văn Đạt – tuổi "
                  "cao, sức yếu)."),
                L("Có mặt: 21 đ/c, đạt tỷ lệ 87,5% số đảng viên phải sinh hoạt."),
                L("Vắng: 03 đ/c – đ/c Vũ Đình Lực (lao động ở nước ngoài), đ/c Lại Thị Huế (ốm), đ/c Đàm Văn Sinh "
                  "(tự ý vắng)."),
                L("Chủ tọa: đ/c Phí Văn Thư – Bí thư chi bộ          Thư ký: đ/c Ninh Thị Yến"),
                L("Đại biểu: đ/c Hồ Sỹ Toàn, Phó Chủ tịch UBND xã, đảng ủy viên phụ trách xóm.")],
     "truth": {"date": "2021-12-02", "start_time": "14:00", "end_time": None,
               "location": "Nhà văn hoá xóm Đồng Bưởi",
               "chair": {"name": "Phí Văn Thư", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Ninh Thị Yến"},
               "attendance": attendance(27, 21, 3, 2, 1, 3,
                                        absentees=[("Vũ Đình Lực", "lao động ở nước ngoài", True),
                                                   ("Lại Thị Huế", "ốm", True),
                                                   ("Đàm Văn Sinh", "tự ý vắng", False)],
                                        guests=[("Hồ Sỹ Toàn", "Phó Chủ tịch UBND xã, đảng ủy viên phụ trách xóm")]),
               "flags": ["low_attendance", "unexcused_absence"]}},

    {"id": "y-open-12", "kind": "opening",
     "blocks": [P("Hôm nay, ngày 10 tháng 5 năm 2022, vào lúc 8 giờ 00, Chi bộ Ban Tổ chức Huyện ủy tổ chức sinh hoạt "
                  "chi bộ định kỳ tại phòng họp số 1, Huyện ủy Ea Mlai."),
                P("Chi bộ có 29 đảng viên (27 chính thức, 02 dự bị); tham dự đầy đủ 29/29 đồng chí."),
                P("Dự và chỉ đạo có đồng chí Y Thuận Niê, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện "
                  "ủy."),
                P("Đồng chí H'Linh Byă – Bí thư chi bộ chủ trì; đồng chí Nguyễn Đăng Khoa ghi biên bản.")],
     "truth": {"date": "2022-05-10", "start_time": "08:00", "end_time": None,
               "location": "phòng họp số 1, Huyện ủy Ea Mlai",
               "chair": {"name": "H'Linh Byă", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Nguyễn Đăng Khoa"},
               "attendance": attendance(29, 29, 0, 0, 0, 0,
                                        guests=[("Y Thuận Niê", "Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận "
                                                                 "Huyện ủy")]),
               "flags": []}},

    {"id": "y-open-13", "kind": "opening",
     "blocks": [L("1/ Thời gian: khai mạc 7 giờ 45 phút ngày 30/3/2026."),
                L("2/ Địa điểm: Phòng họp Trường Tiểu học Nguyễn Bá Ngọc."),
                L("3/ Dự họp 20/22 đảng viên; vắng đ/c Hà Thị Xuân và đ/c Lê Bá Khánh."),
                L("4/ Chủ trì: đ/c Trần Thị Thanh Thủy, Bí thư chi bộ, Hiệu trưởng."),
                L("5/ Thư ký: đ/c Lê Thị Hoà.")],
     "truth": {"date": "2026-03-30", "start_time": "07:45", "end_time": None,
               "location": "Phòng họp Trường Tiểu học Nguyễn Bá Ngọc",
               "chair": {"name": "Trần Thị Thanh Thủy", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Lê Thị Hoà"},
               "attendance": attendance(22, 20, 2, 0, 2, 0,
                                        absentees=[("Hà Thị Xuân", None, False), ("Lê Bá Khánh", None, False)]),
               "flags": ["unexcused_absence"]}},

    {"id": "y-open-14", "kind": "opening",
     "blocks": [L("- Thời gian: 9h15 ngày 19/01/2023 (tức ngày 28 tháng Chạp)."),
                L("- Địa điểm: Văn phòng Ban Quản lý rừng phòng hộ Sông Mực."),
                L("- Tình hình đảng viên dự sinh hoạt:"),
                T([(0.25, "Tổng số", "c"), (0.25, "Có mặt", "c"), (0.25, "Vắng có lý do", "c"),
                   (0.25, "Vắng không lý do", "c")],
                  [["14", "13", "01", "0"]]),
                L("- Đ/c vắng: Lầu Mí Chứ, đi tuần tra bảo vệ rừng tại tiểu khu 412."),
                L("- Chủ trì: đ/c Sùng A Páo, Bí thư chi bộ, Giám đốc Ban. Thư ký: đ/c Lò Thị Ánh.")],
     "truth": {"date": "2023-01-19", "start_time": "09:15", "end_time": None,
               "location": "Văn phòng Ban Quản lý rừng phòng hộ Sông Mực",
               "chair": {"name": "Sùng A Páo", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Lò Thị Ánh"},
               "attendance": attendance(14, 13, 1, 1, 0, 0,
                                        absentees=[("Lầu Mí Chứ", "đi tuần tra bảo vệ rừng tại tiểu khu 412", True)]),
               "flags": []}},

    {"id": "y-open-15", "kind": "opening",
     "blocks": [P("Thời gian: 14 giờ 30, ngày 22/7/2019. Địa điểm: Trụ sở Hợp tác xã Dịch vụ nông nghiệp Hòa Bình "
                  "Thạnh."),
                P("Thành phần: chi bộ có 13 đảng viên, có mặt 11, vắng 02 (đ/c Trịnh Văn Phước – đi ruộng xa, có xin "
                  "phép; đ/c Đỗ Thành Nhân – không xin phép)."),
                P("Đ/c Huỳnh Văn Sang, Bí thư chi bộ, Giám đốc HTX chủ trì; đ/c Lê Thị Mỹ Tiên làm thư ký.")],
     "truth": {"date": "2019-07-22", "start_time": "14:30", "end_time": None,
               "location": "Trụ sở Hợp tác xã Dịch vụ nông nghiệp Hòa Bình Thạnh",
               "chair": {"name": "Huỳnh Văn Sang", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Lê Thị Mỹ Tiên"},
               "attendance": attendance(13, 11, 2, 1, 1, 0,
                                        absentees=[("Trịnh Văn Phước", "đi ruộng xa, có xin phép", True),
                                                   ("Đỗ Thành Nhân", "không xin phép", False)]),
               "flags": ["low_attendance", "unexcused_absence"]}},

    {"id": "y-open-16", "kind": "opening",
     "blocks": [L("a. Thời gian: bắt đầu 19g30 tối 12/8/2025."),
                L("b. Địa điểm: Trụ sở Ban điều hành khu phố 6, phường Tân Thới."),
                L("c. Thành phần: tổng số đảng viên 40 đ/c, trong đó miễn sinh hoạt 05 đ/c; có mặt 31 đ/c; vắng 04 "
                  "đ/c (có lý do 03, không lý do 01)."),
                L("d. Đồng chí Bí thư chi bộ Trương Công Lập đi chữa bệnh; đồng chí Lương Thị Kiều – Phó Bí thư chi bộ "
                  "điều hành buổi sinh hoạt, đồng chí Mai Hoàng Phúc ghi biên bản."),
                L("e. Khách mời: đ/c Kiều Minh Sáng – Đảng ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam phường; đ/c Võ Thị "
                  "Ngọc Hân – cán bộ Ban Xây dựng Đảng.")],
     "truth": {"date": "2025-08-12", "start_time": "19:30", "end_time": None,
               "location": "Trụ sở Ban điều hành khu phố 6, phường Tân Thới",
               "chair": {"name": "Lương Thị Kiều", "role": "Phó Bí thư chi bộ"},
               "secretary": {"name": "Mai Hoàng Phúc"},
               "attendance": attendance(40, 31, 4, 3, 1, 5,
                                        absentees=[("Trương Công Lập", "đi chữa bệnh", True)],
                                        guests=[("Kiều Minh Sáng", "Đảng ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam phường"),
                                                ("Võ Thị Ngọc Hân", "cán bộ Ban Xây dựng Đảng")]),
               "flags": ["low_attendance", "unexcused_absence"]}},

    {"id": "y-open-17", "kind": "opening",
     "blocks": [P("Từ 7 giờ sáng đến 9 giờ 30 phút ngày 27/02/2024, tại Hội trường tầng 3 Trung tâm Kiểm soát bệnh tật "
                  "tỉnh, Chi bộ Khoa Dinh dưỡng – Sức khỏe cộng đồng tổ chức sinh hoạt chi bộ thường kỳ tháng "
                  "02/2024."),
                P("Có mặt 18 trên tổng số 19 đảng viên, đạt 94,7%; vắng 01 đồng chí (ThS. Lê Hữu Định đi công tác Hà "
                  "Nội)."),
                P("Chủ trì: TS.BS. Nông Quốc Trịnh – Bí thư chi bộ, Trưởng khoa. Thư ký: CN. Vương Thị Lệ.")],
     "truth": {"date": "2024-02-27", "start_time": "07:00", "end_time": "09:30",
               "location": "Hội trường tầng 3 Trung tâm Kiểm soát bệnh tật tỉnh",
               "chair": {"name": "Nông Quốc Trịnh", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Vương Thị Lệ"},
               "attendance": attendance(19, 18, 1, 1, 0, 0,
                                        absentees=[("Lê Hữu Định", "đi công tác Hà Nội", True)]),
               "flags": []}},

    {"id": "y-open-18", "kind": "opening",
     "blocks": [L("Vào hồi: 15h00 ngày 06 tháng 6 năm 2020"),
                L("Tại: Văn phòng điều hành Công ty CP Vận tải hành khách Hà Tiên"),
                L("Đảng viên tổng số: 09 – có mặt: 09 – vắng: 0"),
                L("Chủ trì: đồng chí Phạm Quang Hiển, Giám đốc công ty"),
                L("Người ghi biên bản: đồng chí Tiêu Thị Ngà"),
                L("Nội dung: sơ kết 6 tháng đầu năm; bàn biện pháp bảo đảm an toàn giao thông dịp hè.")],
     "truth": {"date": "2020-06-06", "start_time": "15:00", "end_time": None,
               "location": "Văn phòng điều hành Công ty CP Vận tải hành khách Hà Tiên",
               "chair": {"name": "Phạm Quang Hiển", "role": None},
               "secretary": {"name": "Tiêu Thị Ngà"},
               "attendance": attendance(9, 9, 0, 0, 0, 0),
               "flags": []}},

    {"id": "y-open-19", "kind": "opening",
     "blocks": [L("- Thời gian: 08h30, ngày 15/3/2019."),
                L("- Địa điểm: Phòng họp số 2, Cục Thuế tỉnh."),
                L("- Tổng số đảng viên của chi bộ: 36 đồng chí; có mặt 33 đồng chí (đạt 91,7%); vắng 03 đồng chí:"),
                T([(0.07, "TT", "c"), (0.33, "Họ và tên", "l"), (0.3, "Chức vụ", "l"), (0.3, "Lý do", "l")],
                  [["1", "Đoàn Thị Ngọc Mai", "Phó Trưởng phòng", "Đi học cao cấp lý luận chính trị"],
                   ["2", "Khương Văn Toản", "Chuyên viên", "Nghỉ ốm"],
                   ["3", "Nguyễn Hữu Bình", "Chuyên viên", "Đi công tác cơ sở"]]),
                L("- Chủ trì: đồng chí Lê Quốc Việt, Bí thư chi bộ, Trưởng phòng Kiểm tra thuế số 1."),
                L("- Thư ký: đồng chí Đinh Thị Thanh Tâm.")],
     "truth": {"date": "2019-03-15", "start_time": "08:30", "end_time": None,
               "location": "Phòng họp số 2, Cục Thuế tỉnh",
               "chair": {"name": "Lê Quốc Việt", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Đinh Thị Thanh Tâm"},
               "attendance": attendance(36, 33, 3, 3, 0, 0,
                                        absentees=[("Đoàn Thị Ngọc Mai", "Đi học cao cấp lý luận chính trị", True),
                                                   ("Khương Văn Toản", "Nghỉ ốm", True),
                                                   ("Nguyễn Hữu Bình", "Đi công tác cơ sở", True)]),
               "flags": []}},

    {"id": "y-open-20", "kind": "opening",
     "blocks": [P("Hôm nay, hồi 18h30' ngày 03/10/2023, tại Nhà văn hóa bản Nà Khoang, Chi bộ bản Nà Khoang họp thường "
                  "kỳ tháng 10."),
                P("Chi bộ hiện có 20 đảng viên (chính thức 18, dự bị 02); đồng chí Lò Văn Chăn được miễn sinh hoạt do "
                  "bị bệnh nặng. Dự họp 19/19 đảng viên thuộc diện phải sinh hoạt."),
                P("Đồng chí Bí thư chi bộ Quàng Văn Thiêng chủ trì hội nghị, đồng chí Cầm Thị Nhung được cử làm thư "
                  "ký. Dự họp còn có đồng chí Lường Thị Hương – cán bộ Hội Liên hiệp Phụ nữ xã.")],
     "truth": {"date": "2023-10-03", "start_time": "18:30", "end_time": None,
               "location": "Nhà văn hóa bản Nà Khoang",
               "chair": {"name": "Quàng Văn Thiêng", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Cầm Thị Nhung"},
               "attendance": attendance(20, 19, 0, 0, 0, 1,
                                        guests=[("Lường Thị Hương", "cán bộ Hội Liên hiệp Phụ nữ xã")]),
               "flags": []}},
]
BODIES = [
    # 01: numbered tasks, counts + percent, read back
    {"id": "y-body-01", "kind": "body",
     "blocks": [H("IV. Ý KIẾN THẢO LUẬN"),
                P("Đồng chí Lê Văn Nghị phát biểu: thống nhất với dự thảo báo cáo; đề nghị bổ sung nội dung về tiến độ "
                  "làm đường bê tông liên xóm, hiện vẫn còn 3 hộ chưa ký biên bản hiến đất."),
                P("Đồng chí Tống Thị Hường phát biểu: quỹ khuyến học năm nay mới vận động được 62% kế hoạch, đề nghị "
                  "chi bộ giao cụ thể cho từng đoàn thể."),
                H("V. KẾT LUẬN CỦA CHỦ TRÌ"),
                P("Đồng chí Bí thư tiếp thu ý kiến và kết luận: chi bộ cơ bản hoàn thành các chỉ tiêu tháng 4; tháng 5 "
                  "tập trung làm xong tuyến đường liên xóm, đẩy mạnh vận động quỹ khuyến học, chuẩn bị nhân lực, "
                  "máy gặt cho vụ lúa chiêm xuân."),
                P("Chi bộ biểu quyết thông qua kết luận: 16/16 đồng chí có mặt nhất trí (100%)."),
                H("VI. PHÂN CÔNG"),
                L("1. Đồng chí Lê Văn Nghị (Trưởng xóm) vận động 3 hộ còn lại ký biên bản hiến đất, xong trước ngày "
                  "20/5/2023."),
                L("2. Đồng chí Tống Thị Hường cùng Chi hội Khuyến học hoàn thành việc thu quỹ khuyến học trước ngày "
                  "31/5/2023."),
                L("3. Chi đoàn thanh niên ra quân khơi thông, dọn vệ sinh tuyến kênh N2, thực hiện hằng tuần."),
                P("Buổi sinh hoạt kết thúc lúc 21 giờ 10 phút cùng ngày. Thư ký đọc lại biên bản, các đồng chí dự "
                  "họp nhất trí thông qua.")],
     "truth": {"end_time": "21:10", "conclusion": True,
               "resolutions": [vote(16, None, None, 100, "thông qua kết luận")],
               "assignments": [task("Lê Văn Nghị", "vận động 3 hộ ký biên bản hiến đất", "20/5/2023"),
                               task("Tống Thị Hường", "thu quỹ khuyến học", "31/5/2023"),
                               task("Chi đoàn thanh niên", "dọn vệ sinh kênh N2", "hằng tuần")],
               "flags": []},
     "context": {"chair": "Phan Trọng Hiếu", "chair_role": "Bí thư chi bộ", "secretary": "Đào Thị Quyên",
                 "total": 17, "present": 16}},

    # 02: "- Đ/c X:" opinions, table (deadline first), for/against/abstain
    {"id": "y-body-02", "kind": "body",
     "blocks": [H("4. Thảo luận"),
                L("- Đ/c Nguyễn Thị Thơm: đề nghị làm rõ nguyên nhân tỷ lệ tham gia BHYT hộ gia đình của thôn còn "
                  "thấp."),
                L("- Đ/c Hoàng Văn Kiên: nên phối hợp với Hội Nông dân mở lớp tập huấn kỹ thuật nuôi ong lấy mật."),
                L("- Đ/c Bế Thị Lan: báo cáo đã rà soát xong hộ nghèo, hộ cận nghèo theo chuẩn mới."),
                P("Đồng chí chủ trì kết luận: chi bộ ghi nhận các ý kiến, đánh giá tháng 8 hoàn thành tốt nhiệm vụ; "
                  "tháng 9 ưu tiên vận động BHYT, phòng chống mưa lũ, chuẩn bị khai giảng năm học mới."),
                P("Biểu quyết: tán thành 12, không tán thành 0, ý kiến khác 01."),
                H("5. Phân công thực hiện"),
                T([(0.22, "Thời hạn", "c"), (0.5, "Công việc", "l"), (0.28, "Người thực hiện", "l")],
                  [["Trước 15/9/2021", "Vận động các hộ còn lại tham gia BHYT hộ gia đình", "Đ/c Nguyễn Thị Thơm"],
                   ["Tháng 9/2021", "Liên hệ Hội Nông dân xã mở lớp nuôi ong", "Đ/c Hoàng Văn Kiên"],
                   ["Thường xuyên", "Kiểm tra, gia cố nhà văn hóa và kho lương thực", "Tổ xung kích PCTT"]]),
                P("Họp xong 20h. Biên bản được đọc lại, chi bộ nhất trí thông qua.")],
     "truth": {"end_time": "20:00", "conclusion": True,
               "resolutions": [vote(12, 0, 1, None, "kết luận")],
               "assignments": [task("Nguyễn Thị Thơm", "vận động BHYT hộ gia đình", "15/9/2021"),
                               task("Hoàng Văn Kiên", "mở lớp nuôi ong", "Tháng 9/2021"),
                               task("Tổ xung kích PCTT", "gia cố nhà văn hóa, kho", "Thường xuyên")],
               "flags": []},
     "context": {"chair": "Nông Văn Pháo", "chair_role": "Bí thư chi bộ", "secretary": "Lý Thị Mến",
                 "total": 14, "present": 13}},

    # 03: no conclusion (only "thống nhất với báo cáo"), vote on resolution, "+ Đồng chí" tasks
    {"id": "y-body-03", "kind": "body",
     "blocks": [H("IV. THẢO LUẬN"),
                P("Đồng chí Tạ Minh Châu cho rằng việc thu gom rác tại ngõ 58 vẫn chưa đúng giờ, nhiều hộ để rác ra "
                  "vỉa hè từ chiều; đồng chí đề nghị tổ dân phố nhắc nhở trên loa truyền thanh."),
                P("Đồng chí Phùng Thị Hiền nêu ý kiến: cần rà soát lại danh sách người cao tuổi để chuẩn bị mừng thọ "
                  "dịp đầu xuân."),
                P("Chi bộ thảo luận, thống nhất với báo cáo và dự thảo nghị quyết tháng 11."),
                P("Biểu quyết thông qua nghị quyết: 23/23 đồng chí dự họp nhất trí, đạt 100%."),
                H("V. PHÂN CÔNG NHIỆM VỤ"),
                L("+ Đồng chí Tạ Minh Châu: phối hợp Công ty Môi trường đô thị điều chỉnh giờ thu gom rác ngõ 58, "
                  "báo cáo kết quả tại kỳ họp sau."),
                L("+ Đồng chí Phùng Thị Hiền: lập danh sách người cao tuổi tròn 70, 75, 80, 85, 90 tuổi, gửi Hội Người "
                  "cao tuổi phường trước ngày 10/12."),
                L("+ Tổ trưởng tổ dân phố: thông báo trên loa truyền thanh về giờ đổ rác, thực hiện thường xuyên."),
                P("Cuộc họp kết thúc hồi 10h45 cùng ngày. Biên bản được đọc lại, các đồng chí dự họp nhất trí thông "
                  "qua.")],
     "truth": {"end_time": "10:45", "conclusion": False,
               "resolutions": [vote(23, None, None, 100, "nghị quyết tháng 11")],
               "assignments": [task("Tạ Minh Châu", "điều chỉnh giờ thu gom rác", "kỳ họp sau"),
                               task("Phùng Thị Hiền", "danh sách người cao tuổi", "10/12"),
                               task("Tổ trưởng tổ dân phố", "thông báo giờ đổ rác", "thường xuyên")],
               "flags": ["missing_conclusion"]},
     "context": {"chair": "Đặng Hữu Tiến", "chair_role": "Bí thư chi bộ", "secretary": "Vũ Thị Ngát",
                 "total": 25, "present": 23}},

    # 04: Q&A, conclusion as numbered list, vote by show of hands, only general calls
    {"id": "y-body-04", "kind": "body",
     "blocks": [H("PHẦN THẢO LUẬN"),
                P("Đ/c Cù Thị Vân hỏi: kế hoạch thay dây chuyền sấy số 2 có bị lùi sang năm sau không?"),
                P("Đ/c Mai Văn Hòa, Quản đốc phân xưởng trả lời: Công ty đã phê duyệt, dự kiến lắp đặt trong quý "
                  "I/2021, không lùi."),
                P("Đ/c Vương Đình Sáu đề nghị tăng cường kiểm tra an toàn điện ở khu vực lò hơi trong mùa mưa."),
                H("KẾT LUẬN"),
                P("Đồng chí Bí thư chi bộ kết luận mấy điểm sau:"),
                L("1. Tháng 10/2020 phân xưởng đạt 104% kế hoạch sản lượng, không để xảy ra tai nạn lao động."),
                L("2. Tháng 11 tập trung bảo dưỡng thiết bị, bảo đảm an toàn điện, phòng chống cháy nổ."),
                L("3. Đề nghị mỗi đảng viên gương mẫu chấp hành nội quy lao động, vận động công nhân trong tổ mình "
                  "hưởng ứng phong trào thi đua cuối năm."),
                P("Chi bộ biểu quyết nhất trí với kết luận: 19/19 đồng chí giơ tay tán thành."),
                P("Buổi sinh hoạt kết thúc lúc 16 giờ 40 phút. Biên bản đã đọc lại cho chi bộ nghe và được thông "
                  "qua.")],
     "truth": {"end_time": "16:40", "conclusion": True,
               "resolutions": [vote(19, None, None, None, "kết luận")],
               "assignments": [],
               "flags": ["missing_assignments"]},
     "context": {"chair": "Trịnh Quốc Bảo", "chair_role": "Bí thư chi bộ", "secretary": "Hồ Thị Lụa",
                 "total": 20, "present": 19}},

    # 05: table of opinions, "Chi bộ thống nhất", two votes, passive task, no read-back
    {"id": "y-body-05", "kind": "body",
     "blocks": [H("IV. THẢO LUẬN"),
                T([(0.3, "Người phát biểu", "l"), (0.7, "Ý kiến", "l")],
                  [["Đ/c Lê Văn Hai", "Mùa nước nổi năm nay lên sớm, đề nghị ấp kiểm tra bờ bao cánh đồng Bảy Mẫu."],
                   ["Đ/c Nguyễn Thị Tuyết", "Đề nghị hỗ trợ 2 hộ cận nghèo sửa nhà trước mùa mưa."],
                   ["Đ/c Trần Văn Tám", "Thống nhất với báo cáo; đề nghị biểu dương tổ tự quản số 3."]]),
                H("V. KẾT LUẬN"),
                P("Chi bộ thống nhất: tháng 9 chi bộ hoàn thành tốt nhiệm vụ; tháng 10 tập trung gia cố bờ bao, bảo vệ "
                  "lúa thu đông, chăm lo hộ khó khăn và giữ vững an ninh trật tự trên địa bàn ấp."),
                P("Biểu quyết kết luận: 100% đảng viên có mặt tán thành."),
                P("Chi bộ xem xét đề nghị công nhận đảng viên chính thức đối với đồng chí Dương Thị Bé Năm. Kết quả "
                  "biểu quyết: 14/14 đảng viên chính thức có mặt tán thành (đạt 100%)."),
                H("VI. PHÂN CÔNG"),
                P("Việc kiểm tra, gia cố bờ bao cánh đồng Bảy Mẫu được giao cho đồng chí Lê Văn Hai, hoàn thành trước "
                  "ngày 10/10/2022. Đồng chí Nguyễn Thị Tuyết phụ trách liên hệ Ban công tác Mặt trận ấp vận động hỗ "
                  "trợ 2 hộ cận nghèo sửa nhà, xong trong tháng 10."),
                P("Buổi họp kết thúc lúc 21 giờ 15 phút cùng ngày.")],
     "truth": {"end_time": "21:15", "conclusion": True,
               "resolutions": [vote(None, None, None, 100, "kết luận"),
                               vote(14, None, None, 100, "công nhận đảng viên chính thức Dương Thị Bé Năm")],
               "assignments": [task("Lê Văn Hai", "gia cố bờ bao", "10/10/2022"),
                               task("Nguyễn Thị Tuyết", "vận động hỗ trợ sửa nhà", "tháng 10")],
               "flags": ["not_approved"]},
     "context": {"chair": "Trần Văn Mười", "chair_role": "Bí thư chi bộ", "secretary": "Phạm Thị Diễm",
                 "total": 16, "present": 15}},

    # 06: no named opinion, "Thay mặt chi ủy", vote in words, Giao + groups, Tết deadline
    {"id": "y-body-06", "kind": "body",
     "blocks": [H("IV. THẢO LUẬN"),
                P("Các ý kiến tham gia đều nhất trí với báo cáo của chi ủy, đề nghị bổ sung một số số liệu về thu nhập "
                  "bình quân đầu người và tiến độ xây dựng nông thôn mới nâng cao."),
                H("V. KẾT LUẬN"),
                P("Thay mặt chi ủy, đồng chí Đoàn Văn Thịnh, Bí thư chi bộ tiếp thu các ý kiến và kết luận: thôn phải "
                  "hoàn thành tiêu chí môi trường và tiêu chí thu nhập trước khi xã đón đoàn thẩm định nông thôn mới "
                  "nâng cao; chi bộ chỉ đạo quyết liệt, không để chậm tiến độ."),
                P("Chi bộ biểu quyết: mười bảy trên mười bảy đồng chí tán thành."),
                H("VI. GIAO NHIỆM VỤ"),
                P("Giao đồng chí Lưu Đình Khang, Trưởng thôn, chỉ đạo hoàn thiện hồ sơ tiêu chí môi trường trước Tết "
                  "Nguyên đán Ất Tỵ."),
                P("Giao Chi hội Phụ nữ vận động hội viên duy trì mô hình phân loại rác tại nguồn, kiểm tra hằng "
                  "tháng."),
                P("Giao Chi đoàn thanh niên trồng 300 cây xanh dọc trục đường chính của thôn, hoàn thành trong quý "
                  "I/2025."),
                P("Buổi sinh hoạt kết thúc lúc 21 giờ. Biên bản đã được đọc lại và thông qua.")],
     "truth": {"end_time": "21:00", "conclusion": True,
               "resolutions": [vote(17, None, None, None, "kết luận")],
               "assignments": [task("Lưu Đình Khang", "hồ sơ tiêu chí môi trường", "Tết Nguyên đán Ất Tỵ"),
                               task("Chi hội Phụ nữ", "phân loại rác tại nguồn", "hằng tháng"),
                               task("Chi đoàn thanh niên", "trồng 300 cây xanh", "quý I/2025")],
               "flags": ["no_discussion"]},
     "context": {"chair": "Đoàn Văn Thịnh", "chair_role": "Bí thư chi bộ", "secretary": "Mẫn Thị Huê",
                 "total": 19, "present": 17}},

    # 07: no vote at all, only the minutes approved; task over two sentences; "chịu trách nhiệm"
    {"id": "y-body-07", "kind": "body",
     "blocks": [H("4. THẢO LUẬN"),
                P("Đ/c Hứa Thị Kim Loan (điều dưỡng trưởng) đề nghị bổ sung nhân lực trực đêm cho buồng cấp cứu trong "
                  "mùa sốt xuất huyết."),
                P("Đ/c Mã Văn Thuận (bác sĩ điều trị) đề nghị khoa tổ chức sinh hoạt chuyên môn về phác đồ điều trị "
                  "sốc sốt xuất huyết mới ban hành."),
                P("Đồng chí Bí thư chi bộ kết luận: chi bộ thống nhất điều chỉnh lịch trực đêm, tổ chức tập huấn phác "
                  "đồ mới ngay trong tháng và tăng cường giám sát nhiễm khuẩn bệnh viện."),
                P("Đồng chí Mã Văn Thuận được chi bộ giao chuẩn bị bài giảng về phác đồ điều trị sốc sốt xuất huyết. "
                  "Buổi sinh hoạt chuyên môn phải tổ chức xong trước ngày 25/7."),
                P("Đ/c Hứa Thị Kim Loan chịu trách nhiệm lập lại lịch trực đêm, trình Ban Giám đốc duyệt chậm nhất "
                  "ngày 18/7."),
                P("Buổi sinh hoạt kết thúc vào 11 giờ 30 phút. Toàn thể đảng viên dự họp nhất trí thông qua biên "
                  "bản.")],
     "truth": {"end_time": "11:30", "conclusion": True, "resolutions": [],
               "assignments": [task("Mã Văn Thuận", "bài giảng phác đồ sốc sốt xuất huyết", "25/7"),
                               task("Hứa Thị Kim Loan", "lập lại lịch trực đêm", "18/7")],
               "flags": ["missing_vote"]},
     "context": {"chair": "Quan Đức Thịnh", "chair_role": "Bí thư chi bộ", "secretary": "Lò Thị Xuyến",
                 "total": 13, "present": 12}},

    # 08: empty conclusion ("Chi bộ nhất trí."), vote, role-only task
    {"id": "y-body-08", "kind": "body",
     "blocks": [H("4. Thảo luận"),
                L("Đ/c Trần Thị Mai Hương (tổ Ngữ văn): tỷ lệ học sinh lớp 9 yếu môn Toán còn 11%, đề nghị tăng buổi "
                  "phụ đạo."),
                L("Đ/c Vi Văn Lâm (tổ Toán – Tin): đồng ý tăng buổi, nhưng cần bố trí phòng học buổi chiều."),
                L("Đ/c Ma Thị Ngần (Tổng phụ trách Đội): đề nghị tổ chức hội trại 26/3 gọn nhẹ, tiết kiệm."),
                P("Kết luận: Chi bộ nhất trí."),
                P("Biểu quyết: 21/21 đ/c nhất trí."),
                H("5. Phân công"),
                L("- Đ/c Phó Hiệu trưởng: xây dựng kế hoạch ôn thi vào lớp 10, trình chi bộ trước 05/3/2024."),
                L("- Tổ chủ nhiệm khối 9: lập danh sách học sinh cần phụ đạo, xong trong tuần này."),
                L("- Đ/c Ma Thị Ngần: chuẩn bị kịch bản hội trại, hoàn thành chậm nhất ngày 15/3/2024."),
                P("Buổi họp kết thúc lúc 17h05. Biên bản được đọc lại, thông qua.")],
     "truth": {"end_time": "17:05", "conclusion": False,
               "resolutions": [vote(21, None, None, None, "biểu quyết")],
               "assignments": [task("Phó Hiệu trưởng", "kế hoạch ôn thi vào lớp 10", "05/3/2024"),
                               task("Tổ chủ nhiệm khối 9", "danh sách học sinh cần phụ đạo", "tuần này"),
                               task("Ma Thị Ngần", "kịch bản hội trại", "15/3/2024")],
               "flags": ["missing_conclusion"]},
     "context": {"chair": "Hoàng Thị Thu Trang", "chair_role": "Bí thư chi bộ", "secretary": "Đinh Văn Khôi",
                 "total": 23, "present": 21}},

    # 09: table with a partner column, for/against + percent
    {"id": "y-body-09", "kind": "body",
     "blocks": [H("IV. THẢO LUẬN"),
                P("Đồng chí Nông Văn Thạch, công chức Địa chính – Xây dựng phát biểu: hồ sơ cấp giấy chứng nhận quyền "
                  "sử dụng đất còn tồn 47 bộ, chủ yếu do người dân chưa bổ sung giấy tờ."),
                P("Đồng chí Triệu Thị Mai, công chức Văn phòng – Thống kê phát biểu: việc số hóa sổ hộ tịch mới đạt "
                  "68%, cần thêm máy quét."),
                H("V. KẾT LUẬN"),
                P("Đồng chí Bí thư chi bộ kết luận: tập trung giải quyết dứt điểm hồ sơ đất đai tồn đọng, đẩy nhanh số "
                  "hóa hộ tịch, nâng tỷ lệ hồ sơ nộp trực tuyến toàn trình."),
                P("Chi bộ biểu quyết: 15/16 đồng chí tán thành (93,75%), 01 đồng chí không tán thành."),
                H("VI. PHÂN CÔNG THỰC HIỆN"),
                T([(0.06, "TT", "c"), (0.38, "Nội dung công việc", "l"), (0.2, "Chủ trì", "l"),
                   (0.18, "Phối hợp", "l"), (0.18, "Thời gian hoàn thành", "c")],
                  [["1", "Rà soát, trả lời bằng văn bản 47 hồ sơ đất đai tồn đọng", "Đ/c Nông Văn Thạch",
                    "Bộ phận một cửa", "30/11/2020"],
                   ["2", "Số hóa toàn bộ sổ hộ tịch từ năm 1998 đến nay", "Đ/c Triệu Thị Mai", "Đ/c Hoàng Văn Định",
                    "Quý I/2021"],
                   ["3", "Hướng dẫn người dân nộp hồ sơ trực tuyến", "Chi đoàn cơ quan", "Tổ công nghệ số cộng đồng",
                    "Thường xuyên"]]),
                P("Buổi sinh hoạt kết thúc lúc 16 giờ 20 phút. Biên bản đã đọc lại, được chi bộ nhất trí thông "
                  "qua.")],
     "truth": {"end_time": "16:20", "conclusion": True,
               "resolutions": [vote(15, 1, None, 93.75, "kết luận")],
               "assignments": [task("Nông Văn Thạch", "trả lời 47 hồ sơ đất đai", "30/11/2020"),
                               task("Triệu Thị Mai", "số hóa sổ hộ tịch", "Quý I/2021"),
                               task("Chi đoàn cơ quan", "hướng dẫn nộp hồ sơ trực tuyến", "Thường xuyên")],
               "flags": []},
     "context": {"chair": "Lý Văn Chiến", "chair_role": "Bí thư chi bộ", "secretary": "Hoàng Thị Duyên",
                 "total": 17, "present": 16}},

    # 10: army company, opinions by role, tasks to roles
    {"id": "y-body-10", "kind": "body",
     "blocks": [H("PHẦN IV: THẢO LUẬN, ĐÓNG GÓP Ý KIẾN"),
                P("Đồng chí Đại đội trưởng phát biểu: trong tháng có 02 chiến sĩ mới chưa đạt bài bắn súng tiểu liên AK "
                  "bài 1; cần huấn luyện bổ sung ngoài giờ."),
                P("Đồng chí Chính trị viên phó cho rằng tăng gia sản xuất chưa bảo đảm, cuối tháng còn thiếu rau xanh; "
                  "đề nghị mở thêm luống rau và nuôi thêm lợn."),
                P("Đồng chí Tiểu đội trưởng tiểu đội 2 đề nghị đơn vị quan tâm động viên chiến sĩ có hoàn cảnh khó "
                  "khăn."),
                H("KẾT LUẬN CỦA ĐỒNG CHÍ BÍ THƯ CHI BỘ"),
                P("Chi bộ lãnh đạo đơn vị duy trì nghiêm chế độ trực sẵn sàng chiến đấu, huấn luyện bù cho chiến sĩ "
                  "chưa đạt, quản lý chặt quân số; bảo đảm tăng gia đủ rau xanh cho bữa ăn bộ đội."),
                P("Biểu quyết nghị quyết tháng: 100% đảng viên trong chi bộ nhất trí."),
                P("Phân công:"),
                L("– Đồng chí Đại đội trưởng: tổ chức huấn luyện bổ sung bài bắn cho 02 chiến sĩ, hoàn thành trước ngày "
                  "20/7/2023."),
                L("– Đồng chí Chính trị viên phó: chỉ đạo tổ tăng gia mở thêm 2 luống rau, nuôi thêm 03 con lợn trong "
                  "tháng 7."),
                L("– Chi đoàn đại đội: tổ chức thăm hỏi, động viên chiến sĩ Lò Văn Tình có bố ốm nặng."),
                P("Họp xong 20h30. Biên bản đọc lại cho chi bộ nghe, nhất trí thông qua.")],
     "truth": {"end_time": "20:30", "conclusion": True,
               "resolutions": [vote(None, None, None, 100, "nghị quyết tháng")],
               "assignments": [task("Đại đội trưởng", "huấn luyện bổ sung bài bắn", "20/7/2023"),
                               task("Chính trị viên phó", "mở rộng tăng gia", "tháng 7"),
                               task("Chi đoàn đại đội", "thăm hỏi chiến sĩ", None)],
               "flags": []},
     "context": {"chair": "Hà Minh Đức", "chair_role": "Bí thư chi bộ", "secretary": "Lục Văn Tuyên",
                 "total": 12, "present": 12}},

    # 11: Q&A, two people share a task, no vote, not read back
    {"id": "y-body-11", "kind": "body",
     "blocks": [H("IV. Ý kiến thảo luận"),
                P("Đồng chí Đặng Văn Lộc hỏi: bao giờ phường tổ chức khám sức khỏe định kỳ cho người cao tuổi? Đồng "
                  "chí Bí thư trả lời: theo kế hoạch của Trạm Y tế phường, dự kiến vào tuần đầu tháng 4."),
                P("Đồng chí Hà Thị Nhị hỏi về mức đóng đảng phí của đảng viên hưởng lương hưu. Đồng chí Chi ủy viên "
                  "phụ trách tài chính giải thích: mức đóng bằng 0,5% lương hưu."),
                P("Đồng chí Bùi Quang Vinh đề nghị chi bộ tổ chức cho đảng viên cao tuổi đi thăm Khu di tích lịch sử "
                  "Đền Hùng."),
                H("V. Kết luận"),
                P("Đồng chí chủ trì kết luận: chi bộ duy trì nền nếp sinh hoạt, thu nộp đảng phí đúng quy định; phối "
                  "hợp Hội Người cao tuổi tổ chức chuyến tham quan về nguồn trong quý II."),
                P("Phân công đồng chí Bùi Quang Vinh và đồng chí Hà Thị Nhị xây dựng dự trù kinh phí, liên hệ xe cho "
                  "chuyến tham quan, báo cáo chi bộ trước ngày 15/4/2024."),
                P("Giao đồng chí Chi ủy viên phụ trách tài chính thu đảng phí quý I, xong trước 31/3."),
                P("Buổi họp kết thúc lúc 10 giờ cùng ngày.")],
     "truth": {"end_time": "10:00", "conclusion": True, "resolutions": [],
               "assignments": [task("Bùi Quang Vinh", "dự trù kinh phí chuyến tham quan", "15/4/2024"),
                               task("Hà Thị Nhị", "dự trù kinh phí chuyến tham quan", "15/4/2024"),
                               task("Chi ủy viên phụ trách tài chính", "thu đảng phí quý I", "31/3")],
               "flags": ["missing_vote", "not_approved"]},
     "context": {"chair": "Lưu Đức Thọ", "chair_role": "Bí thư chi bộ", "secretary": "Nguyễn Thị Vinh",
                 "total": 31, "present": 27}},

    # 12: tasks inside the conclusion, lettered
    {"id": "y-body-12", "kind": "body",
     "blocks": [H("IV. THẢO LUẬN"),
                L("Đ/c Tăng Văn Chín (tổ 3) đề nghị chi bộ chỉ đạo xử lý dứt điểm việc lấn chiếm hành lang kênh Thầy "
                  "Cai."),
                L("Đ/c Lâm Thị Hồng Đào (Chi hội trưởng Phụ nữ) cho biết đã có 27 hộ đăng ký vay vốn trồng nấm rơm, "
                  "đề nghị ưu tiên hộ cận nghèo."),
                H("V. KẾT LUẬN VÀ GIAO NHIỆM VỤ"),
                P("Đồng chí Bí thư chi bộ kết luận: tháng 3 chi bộ tập trung giải quyết lấn chiếm hành lang kênh, hỗ "
                  "trợ sinh kế cho hộ cận nghèo, giữ vững an ninh trật tự; đồng thời giao nhiệm vụ cụ thể như sau:"),
                L("a) Đồng chí Tăng Văn Chín phối hợp Ban nhân dân ấp lập biên bản, vận động các hộ tự tháo dỡ công "
                  "trình lấn chiếm, xong trước 30/3/2020;"),
                L("b) Chi hội Phụ nữ ấp bình xét, lập danh sách hộ vay vốn trồng nấm rơm, gửi Ngân hàng Chính sách xã "
                  "hội chậm nhất ngày 20/3/2020;"),
                L("c) Ban công tác Mặt trận ấp nắm tình hình dư luận, báo cáo chi bộ hằng tháng."),
                P("Chi bộ biểu quyết thông qua kết luận: 22/22 đồng chí tán thành, tỷ lệ 100%."),
                P("Buổi sinh hoạt kết thúc lúc 20 giờ 50 phút. Thư ký đọc lại biên bản; chi bộ nhất trí thông qua, "
                  "không có ý kiến khác.")],
     "truth": {"end_time": "20:50", "conclusion": True,
               "resolutions": [vote(22, None, None, 100, "kết luận")],
               "assignments": [task("Tăng Văn Chín", "vận động tháo dỡ công trình lấn chiếm", "30/3/2020"),
                               task("Chi hội Phụ nữ ấp", "danh sách hộ vay vốn", "20/3/2020"),
                               task("Ban công tác Mặt trận ấp", "nắm tình hình dư luận", "hằng tháng")],
               "flags": []},
     "context": {"chair": "Quan Văn Tư", "chair_role": "Bí thư chi bộ", "secretary": "Thạch Thị Sa Rết",
                 "total": 24, "present": 22}},

    # 13: no named opinion, only general calls, no vote (minutes approved)
    {"id": "y-body-13", "kind": "body",
     "blocks": [H("IV. THẢO LUẬN"),
                P("Sau khi nghe báo cáo, một số ý kiến đề nghị làm rõ thêm nguyên nhân tỷ lệ tiêm chủng mở rộng tháng "
                  "5 chưa đạt kế hoạch; các ý kiến khác cơ bản thống nhất với nội dung báo cáo."),
                H("V. KẾT LUẬN"),
                P("Đồng chí chủ trì kết luận: tháng 6 chi bộ lãnh đạo Trạm hoàn thành chỉ tiêu tiêm chủng mở rộng, "
                  "tăng cường truyền thông phòng chống sốt xuất huyết, tay chân miệng; duy trì nghiêm chế độ trực "
                  "24/24 giờ."),
                P("Đề nghị toàn thể đảng viên trong chi bộ nêu cao tinh thần trách nhiệm, mỗi đồng chí phải là tấm gương "
                  "về y đức, tận tụy với người bệnh."),
                P("Buổi sinh hoạt kết thúc lúc 16 giờ 30 phút. Biên bản được đọc lại trước chi bộ, các đồng chí nhất "
                  "trí thông qua biên bản.")],
     "truth": {"end_time": "16:30", "conclusion": True, "resolutions": [], "assignments": [],
               "flags": ["no_discussion", "missing_assignments", "missing_vote"]},
     "context": {"chair": "Vũ Thị Thoa", "chair_role": "Bí thư chi bộ", "secretary": "Bàn Thị Mai",
                 "total": 8, "present": 8}},

    # 14: admission vote + conclusion vote, Chi ủy, two helpers, job-title prefix
    {"id": "y-body-14", "kind": "body",
     "blocks": [H("4. Thảo luận"),
                P("Đ/c Kha Văn Dũng phát biểu: quần chúng Lê Thị Thảo Nguyên đã được chi bộ bồi dưỡng, thử thách trên "
                  "12 tháng, có lập trường tư tưởng vững vàng, hoàn thành tốt nhiệm vụ giáo viên chủ nhiệm; đồng ý đề "
                  "nghị kết nạp."),
                P("Đ/c Đào Thị Hằng (Chủ tịch Công đoàn) thông báo nhận xét của Công đoàn trường: quần chúng Lê Thị Thảo "
                  "Nguyên gương mẫu, được đồng nghiệp tín nhiệm."),
                H("5. Kết luận và biểu quyết"),
                P("Đồng chí Bí thư kết luận: chi bộ đánh giá tháng 4 hoàn thành tốt nhiệm vụ; tháng 5 tập trung tổ chức "
                  "kiểm tra cuối học kỳ II nghiêm túc, đúng quy chế và chuẩn bị xét tốt nghiệp THCS."),
                P("Biểu quyết thông qua kết luận: 18/18 đồng chí tán thành."),
                P("Biểu quyết đề nghị kết nạp quần chúng Lê Thị Thảo Nguyên vào Đảng Cộng sản Việt Nam: 17/17 đảng viên "
                  "chính thức có mặt tán thành; không tán thành: không; ý kiến khác: không."),
                H("6. Phân công"),
                P("Giao Chi ủy hoàn thiện hồ sơ đề nghị kết nạp, gửi Đảng ủy xã trước ngày 20/5/2023."),
                P("Đồng chí Kha Văn Dũng và đồng chí Đào Thị Hằng, hai đảng viên được phân công giúp đỡ, tiếp tục theo "
                  "dõi, giúp đỡ quần chúng Lê Thị Thảo Nguyên, thực hiện thường xuyên."),
                P("Đồng chí Phó Hiệu trưởng Lục Văn Hưng phụ trách xây dựng lịch kiểm tra học kỳ II, hoàn thành trong "
                  "tuần đầu tháng 5."),
                P("Cuộc họp kết thúc hồi 17h15. Biên bản được đọc lại và thông qua.")],
     "truth": {"end_time": "17:15", "conclusion": True,
               "resolutions": [vote(18, None, None, None, "kết luận"),
                               vote(17, 0, 0, None, "đề nghị kết nạp Lê Thị Thảo Nguyên")],
               "assignments": [task("Chi ủy", "hồ sơ đề nghị kết nạp", "20/5/2023"),
                               task("Kha Văn Dũng", "giúp đỡ quần chúng", "thường xuyên"),
                               task("Đào Thị Hằng", "giúp đỡ quần chúng", "thường xuyên"),
                               task("Lục Văn Hưng", "lịch kiểm tra học kỳ II", "tuần đầu tháng 5")],
               "flags": []},
     "context": {"chair": "Chu Thị Hạnh", "chair_role": "Bí thư chi bộ", "secretary": "Ninh Văn Quảng",
                 "total": 19, "present": 18}},

    # 15: police, table Nội dung | Thời hạn | Phụ trách, one row with two assignees
    {"id": "y-body-15", "kind": "body",
     "blocks": [H("IV. THẢO LUẬN"),
                L("- Đ/c Thượng úy Lò Văn Nghiêm: đề nghị tăng cường tuần tra ban đêm khu vực cầu Bến Đá, nơi thanh "
                  "thiếu niên hay tụ tập đua xe."),
                L("- Đ/c Đại úy Hoàng Thị Nhung: tiến độ thu nhận hồ sơ căn cước đạt 96,2%, còn 214 trường hợp đi "
                  "làm ăn xa chưa thu nhận."),
                L("- Đ/c Thiếu úy Giàng A Tủa: đề nghị phối hợp nhà trường tuyên truyền an toàn giao thông cho học "
                  "sinh."),
                H("V. KẾT LUẬN"),
                P("Đồng chí Bí thư chi bộ kết luận: chi bộ lãnh đạo Công an xã giữ vững ổn định an ninh trật tự, kiềm "
                  "chế tai nạn giao thông, thu nhận hết hồ sơ căn cước trong năm."),
                P("Chi bộ biểu quyết thông qua nghị quyết: 100% đồng chí tán thành."),
                H("VI. PHÂN CÔNG"),
                T([(0.5, "Nội dung", "l"), (0.2, "Thời hạn", "c"), (0.3, "Phụ trách", "l")],
                  [["Lập kế hoạch, tổ chức tuần tra đêm khu vực cầu Bến Đá", "Hằng tuần", "Đ/c Lò Văn Nghiêm"],
                   ["Thu nhận hồ sơ căn cước các trường hợp còn lại", "31/12/2024", "Đ/c Hoàng Thị Nhung"],
                   ["Tuyên truyền an toàn giao thông tại Trường THCS xã", "Tháng 11/2024",
                    "Đ/c Giàng A Tủa và Chi đoàn Công an xã"]]),
                P("Buổi sinh hoạt kết thúc lúc 21 giờ 00. Biên bản đã được đọc lại, thông qua tại hội nghị.")],
     "truth": {"end_time": "21:00", "conclusion": True,
               "resolutions": [vote(None, None, None, 100, "nghị quyết")],
               "assignments": [task("Lò Văn Nghiêm", "tuần tra đêm cầu Bến Đá", "Hằng tuần"),
                               task("Hoàng Thị Nhung", "thu nhận hồ sơ căn cước", "31/12/2024"),
                               task("Giàng A Tủa", "tuyên truyền an toàn giao thông", "Tháng 11/2024"),
                               task("Chi đoàn Công an xã", "tuyên truyền an toàn giao thông", "Tháng 11/2024")],
               "flags": []},
     "context": {"chair": "Sầm Văn Kiên", "chair_role": "Bí thư chi bộ", "secretary": "Lường Văn Thái",
                 "total": 14, "present": 14}},

    # 16: cooperative; task over two sentences ("sau vụ mùa"), "ngay sau cuộc họp"
    {"id": "y-body-16", "kind": "body",
     "blocks": [H("IV. THẢO LUẬN"),
                P("Đồng chí Nguyễn Văn Khoa, Phó Giám đốc HTX phát biểu: giá phân bón tăng mạnh, đề nghị HTX ứng trước "
                  "phân cho xã viên và thu hồi sau thu hoạch."),
                P("Đồng chí Đỗ Thị Lành đề nghị nạo vét mương tưới tiêu nội đồng khu Đồng Sau trước khi gieo cấy."),
                P("Đồng chí Phạm Văn Cường không nhất trí phương án ứng phân bón vì lo khó thu hồi nợ."),
                H("V. KẾT LUẬN"),
                P("Thay mặt chi ủy, đồng chí Bí thư chi bộ kết luận: thống nhất ứng trước 50% lượng phân bón cho xã "
                  "viên có nhu cầu, thu hồi bằng thóc sau thu hoạch; khẩn trương nạo vét kênh mương phục vụ sản "
                  "xuất vụ mùa."),
                P("Biểu quyết: 10/11 đồng chí tán thành (90,9%), 01 đồng chí không tán thành."),
                H("VI. GIAO NHIỆM VỤ"),
                P("Đồng chí Nguyễn Văn Khoa chịu trách nhiệm lập danh sách xã viên đăng ký ứng phân bón. Việc thu hồi "
                  "nợ phân bón do đồng chí Khoa thực hiện sau vụ mùa."),
                P("Giao đồng chí Đỗ Thị Lành huy động xã viên nạo vét mương khu Đồng Sau, triển khai ngay sau cuộc "
                  "họp."),
                P("Tổ dịch vụ thủy nông có trách nhiệm điều tiết nước tưới, bảo đảm đủ nước gieo cấy, thực hiện thường "
                  "xuyên."),
                P("Họp kết thúc 11h20' cùng ngày. Biên bản được đọc lại và các đồng chí dự họp nhất trí thông qua.")],
     "truth": {"end_time": "11:20", "conclusion": True,
               "resolutions": [vote(10, 1, None, 90.9, "kết luận")],
               "assignments": [task("Nguyễn Văn Khoa", "danh sách ứng phân bón, thu hồi nợ", "sau vụ mùa"),
                               task("Đỗ Thị Lành", "nạo vét mương Đồng Sau", "ngay sau cuộc họp"),
                               task("Tổ dịch vụ thủy nông", "điều tiết nước tưới", "thường xuyên")],
               "flags": []},
     "context": {"chair": "Bạch Văn Tùng", "chair_role": "Bí thư chi bộ", "secretary": "Trương Thị Vui",
                 "total": 12, "present": 11}},

    # 17: conclusion promised but never written; passive tasks in one paragraph
    {"id": "y-body-17", "kind": "body",
     "blocks": [P("Sau khi nghe báo cáo, đồng chí chủ trì đề nghị các đồng chí đảng viên tập trung thảo luận hai vấn "
                  "đề: phòng chống dịch sốt xuất huyết và việc thu quỹ “Vì người nghèo”; đồng chí chủ trì sẽ tổng "
                  "hợp, kết luận sau phần thảo luận."),
                P("Các ý kiến phát biểu:"),
                L("– Đ/c Lý Thị Nguyệt: khu vực ngõ 12 còn nhiều dụng cụ chứa nước đọng, cần tổ chức phun thuốc diệt "
                  "muỗi."),
                L("– Đ/c Đoàn Minh Quân: quỹ Vì người nghèo mới thu được 4,2 triệu đồng, bằng 35% kế hoạch."),
                P("Chi bộ biểu quyết thông qua phương hướng, nhiệm vụ tháng 8: 13/14 đồng chí tán thành, 01 ý kiến "
                  "khác."),
                P("Việc phối hợp Trạm Y tế phường tổng vệ sinh, diệt lăng quăng được giao cho đ/c Lý Thị Nguyệt, hoàn "
                  "thành trong tháng 8/2019. Đ/c Đoàn Minh Quân được giao đôn đốc thu quỹ Vì người nghèo, nộp về Ủy "
                  "ban MTTQ phường trước ngày 30/9/2019."),
                P("Buổi sinh hoạt kết thúc lúc 21 giờ. Biên bản được đọc lại, thông qua.")],
     "truth": {"end_time": "21:00", "conclusion": False,
               "resolutions": [vote(13, None, 1, None, "phương hướng, nhiệm vụ tháng 8")],
               "assignments": [task("Lý Thị Nguyệt", "tổng vệ sinh, diệt lăng quăng", "tháng 8/2019"),
                               task("Đoàn Minh Quân", "thu quỹ Vì người nghèo", "30/9/2019")],
               "flags": ["missing_conclusion"]},
     "context": {"chair": "Tô Văn Khang", "chair_role": "Phó Bí thư chi bộ", "secretary": "Lê Thị Xoan",
                 "total": 15, "present": 14}},

    # 18: "Chi bộ thống nhất", vote in words with zeros, "+ Đồng chí" tasks, no end time
    {"id": "y-body-18", "kind": "body",
     "blocks": [H("B. THẢO LUẬN"),
                P("Đồng chí PGS.TS. Hoàng Minh Châu phát biểu: bộ môn cần đẩy nhanh tiến độ tự đánh giá chương trình "
                  "đào tạo ngành Kỹ thuật môi trường theo chuẩn AUN-QA."),
                P("Đồng chí ThS. Quan Thị Ngọc Diệp cho rằng số bài báo quốc tế năm nay mới đạt 3/8 chỉ tiêu, đề nghị "
                  "khoa hỗ trợ kinh phí dịch thuật."),
                H("C. KẾT LUẬN"),
                P("Chi bộ thống nhất: tập trung hoàn thành báo cáo tự đánh giá chương trình đào tạo; khuyến khích giảng "
                  "viên công bố quốc tế; tổ chức tốt hội nghị sinh viên nghiên cứu khoa học cấp khoa."),
                P("Kết quả biểu quyết: tán thành mười chín đồng chí; không tán thành: không; ý kiến khác: không."),
                P("Nhiệm vụ cụ thể:"),
                L("+ Đồng chí Hoàng Minh Châu: chủ trì viết báo cáo tự đánh giá, nộp Phòng Đảm bảo chất lượng trước "
                  "15/01/2025."),
                L("+ Đồng chí Quan Thị Ngọc Diệp: tổng hợp nhu cầu hỗ trợ dịch thuật, trình Ban Chủ nhiệm khoa trong "
                  "tháng 12."),
                L("+ Chi đoàn cán bộ trẻ: tổ chức hội nghị sinh viên nghiên cứu khoa học cấp khoa vào tháng 3/2025."),
                P("Biên bản được đọc lại và thông qua ngay tại buổi sinh hoạt, các đồng chí có mặt nhất trí.")],
     "truth": {"end_time": None, "conclusion": True,
               "resolutions": [vote(19, 0, 0, None, "kết luận")],
               "assignments": [task("Hoàng Minh Châu", "báo cáo tự đánh giá", "15/01/2025"),
                               task("Quan Thị Ngọc Diệp", "nhu cầu hỗ trợ dịch thuật", "tháng 12"),
                               task("Chi đoàn cán bộ trẻ", "hội nghị sinh viên NCKH", "tháng 3/2025")],
               "flags": []},
     "context": {"chair": "Phùng Xuân Bách", "chair_role": "Bí thư chi bộ", "secretary": "Đỗ Thị Hoài Thu",
                 "total": 21, "present": 19}},

    # 19: numbered opinions, show of hands 100%, "phụ trách", quý III
    {"id": "y-body-19", "kind": "body",
     "blocks": [H("IV. THẢO LUẬN"),
                P("Có 04 lượt ý kiến phát biểu:"),
                L("1. Đ/c Mai Thị Thu (tổ 12): đề nghị lắp đèn chiếu sáng ngõ 3 đường Lê Lai."),
                L("2. Đ/c Phạm Đức Thắng (tổ 14): tình trạng kinh doanh lấn chiếm vỉa hè đã tái diễn."),
                L("3. Đ/c Bùi Văn Khanh (tổ 15): đề nghị rà soát người cao tuổi sống neo đơn."),
                L("4. Đ/c Trần Ngọc Ánh (tổ 12): đồng tình với ý kiến của đ/c Thắng."),
                H("V. KẾT LUẬN"),
                P("Đồng chí Bí thư chi bộ kết luận, yêu cầu tập trung: chỉnh trang đô thị, lập lại trật tự vỉa hè; "
                  "chăm lo người cao tuổi neo đơn; tổ chức chu đáo các hoạt động kỷ niệm ngày Thương binh – Liệt sĩ "
                  "27/7."),
                P("Chi bộ giơ tay biểu quyết, 100% nhất trí thông qua kết luận."),
                H("VI. PHÂN CÔNG"),
                P("Đ/c Mai Thị Thu phụ trách vận động các hộ ngõ 3 góp kinh phí lắp đèn chiếu sáng, hoàn thành trong quý "
                  "III/2024."),
                P("Đ/c Phạm Đức Thắng phối hợp tổ trật tự đô thị phường vận động các hộ kinh doanh trả lại vỉa hè, "
                  "thực hiện hằng tuần."),
                P("Đ/c Bùi Văn Khanh phụ trách lập danh sách người cao tuổi neo đơn, chuyển Chi hội Người cao tuổi "
                  "trước 25/7."),
                P("Buổi sinh hoạt kết thúc lúc 21 giờ 05 phút, biên bản đọc lại, chi bộ nhất trí thông qua.")],
     "truth": {"end_time": "21:05", "conclusion": True,
               "resolutions": [vote(None, None, None, 100, "kết luận")],
               "assignments": [task("Mai Thị Thu", "vận động góp kinh phí lắp đèn", "quý III/2024"),
                               task("Phạm Đức Thắng", "vận động trả lại vỉa hè", "hằng tuần"),
                               task("Bùi Văn Khanh", "danh sách người cao tuổi neo đơn", "25/7")],
               "flags": []},
     "context": {"chair": "Nguyễn Thị Bạch Tuyết", "chair_role": "Bí thư chi bộ", "secretary": "Trần Văn Lợi",
                 "total": 33, "present": 30}},

    # 20: "Một là, Hai là" tasks in one paragraph; closing without read-back
    {"id": "y-body-20", "kind": "body",
     "blocks": [H("IV. Thảo luận"),
                P("Đồng chí Giàng A Sử phát biểu: bản còn 5 hộ chưa làm nhà tiêu hợp vệ sinh, chủ yếu do thiếu kinh "
                  "phí."),
                P("Đồng chí Vàng Thị Mỷ phát biểu: Chi hội Phụ nữ đã vận động được 12 cháu ra lớp mẫu giáo, còn 3 cháu "
                  "chưa đi học."),
                P("Đồng chí Thào A Chư đề nghị bản tổ chức tuần tra bảo vệ rừng đầu nguồn trong mùa khô."),
                H("V. Kết luận"),
                P("Đồng chí Bí thư chi bộ kết luận: tháng 12 tập trung bảo vệ rừng mùa khô, vận động trẻ ra lớp, hỗ "
                  "trợ hộ khó khăn làm nhà tiêu; chuẩn bị đón Tết vui tươi, an toàn, tiết kiệm."),
                P("Biểu quyết: 9/9 đồng chí dự họp tán thành."),
                P("Chi bộ phân công: Một là, đồng chí Giàng A Sử vận động anh em dòng họ giúp ngày công cho 5 hộ làm nhà "
                  "tiêu, xong trước Tết Nguyên đán. Hai là, đồng chí Vàng Thị Mỷ cùng giáo viên cắm bản đến từng nhà "
                  "vận động 3 cháu còn lại ra lớp trong tháng 12. Ba là, Tổ bảo vệ rừng của bản tuần tra rừng đầu "
                  "nguồn hằng tuần."),
                P("Buổi sinh hoạt kết thúc lúc 21h30.")],
     "truth": {"end_time": "21:30", "conclusion": True,
               "resolutions": [vote(9, None, None, None, "kết luận")],
               "assignments": [task("Giàng A Sử", "giúp 5 hộ làm nhà tiêu", "Tết Nguyên đán"),
                               task("Vàng Thị Mỷ", "vận động 3 cháu ra lớp", "tháng 12"),
                               task("Tổ bảo vệ rừng của bản", "tuần tra rừng đầu nguồn", "hằng tuần")],
               "flags": ["not_approved"]},
     "context": {"chair": "Sùng A Dình", "chair_role": "Bí thư chi bộ", "secretary": "Lý Thị Dua",
                 "total": 10, "present": 9}},
]
BODIES += [
    # 21: table of opinions with an unusual column, two votes, two tasks in one sentence
    {"id": "y-body-21", "kind": "body",
     "blocks": [H("4. THẢO LUẬN"),
                T([(0.08, "STT", "c"), (0.27, "Đảng viên", "l"), (0.45, "Nội dung ý kiến", "l"),
                   (0.2, "Tiếp thu", "c")],
                  [["1", "BS. Chu Văn Thắng", "Đề nghị bổ sung 01 máy monitor cho phòng hậu phẫu", "Có"],
                   ["2", "ĐD. Lê Thị Hồng Vân", "Đề nghị khen thưởng tháng cho 2 điều dưỡng trẻ", "Có"],
                   ["3", "BS. Hà Quốc Trung", "Đề nghị cập nhật quy trình phẫu thuật nội soi", "Có"]]),
                P("Đồng chí chủ trì kết luận: khoa tiếp tục bảo đảm an toàn phẫu thuật, không để xảy ra sự cố y khoa; "
                  "đề xuất bổ sung thiết bị cho phòng hậu phẫu; hoàn thiện quy trình phẫu thuật nội soi cập nhật."),
                P("Biểu quyết thông qua kết luận: 14/14 đồng chí có mặt tán thành."),
                P("Xét công nhận đảng viên chính thức cho đồng chí Lê Thị Hồng Vân: 13/13 đảng viên chính thức có mặt "
                  "tán thành, đạt 100%."),
                P("Giao BS. Chu Văn Thắng làm tờ trình đề nghị mua monitor gửi Phòng Vật tư – Thiết bị y tế trước ngày "
                  "30 tháng 9; giao BS. Hà Quốc Trung chủ trì cập nhật quy trình phẫu thuật nội soi, trình Hội đồng "
                  "khoa học bệnh viện trong quý IV/2021."),
                P("Cuộc họp kết thúc lúc 15 giờ 45. Biên bản được đọc lại và được toàn thể đảng viên nhất trí thông "
                  "qua.")],
     "truth": {"end_time": "15:45", "conclusion": True,
               "resolutions": [vote(14, None, None, None, "kết luận"),
                               vote(13, None, None, 100, "công nhận đảng viên chính thức Lê Thị Hồng Vân")],
               "assignments": [task("Chu Văn Thắng", "tờ trình mua monitor", "30 tháng 9"),
                               task("Hà Quốc Trung", "cập nhật quy trình phẫu thuật nội soi", "quý IV/2021")],
               "flags": []},
     "context": {"chair": "Lương Hữu Phước", "chair_role": "Bí thư chi bộ", "secretary": "Triệu Thị Mơ",
                 "total": 15, "present": 14}},

    # 22: conclusion as (1)(2)(3), votes for/against/abstain, task split over two sentences
    {"id": "y-body-22", "kind": "body",
     "blocks": [H("IV. THẢO LUẬN"),
                P("Đ/c Kiều Thế Vinh, Chỉ huy trưởng công trường cầu Sông Chu, nêu: thi công trụ T3 chậm 12 ngày do mưa "
                  "lớn kéo dài; đề nghị tăng ca."),
                P("Đ/c Lã Thị Phượng, Kế toán trưởng, đề nghị các đội hoàn thiện hồ sơ nghiệm thu để thu hồi vốn trước "
                  "khi khóa sổ cuối năm."),
                P("Đ/c Cấn Văn Hợi, Đội trưởng đội 4, ý kiến: tăng ca phải bảo đảm chế độ bồi dưỡng và an toàn lao động "
                  "cho công nhân."),
                H("V. KẾT LUẬN"),
                P("Đồng chí Bí thư chi bộ kết luận 3 nội dung:"),
                L("(1) Tập trung nhân lực, thiết bị bù tiến độ trụ T3, bảo đảm an toàn lao động;"),
                L("(2) Hoàn thiện hồ sơ nghiệm thu, thu hồi vốn các công trình đã bàn giao;"),
                L("(3) Chăm lo đời sống, chế độ bồi dưỡng cho người lao động làm tăng ca."),
                P("Chi bộ biểu quyết kết luận: tán thành 24; không tán thành 01; ý kiến khác 0."),
                P("Về phân công: đồng chí Kiều Thế Vinh lập phương án tăng ca, bố trí thêm 01 tổ máy cho trụ T3. Thời "
                  "hạn bù xong tiến độ là ngày 15/11/2025."),
                P("Đồng chí Lã Thị Phượng đôn đốc các đội nộp hồ sơ nghiệm thu, tổng hợp báo cáo Giám đốc chậm nhất "
                  "ngày 05/12/2025."),
                P("Công đoàn bộ phận kiểm tra việc chi trả bồi dưỡng tăng ca, báo cáo chi bộ tại kỳ họp tháng 12."),
                P("Họp kết thúc 17h. Biên bản đọc lại, thông qua.")],
     "truth": {"end_time": "17:00", "conclusion": True,
               "resolutions": [vote(24, 1, 0, None, "kết luận")],
               "assignments": [task("Kiều Thế Vinh", "phương án tăng ca trụ T3", "15/11/2025"),
                               task("Lã Thị Phượng", "hồ sơ nghiệm thu", "05/12/2025"),
                               task("Công đoàn bộ phận", "kiểm tra chi trả bồi dưỡng", "kỳ họp tháng 12")],
               "flags": []},
     "context": {"chair": "Đặng Quốc Hùng", "chair_role": "Bí thư chi bộ", "secretary": "Lê Thị Thùy Dương",
                 "total": 27, "present": 25}},

    # 23: a volunteer and a request to the committee above only: no assignment
    {"id": "y-body-23", "kind": "body",
     "blocks": [H("IV. THẢO LUẬN"),
                P("Đồng chí Lò Văn Hặc: “Tôi xin nhận vận động gia đình ông Lò Văn Pọm dỡ chuồng trâu dưới gầm sàn, "
                  "chuyển ra cuối vườn.”"),
                P("Đồng chí Tòng Thị Ín đề nghị Đảng ủy xã quan tâm hỗ trợ xi măng làm đường nội bản đoạn từ nhà văn hóa "
                  "đến khu nghĩa địa."),
                H("V. KẾT LUẬN"),
                P("Đồng chí chủ trì kết luận: tháng 6 bản tập trung di dời chuồng trại ra xa nhà ở, giữ gìn vệ sinh; "
                  "chi bộ đề nghị Đảng ủy, UBND xã hỗ trợ xi măng làm đường nội bản; các đồng chí đảng viên gương mẫu "
                  "đi đầu, vận động gia đình và các hộ xung quanh cùng thực hiện."),
                P("Biểu quyết: 100% đảng viên dự họp nhất trí (16/16)."),
                P("Buổi sinh hoạt kết thúc lúc 20 giờ 40 phút. Biên bản đã được đọc lại và thông qua.")],
     "truth": {"end_time": "20:40", "conclusion": True,
               "resolutions": [vote(16, None, None, 100, "kết luận")],
               "assignments": [],
               "flags": ["missing_assignments"]},
     "context": {"chair": "Lò Văn Ươn", "chair_role": "Bí thư chi bộ", "secretary": "Quàng Thị Xiêm",
                 "total": 18, "present": 16}},

    # 24: army; task table Đồng chí | Nhiệm vụ | Kết quả cần đạt | Thời gian
    {"id": "y-body-24", "kind": "body",
     "blocks": [H("PHẦN BA: THẢO LUẬN"),
                P("Đồng chí Thiếu úy Ngân Văn Quyết, Trung đội trưởng trung đội 1: chiến sĩ mới đã cơ bản ổn định tư "
                  "tưởng, còn 01 đồng chí nhớ nhà, có biểu hiện buồn chán."),
                P("Đồng chí Trung úy Tạ Đình Phong, Trung đội trưởng trung đội 2: công tác bảo quản vũ khí trang bị "
                  "chưa thường xuyên, còn để gỉ nòng súng."),
                H("PHẦN BỐN: KẾT LUẬN"),
                P("Đồng chí Bí thư chi bộ kết luận: chi bộ tập trung lãnh đạo nắm chắc tư tưởng chiến sĩ mới, chấn "
                  "chỉnh bảo quản vũ khí trang bị, bảo đảm an toàn tuyệt đối trong huấn luyện."),
                P("Đảng viên giơ tay biểu quyết: 11/11 đồng chí nhất trí, đạt 100%."),
                P("Phân công cụ thể:"),
                T([(0.22, "Đồng chí", "l"), (0.36, "Nhiệm vụ", "l"), (0.24, "Kết quả cần đạt", "l"),
                   (0.18, "Thời gian", "c")],
                  [["Ngân Văn Quyết", "Gặp gỡ, động viên chiến sĩ có biểu hiện tư tưởng", "Chiến sĩ yên tâm công tác",
                    "Hằng ngày"],
                   ["Tạ Đình Phong", "Kiểm tra bảo quản vũ khí các tiểu đội", "100% súng sạch, không gỉ",
                    "Thứ Bảy hằng tuần"],
                   ["Chi đoàn", "Tổ chức giao lưu văn nghệ chào mừng ngày 22/12", "Thu hút toàn đơn vị",
                    "Trước 20/12/2019"]]),
                P("Sinh hoạt kết thúc 11 giờ 00 cùng ngày. Biên bản được đọc lại, chi bộ nhất trí thông qua, không có "
                  "ý kiến bổ sung.")],
     "truth": {"end_time": "11:00", "conclusion": True,
               "resolutions": [vote(11, None, None, 100, "kết luận")],
               "assignments": [task("Ngân Văn Quyết", "động viên chiến sĩ", "Hằng ngày"),
                               task("Tạ Đình Phong", "kiểm tra bảo quản vũ khí", "Thứ Bảy hằng tuần"),
                               task("Chi đoàn", "giao lưu văn nghệ 22/12", "20/12/2019")],
               "flags": []},
     "context": {"chair": "Hoàng Văn Phú", "chair_role": "Bí thư chi bộ", "secretary": "Đinh Công Tráng",
                 "total": 11, "present": 11}},

    # 25: "Thay mặt chi ủy", percent + abstain, tasks to roles, one without deadline
    {"id": "y-body-25", "kind": "body",
     "blocks": [H("IV. THẢO LUẬN"),
                P("Đồng chí Hồ Thị Lan phát biểu: phòng học bộ môn Tin học xuống cấp, 8/35 máy tính hỏng."),
                P("Đồng chí Cao Xuân Hải phát biểu: đề nghị sớm phân công chủ nhiệm để giáo viên chủ động rà soát "
                  "học sinh có nguy cơ bỏ học."),
                H("V. KẾT LUẬN"),
                P("Thay mặt chi ủy, đồng chí Bí thư Lê Thị Phương Thảo kết luận: chi bộ lãnh đạo nhà trường chuẩn bị chu "
                  "đáo các điều kiện cho năm học mới, sửa chữa phòng máy, hoàn thành phân công chuyên môn, huy động "
                  "trẻ ra lớp đạt 100%."),
                P("Biểu quyết: 20/21 đồng chí tán thành, đạt 95,2%; 01 đồng chí có ý kiến khác."),
                P("Giao nhiệm vụ:"),
                L("– Đồng chí Hiệu trưởng chỉ đạo sửa chữa phòng máy Tin học, hoàn thành trước ngày 31/8."),
                L("– Đồng chí Phó Hiệu trưởng phụ trách chuyên môn dự kiến phân công chủ nhiệm, chuyên môn, trình chi bộ "
                  "tại kỳ họp tháng 8."),
                L("– Đồng chí Cao Xuân Hải rà soát học sinh có nguy cơ bỏ học ở khối 6, khối 7."),
                P("Buổi sinh hoạt kết thúc lúc 16 giờ 50 phút. Biên bản đã được đọc lại và chi bộ nhất trí thông qua.")],
     "truth": {"end_time": "16:50", "conclusion": True,
               "resolutions": [vote(20, None, 1, 95.2, "kết luận")],
               "assignments": [task("Hiệu trưởng", "sửa chữa phòng máy", "31/8"),
                               task("Phó Hiệu trưởng phụ trách chuyên môn", "dự kiến phân công chuyên môn",
                                    "kỳ họp tháng 8"),
                               task("Cao Xuân Hải", "rà soát học sinh có nguy cơ bỏ học", None)],
               "flags": []},
     "context": {"chair": "Lê Thị Phương Thảo", "chair_role": "Bí thư chi bộ", "secretary": "Võ Văn Tuấn",
                 "total": 22, "present": 21}},

    # 26: only the report and "một số ý kiến": no recorded opinion
    {"id": "y-body-26", "kind": "body",
     "blocks": [H("4. Thảo luận"),
                P("Đồng chí Trưởng phòng trình bày báo cáo tiến độ giải ngân vốn đầu tư công 9 tháng, đạt 58% kế hoạch. "
                  "Một số ý kiến đề nghị làm rõ trách nhiệm của các chủ đầu tư chậm giải ngân; nhiều ý kiến thống "
                  "nhất cần có biện pháp mạnh hơn trong quý IV."),
                H("5. Kết luận"),
                P("Đồng chí Bí thư chi bộ kết luận: quý IV phải đạt tối thiểu 95% kế hoạch giải ngân; dự án nào chậm "
                  "phải có báo cáo nguyên nhân và đề xuất điều chuyển vốn."),
                P("Biểu quyết: 9/9 đồng chí tán thành."),
                H("6. Phân công"),
                P("Đồng chí Nguyễn Thị Hằng Nga được giao theo dõi, tổng hợp tiến độ giải ngân, báo cáo Thường trực "
                  "UBND huyện vào thứ Sáu hằng tuần."),
                P("Đồng chí Phó Trưởng phòng Quách Văn Đông tham mưu văn bản điều chuyển vốn các dự án chậm tiến độ, "
                  "trình trước ngày 25/10/2024."),
                P("Cuộc họp kết thúc hồi 16h. Biên bản được đọc lại, thông qua.")],
     "truth": {"end_time": "16:00", "conclusion": True,
               "resolutions": [vote(9, None, None, None, "kết luận")],
               "assignments": [task("Nguyễn Thị Hằng Nga", "tổng hợp tiến độ giải ngân", "thứ Sáu hằng tuần"),
                               task("Quách Văn Đông", "văn bản điều chuyển vốn", "25/10/2024")],
               "flags": ["no_discussion"]},
     "context": {"chair": "Trình Văn Bảo", "chair_role": "Bí thư chi bộ", "secretary": "Phan Thị Yến",
                 "total": 10, "present": 9}},

    # 27: "Đc", vote in words with "không biểu quyết", table with two people in one row
    {"id": "y-body-27", "kind": "body",
     "blocks": [H("IV. Ý KIẾN ĐẢNG VIÊN"),
                P("Đc Trương Thị Hạnh nói: trong tổ còn 6 hộ chưa kích hoạt tài khoản định danh điện tử mức 2, đa số "
                  "là người già."),
                P("Đc Vũ Văn Toàn: đề nghị mời công an phường về hướng dẫn tại nhà văn hóa vào buổi tối để bà con tiện "
                  "tham gia."),
                P("Đc Phan Hữu Lộc: mái tôn nha văn hóa bị dột, đề nghị sớm sửa  lại trước mùa mưa."),
                H("V. KẾT LUẬN"),
                P("Đồng chí Bí thư chi bộ kết luận: tổ chức buổi hướng dẫn định danh điện tử ngay tại nhà văn hóa; "
                  "huy động xã hội hóa sửa mái nhà văn hóa; tiếp tục thực hiện tốt phong trào “Toàn dân bảo vệ an ninh "
                  "Tổ quốc”."),
                P("Biểu quyết: tán thành: mười tám; không tán thành: không; không biểu quyết: một."),
                P("Phân công:"),
                T([(0.32, "Người/bộ phận thực hiện", "l"), (0.48, "Việc cần làm", "l"), (0.2, "Hạn", "c")],
                  [["Đ/c Trương Thị Hạnh, đ/c Vũ Văn Toàn",
                    "Liên hệ Công an phường, tổ chức buổi hướng dẫn định danh điện tử", "Trước 10/3/2022"],
                   ["Đ/c Phan Hữu Lộc", "Vận động kinh phí, thuê thợ sửa mái nhà văn hóa", "Tháng 4/2022"],
                   ["Tổ an ninh cơ sở", "Tuần tra đêm khu vực ngõ 7, ngõ 9", "Hằng tuần"]]),
                P("Họp xong 20 giờ 45. Thư ký đọc lại biên bản, chi bộ nhất trí thông qua.")],
     "truth": {"end_time": "20:45", "conclusion": True,
               "resolutions": [vote(18, 0, 1, None, "kết luận")],
               "assignments": [task("Trương Thị Hạnh", "hướng dẫn định danh điện tử", "10/3/2022"),
                               task("Vũ Văn Toàn", "hướng dẫn định danh điện tử", "10/3/2022"),
                               task("Phan Hữu Lộc", "sửa mái nhà văn hóa", "Tháng 4/2022"),
                               task("Tổ an ninh cơ sở", "tuần tra đêm", "Hằng tuần")],
               "flags": []},
     "context": {"chair": "Đồng Văn Kha", "chair_role": "Bí thư chi bộ", "secretary": "Tăng Thị Miên",
                 "total": 20, "present": 19}},

    # 28: bank; "Ý kiến đồng chí", inline conclusion, "chịu trách nhiệm", "đến hết năm 2024"
    {"id": "y-body-28", "kind": "body",
     "blocks": [H("IV. THẢO LUẬN"),
                P("Ý kiến đồng chí Trần Quang Huy (Phòng Khách hàng doanh nghiệp): nợ nhóm 3 đến nhóm 5 tăng 0,4% so với "
                  "đầu năm, tập trung ở 3 doanh nghiệp vật liệu xây dựng."),
                P("Ý kiến đồng chí Lê Thị Thu Hà (Phòng Kế toán – Ngân quỹ): đề nghị tăng cường kiểm tra đột xuất quỹ "
                  "tiền mặt tại các phòng giao dịch."),
                P("Đồng chí chủ trì kết luận: chi bộ yêu cầu kiểm soát chặt nợ xấu, không để phát sinh nợ xấu mới, bảo "
                  "đảm an toàn kho quỹ tuyệt đối trong dịp cuối năm."),
                P("Chi bộ biểu quyết thông qua: 26/27 đồng chí tán thành; 01 đồng chí không tán thành."),
                P("Đồng chí Trần Quang Huy chịu trách nhiệm xây dựng phương án xử lý nợ xấu của 3 doanh nghiệp, trình "
                  "Ban Giám đốc chậm nhất ngày 08/11/2024."),
                P("Đồng chí Lê Thị Thu Hà chịu trách nhiệm kiểm tra đột xuất quỹ tại 5 phòng giao dịch, thực hiện đến "
                  "hết năm 2024."),
                P("Buổi sinh hoạt kết thúc lúc 17 giờ 30 phút. Biên bản được đọc lại, chi bộ nhất trí thông qua.")],
     "truth": {"end_time": "17:30", "conclusion": True,
               "resolutions": [vote(26, 1, None, None, "kết luận")],
               "assignments": [task("Trần Quang Huy", "phương án xử lý nợ xấu", "08/11/2024"),
                               task("Lê Thị Thu Hà", "kiểm tra đột xuất quỹ", "hết năm 2024")],
               "flags": []},
     "context": {"chair": "Hồ Minh Triết", "chair_role": "Bí thư chi bộ", "secretary": "Nguyễn Ngọc Bích",
                 "total": 29, "present": 27}},

    # 29: opinions by role, "Chi bộ thống nhất", tasks to groups, nothing put to the vote
    {"id": "y-body-29", "kind": "body",
     "blocks": [H("IV. THẢO LUẬN"),
                P("Đồng chí Trưởng ban công tác Mặt trận thôn phát biểu: cuộc vận động ủng hộ đồng bào vùng lũ đã thu "
                  "được 18.500.000 đồng, đề nghị chi bộ biểu dương các hộ tích cực."),
                P("Đồng chí Bí thư Chi đoàn đề nghị tổ chức Tết Trung thu cho thiếu nhi gắn với đêm văn nghệ của thôn."),
                P("Chi bộ thống nhất: biểu dương 15 hộ ủng hộ đồng bào vùng lũ; tổ chức Tết Trung thu cho thiếu nhi chu "
                  "đáo, tiết kiệm; thu hoạch lúa mùa gọn, nhanh, chủ động phòng chống bão."),
                P("Giao Ban công tác Mặt trận thôn chuyển số tiền ủng hộ về Ủy ban MTTQ xã trước ngày 20/9."),
                P("Giao Chi đoàn thanh niên phối hợp Chi hội Phụ nữ tổ chức Tết Trung thu cho thiếu nhi trong thôn."),
                P("Buổi họp kết thúc 21 giờ 20. Biên bản được đọc lại, thông qua.")],
     "truth": {"end_time": "21:20", "conclusion": True, "resolutions": [],
               "assignments": [task("Ban công tác Mặt trận thôn", "chuyển tiền ủng hộ", "20/9"),
                               task("Chi đoàn thanh niên", "tổ chức Tết Trung thu", None)],
               "flags": ["missing_vote"]},
     "context": {"chair": "Khúc Văn Thành", "chair_role": "Bí thư chi bộ", "secretary": "Doãn Thị Lựu",
                 "total": 20, "present": 18}},

    # 30: conclusion "Thứ nhất, Thứ hai…", two votes in one paragraph, tasks in prose
    {"id": "y-body-30", "kind": "body",
     "blocks": [H("4. Thảo luận"),
                L("- Đồng chí Vương Thùy Dung: tuyến bài về chuyển đổi số trong nông nghiệp chưa có điểm nhấn, cần thêm "
                  "phóng sự hiện trường."),
                L("- Đồng chí Ngô Văn Hậu: đề nghị đầu tư thêm thiết bị bay flycam cho nhóm phóng viên ảnh."),
                L("- Đồng chí Lý Hải Yến: báo cáo đã hoàn thành loạt bài về cải cách hành chính, đăng 3 kỳ."),
                H("5. Kết luận"),
                P("Đồng chí Bí thư chi bộ kết luận:"),
                L("Thứ nhất, tập trung tuyến bài chuyển đổi số trong nông nghiệp, bảo đảm chất lượng, đúng định hướng."),
                L("Thứ hai, chuẩn bị tác phẩm tham gia Giải Báo chí tỉnh năm 2025, ít nhất 03 tác phẩm."),
                L("Thứ ba, giới thiệu 02 phóng viên trẻ là quần chúng ưu tú đi học lớp bồi dưỡng nhận thức về Đảng."),
                P("Chi bộ biểu quyết thông qua kết luận: 12/12 đồng chí tán thành. Biểu quyết thông qua danh sách 02 "
                  "quần chúng cử đi học lớp nhận thức về Đảng: 12/12 đồng chí tán thành."),
                H("6. Phân công thực hiện"),
                P("Đồng chí Vương Thùy Dung chủ trì nhóm phóng viên thực hiện phóng sự hiện trường về chuyển đổi số "
                  "nông nghiệp, hoàn thành trong tháng 11. Đồng chí Ngô Văn Hậu lập dự trù mua flycam, trình Ban Biên "
                  "tập trong quý IV/2024. Đồng chí Phó Bí thư chi bộ làm thủ tục giới thiệu quần chúng đi học, gửi "
                  "Đảng ủy trước 30/10/2024."),
                P("Buổi sinh hoạt kết thúc vào 17 giờ 10 phút. Biên bản đã được đọc lại và thông qua.")],
     "truth": {"end_time": "17:10", "conclusion": True,
               "resolutions": [vote(12, None, None, None, "kết luận"),
                               vote(12, None, None, None, "danh sách quần chúng đi học lớp nhận thức về Đảng")],
               "assignments": [task("Vương Thùy Dung", "phóng sự chuyển đổi số", "tháng 11"),
                               task("Ngô Văn Hậu", "dự trù mua flycam", "quý IV/2024"),
                               task("Phó Bí thư chi bộ", "thủ tục giới thiệu quần chúng đi học", "30/10/2024")],
               "flags": []},
     "context": {"chair": "Đỗ Quang Lâm", "chair_role": "Bí thư chi bộ", "secretary": "Tôn Nữ Minh Thư",
                 "total": 13, "present": 12}},

    # 31: coal mine; partner after "cùng"; role assignee; "trước Tết Dương lịch"
    {"id": "y-body-31", "kind": "body",
     "blocks": [H("THẢO LUẬN"),
                P("Đồng chí Vũ Đức Mạnh, tổ trưởng tổ sản xuất số 5, nêu: lò chợ 11-2 có hiện tượng bùng nền, tổ đã "
                  "phải dừng khấu 2 ca để chống xén."),
                P("Đồng chí Hà Văn Lực đề nghị phân xưởng sớm cấp quần áo bảo hộ mùa đông cho thợ lò."),
                P("Đồng chí Nông Thị Yến (nhân viên thống kê) cho rằng năng suất tháng 12 phải đạt 105% mới bù được "
                  "sản lượng hụt của tháng 11."),
                H("KẾT LUẬN"),
                P("Thay mặt chi ủy, đồng chí Bí thư chi bộ Trần Mạnh Cường kết luận: toàn phân xưởng phấn đấu hoàn "
                  "thành kế hoạch sản lượng năm trước Tết, tuyệt đối an toàn trong sản xuất; giải quyết kịp thời bảo "
                  "hộ lao động cho công nhân."),
                P("Biểu quyết: 31/31 đồng chí tán thành, đạt tỷ lệ 100%."),
                P("Phân công: giao đồng chí Vũ Đức Mạnh cùng tổ sản xuất số 5 củng cố lò chợ 11-2, xong trong tuần đầu "
                  "tháng 12. Đồng chí Quản đốc phân xưởng làm việc với phòng Vật tư để cấp bảo hộ mùa đông cho công "
                  "nhân trước Tết Dương lịch."),
                P("Buổi sinh hoạt kết thúc lúc 9 giờ 40 phút. Biên bản được đọc lại, chi bộ nhất trí thông qua.")],
     "truth": {"end_time": "09:40", "conclusion": True,
               "resolutions": [vote(31, None, None, 100, "kết luận")],
               "assignments": [task("Vũ Đức Mạnh", "củng cố lò chợ 11-2", "tuần đầu tháng 12"),
                               task("Quản đốc phân xưởng", "cấp bảo hộ mùa đông", "Tết Dương lịch")],
               "flags": []},
     "context": {"chair": "Trần Mạnh Cường", "chair_role": "Bí thư chi bộ", "secretary": "Phạm Thị Hồng Nhung",
                 "total": 34, "present": 31}},

    # 32: no conclusion and no read-back; a recognition vote only
    {"id": "y-body-32", "kind": "body",
     "blocks": [H("IV. THẢO LUẬN"),
                P("Đồng chí Lê Thị Kim Oanh đề nghị nhà trường kiểm tra lại nguồn thực phẩm của đơn vị cung cấp rau sau "
                  "khi phát hiện 01 lô rau không rõ nguồn gốc."),
                P("Đồng chí Đặng Thị Thu Hiền phát biểu về việc chuẩn bị hội thi giáo viên dạy giỏi cấp trường."),
                P("Chi bộ xem xét hồ sơ đề nghị công nhận đảng viên chính thức đối với đồng chí Nguyễn Thị Thanh Xuân. "
                  "Kết quả biểu quyết: 11/11 đảng viên chính thức có mặt tán thành."),
                P("Phân công: đ/c Lê Thị Kim Oanh kiểm tra hồ sơ nguồn gốc thực phẩm của đơn vị cung cấp, báo cáo Hiệu "
                  "trưởng trước ngày 5/4; đ/c Đặng Thị Thu Hiền xây dựng kế hoạch hội thi giáo viên dạy giỏi, tổ chức "
                  "xong trong tháng 4."),
                P("Buổi sinh hoạt kết thúc lúc 16 giờ 15 phút cùng ngày.")],
     "truth": {"end_time": "16:15", "conclusion": False,
               "resolutions": [vote(11, None, None, None, "công nhận đảng viên chính thức Nguyễn Thị Thanh Xuân")],
               "assignments": [task("Lê Thị Kim Oanh", "kiểm tra nguồn gốc thực phẩm", "5/4"),
                               task("Đặng Thị Thu Hiền", "kế hoạch hội thi giáo viên dạy giỏi", "tháng 4")],
               "flags": ["missing_conclusion", "not_approved"]},
     "context": {"chair": "Phạm Thị Thanh Bình", "chair_role": "Bí thư chi bộ", "secretary": "Hà Thị Lệ Thu",
                 "total": 12, "present": 12}},

    # 33: bullets, passive tasks in a lettered list, "trước mùa mưa bão"
    {"id": "y-body-33", "kind": "body",
     "blocks": [H("IV. THẢO LUẬN"),
                P("Có 3 đồng chí phát biểu ý kiến:"),
                L("• Đồng chí Nguyễn Hữu Phước (thôn trưởng): tuyến kè chắn sóng đoạn xóm Rùng bị sạt lở 40 m, nguy cơ "
                  "mất an toàn khi có bão."),
                L("• Đồng chí Huỳnh Thị Lệ: 100% tàu cá của thôn đã lắp thiết bị giám sát hành trình, cần tiếp tục "
                  "tuyên truyền ngư dân không khai thác bất hợp pháp."),
                L("• Đồng chí Trần Văn Sỹ: đề nghị kiểm tra các ao nuôi tôm trên cát xả thải thẳng ra biển."),
                H("V. KẾT LUẬN"),
                P("Đồng chí Bí thư chi bộ kết luận: thôn chủ động phương án phòng chống thiên tai theo phương châm “bốn "
                  "tại chỗ”; tuyệt đối không để tàu cá vi phạm khai thác IUU; kiểm soát ô nhiễm từ các ao nuôi tôm."),
                P("Chi bộ biểu quyết: 27/28 đồng chí tán thành, 01 đồng chí không biểu quyết."),
                P("Các nhiệm vụ cụ thể:"),
                L("a) Việc lập báo cáo sạt lở kè xóm Rùng, đề xuất xã xử lý khẩn cấp được giao cho đồng chí Nguyễn Hữu "
                  "Phước, xong trước mùa mưa bão."),
                L("b) Việc tuyên truyền chống khai thác IUU đến từng chủ tàu được giao cho Chi hội Nghề cá thôn, thực "
                  "hiện thường xuyên."),
                L("c) Việc kiểm tra các ao nuôi tôm xả thải được giao cho đồng chí Trần Văn Sỹ cùng Tổ tự quản môi "
                  "trường, báo cáo chi bộ kỳ họp sau."),
                P("Buổi sinh hoạt kết thúc lúc 21 giờ 00. Biên bản được đọc lại trước chi bộ và được thông qua.")],
     "truth": {"end_time": "21:00", "conclusion": True,
               "resolutions": [vote(27, None, 1, None, "kết luận")],
               "assignments": [task("Nguyễn Hữu Phước", "báo cáo sạt lở kè", "mùa mưa bão"),
                               task("Chi hội Nghề cá thôn", "tuyên truyền chống khai thác IUU", "thường xuyên"),
                               task("Trần Văn Sỹ", "kiểm tra ao nuôi tôm", "kỳ họp sau")],
               "flags": []},
     "context": {"chair": "Phan Văn Lượng", "chair_role": "Bí thư chi bộ", "secretary": "Lê Thị Bông",
                 "total": 30, "present": 28}},

    # 34: "nhất trí 100%", "phụ trách" + "chịu trách nhiệm", "đến hết mùa khô", no end time
    {"id": "y-body-34", "kind": "body",
     "blocks": [H("4. Ý kiến thảo luận"),
                P("Đ/c Hồ Văn Trí (Đội trưởng Đội Quản lý vận hành lưới điện) nêu: mùa khô năm nay phụ tải tăng 14%, "
                  "có 06 trạm biến áp thường xuyên quá tải giờ cao điểm; đề nghị sớm hoán đổi máy biến áp."),
                P("Đ/c Lê Ngọc Thạch (Tổ Kinh doanh) đề nghị tăng cường tuyên truyền tiết kiệm điện tới khách hàng sản "
                  "xuất."),
                H("5. Kết luận"),
                P("Đồng chí chủ trì kết luận: chi bộ lãnh đạo đơn vị bảo đảm cấp điện an toàn, ổn định trong mùa khô; "
                  "ưu tiên hoán đổi máy biến áp quá tải; đẩy mạnh tiết kiệm điện."),
                P("Chi bộ nhất trí 100% với kết luận."),
                H("6. Phân công"),
                P("Đ/c Hồ Văn Trí phụ trách hoán đổi 06 máy biến áp quá tải, hoàn thành trước 30/4/2024."),
                P("Tổ Kinh doanh chịu trách nhiệm tuyên truyền tiết kiệm điện đến các khách hàng sản xuất, thực hiện "
                  "đến hết mùa khô."),
                P("Biên bản được đọc lại cho toàn thể đảng viên nghe và nhất trí thông qua.")],
     "truth": {"end_time": None, "conclusion": True,
               "resolutions": [vote(None, None, None, 100, "kết luận")],
               "assignments": [task("Hồ Văn Trí", "hoán đổi máy biến áp", "30/4/2024"),
                               task("Tổ Kinh doanh", "tuyên truyền tiết kiệm điện", "hết mùa khô")],
               "flags": []},
     "context": {"chair": "Trịnh Thị Hải Yến", "chair_role": "Bí thư chi bộ", "secretary": "Âu Văn Lực",
                 "total": 17, "present": 17}},

    # 35: Q&A, duty reported, request upward, general calls: no assignment
    {"id": "y-body-35", "kind": "body",
     "blocks": [H("IV. THẢO LUẬN"),
                P("Đ/c Dương Văn Tình hỏi: tuyến đường Nguyễn Trãi kéo dài bao giờ khởi công nâng cấp? Đ/c Bí thư trả "
                  "lời: UBND phường đã trình thành phố, dự kiến khởi công trong quý I năm sau."),
                P("Đ/c Lê Thị Nụ báo cáo: tổ phụ nữ đã vận động 100% hộ đóng quỹ phòng chống thiên tai."),
                H("V. KẾT LUẬN"),
                P("Đồng chí Bí thư kết luận: chi bộ tiếp tục giữ vững danh hiệu khu dân cư văn hóa; đề nghị Đảng ủy "
                  "phường sớm làm việc với thành phố về tiến độ nâng cấp đường Nguyễn Trãi kéo dài; yêu cầu mỗi đảng "
                  "viên gương mẫu chấp hành quy định nơi cư trú, tích cực tham gia các hoạt động của khu phố."),
                P("Biểu quyết: 24/24 đ/c tán thành, đạt 100%."),
                P("Buổi sinh hoạt kết thúc lúc 20 giờ 55 phút. Biên bản đã được đọc lại và thông qua.")],
     "truth": {"end_time": "20:55", "conclusion": True,
               "resolutions": [vote(24, None, None, 100, "kết luận")],
               "assignments": [],
               "flags": ["missing_assignments"]},
     "context": {"chair": "Hà Thanh Long", "chair_role": "Bí thư chi bộ", "secretary": "Kiều Thị Nga",
                 "total": 26, "present": 24}},

    # 36: for/against/abstain with total, task over two sentences, one task with no deadline
    {"id": "y-body-36", "kind": "body",
     "blocks": [H("IV. THẢO LUẬN"),
                L("Đ/c Lại Văn Thanh: gói thầu xây lắp trường THCS Tân Mỹ đã có kết quả lựa chọn nhà thầu, nhưng mặt "
                  "bằng còn vướng 2 hộ."),
                L("Đ/c Chung Thị Ngọc: đề nghị đẩy nhanh quyết toán 04 công trình hoàn thành từ năm 2022."),
                L("Đ/c Thân Văn Bình: cần kiểm tra chất lượng bê tông tại công trình nhà văn hóa xã Phú Xuân."),
                H("V. KẾT LUẬN"),
                P("Đồng chí Bí thư chi bộ kết luận: tháng 5 Ban tập trung giải phóng mặt bằng, khởi công trường THCS Tân "
                  "Mỹ; quyết toán dứt điểm các công trình tồn đọng; tăng cường giám sát chất lượng thi công."),
                P("Biểu quyết: tán thành 8, không tán thành 1, ý kiến khác 1 (tổng số 10 đồng chí dự họp)."),
                P("Giao đồng chí Lại Văn Thanh phối hợp UBND xã Tân Mỹ vận động 2 hộ bàn giao mặt bằng. Việc này phải "
                  "xong trước ngày 25/5 để kịp khởi công đầu tháng 6."),
                P("Giao đồng chí Chung Thị Ngọc hoàn thiện hồ sơ quyết toán 04 công trình, nộp Phòng Tài chính – Kế "
                  "hoạch trong quý II/2023."),
                P("Đồng chí Thân Văn Bình chịu trách nhiệm mời đơn vị kiểm định khoan lấy mẫu bê tông công trình nhà văn "
                  "hóa xã Phú Xuân."),
                P("Cuộc họp kết thúc hồi 16h10'. Biên bản đọc lại, các đồng chí dự họp nhất trí thông qua.")],
     "truth": {"end_time": "16:10", "conclusion": True,
               "resolutions": [vote(8, 1, 1, None, "kết luận")],
               "assignments": [task("Lại Văn Thanh", "vận động bàn giao mặt bằng", "25/5"),
                               task("Chung Thị Ngọc", "hồ sơ quyết toán 04 công trình", "quý II/2023"),
                               task("Thân Văn Bình", "kiểm định bê tông", None)],
               "flags": []},
     "context": {"chair": "Kim Văn Hiệp", "chair_role": "Bí thư chi bộ", "secretary": "Mạc Văn Toàn",
                 "total": 11, "present": 10}},

    # 37: "Anh … (tổ 2):", nickname in brackets, Phó Bí thư concludes, vote in words
    {"id": "y-body-37", "kind": "body",
     "blocks": [H("IV. THẢO LUẬN"),
                P("Anh Nguyễn Văn Tấn (Sáu Tấn, tổ 2): ghe cào của mấy hộ ở vàm Rạch Gốc còn đi vào vùng cấm khai thác, "
                  "đề nghị ấp nhắc nhở."),
                P("Chị Lý Thị Hoa (tổ 4): lớp học tình thương ở xóm Chài thiếu cô giáo, đề nghị chi bộ vận động giáo "
                  "viên nghỉ hưu đứng lớp."),
                P("Anh Võ Văn Bé (tổ 1): đề nghị làm lại cây cầu khỉ qua kênh Xáng."),
                H("V. KẾT LUẬN"),
                P("Đồng chí Phó Bí thư chi bộ, chủ trì hội nghị, kết luận: chi bộ quyết tâm không để ghe tàu vi phạm "
                  "vùng cấm khai thác; bảo đảm các cháu xóm Chài có lớp học; vận động xã hội hóa làm cầu bê tông qua "
                  "kênh Xáng thay cầu khỉ."),
                P("Chi bộ biểu quyết thông qua kết luận với mười bốn đồng chí tán thành, không tán thành: không."),
                P("Giao nhiệm vụ: anh Nguyễn Văn Tấn (Sáu Tấn) đến từng hộ có ghe cào nhắc nhở, cho ký cam kết trong "
                  "tháng này. Chị Lý Thị Hoa liên hệ cô giáo Trần Thị Liễu đã nghỉ hưu, mời đứng lớp tình thương trước "
                  "năm học mới. Anh Võ Văn Bé cùng Ban nhân dân ấp vận động bà con góp tiền làm cầu, báo cáo kỳ họp "
                  "sau."),
                P("Buổi họp kết thúc lúc 20g15. Thư ký đọc lại biên bản, cả chi bộ thống nhất thông qua.")],
     "truth": {"end_time": "20:15", "conclusion": True,
               "resolutions": [vote(14, 0, None, None, "kết luận")],
               "assignments": [task("Nguyễn Văn Tấn", "nhắc nhở hộ có ghe cào", "tháng này"),
                               task("Lý Thị Hoa", "mời cô giáo đứng lớp", "năm học mới"),
                               task("Võ Văn Bé", "vận động góp tiền làm cầu", "kỳ họp sau")],
               "flags": []},
     "context": {"chair": "Lâm Văn Mười", "chair_role": "Phó Bí thư chi bộ", "secretary": "Trần Thị Út Em",
                 "total": 15, "present": 14}},

    # 38: no recorded opinion, minutes not read back
    {"id": "y-body-38", "kind": "body",
     "blocks": [H("IV. THẢO LUẬN"),
                P("Các đồng chí dự họp cơ bản thống nhất với dự thảo báo cáo và chương trình công tác tháng 5; không có "
                  "ý kiến khác."),
                H("V. KẾT LUẬN"),
                P("Đồng chí chủ trì kết luận: chi bộ lãnh đạo phòng thẩm định xong 12 hồ sơ đề nghị cấp phép khai thác "
                  "nước mặt; tổ chức tuyên truyền hưởng ứng Ngày Môi trường thế giới 5/6; thực hiện nghiêm giờ giấc "
                  "làm việc."),
                P("Biểu quyết thông qua kết luận: 100% (7/7) đồng chí tán thành."),
                P("Giao đ/c Triệu Minh Khôi thẩm định 06 hồ sơ cấp phép, đ/c Lục Thị Hồng thẩm định 06 hồ sơ còn lại; "
                  "hoàn thành trước 20/5/2025."),
                P("Cuộc họp kết thúc lúc 11 giờ 05 phút.")],
     "truth": {"end_time": "11:05", "conclusion": True,
               "resolutions": [vote(7, None, None, 100, "kết luận")],
               "assignments": [task("Triệu Minh Khôi", "thẩm định 06 hồ sơ", "20/5/2025"),
                               task("Lục Thị Hồng", "thẩm định 06 hồ sơ", "20/5/2025")],
               "flags": ["no_discussion", "not_approved"]},
     "context": {"chair": "Kiều Văn Thắm", "chair_role": "Bí thư chi bộ", "secretary": "Hầu Thị Duyên",
                 "total": 8, "present": 7}},

    # 39: two votes in one paragraph, two people one task, role-only task, "trước Tết"
    {"id": "y-body-39", "kind": "body",
     "blocks": [H("IV. THẢO LUẬN"),
                P("Đồng chí A Thuyết (trưởng thôn) phát biểu: còn 4 hộ chưa trả vốn vay hỗ trợ bò giống, đề nghị chi bộ "
                  "cử người gặp gỡ."),
                P("Đồng chí Y Bhim đề nghị thôn tổ chức lễ mừng lúa mới gắn với giữ gìn văn hóa cồng chiêng."),
                P("Đồng chí Đinh Thị Hlem: Tổ hòa giải đã giải quyết xong tranh chấp ranh giới rẫy giữa hai hộ."),
                H("V. KẾT LUẬN"),
                P("Đồng chí Bí thư chi bộ kết luận: chi bộ tập trung thu hồi vốn vay, tổ chức lễ mừng lúa mới tiết kiệm, "
                  "an toàn; đề nghị Đảng ủy xã xem xét kết nạp quần chúng A Lưu."),
                P("Biểu quyết kết luận: 12/12 đồng chí tán thành. Biểu quyết đề nghị kết nạp quần chúng A Lưu vào Đảng: "
                  "11/11 đảng viên chính thức tán thành."),
                P("Phân công:"),
                L("- Đ/c A Thuyết và đ/c Đinh Thị Hlem gặp 4 hộ chưa trả vốn vay, lập kế hoạch trả nợ, chậm nhất ngày "
                  "30/11."),
                L("- Chi đoàn thôn chuẩn bị đội cồng chiêng cho lễ mừng lúa mới trước Tết."),
                L("- Đ/c Bí thư chi bộ hoàn thiện hồ sơ đề nghị kết nạp đảng viên gửi Đảng ủy xã."),
                P("Buổi sinh hoạt kết thúc lúc 20 giờ 30 phút. Biên bản được đọc lại và nhất trí thông qua.")],
     "truth": {"end_time": "20:30", "conclusion": True,
               "resolutions": [vote(12, None, None, None, "kết luận"),
                               vote(11, None, None, None, "đề nghị kết nạp A Lưu")],
               "assignments": [task("A Thuyết", "gặp 4 hộ chưa trả vốn vay", "30/11"),
                               task("Đinh Thị Hlem", "gặp 4 hộ chưa trả vốn vay", "30/11"),
                               task("Chi đoàn thôn", "đội cồng chiêng", "Tết"),
                               task("Bí thư chi bộ", "hồ sơ đề nghị kết nạp", None)],
               "flags": []},
     "context": {"chair": "A Hrim", "chair_role": "Bí thư chi bộ", "secretary": "Đinh Thị Blơ",
                 "total": 13, "present": 12}},

    # 40: table Thời hạn | Việc | Đầu mối | Phối hợp, vote in words + percent
    {"id": "y-body-40", "kind": "body",
     "blocks": [H("4. Thảo luận"),
                P("Đồng chí Mai Anh Tuấn phát biểu: hệ thống lưu trữ dữ liệu khách hàng đã dùng 82% dung lượng, cần mở "
                  "rộng trước cao điểm cuối năm."),
                P("Đồng chí Phí Thị Thu Trang phát biểu: trong tháng có 3 kỹ sư nghỉ việc, đề nghị ưu tiên tuyển dụng "
                  "bổ sung."),
                P("Đồng chí Lương Đức Mạnh đề nghị tổ chức diễn tập ứng cứu sự cố an toàn thông tin."),
                H("5. Kết luận"),
                P("Đồng chí Bí thư chi bộ kết luận: chi bộ lãnh đạo Trung tâm bảo đảm hệ thống vận hành an toàn, liên "
                  "tục; mở rộng hạ tầng lưu trữ; kiện toàn nhân sự; diễn tập ứng cứu sự cố trong quý IV."),
                P("Biểu quyết: hai mươi hai đồng chí có mặt tán thành, đạt 100%."),
                H("6. Phân công"),
                T([(0.18, "Thời hạn", "c"), (0.34, "Việc", "l"), (0.25, "Đầu mối", "l"), (0.23, "Phối hợp", "l")],
                  [["15/11/2024", "Phương án mở rộng hạ tầng lưu trữ", "Đ/c Mai Anh Tuấn", "Phòng Đầu tư"],
                   ["Tháng 11/2024", "Tuyển dụng bổ sung 3 kỹ sư", "Đ/c Phí Thị Thu Trang", "Phòng Tổ chức lao động"],
                   ["Quý IV/2024", "Diễn tập ứng cứu sự cố an toàn thông tin", "Đ/c Lương Đức Mạnh",
                    "Chi đoàn Trung tâm"]]),
                P("Buổi sinh hoạt kết thúc lúc 18 giờ 10 phút. Biên bản được đọc lại, thông qua với sự nhất trí của toàn "
                  "thể đảng viên dự họp.")],
     "truth": {"end_time": "18:10", "conclusion": True,
               "resolutions": [vote(22, None, None, 100, "kết luận")],
               "assignments": [task("Mai Anh Tuấn", "mở rộng hạ tầng lưu trữ", "15/11/2024"),
                               task("Phí Thị Thu Trang", "tuyển dụng 3 kỹ sư", "Tháng 11/2024"),
                               task("Lương Đức Mạnh", "diễn tập ứng cứu sự cố", "Quý IV/2024")],
               "flags": []},
     "context": {"chair": "Hoàng Đình Khoa", "chair_role": "Bí thư chi bộ", "secretary": "Vi Thị Hằng",
                 "total": 23, "present": 22}},
]
PARTS = HEADS + OPENINGS + BODIES
