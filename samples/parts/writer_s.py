"""Writer s: parts of Party-cell minutes from the Northern mountains.

I am writer s. My cells are in Hà Giang, Lào Cai, Sơn La, Điện Biên, Lai Châu, Cao Bằng, Lạng Sơn, Yên Bái
and Tuyên Quang: village cells (bản, thôn, xóm), boarding schools (PTDTBT, PTDTNT), Border Guard posts and
checkpoints, commune police, health stations and district health centres, forest rangers and forestry
companies. People carry H'Mông, Thái, Tày, Dao, Nùng (and a few Kinh, Hà Nhì, La Hủ) names. The clerks copy
old templates by hand, write numbers in words, keep the old tone placement ("hoà", "thuỷ", "khoẻ") and mix
formal and spoken phrasing. Every name, place and number here is invented.

I wrote this module without reading the extractor, the generator, bench/, the tests, the held-out or other
sample sets, or any other writer's module, and without running the extractor; I read only DOMAIN.md,
samples/parts/README.md, writing.py and skeleton.py.

Labelling decisions taken where the README is silent:
 1. Head, `party_committee`: when the header has two committee lines above the cell (e.g. "ĐẢNG BỘ HUYỆN …" then
    "ĐẢNG ỦY XÃ …"), it is the line directly above the cell (the committee the cell belongs to), as printed
    ("ĐẢNG ỦY XÃ …" kept as ĐẢNG ỦY, not changed to ĐẢNG BỘ). "*" and "Số: …" lines are no part of it.
 2. Head, a cell or committee name wrapped over two header lines is joined by one space ("ĐẢNG BỘ CÔNG TY TNHH
    MTV" + "LÂM NGHIỆP NGHĨA VĂN"); a topic printed in capitals over two title lines is joined by one space and
    kept in capitals; quotes and the "Chuyên đề:" label dropped; a line "KẾT HỢP SINH HOẠT CHUYÊN ĐỀ" or "(lồng
    ghép sinh hoạt chuyên đề)" under a regular title makes it a combined (regular) meeting.
 3. Head, month written in words ("THÁNG GIÊNG", "tháng Bảy", "THÁNG TƯ") gives the month number; a title period
    that differs from the date line (March meeting held on 2 April) keeps the title's month and the line's date.
    "ngày mùng 5" is day 5. A date given in brackets under the title ("(Họp ngày 19/8/2025)") is the meeting
    date when the place-and-date line is left unfilled.
 4. Opening, an absentee's `reason` is the whole reason text written after the name (without the dash, colon or
    brackets around it, and without a rank or Party/job role written between the name and the reason, e.g. "Bí
    thư chi bộ, Trạm trưởng – đi họp …" → "đi họp …"), including "có xin phép" / "có báo cáo"; when the written
    reason is only "không lý do", "không có lý do", "không báo cáo" or "Không xin phép", that text is kept as
    the reason and `excused` is false. A named absentee with nothing written after the name has reason null,
    excused false. A reason written before a group of names ("02 đ/c không lý do là đ/c A và đ/c B") is each
    one's reason.
 5. Opening, ranks ("Thiếu tá", "Đại úy", "Thượng úy QNCN"), degrees and job prefixes ("BS.", "ĐD.", "BSCKI.")
    are dropped from chair, secretary, absentee and guest names; a guest's `role` is the text after the name up
    to the end of the clause, as written.
 6. Opening, a chair written with a Party role and a job ("Hạt trưởng, Bí thư chi bộ", "Bí thư chi bộ kiêm
    Trưởng bản") gets the Party role only; "Bí thư" alone stays "Bí thư"; a chair with no Party role written has
    role null. A text "(được Bí thư chi bộ ủy quyền)" after the deputy does not change the role.
 7. Opening, a time given as a span "từ 7h30' đến 11h00'" or "từ 14h đến 16h30" gives both start_time and
    end_time; a lunar date in brackets next to the solar date is ignored; location dots ("……") are null. In
    prose the location is the place phrase after "tại" up to the comma before the cell's name.
 8. Opening, "có mặt 07/07 đồng chí phải dự họp" with one exempt member: present 7, exempt 1, total 8. Counts in
    words are converted to numbers.
 9. Body, "ý kiến khác: 01" is abstain 1; a bare "Chi bộ nhất trí 100%." right after the conclusion is a vote
    (for null, percent 100). The counts of a vote on recognising a full member count only the full members
    present (so they can be lower than `present`). "đạt 100%" with counts gives both the counts and the
    percentage; a percentage is only filled when written. "nhất trí thông qua biên bản" / "Biên bản được thông
    qua, 100% đảng viên dự họp nhất trí" is approval of the minutes (no vote, not flagged not_approved).
10. Body, "Thảo luận và kết luận" as a heading with only opinions under it, "Chi bộ biểu quyết nhất trí với
    phương hướng" without a conclusion, an agenda sentence announcing a conclusion, and "Đồng chí chủ trì kết
    luận: nhất trí." are all no conclusion.
11. Body, a question asked by a named member and answered by the Bí thư counts as recorded discussion.
12. Body, assignees in a ruled table are the names in the "Người thực hiện" column without rank; a role with
    nobody named ("Phó Bí thư chi bộ", "Trưởng thôn") is kept as written; "Chi ủy" and groups as written ("Chi
    hội Phụ nữ bản", "Tổ an ninh thôn"). Deadlines drop the words in front ("trước", "chậm nhất ngày", "xong
    trước ngày", "xong trong", "hoàn thành trong", "báo cáo tại", "Trước" in a table cell) and keep case ("Tháng
    8/2022", "Hằng tuần"); "hằng tháng", "hằng tuần", "thường xuyên" (also "làm thường xuyên") are kept as those
    words; "ngay sau cuộc họp" is kept whole; "Tết Nguyên đán", "vụ ép mía", "tuần này" and "kỳ họp sau" are
    deadlines after "trước" / "xong trong" is dropped. A member volunteering ("xin nhận"), requests to the Đảng
    ủy/HĐND/UBND, duties reported as done, and "các đoàn thể", "mỗi đảng viên" are not assignments.
13. Body, a task placed inside the chair's conclusion ("… giao đồng chí X …") is an assignment like any other.
14. Body, `end_time` "9 giờ tối" → 21:00, "Họp xong 20h" → 20:00; no time written → null.
"""

from samples.parts.writing import C, H, HD, L, P, T, attendance, task, vote

FOLDER = "dev"

DCS = "ĐẢNG CỘNG SẢN VIỆT NAM"

# ---------------------------------------------------------------------------------------------------------
# HEADS
# ---------------------------------------------------------------------------------------------------------

HEADS = [
    {"id": "s-head-01", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ HUYỆN MÈO VẠC", "ĐẢNG ỦY XÃ SƠN VĨ", "CHI BỘ THÔN LŨNG PHÌN CÁO", "*"],
                   [DCS, "Sơn Vĩ, ngày 08 tháng 3 năm 2021"]),
                C("BIÊN BẢN"), C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3 NĂM 2021")],
     "truth": {"kind": "regular", "topic": None, "date": "2021-03-08", "month": 3, "year": 2021,
               "cell": "CHI BỘ THÔN LŨNG PHÌN CÁO", "party_committee": "ĐẢNG ỦY XÃ SƠN VĨ"}},

    {"id": "s-head-02", "kind": "head",
     "blocks": [HD(["CHI BỘ BẢN HUỔI LẾCH", "*"], [DCS, "……………, ngày …. tháng …. năm 20…"]),
                C("BIÊN BẢN HỌP CHI BỘ"), C("Tháng Bảy năm 2019", bold=False, italic=True)],
     "truth": {"kind": "regular", "topic": None, "date": None, "month": 7, "year": 2019,
               "cell": "CHI BỘ BẢN HUỔI LẾCH", "party_committee": None}},

    {"id": "s-head-03", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ XÃ CHIỀNG KHOANG", "CHI BỘ BẢN PÁ PHÁCH", "*"],
                   [DCS, "Chiềng Khoang, ngày mùng 5 tháng 6 năm 2022"]),
                C("BIÊN BẢN"), C("SINH HOẠT CHUYÊN ĐỀ QUÝ II NĂM 2022"),
                C("Chuyên đề: Nâng cao vai trò của đảng viên trong phát triển kinh tế hộ gia đình gắn với trồng "
                  "cây ăn quả trên đất dốc", bold=False, italic=True)],
     "truth": {"kind": "thematic",
               "topic": "Nâng cao vai trò của đảng viên trong phát triển kinh tế hộ gia đình gắn với trồng cây ăn "
                        "quả trên đất dốc",
               "date": "2022-06-05", "month": 6, "year": 2022,
               "cell": "CHI BỘ BẢN PÁ PHÁCH", "party_committee": "ĐẢNG BỘ XÃ CHIỀNG KHOANG"}},

    {"id": "s-head-04", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ BĐBP TỈNH LAI CHÂU", "ĐẢNG ỦY ĐỒN BIÊN PHÒNG PA NỦ SẦN",
                    "CHI BỘ ĐỘI TRINH SÁT - VŨ TRANG", "*"],
                   [DCS, "Phong Thổ, ngày 14 tháng 9 năm 2023"]),
                C("BIÊN BẢN"), C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 9/2023"),
                C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ"),
                C("“Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về xây dựng tình đoàn kết "
                  "quân dân nơi biên giới”", bold=False)],
     "truth": {"kind": "regular",
               "topic": "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về xây dựng tình đoàn kết "
                        "quân dân nơi biên giới",
               "date": "2023-09-14", "month": 9, "year": 2023,
               "cell": "CHI BỘ ĐỘI TRINH SÁT - VŨ TRANG", "party_committee": "ĐẢNG ỦY ĐỒN BIÊN PHÒNG PA NỦ SẦN"}},

    {"id": "s-head-05", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ XÃ PHÌN NGAN", "CHI BỘ TRƯỜNG PTDT", "BÁN TRÚ THCS PHÌN NGAN", "*",
                    "Số: 07-BB/CB"],
                   [DCS, "Phìn Ngan, ngày 27 tháng 11 năm 2020"]),
                C("BIÊN BẢN"), C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 11 NĂM 2020")],
     "truth": {"kind": "regular", "topic": None, "date": "2020-11-27", "month": 11, "year": 2020,
               "cell": "CHI BỘ TRƯỜNG PTDT BÁN TRÚ THCS PHÌN NGAN",
               "party_committee": "ĐẢNG BỘ XÃ PHÌN NGAN"}},

    {"id": "s-head-06", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ HUYỆN HẠ LANG", "ĐẢNG BỘ XÃ ĐỨC QUANG", "CHI BỘ XÓM BẢN KHÂM", "*"],
                   [DCS, "Đức Quang, ngày 3 tháng 1 năm 2024"]),
                C("HỘI NGHỊ CHI BỘ THƯỜNG KỲ"), C("THÁNG GIÊNG NĂM 2024")],
     "truth": {"kind": "regular", "topic": None, "date": "2024-01-03", "month": 1, "year": 2024,
               "cell": "CHI BỘ XÓM BẢN KHÂM", "party_committee": "ĐẢNG BỘ XÃ ĐỨC QUANG"}},

    {"id": "s-head-07", "kind": "head",
     "blocks": [HD(["ĐẢNG ỦY XÃ NẬM XE", "CHI BỘ BẢN GIANG MA", "*"],
                   [DCS, "Nậm Xe, ngày 02 tháng 4 năm 2025"]),
                C("BIÊN BẢN SINH HOẠT CHI BỘ"), C("Kỳ họp tháng 3/2025", bold=False, italic=True)],
     "truth": {"kind": "regular", "topic": None, "date": "2025-04-02", "month": 3, "year": 2025,
               "cell": "CHI BỘ BẢN GIANG MA", "party_committee": "ĐẢNG ỦY XÃ NẬM XE"}},

    {"id": "s-head-08", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ CÔNG TY TNHH MTV", "LÂM NGHIỆP NGHĨA VĂN", "CHI BỘ ĐỘI SẢN XUẤT SỐ 3", "*"],
                   [DCS, "Văn Chấn, ngày 18 tháng 8 năm 2020"]),
                C("BIÊN BẢN"), C("SINH HOẠT CHUYÊN ĐỀ QUÝ III/2020"),
                C("NÂNG CAO TRÁCH NHIỆM CỦA ĐẢNG VIÊN TRONG CÔNG TÁC"),
                C("QUẢN LÝ, BẢO VỆ RỪNG VÀ PHÒNG CHÁY CHỮA CHÁY RỪNG")],
     "truth": {"kind": "thematic",
               "topic": "NÂNG CAO TRÁCH NHIỆM CỦA ĐẢNG VIÊN TRONG CÔNG TÁC QUẢN LÝ, BẢO VỆ RỪNG VÀ PHÒNG CHÁY "
                        "CHỮA CHÁY RỪNG",
               "date": "2020-08-18", "month": 8, "year": 2020,
               "cell": "CHI BỘ ĐỘI SẢN XUẤT SỐ 3",
               "party_committee": "ĐẢNG BỘ CÔNG TY TNHH MTV LÂM NGHIỆP NGHĨA VĂN"}},

    {"id": "s-head-09", "kind": "head",
     "blocks": [HD(["CHI BỘ TRẠM Y TẾ XÃ", "TẢ VĂN CHƯ", "*", "Số: …/BB-CB"],
                   [DCS, "Tả Văn Chư, ngày 9 tháng 5 năm 2023"]),
                C("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ"), C("Tháng 5 năm 2023", bold=False)],
     "truth": {"kind": "regular", "topic": None, "date": "2023-05-09", "month": 5, "year": 2023,
               "cell": "CHI BỘ TRẠM Y TẾ XÃ TẢ VĂN CHƯ", "party_committee": None}},

    {"id": "s-head-10", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ XÃ THƯỢNG LÂM", "CHI BỘ THÔN NÀ THÁC", "*"],
                   [DCS, "Thượng Lâm, ngày 21 tháng 10 năm 2021"]),
                C("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ"),
                C("Chuyên đề: Giữ gìn bản sắc văn hoá dân tộc Tày gắn với phát triển du lịch cộng đồng",
                  bold=False)],
     "truth": {"kind": "thematic",
               "topic": "Giữ gìn bản sắc văn hoá dân tộc Tày gắn với phát triển du lịch cộng đồng",
               "date": "2021-10-21", "month": 10, "year": 2021,
               "cell": "CHI BỘ THÔN NÀ THÁC", "party_committee": "ĐẢNG BỘ XÃ THƯỢNG LÂM"}},

    {"id": "s-head-11", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ TRUNG TÂM Y TẾ KHU VỰC MƯỜNG NHÉ", "CHI BỘ KHOA NỘI - NHI - LÂY", "*"], [DCS]),
                C("BIÊN BẢN"), C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 02 NĂM 2026")],
     "truth": {"kind": "regular", "topic": None, "date": None, "month": 2, "year": 2026,
               "cell": "CHI BỘ KHOA NỘI - NHI - LÂY",
               "party_committee": "ĐẢNG BỘ TRUNG TÂM Y TẾ KHU VỰC MƯỜNG NHÉ"}},

    {"id": "s-head-12", "kind": "head",
     "blocks": [HD(["ĐẢNG ỦY XÃ KHUÔN HÀ", "CHI BỘ TRƯỜNG PTDTBT THCS KHUÔN HÀ", "*", "Số 15-BB/CB"],
                   [DCS, "Khuôn Hà, ngày 16 tháng 12 năm 2022"]),
                C("BIÊN BẢN"), C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 12 NĂM 2022"),
                C("(lồng ghép sinh hoạt chuyên đề)", bold=False, italic=True),
                C("Chuyên đề: Đổi mới phương pháp dạy tiếng Việt cho học sinh dân tộc thiểu số ở bán trú",
                  bold=False)],
     "truth": {"kind": "regular",
               "topic": "Đổi mới phương pháp dạy tiếng Việt cho học sinh dân tộc thiểu số ở bán trú",
               "date": "2022-12-16", "month": 12, "year": 2022,
               "cell": "CHI BỘ TRƯỜNG PTDTBT THCS KHUÔN HÀ", "party_committee": "ĐẢNG ỦY XÃ KHUÔN HÀ"}},

    {"id": "s-head-13", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ TỈNH LẠNG SƠN", "ĐẢNG BỘ XÃ KHÁNH KHÊ", "CHI BỘ THÔN PÒ MÁ", "*"],
                   [DCS, "Khánh Khê, ngày 07 tháng 01 năm 2026"]),
                C("BIÊN BẢN HỌP CHI BỘ ĐỊNH KỲ"), C("Tháng 01/2026", bold=False)],
     "truth": {"kind": "regular", "topic": None, "date": "2026-01-07", "month": 1, "year": 2026,
               "cell": "CHI BỘ THÔN PÒ MÁ", "party_committee": "ĐẢNG BỘ XÃ KHÁNH KHÊ"}},

    {"id": "s-head-14", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ XÃ THÀNG TÍN", "CHI BỘ THÔN NẬM THUỶ", "*"],
                   [DCS, "Thàng Tín, ngày 22 tháng 02 năm 2019"]),
                C("BIÊN BẢN"), C("SINH HOẠT CHUYÊN ĐỀ QUÝ I NĂM 2019"),
                C("\"Phát huy vai trò người có uy tín trong đồng bào Dao tham gia xây dựng nông thôn mới\"",
                  bold=False, italic=True)],
     "truth": {"kind": "thematic",
               "topic": "Phát huy vai trò người có uy tín trong đồng bào Dao tham gia xây dựng nông thôn mới",
               "date": "2019-02-22", "month": 2, "year": 2019,
               "cell": "CHI BỘ THÔN NẬM THUỶ", "party_committee": "ĐẢNG BỘ XÃ THÀNG TÍN"}},

    {"id": "s-head-15", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ CÔNG AN HUYỆN SI MA CAI", "CHI BỘ CÔNG AN XÃ NÀN SÍN", "*"],
                   [DCS, "Nàn Sín, ngày 26 tháng 4 năm 2024"]),
                C("BIÊN BẢN"), C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG TƯ NĂM 2024")],
     "truth": {"kind": "regular", "topic": None, "date": "2024-04-26", "month": 4, "year": 2024,
               "cell": "CHI BỘ CÔNG AN XÃ NÀN SÍN", "party_committee": "ĐẢNG BỘ CÔNG AN HUYỆN SI MA CAI"}},

    {"id": "s-head-16", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ XÃ CHIỀNG SƠ", "CHI BỘ BẢN HUA MƯỜNG", "*"],
                   [DCS, "…………, ngày … tháng … năm 20…"]),
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 8 NĂM 2025"),
                C("(Họp ngày 19/8/2025)", bold=False, italic=True)],
     "truth": {"kind": "regular", "topic": None, "date": "2025-08-19", "month": 8, "year": 2025,
               "cell": "CHI BỘ BẢN HUA MƯỜNG", "party_committee": "ĐẢNG BỘ XÃ CHIỀNG SƠ"}},
]

# ---------------------------------------------------------------------------------------------------------
# OPENINGS
# ---------------------------------------------------------------------------------------------------------


def _opening(i, blocks, date, start, end, location, chair, chair_role, secretary, att, flags):
    return {"id": f"s-open-{i:02d}", "kind": "opening", "blocks": blocks,
            "truth": {"date": date, "start_time": start, "end_time": end, "location": location,
                      "chair": None if chair is None else {"name": chair, "role": chair_role},
                      "secretary": None if secretary is None else {"name": secretary},
                      "attendance": att, "flags": flags}}


OPENINGS = [
    _opening(1, [
        L("- Thời gian: Bắt đầu từ 19 giờ 30 phút, ngày 12 tháng 3 năm 2021."),
        L("- Địa điểm: Nhà văn hoá bản Co Mạ."),
        L("- Thành phần: Tổng số đảng viên trong chi bộ: 21 đồng chí, trong đó miễn sinh hoạt 02 đồng chí (đồng chí "
          "Lò Văn Pọm và đồng chí Cà Thị Ún, tuổi cao, sức yếu)."),
        L("- Có mặt: 18 đồng chí; vắng 01 đồng chí: Quàng Văn Chăn – đi lao động tại Bắc Ninh, có xin phép."),
        L("- Chủ trì: Đồng chí Lò Văn Phớ – Bí thư chi bộ, Trưởng bản."),
        L("- Thư ký: Đồng chí Tòng Thị Khuyên – Chi ủy viên."),
    ], "2021-03-12", "19:30", None, "Nhà văn hoá bản Co Mạ", "Lò Văn Phớ", "Bí thư chi bộ", "Tòng Thị Khuyên",
        attendance(21, 18, 1, 1, 0, 2,
                   absentees=[("Quàng Văn Chăn", "đi lao động tại Bắc Ninh, có xin phép", True)]),
        []),

    _opening(2, [
        P("Hôm nay, vào hồi 8 giờ sáng ngày 15 tháng 7 năm 2019, tại nhà văn hóa thôn Sán Sả Hồ, Chi bộ thôn tiến "
          "hành sinh hoạt thường kỳ tháng 7 năm 2019."),
        P("Tổng số đảng viên của chi bộ là 14 đồng chí, có mặt 11 đồng chí, vắng mặt 03 đồng chí, trong đó: đ/c "
          "Vàng Seo Páo đi viện tỉnh chữa bệnh; đ/c Sùng A Dình và đ/c Thào Mí Lử vắng không có lý do."),
        P("Đồng chí Lý Seo Chúng – Bí thư chi bộ chủ trì hội nghị; đồng chí Sình Thị Xuân ghi biên bản."),
    ], "2019-07-15", "08:00", None, "nhà văn hóa thôn Sán Sả Hồ", "Lý Seo Chúng", "Bí thư chi bộ", "Sình Thị Xuân",
        attendance(14, 11, 3, 1, 2, 0,
                   absentees=[("Vàng Seo Páo", "đi viện tỉnh chữa bệnh", True),
                              ("Sùng A Dình", "không có lý do", False),
                              ("Thào Mí Lử", "không có lý do", False)]),
        ["low_attendance", "unexcused_absence"]),

    _opening(3, [
        L("Thời gian: 14h ngày 20/9/2022."),
        L("Địa điểm: Phòng họp Hội đồng sư phạm, Trường PTDTBT Tiểu học Tả Phìn."),
        L("Thành phần:"),
        L("+ Đảng viên trong chi bộ: 16 đ/c. Có mặt: 14 đ/c. Vắng: 02 đ/c (có danh sách dưới đây)."),
        T([(0.1, "TT", "c"), (0.42, "Họ và tên", "l"), (0.48, "Lý do vắng", "l")],
          [["1", "Lầu Thị Dợ", "Đi tập huấn tại Sở GD&ĐT"],
           ["2", "Phạm Thị Thu Hương", "Nghỉ chế độ thai sản"]]),
        L("+ Khách mời: đ/c Vàng A Sáng – Đảng ủy viên, Phó Chủ tịch UBND xã, phụ trách khối văn hoá – xã hội."),
        L("Chủ tọa: đ/c Đỗ Mạnh Cường, Bí thư chi bộ, Hiệu trưởng."),
        L("Người ghi biên bản: đ/c Chảo Thị Mẩy."),
    ], "2022-09-20", "14:00", None, "Phòng họp Hội đồng sư phạm, Trường PTDTBT Tiểu học Tả Phìn",
        "Đỗ Mạnh Cường", "Bí thư chi bộ", "Chảo Thị Mẩy",
        attendance(16, 14, 2, 2, 0, 0,
                   absentees=[("Lầu Thị Dợ", "Đi tập huấn tại Sở GD&ĐT", True),
                              ("Phạm Thị Thu Hương", "Nghỉ chế độ thai sản", True)],
                   guests=[("Vàng A Sáng", "Đảng ủy viên, Phó Chủ tịch UBND xã, phụ trách khối văn hoá – xã hội")]),
        ["low_attendance"]),

    _opening(4, [
        L("1. Thời gian: Từ 7h30' đến 11h00' ngày 06/4/2023."),
        L("2. Địa điểm: Hội trường Đồn Biên phòng Nậm Lầu Thàng."),
        L("3. Thành phần dự: Đảng viên chi bộ có 23 đ/c; có mặt 21 đ/c; vắng 02 đ/c (Thượng úy Lê Văn Hiếu đi "
          "công tác tuần tra biên giới; Trung úy Hạng A Chống đi học lớp Trung cấp lý luận chính trị)."),
        L("4. Chủ trì: Thiếu tá Phạm Quang Vinh – Bí thư chi bộ, Phó Chính trị viên Đồn."),
        L("5. Thư ký: Đại úy Mùa A Thắng – Chi ủy viên."),
    ], "2023-04-06", "07:30", "11:00", "Hội trường Đồn Biên phòng Nậm Lầu Thàng", "Phạm Quang Vinh",
        "Bí thư chi bộ", "Mùa A Thắng",
        attendance(23, 21, 2, 2, 0, 0,
                   absentees=[("Lê Văn Hiếu", "đi công tác tuần tra biên giới", True),
                              ("Hạng A Chống", "đi học lớp Trung cấp lý luận chính trị", True)]),
        []),

    _opening(5, [
        L("a) Thời gian: 19 giờ 30, ngày 28 tháng 5 năm 2024."),
        L("b) Địa điểm: Nhà văn hóa thôn Khuổi Phầy."),
        L("c) Thành phần: Chi bộ có mười hai đảng viên (chính thức mười một, dự bị một). Có mặt mười đồng chí. "
          "Vắng hai đồng chí: đồng chí Ma Văn Thình, Bí thư chi bộ, đi dự lớp bồi dưỡng tại huyện; đồng chí Nông "
          "Thị Lả, đi chăm con ốm ở bệnh viện."),
        L("d) Chủ trì: đồng chí Hoàng Văn Mằn – Phó Bí thư chi bộ (được Bí thư chi bộ ủy quyền)."),
        L("e) Thư ký: đồng chí Lục Thị Hoà."),
    ], "2024-05-28", "19:30", None, "Nhà văn hóa thôn Khuổi Phầy", "Hoàng Văn Mằn", "Phó Bí thư chi bộ",
        "Lục Thị Hoà",
        attendance(12, 10, 2, 2, 0, 0,
                   absentees=[("Ma Văn Thình", "đi dự lớp bồi dưỡng tại huyện", True),
                              ("Nông Thị Lả", "đi chăm con ốm ở bệnh viện", True)]),
        ["low_attendance"]),

    _opening(6, [
        L("Thời gian: 20h00 ngày 10/10/2020"),
        L("Địa điểm: Nhà sinh hoạt cộng đồng bản Nà Tòng"),
        L("Thành phần: Đảng viên có mặt 17/19 đồng chí, vắng 02 đ/c (01 có lý do, 01 không lý do)."),
        L("Chủ trì: Đ/c Lường Văn Thiêm - Bí thư chi bộ"),
        L("Thư ký: Đ/c Cầm Thị Dung"),
    ], "2020-10-10", "20:00", None, "Nhà sinh hoạt cộng đồng bản Nà Tòng", "Lường Văn Thiêm", "Bí thư chi bộ",
        "Cầm Thị Dung",
        attendance(19, 17, 2, 1, 1, 0),
        ["low_attendance", "unexcused_absence"]),

    _opening(7, [
        P("Vào hồi 13 giờ 30 phút ngày 19 tháng 6 năm 2025, tại Hội trường Công ty TNHH MTV Lâm nghiệp Tuần Giáo, "
          "Chi bộ Đội bảo vệ rừng chuyên trách tổ chức sinh hoạt thường kỳ tháng 6 năm 2025."),
        P("Đảng viên tham dự đầy đủ 29/29 đồng chí (chính thức 27, dự bị 02), đạt tỷ lệ 100%."),
        P("Dự và chỉ đạo có đồng chí Lò Văn Tỉnh, Phó Bí thư Đảng ủy, Phó Giám đốc Công ty."),
        P("Chủ trì: đồng chí Quàng Thị Lanh, Bí thư chi bộ, Đội trưởng. Thư ký: đồng chí Lù Văn Kiên."),
    ], "2025-06-19", "13:30", None, "Hội trường Công ty TNHH MTV Lâm nghiệp Tuần Giáo", "Quàng Thị Lanh",
        "Bí thư chi bộ", "Lù Văn Kiên",
        attendance(29, 29, 0, 0, 0, 0, guests=[("Lò Văn Tỉnh", "Phó Bí thư Đảng ủy, Phó Giám đốc Công ty")]),
        []),

    _opening(8, [
        L("Thời gian: 19h ngày 14/01/2022 (tức ngày 12 tháng Chạp)."),
        L("Địa điểm: Nhà văn hóa thôn Phìn Hồ Thầu."),
        L("Tổng số ĐV: 13 đ/c; dự họp: 12 đ/c; vắng: 01 đc (đc Tẩn Láo Sử – không báo cáo)."),
        L("Đ/c Chảo Láo Tả – Bí thư chi bộ chủ trì, cử đc Phàn Thị Mẩy làm thư ký."),
    ], "2022-01-14", "19:00", None, "Nhà văn hóa thôn Phìn Hồ Thầu", "Chảo Láo Tả", "Bí thư chi bộ",
        "Phàn Thị Mẩy",
        attendance(13, 12, 1, 0, 1, 0, absentees=[("Tẩn Láo Sử", "không báo cáo", False)]),
        ["unexcused_absence"]),

    _opening(9, [
        L("- Thời gian: 15 giờ 00, ngày 25 tháng 02 năm 2021."),
        L("- Địa điểm: Trụ sở Công an xã Pa Vây Sử."),
        L("- Tổng số đảng viên: 09 đồng chí. Có mặt: 08 đồng chí."),
        L("- Vắng mặt: 01 đồng chí:"),
        L("   + Đồng chí Thiếu úy Hờ A Giàng: trực ca tại chốt kiểm soát dịch Covid-19."),
        L("- Chủ trì: Đồng chí Trung tá Nguyễn Đức Tâm – Bí thư chi bộ, Trưởng Công an xã."),
        L("- Thư ký: Đồng chí Đại úy Vàng Thị Sinh."),
    ], "2021-02-25", "15:00", None, "Trụ sở Công an xã Pa Vây Sử", "Nguyễn Đức Tâm", "Bí thư chi bộ",
        "Vàng Thị Sinh",
        attendance(9, 8, 1, 1, 0, 0,
                   absentees=[("Hờ A Giàng", "trực ca tại chốt kiểm soát dịch Covid-19", True)]),
        ["low_attendance"]),

    _opening(10, [
        L("Thời gian: 14 giờ 30 ngày 03/8/2023. Địa điểm: Trạm Y tế xã Nậm Cang."),
        L("Thành phần: chi bộ có 08 đảng viên (07 chính thức, 01 dự bị); 01 đ/c được miễn sinh hoạt do tuổi cao "
          "(đ/c Lý Văn Chiêu, nguyên Trạm trưởng). Có mặt 07/07 đồng chí phải dự họp."),
        L("Chủ trì: BS. Tẩn Thị Lan – Bí thư chi bộ, Trạm trưởng;  thư ký: ĐD. Bàn Thị Duyên."),
    ], "2023-08-03", "14:30", None, "Trạm Y tế xã Nậm Cang", "Tẩn Thị Lan", "Bí thư chi bộ", "Bàn Thị Duyên",
        attendance(8, 7, 0, 0, 0, 1),
        []),

    _opening(11, [
        P("Hồi 19 giờ tối ngày 05 tháng 11 năm 2024, tại nhà văn hoá thôn Nà Khau, chi bộ họp thường kỳ tháng 11. "
          "Chi bộ có 20 đảng viên, 01 đồng chí miễn sinh hoạt vì ốm đau dài ngày; có mặt 18/19 đồng chí, đạt tỷ lệ "
          "94,7%; vắng 01 đồng chí Ma Thị Pín (có báo cáo, đi đám cưới con gái ở Hà Giang)."),
        P("Điều hành: đồng chí Nông Văn Tằng, Bí thư chi bộ. Ghi biên bản: đồng chí Chẩu Thị Nguyệt."),
    ], "2024-11-05", "19:00", None, "nhà văn hoá thôn Nà Khau", "Nông Văn Tằng", "Bí thư chi bộ",
        "Chẩu Thị Nguyệt",
        attendance(20, 18, 1, 1, 0, 1,
                   absentees=[("Ma Thị Pín", "có báo cáo, đi đám cưới con gái ở Hà Giang", True)]),
        []),

    _opening(12, [
        L("Thời gian: 7h ngày 17/12/2019"),
        L("Địa điểm: Nhà văn hóa bản Nậm Khao"),
        L("Đảng viên: tổng số 25, có mặt 24, vắng 01 (đ/c Pờ Là Xè)."),
        L("Đại biểu mời dự:"),
        L("- Đồng chí Lò Văn Mạnh – Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Tuyên giáo Huyện ủy Mường Tè;"),
        L("- Đồng chí Chu Thị Hằng – Đảng ủy viên, Chủ tịch Hội Liên hiệp Phụ nữ xã."),
        L("Chủ tọa: đ/c Lò Thị Xuân – Bí thư chi bộ kiêm Trưởng bản."),
        L("Thư ký: đ/c Lò Văn Nguyên."),
    ], "2019-12-17", "07:00", None, "Nhà văn hóa bản Nậm Khao", "Lò Thị Xuân", "Bí thư chi bộ", "Lò Văn Nguyên",
        attendance(25, 24, 1, 0, 1, 0, absentees=[("Pờ Là Xè", None, False)],
                   guests=[("Lò Văn Mạnh", "Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Tuyên giáo Huyện ủy Mường Tè"),
                           ("Chu Thị Hằng", "Đảng ủy viên, Chủ tịch Hội Liên hiệp Phụ nữ xã")]),
        ["unexcused_absence"]),

    _opening(13, [
        P("Thực hiện kế hoạch của Đảng ủy xã, hôm nay, ngày 09/9/2021, từ 14h đến 16h30, tại Hội trường UBND xã "
          "Sà Phìn, Chi bộ Cơ quan UBND xã tiến hành họp thường kỳ tháng 9."),
        P("Có mặt: mười lăm trên tổng số mười lăm đảng viên, không đồng chí nào vắng mặt."),
        P("Đồng chí Vừ Mí Sính, Bí thư, chủ trì; đồng chí Lầu Thị Chứ được cử làm thư ký ghi biên bản."),
    ], "2021-09-09", "14:00", "16:30", "Hội trường UBND xã Sà Phìn", "Vừ Mí Sính", "Bí thư", "Lầu Thị Chứ",
        attendance(15, 15, 0, 0, 0, 0),
        []),

    _opening(14, [
        L("- Thời gian: 19 giờ 15 phút, ngày 22/4/2020."),
        L("- Địa điểm: ……………………………………"),
        L("- Tổng số đảng viên: 11; có mặt: 09; vắng: 02 (Lý A Dìn: đi làm thuê ở Bắc Giang, không xin phép; Lý Thị "
          "Sua: ốm)."),
        L("- Chủ trì: Đ/c Giàng A Thào"),
        L("- Thư ký: Đ/c Vàng Thị Mai"),
    ], "2020-04-22", "19:15", None, None, "Giàng A Thào", None, "Vàng Thị Mai",
        attendance(11, 9, 2, 1, 1, 0,
                   absentees=[("Lý A Dìn", "đi làm thuê ở Bắc Giang, không xin phép", False),
                              ("Lý Thị Sua", "ốm", True)]),
        ["low_attendance", "unexcused_absence"]),

    _opening(15, [
        L("Thời gian: 16 giờ 00 phút ngày 29/6/2022"),
        L("Địa điểm: Phòng giao ban Trung tâm Y tế huyện Quản Bạ"),
        L("Thành phần: Có mặt 10 đ/c trên tổng số 11 đ/c. Vắng 01 đ/c: BSCKI. Nguyễn Thị Thuỷ – Bí thư chi bộ (đi "
          "công tác tại Bệnh viện Đa khoa tỉnh)."),
        L("Chủ trì: đ/c Hoàng Thị Sao – Chi ủy viên (được chi ủy phân công). Thư ký: đ/c Sùng Thị Ly."),
    ], "2022-06-29", "16:00", None, "Phòng giao ban Trung tâm Y tế huyện Quản Bạ", "Hoàng Thị Sao", "Chi ủy viên",
        "Sùng Thị Ly",
        attendance(11, 10, 1, 1, 0, 0,
                   absentees=[("Nguyễn Thị Thuỷ", "đi công tác tại Bệnh viện Đa khoa tỉnh", True)]),
        []),

    _opening(16, [
        L("Thời gian: 8 giờ sáng Chủ nhật, ngày 13/3/2022."),
        L("Địa điểm: Nhà văn hóa bản Huổi Mòn."),
        L("Thành phần: tổng số 17 đảng viên; có mặt 16; vắng 01 (đ/c Lò Văn Sương, đi viện)."),
        L("Chủ trì: Đ/c Lò Văn Ngoan – Bí thư chi bộ."),
        L("Thư ký: Đ/c Tòng Văn Hiếu."),
        L("Nội dung sinh hoạt gồm:"),
        L("1. Thông tin thời sự; phổ biến Kế hoạch số 45-KH/ĐU của Đảng ủy xã về trồng cây phân tán."),
        L("2. Đánh giá kết quả tháng 02, triển khai nhiệm vụ tháng 3/2022."),
        L("3. Thảo luận, biểu quyết, kết luận."),
    ], "2022-03-13", "08:00", None, "Nhà văn hóa bản Huổi Mòn", "Lò Văn Ngoan", "Bí thư chi bộ", "Tòng Văn Hiếu",
        attendance(17, 16, 1, 1, 0, 0, absentees=[("Lò Văn Sương", "đi viện", True)]),
        []),

    _opening(17, [
        P("Thời gian: 7 giờ 30 phút ngày 08 tháng 12 năm 2023. Địa điểm: Nhà văn hóa thôn Séo Lủng Chải."),
        P("Tổng số ĐV 31 đ/c (chính thức 28, dự bị 03), được miễn sinh hoạt 03 đ/c; số phải dự 28 đ/c; có mặt 23 "
          "đ/c; vắng 05 đ/c, trong đó 03 đ/c có lý do (đi làm ăn xa), 02 đ/c không lý do là đ/c Sùng Mí Dế và đ/c Ly "
          "Mí Chá."),
        P("Chủ trì: đ/c Sùng Mí Vư, Bí thư chi bộ; thư ký: đ/c Giàng Thị Dở."),
    ], "2023-12-08", "07:30", None, "Nhà văn hóa thôn Séo Lủng Chải", "Sùng Mí Vư", "Bí thư chi bộ",
        "Giàng Thị Dở",
        attendance(31, 23, 5, 3, 2, 3,
                   absentees=[("Sùng Mí Dế", "không lý do", False), ("Ly Mí Chá", "không lý do", False)]),
        ["low_attendance", "unexcused_absence"]),

    _opening(18, [
        P("Vào hồi mười chín giờ ba mươi phút ngày 21 tháng 8 năm 2020, tại Nhà văn hóa xóm Bó Lếch, Chi bộ xóm "
          "Bó Lếch họp định kỳ tháng 8."),
        P("Số đảng viên của chi bộ: mười chín đồng chí. Có mặt: mười tám đồng chí. Vắng: một đồng chí (đồng chí Bế "
          "Văn Slao, bận việc gia đình, có xin phép)."),
        P("Đồng chí Lưu Văn Pẻn – Bí thư chi bộ chủ trì buổi họp; đồng chí Nông Thị Thắm ghi biên bản."),
    ], "2020-08-21", "19:30", None, "Nhà văn hóa xóm Bó Lếch", "Lưu Văn Pẻn", "Bí thư chi bộ", "Nông Thị Thắm",
        attendance(19, 18, 1, 1, 0, 0,
                   absentees=[("Bế Văn Slao", "bận việc gia đình, có xin phép", True)]),
        []),

    _opening(19, [
        L("- Thời gian: 13h30 ngày 27/3/2024."),
        L("- Địa điểm: Phòng Hồ Chí Minh, Trạm Kiểm soát Biên phòng Cửa khẩu Lũng Phìn."),
        L("- Đảng viên: 07 đ/c, có mặt 06 đ/c; vắng 01 đ/c: Thiếu tá Hoàng Minh Đạo, Bí thư chi bộ, Trạm trưởng – "
          "đi họp giao ban tại Bộ Chỉ huy BĐBP tỉnh."),
        L("- Chủ trì: Đại úy Triệu Văn Pham, Phó Bí thư chi bộ, Phó Trạm trưởng."),
        L("- Thư ký: Thượng úy QNCN Lý Văn Phương."),
    ], "2024-03-27", "13:30", None, "Phòng Hồ Chí Minh, Trạm Kiểm soát Biên phòng Cửa khẩu Lũng Phìn",
        "Triệu Văn Pham", "Phó Bí thư chi bộ", "Lý Văn Phương",
        attendance(7, 6, 1, 1, 0, 0,
                   absentees=[("Hoàng Minh Đạo", "đi họp giao ban tại Bộ Chỉ huy BĐBP tỉnh", True)]),
        ["low_attendance"]),

    _opening(20, [
        L("Thời gian: 19 giờ 00 phút ngày 18/02/2025 (sau Tết Nguyên đán)."),
        L("Địa điểm: Nhà văn hoá thôn Nà Mèn."),
        L("Tổng số đảng viên: 26 đ/c; miễn sinh hoạt: 01 đ/c; phải dự: 25 đ/c; có mặt: 23 đ/c; vắng: 02 đ/c, cụ "
          "thể:"),
        L("- Đ/c Ma Văn Khiêm: đi trông nom bố ốm tại bệnh viện tỉnh;"),
        L("- Đ/c Đặng Thị Nhất: nghỉ sinh con."),
        L("Chủ trì: đ/c Hà Văn Chung – Bí thư chi bộ; Thư ký: đ/c Bàn Thị Hằng."),
    ], "2025-02-18", "19:00", None, "Nhà văn hoá thôn Nà Mèn", "Hà Văn Chung", "Bí thư chi bộ", "Bàn Thị Hằng",
        attendance(26, 23, 2, 2, 0, 1,
                   absentees=[("Ma Văn Khiêm", "đi trông nom bố ốm tại bệnh viện tỉnh", True),
                              ("Đặng Thị Nhất", "nghỉ sinh con", True)]),
        []),

    _opening(21, [
        P("Hôm nay, vào hồi 14 giờ 30 phút ngày 24 tháng 10 năm 2023, tại phòng họp Trường Phổ thông Dân tộc nội "
          "trú THCS&THPT huyện Xín Mần, Chi bộ Tổ Tự nhiên tiến hành sinh hoạt chi bộ thường kỳ tháng 10/2023."),
        L("Số đảng viên có mặt: 17/17 đồng chí."),
        L("Khách mời: đồng chí Nguyễn Thị Thanh Hà, Phó Bí thư Đảng ủy, Phó Hiệu trưởng nhà trường."),
        L("Đồng chí Trần Văn Hưng, Bí thư chi bộ, Tổ trưởng chuyên môn chủ trì; đồng chí Hoàng Thị Sen làm thư ký."),
    ], "2023-10-24", "14:30", None, "phòng họp Trường Phổ thông Dân tộc nội trú THCS&THPT huyện Xín Mần",
        "Trần Văn Hưng", "Bí thư chi bộ", "Hoàng Thị Sen",
        attendance(17, 17, 0, 0, 0, 0,
                   guests=[("Nguyễn Thị Thanh Hà", "Phó Bí thư Đảng ủy, Phó Hiệu trưởng nhà trường")]),
        []),

    _opening(22, [
        L("Bắt đầu: 9h15 ngày 11/5/2019."),
        L("Địa điểm: Nhà văn hóa bản Kháo Chua."),
        L("Đảng viên: tổng số 18 đ/c; có mặt 16 đ/c; vắng 02 đ/c (theo bảng dưới)."),
        T([(0.08, "STT", "c"), (0.37, "Họ tên đảng viên vắng", "l"), (0.35, "Lý do", "l"), (0.2, "Ghi chú", "c")],
          [["1", "Thào A Chư", "Không xin phép", ""],
           ["2", "Hạng Thị Pà", "Đi khám thai ở huyện", "Có lý do"]]),
        L("Chủ trì: Đ/c Giàng A Sử (Bí thư chi bộ)."),
        L("Thư ký: Đ/c Lý A Chính."),
    ], "2019-05-11", "09:15", None, "Nhà văn hóa bản Kháo Chua", "Giàng A Sử", "Bí thư chi bộ", "Lý A Chính",
        attendance(18, 16, 2, 1, 1, 0,
                   absentees=[("Thào A Chư", "Không xin phép", False),
                              ("Hạng Thị Pà", "Đi khám thai ở huyện", True)]),
        ["low_attendance", "unexcused_absence"]),

    _opening(23, [
        P("Hôm nay, 10 giờ ngày 16/01/2020, Chi bộ Hạt Kiểm lâm huyện Tủa Chùa họp tại phòng họp cơ quan Hạt, thời "
          "gian từ 10 giờ đến 11 giờ 45."),
        P("Dự họp 32/34 đồng chí, 02 đồng chí vắng có lý do (đi công tác)."),
        P("Chủ trì: đ/c Lò Văn Khánh – Hạt trưởng, Bí thư chi bộ. Thư ký: đ/c Vì Thị Nhung – Kiểm lâm viên."),
    ], "2020-01-16", "10:00", "11:45", "phòng họp cơ quan Hạt", "Lò Văn Khánh", "Bí thư chi bộ", "Vì Thị Nhung",
        attendance(34, 32, 2, 2, 0, 0),
        []),

    _opening(24, [
        L("Thời gian: 20h15'."),
        L("Địa điểm: Nhà văn hóa thôn Khe Cam."),
        L("Thành phần: tổng số 14 đảng viên, 02 đồng chí miễn sinh hoạt (đ/c Triệu Tiến Quý và đ/c Đặng Văn Mùi, "
          "già yếu). Có mặt 100% đảng viên phải sinh hoạt (12/12)."),
        L("Chủ trì: đc Triệu Văn Lai, Bí thư chi bộ.  Thư ký: đc Bàn Thị Mỷ."),
    ], None, "20:15", None, "Nhà văn hóa thôn Khe Cam", "Triệu Văn Lai", "Bí thư chi bộ", "Bàn Thị Mỷ",
        attendance(14, 12, 0, 0, 0, 2),
        []),

    _opening(25, [
        P("Hôm nay, lúc 14 giờ ngày 07 tháng 7 năm 2021, tại Trụ sở Ban Chỉ huy Quân sự xã Bản Hon, Chi bộ Quân sự "
          "xã tiến hành sinh hoạt thường kỳ tháng 7."),
        P("Chi bộ có tổng số mười ba đảng viên, có mặt mười hai đồng chí, vắng một đồng chí (đ/c Tao Văn Lả đi huấn "
          "luyện tại huyện)."),
        P("Chủ tọa: đồng chí Lò Văn Xiêng – Bí thư chi bộ, Chỉ huy trưởng Ban CHQS xã. Đồng chí chủ tọa đề nghị và "
          "chi bộ nhất trí cử đồng chí Chẻo Thị Hương làm thư ký."),
    ], "2021-07-07", "14:00", None, "Trụ sở Ban Chỉ huy Quân sự xã Bản Hon", "Lò Văn Xiêng", "Bí thư chi bộ",
        "Chẻo Thị Hương",
        attendance(13, 12, 1, 1, 0, 0, absentees=[("Tao Văn Lả", "đi huấn luyện tại huyện", True)]),
        []),

    _opening(26, [
        P("Hôm nay, ngày 02 tháng 11 năm 2022, tại Nhà văn hoá thôn Bản Phố, Chi bộ thôn Bản Phố họp định kỳ tháng "
          "11. Đảng viên có mặt đầy đủ 10/10 đồng chí."),
        P("Đồng chí Hoàng Văn Lìn, Bí thư chi bộ chủ trì; đồng chí Nông Thị Pài thư ký."),
    ], "2022-11-02", None, None, "Nhà văn hoá thôn Bản Phố", "Hoàng Văn Lìn", "Bí thư chi bộ", "Nông Thị Pài",
        attendance(10, 10, 0, 0, 0, 0),
        []),

    _opening(27, [
        L("Thời gian: 19 giờ 30 phút, ngày mười lăm tháng tư năm 2023."),
        L("Địa điểm: Nhà văn hóa thôn Sảng Pả B."),
        L("Thành phần: đảng viên chính thức 15, dự bị 02; có mặt 16 đồng chí, vắng 01 đồng chí dự bị (đ/c Vàng A "
          "Khua, đi làm ăn xa không báo cáo chi bộ)."),
        L("Chủ trì: đ/c Mua Mí Pó – Bí thư chi bộ."),
        L("Thư ký: đ/c Lầu Thị Sua."),
    ], "2023-04-15", "19:30", None, "Nhà văn hóa thôn Sảng Pả B", "Mua Mí Pó", "Bí thư chi bộ", "Lầu Thị Sua",
        attendance(17, 16, 1, 0, 1, 0,
                   absentees=[("Vàng A Khua", "đi làm ăn xa không báo cáo chi bộ", False)]),
        ["unexcused_absence"]),

    _opening(28, [
        L("Thời gian: 18 giờ 30 phút ngày 26 tháng 9 năm 2024."),
        L("Địa điểm: Nhà văn hóa thôn Lùng Tám Thấp."),
        L("Thành phần:"),
        L("+ Tổng số đảng viên 16 đồng chí, có mặt 15 đồng chí, vắng 01 (đ/c Vàng Thị Dính ốm nằm viện)."),
        L("+ Mời dự: đ/c Sùng Seo Chứ – Phó Bí thư Thường trực Đảng ủy xã; đ/c Ly Thị Sàng – Chi "
          "hội trưởng Chi hội Phụ nữ thôn."),
        L("+ Chủ trì: đ/c Hầu Mí Lử – Bí thư chi bộ."),
        L("+ Thư ký: đ/c Thào Thị Mỷ."),
    ], "2024-09-26", "18:30", None, "Nhà văn hóa thôn Lùng Tám Thấp", "Hầu Mí Lử", "Bí thư chi bộ", "Thào Thị Mỷ",
        attendance(16, 15, 1, 1, 0, 0, absentees=[("Vàng Thị Dính", "ốm nằm viện", True)],
                   guests=[("Sùng Seo Chứ", "Phó Bí thư Thường trực Đảng ủy xã"),
                           ("Ly Thị Sàng", "Chi hội trưởng Chi hội Phụ nữ thôn")]),
        []),

    _opening(29, [
        L("Thời gian: từ 19h00 đến 21h30 ngày 30/12/2024."),
        L("Địa điểm: Nhà văn hóa thôn Khòn Quắc."),
        L("Thành phần: 14/15 đ/c có mặt; vắng đ/c Lành Thị Nhị (đi viện)."),
        L("Chủ trì: đ/c Hoàng Văn Slấy – Bí thư chi bộ, Trưởng thôn. Thư ký: đ/c Vi Thị Thơm."),
    ], "2024-12-30", "19:00", "21:30", "Nhà văn hóa thôn Khòn Quắc", "Hoàng Văn Slấy", "Bí thư chi bộ",
        "Vi Thị Thơm",
        attendance(15, 14, 1, 1, 0, 0, absentees=[("Lành Thị Nhị", "đi viện", True)]),
        []),

    _opening(30, [
        P("Vào lúc 20 giờ ngày 14 tháng 01 năm 2026, tại nhà văn hóa bản Nà Cài, Chi bộ bản Nà Cài họp thường kỳ "
          "tháng Giêng."),
        P("Đảng viên có mặt 20 đồng chí/22 đồng chí, vắng 02 đồng chí có lý do: đ/c Cà Văn Nọi (đi làm ăn tại Bình "
          "Dương, có báo cáo chi bộ), đ/c Lò Văn Tiến (trực chốt phòng cháy rừng)."),
        P("Chủ trì: Đ/c Lò Thị Ơn – Bí thư Chi bộ. Thư ký: Đ/c Lường Thị Phương."),
    ], "2026-01-14", "20:00", None, "nhà văn hóa bản Nà Cài", "Lò Thị Ơn", "Bí thư Chi bộ", "Lường Thị Phương",
        attendance(22, 20, 2, 2, 0, 0,
                   absentees=[("Cà Văn Nọi", "đi làm ăn tại Bình Dương, có báo cáo chi bộ", True),
                              ("Lò Văn Tiến", "trực chốt phòng cháy rừng", True)]),
        []),

    _opening(31, [
        L("Thời gian: 17h."),
        L("Địa điểm: Phòng Hội đồng Trường PTDT Bán trú Tiểu học Nậm Chảy."),
        L("Thành phần: đảng viên của chi bộ 18 đồng chí, trong đó đ/c Hoàng Thị Mây nghỉ điều trị bệnh dài ngày, "
          "được miễn sinh hoạt; có mặt 17 đồng chí."),
        L("Khách mời: đồng chí Lồ Văn Sáu – Chủ tịch Ủy ban MTTQ xã Nậm Chảy."),
        L("Điều hành: đ/c Phan Thị Thanh Thuỷ – Bí thư chi bộ."),
        L("Thư ký hội nghị: đ/c Cư Seo Chá."),
    ], None, "17:00", None, "Phòng Hội đồng Trường PTDT Bán trú Tiểu học Nậm Chảy", "Phan Thị Thanh Thuỷ",
        "Bí thư chi bộ", "Cư Seo Chá",
        attendance(18, 17, 0, 0, 0, 1, guests=[("Lồ Văn Sáu", "Chủ tịch Ủy ban MTTQ xã Nậm Chảy")]),
        []),

    _opening(32, [
        L("1) Thời gian: 8h00' ngày 23/7/2025."),
        L("2) Địa điểm: Hội trường Đồn Biên phòng Sóc Giang Thượng."),
        L("3) Thành phần: Tổng số: 27; có mặt: 25; vắng: 02 (có lý do: 02, đi tuần tra song phương)."),
        L("Đồng chí Trung tá Nông Văn Tuyến – Chính trị viên Đồn, Bí thư chi bộ chủ trì; đồng chí Thượng úy Lý "
          "Văn Thuỷ ghi biên bản."),
    ], "2025-07-23", "08:00", None, "Hội trường Đồn Biên phòng Sóc Giang Thượng", "Nông Văn Tuyến", "Bí thư chi bộ",
        "Lý Văn Thuỷ",
        attendance(27, 25, 2, 2, 0, 0),
        []),
]

# ---------------------------------------------------------------------------------------------------------
# BODIES
# ---------------------------------------------------------------------------------------------------------


def _body(i, blocks, end, conclusion, resolutions, assignments, flags, ctx):
    chair, role, secretary, total, present = ctx
    return {"id": f"s-body-{i:02d}", "kind": "body", "blocks": blocks,
            "truth": {"end_time": end, "conclusion": conclusion, "resolutions": resolutions,
                      "assignments": assignments, "flags": flags},
            "context": {"chair": chair, "chair_role": role, "secretary": secretary, "total": total,
                        "present": present}}


BODIES = [
    # 01 -- classic, heading per section
    _body(1, [
        H("III. THẢO LUẬN"),
        P("Đồng chí Lường Văn Pánh phát biểu: nhất trí với báo cáo của chi ủy. Tuy nhiên việc chuyển đổi cây trồng "
          "trên đất dốc ở bản còn chậm, nhiều hộ vẫn trồng ngô thuần, đất bạc màu nhanh; đề nghị chi bộ có hình "
          "thức động viên các hộ chuyển sang trồng xoài, nhãn ghép."),
        P("Đồng chí Cà Thị Phượng phát biểu: việc di dời chuồng trại ra khỏi gầm sàn chưa chuyển biến, sắp vào mùa "
          "mưa dễ phát sinh dịch bệnh; đề nghị Chi hội Phụ nữ vào cuộc mạnh hơn."),
        H("IV. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ"),
        P("Sau khi nghe các ý kiến, đồng chí Bí thư chi bộ kết luận: Chi bộ ghi nhận kết quả tháng 4; tháng 5 tập "
          "trung ba việc chính: (1) hoàn thành trồng 4,5 ha xoài ghép theo dự án; (2) di dời chuồng trại ra khỏi "
          "gầm sàn đối với 12 hộ còn lại; (3) giữ vững an ninh trật tự, không để phát sinh người nghiện mới."),
        P("Chi bộ biểu quyết thông qua kết luận: 15/15 đồng chí tán thành, đạt 100%."),
        H("V. PHÂN CÔNG"),
        L("- Giao đồng chí Lường Văn Pánh phối hợp với cán bộ khuyến nông xã hướng dẫn các hộ trồng xoài ghép, xong "
          "trước ngày 20/5/2021."),
        L("- Giao Chi hội Phụ nữ bản vận động 12 hộ di dời chuồng trại, hoàn thành trong tháng 6."),
        P("Buổi sinh hoạt kết thúc lúc 21 giờ 15 phút. Biên bản đã được đọc lại, các đồng chí dự họp nhất trí thông "
          "qua."),
    ], "21:15", True,
        [vote(15, None, None, 100, "kết luận tháng 5/2021")],
        [task("Lường Văn Pánh", "hướng dẫn các hộ trồng xoài ghép", "20/5/2021"),
         task("Chi hội Phụ nữ bản", "vận động 12 hộ di dời chuồng trại", "tháng 6")],
        [], ("Lò Văn Hặc", "Bí thư chi bộ", "Cầm Thị Ngoan", 16, 15)),

    # 02 -- list of opinions, vote in words, "+ Đồng chí X:" tasks
    _body(2, [
        L("* Ý kiến thảo luận:"),
        L("- Đ/c Vàng Mí Sính: thôn còn 5 hộ chưa có nhà tiêu hợp vệ sinh, đề nghị chi bộ có biện pháp dứt điểm."),
        L("- Đ/c Thào Thị Dung: sau Tết vẫn còn học sinh bỏ học theo bố mẹ đi làm thuê, cần đến từng nhà vận động."),
        L("- Đ/c Sùng A Của: nhất trí, đề nghị tăng cường tuần tra đường mòn, lối mở biên giới dịp cuối năm."),
        P("Đ/c Bí thư chi bộ Giàng Seo Lử kết luận: chi bộ thống nhất các nội dung đã nêu, tháng 12 tập trung vận "
          "động làm nhà tiêu, giữ học sinh đi học đầy đủ, giữ an ninh trật tự, không để xảy ra xuất cảnh trái phép "
          "dịp Tết."),
        P("Biểu quyết: mười ba trên mười ba đồng chí có mặt nhất trí."),
        L("Phân công:"),
        L("+ Đồng chí Vàng Mí Sính: đôn đốc 5 hộ làm nhà tiêu, xong trước Tết Nguyên đán."),
        L("+ Đồng chí Thào Thị Dung, đồng chí Sùng Thị Mỷ: đến từng gia đình có học sinh nghỉ học để vận động các em "
          "trở lại lớp; làm thường xuyên."),
        L("+ Tổ an ninh thôn: tuần tra đường mòn, lối mở hằng tuần."),
        P("Họp xong 20h45. Biên bản đọc lại cho chi bộ nghe, không ai có ý kiến khác, nhất trí thông qua."),
    ], "20:45", True,
        [vote(13, None, None, None, "kết luận tháng 12")],
        [task("Vàng Mí Sính", "đôn đốc 5 hộ làm nhà tiêu", "Tết Nguyên đán"),
         task("Thào Thị Dung", "vận động học sinh trở lại lớp", "thường xuyên"),
         task("Sùng Thị Mỷ", "vận động học sinh trở lại lớp", "thường xuyên"),
         task("Tổ an ninh thôn", "tuần tra đường mòn, lối mở", "hằng tuần")],
        [], ("Giàng Seo Lử", "Bí thư chi bộ", "Ly Thị Mai", 14, 13)),

    # 03 -- DEFECT: heading promises a conclusion, none written
    _body(3, [
        H("IV. THẢO LUẬN VÀ KẾT LUẬN"),
        P("Đồng chí Ma Thị Thoa (tổ 2) đề nghị chi bộ xem xét lại danh sách hộ nghèo, vì có hộ đã làm được nhà xây, "
          "mua được xe máy nhưng vẫn còn trong danh sách, bà con trong tổ có ý kiến."),
        P("Đồng chí Hà Văn Quân hỏi: năm nay huyện còn hỗ trợ giống quế cho các hộ trồng mới không? Đồng chí Bí thư "
          "trả lời: huyện vẫn hỗ trợ 50% tiền giống, các hộ đăng ký qua thôn, thôn tổng hợp gửi lên xã."),
        P("Đồng chí Ma Văn Tuyên đề nghị tu sửa lại đoạn mương Nà Pục bị sạt sau trận mưa lũ vừa qua."),
        P("Chi bộ biểu quyết nhất trí 100% với phương hướng, nhiệm vụ tháng 9/2020."),
        P("Giao đồng chí Hà Văn Quân phụ trách việc vận động các hộ đăng ký trồng quế, gửi danh sách về Ban quản lý "
          "thôn trước ngày 25/9/2020."),
        P("Buổi sinh hoạt kết thúc vào 21 giờ. Biên bản được đọc lại và thông qua toàn thể chi bộ."),
    ], "21:00", False,
        [vote(None, None, None, 100, "phương hướng, nhiệm vụ tháng 9/2020")],
        [task("Hà Văn Quân", "vận động các hộ đăng ký trồng quế", "25/9/2020")],
        ["missing_conclusion"], ("Ma Văn Toàn", "Bí thư chi bộ", "Hà Thị Huệ", 20, 19)),

    # 04 -- table of opinions, numbered conclusion, two votes, task table
    _body(4, [
        H("4. Thảo luận"),
        T([(0.07, "TT", "c"), (0.3, "Đảng viên phát biểu", "l"), (0.63, "Nội dung ý kiến", "l")],
          [["1", "Đại úy Lò Văn Thiết", "Thời gian tới vào vụ thu hoạch lúa nương, người dân qua lại lối mở nhiều, "
                                         "cần bố trí tổ công tác bám bản nhiều hơn."],
           ["2", "Thượng úy Nguyễn Hữu Phúc", "Đề nghị chi bộ sớm xét công nhận đảng viên chính thức cho đồng chí "
                                               "Vàng A Lềnh, hồ sơ đã đủ."],
           ["3", "Trung úy Vàng A Lềnh", "Xin hứa tiếp tục rèn luyện, học thêm tiếng Hà Nhì để làm tốt công tác vận "
                                          "động quần chúng."]]),
        H("5. Kết luận"),
        P("Đồng chí Bí thư chi bộ kết luận, trong tháng 8 chi bộ tập trung:"),
        L("1. Duy trì nghiêm chế độ trực sẵn sàng chiến đấu, tuần tra song phương theo kế hoạch."),
        L("2. Giúp nhân dân bản Nậm Cáy thu hoạch lúa, sửa nhà sau mưa lũ."),
        L("3. Hoàn thiện thủ tục công nhận đảng viên chính thức cho đồng chí Vàng A Lềnh."),
        P("Biểu quyết thông qua kết luận: tán thành 18/18 đ/c, không tán thành 0, ý kiến khác 0."),
        P("Chi bộ biểu quyết đề nghị công nhận đảng viên chính thức đối với đồng chí Trung úy Vàng A Lềnh: 17/17 "
          "đảng viên chính thức có mặt tán thành (100%)."),
        H("6. Phân công thực hiện"),
        T([(0.3, "Người thực hiện", "l"), (0.5, "Nội dung", "l"), (0.2, "Thời hạn", "c")],
          [["Đại úy Lò Văn Thiết", "Xây dựng kế hoạch tuần tra song phương tháng 8", "05/8/2022"],
           ["Tổ công tác đồn tại bản Nậm Cáy", "Giúp dân thu hoạch lúa, sửa nhà", "Tháng 8/2022"],
           ["Thượng úy Nguyễn Hữu Phúc", "Hoàn thiện hồ sơ chuyển đảng chính thức cho đ/c Lềnh", "Trước 15/8/2022"]]),
        P("Hội nghị kết thúc lúc 16 giờ 40 phút. Biên bản được thông qua trước hội nghị, các đồng chí nhất trí 100%."),
    ], "16:40", True,
        [vote(18, 0, 0, None, "kết luận tháng 8/2022"),
         vote(17, None, None, 100, "công nhận đảng viên chính thức đ/c Vàng A Lềnh")],
        [task("Lò Văn Thiết", "kế hoạch tuần tra song phương", "05/8/2022"),
         task("Tổ công tác đồn tại bản Nậm Cáy", "giúp dân thu hoạch lúa, sửa nhà", "Tháng 8/2022"),
         task("Nguyễn Hữu Phúc", "hồ sơ chuyển đảng chính thức", "15/8/2022")],
        [], ("Bùi Đức Thịnh", "Bí thư chi bộ", "Lù Văn Chung", 19, 18)),

    # 05 -- indirect speech, "Thay mặt chi ủy", giơ tay, passive tasks
    _body(5, [
        P("Thảo luận: đồng chí Lê Thị Nga cho rằng số học sinh bán trú ở lại trường cuối tuần còn ít, nhiều em về "
          "nhà rồi không quay lại đúng giờ, giáo viên chủ nhiệm phải đi đón; đồng chí Sần Văn Phương nêu ý kiến dãy "
          "nhà bán trú số 2 bị dột, nền ẩm, cần sửa trước năm học mới; đồng chí Giàng Thị Chi đề nghị tăng thêm rau "
          "xanh trong bữa ăn của các em."),
        P("Thay mặt chi ủy, đồng chí Phạm Văn Định – Bí thư chi bộ kết luận: chi bộ nhất trí đánh giá kết quả năm học "
          "vừa qua; trong hè tập trung sửa chữa cơ sở vật chất, chuẩn bị đón học sinh bán trú; tăng cường phối hợp "
          "với trưởng bản để duy trì sĩ số ngay từ đầu năm học."),
        P("Chi bộ giơ tay biểu quyết: 100% đảng viên có mặt tán thành."),
        P("Việc rà soát, sửa chữa dãy nhà bán trú số 2 được giao cho đ/c Sần Văn Phương, hoàn thành trong quý "
          "III/2024. Đ/c Lê Thị Nga chịu trách nhiệm giám sát bếp ăn bán trú, báo cáo chi bộ hằng tháng."),
        P("Cuộc họp kết thúc hồi 16h50. Biên bản đã được đọc lại, chi bộ nhất trí thông qua."),
    ], "16:50", True,
        [vote(None, None, None, 100, "kết luận")],
        [task("Sần Văn Phương", "sửa chữa dãy nhà bán trú số 2", "quý III/2024"),
         task("Lê Thị Nga", "giám sát bếp ăn bán trú", "hằng tháng")],
        [], ("Phạm Văn Định", "Bí thư chi bộ", "Giàng Thị Chi", 22, 21)),

    # 06 -- DEFECT: only general calls, nobody given a task
    _body(6, [
        H("THẢO LUẬN"),
        P("Đ/c Cứ A Dế: năm nay ngô bị sâu keo mùa thu phá nhiều, năng suất giảm; đề nghị xã hỗ trợ thuốc và hướng "
          "dẫn bà con phun đúng cách."),
        P("Đ/c Má Thị Sung: chị em trong thôn muon học dệt lanh để bán cho khách du lịch, mong chi bộ quan tâm."),
        P("Chi bộ thống nhất: tập trung phòng trừ sâu keo trên diện tích ngô còn lại; khuyến khích các hộ khôi phục "
          "nghề dệt lanh; giữ gìn vệ sinh đường thôn trước mùa du lịch hoa tam giác mạch."),
        P("Biểu quyết: 11/11 đồng chí có mặt nhất trí."),
        P("Đề nghị các đồng chí đảng viên gương mẫu đi đầu, mỗi đảng viên vận động ít nhất 2 hộ xung quanh cùng thực "
          "hiện; các đoàn thể tích cực tuyên truyền đến hội viên."),
        P("Buổi họp kết thúc lúc 15 giờ 30. Biên bản đã được đọc cho chi bộ nghe và nhất trí thông qua."),
    ], "15:30", True,
        [vote(11, None, None, None, "kết luận")],
        [],
        ["missing_assignments"], ("Cứ A Páo", "Bí thư chi bộ", "Má Thị Sung", 11, 11)),

    # 07 -- "(tổ 3)", for/against/abstain, admission vote, numbered tasks, role only, two-sentence task
    _body(7, [
        H("Ý KIẾN THẢO LUẬN"),
        P("Đ/c Lý Văn Sình (tổ 3) đề nghị chi ủy đôn đốc thu quỹ an ninh quốc phòng vì tổ 3 còn nhiều hộ chưa nộp."),
        P("Đ/c Hoàng Thị Dảo (tổ 1) đề nghị làm lại biển báo đoạn đường qua trường mầm non, xe chở hồi chạy nhanh "
          "rất nguy hiểm."),
        P("Đ/c Nông Văn Chằn nhất trí với việc đề nghị kết nạp quần chúng Hoàng Thị Mai Liên, quần chúng có nhiều "
          "đóng góp trong phong trào thanh niên của thôn."),
        H("KẾT LUẬN"),
        P("Đồng chí chủ trì kết luận: Chi bộ đánh giá cao sự cố gắng của các tổ trong tháng; tháng 9 tập trung "
          "thu hoạch hồi đúng kỹ thuật, phát quang đường liên thôn, hoàn thiện hồ sơ kết nạp đảng viên mới."),
        P("Biểu quyết thông qua kết luận: tán thành 20/21 đồng chí; không tán thành 0; ý kiến khác 01 đồng chí."),
        P("Chi bộ biểu quyết đề nghị kết nạp quần chúng Hoàng Thị Mai Liên vào Đảng: 21/21 đồng chí tán thành, đạt "
          "100%."),
        H("PHÂN CÔNG NHIỆM VỤ"),
        L("1. Phó Bí thư chi bộ hoàn thiện hồ sơ kết nạp đảng, trình Đảng ủy xã trước ngày 10/10/2023."),
        L("2. Chi đoàn thanh niên thôn ra quân phát quang đường liên thôn. Thời gian hoàn thành chậm nhất ngày "
          "30/9/2023."),
        L("3. Đ/c Lý Văn Sình (tổ 3) chịu trách nhiệm đôn đốc thu quỹ an ninh quốc phòng."),
        P("Buổi họp kết thúc 21h30'. Biên bản được đọc lại, chi bộ nhất trí thông qua."),
    ], "21:30", True,
        [vote(20, 0, 1, None, "kết luận tháng 9/2023"),
         vote(21, None, None, 100, "kết nạp quần chúng Hoàng Thị Mai Liên")],
        [task("Phó Bí thư chi bộ", "hoàn thiện hồ sơ kết nạp đảng", "10/10/2023"),
         task("Chi đoàn thanh niên thôn", "phát quang đường liên thôn", "30/9/2023"),
         task("Lý Văn Sình", "đôn đốc thu quỹ an ninh quốc phòng", None)],
        [], ("Chu Văn Phìn", "Bí thư chi bộ", "Lương Thị Ngân", 22, 21)),

    # 08 -- DEFECT (subtle): only the minutes approved, nothing voted
    _body(8, [
        H("3. Thảo luận"),
        P("Đồng chí Y sĩ Lò Thị Tươi phát biểu: tỷ lệ tiêm chủng mở rộng ở bản Huổi Lụ còn thấp do đường xa, mùa "
          "mưa không đi được; đề nghị tổ chức tiêm lưu động theo cụm bản."),
        P("Đồng chí Quàng Văn Hiên phát biểu: phụ nữ đẻ tại nhà vẫn còn, cần phối hợp với cô đỡ thôn bản theo dõi "
          "sát các thai phụ."),
        H("4. Kết luận"),
        P("Đồng chí chủ trì kết luận: tháng 7 trạm ưu tiên tiêm chủng lưu động cho bản Huổi Lụ và bản Pá Khoang, "
          "quản lý chặt danh sách phụ nữ có thai, tuyên truyền sinh đẻ tại cơ sở y tế."),
        P("Giao đồng chí Quàng Văn Hiên lập kế hoạch tiêm lưu động theo cụm bản, trình trạm trưởng duyệt trước ngày "
          "10/7/2022."),
        P("Cuộc họp kết thúc lúc 17 giờ 15 phút. Biên bản được thông qua, 100% đảng viên dự họp nhất trí."),
    ], "17:15", True,
        [],
        [task("Quàng Văn Hiên", "lập kế hoạch tiêm lưu động theo cụm bản", "10/7/2022")],
        ["missing_vote"], ("Lò Văn Chiến", "Bí thư chi bộ", "Điêu Thị Hạnh", 9, 9)),

    # 09 -- Q&A, "tóm lại" conclusion, nhất trí 100%, MTTQ group, two people share a task
    _body(9, [
        H("IV- Thảo luận"),
        P("Đ/c Tẩn Văn Phin hỏi: tiền dịch vụ môi trường rừng năm nay bao giờ về đến thôn, chia theo hộ hay theo "
          "nhóm hộ nhận khoán? Đ/c Bí thư trả lời: Ban quản lý rừng phòng hộ đã báo trong tháng 4 sẽ chi trả, chia "
          "theo diện tích nhận khoán của từng hộ như năm trước."),
        P("Đ/c Chảo Thị Chàn đề nghị thôn sớm họp dân bình xét lại hộ cận nghèo cho đúng."),
        P("Đồng chí chủ trì tóm lại và kết luận: chi bộ nhất trí tháng 4 tập trung vào công tác bảo vệ rừng mùa khô, "
          "chi trả tiền dịch vụ môi trường rừng công khai, minh bạch; tổ chức họp dân bình xét lại hộ cận nghèo."),
        P("Chi bộ nhất trí 100%."),
        P("Giao đ/c Tẩn Văn Phin và đ/c Lý Láo Lở cùng phụ trách việc đối chiếu danh sách hộ nhận khoán bảo vệ rừng, "
          "xong trong tháng 4. Giao Ban công tác Mặt trận thôn chủ trì cuộc họp dân bình xét hộ cận nghèo."),
        P("Họp kết thúc 21 giờ 05 phút. Biên bản đã đọc lại, thông qua."),
    ], "21:05", True,
        [vote(None, None, None, 100, "kết luận tháng 4")],
        [task("Tẩn Văn Phin", "đối chiếu danh sách hộ nhận khoán", "tháng 4"),
         task("Lý Láo Lở", "đối chiếu danh sách hộ nhận khoán", "tháng 4"),
         task("Ban công tác Mặt trận thôn", "họp dân bình xét hộ cận nghèo", None)],
        [], ("Bàn Văn Quẩy", "Bí thư chi bộ", "Chảo Thị Chàn", 27, 25)),

    # 10 -- DEFECT: not read back
    _body(10, [
        H("Thảo luận:"),
        P("Đồng chí Hà Thị Lụa nêu: một số hộ ở xóm Nà Rầy vẫn thả rông trâu bò, phá hoại hoa màu vụ đông của các hộ "
          "khác, đã nhắc nhiều lần chưa sửa."),
        P("Đồng chí Nông Văn Giáp nêu: cần kiểm tra lại đập dâng Khuổi Rỵ trước mùa khô để có nước tưới."),
        H("Kết luận:"),
        P("Đồng chí Bí thư chi bộ kết luận: trong tháng tới chi bộ lãnh đạo hoàn thành gieo trồng vụ đông, xử lý dứt "
          "điểm việc thả rông gia súc theo hương ước, chuẩn bị nước tưới cho vụ xuân."),
        P("Biểu quyết: 11/11 đ/c nhất trí (100%)."),
        P("Giao đồng chí Nông Văn Giáp kiểm tra, báo cáo hiện trạng đập Khuổi Rỵ trước ngày 30/11/2021."),
        P("Cuộc họp kết thúc lúc 22 giờ cùng ngày."),
    ], "22:00", True,
        [vote(11, None, None, 100, "kết luận")],
        [task("Nông Văn Giáp", "kiểm tra hiện trạng đập Khuổi Rỵ", "30/11/2021")],
        ["not_approved"], ("Lương Văn Thắm", "Bí thư chi bộ", "Hà Thị Lụa", 12, 11)),

    # 11 -- forestry company: tasks inside the conclusion, vote with against + pct
    _body(11, [
        H("III. Ý KIẾN CỦA ĐẢNG VIÊN"),
        P("Đ/c Hoàng Văn Tài (Đội trưởng Đội sản xuất số 2): diện tích keo trồng năm 2019 đến tuổi khai thác nhưng "
          "đường vận xuất xuống cấp, xe không vào được; đề nghị công ty đầu tư sửa đường."),
        P("Đ/c Đặng Thị Xuân: giá keo nguyên liệu đang xuống, đề nghị lùi thời điểm khai thác 1–2 tháng."),
        P("Đ/c Lương Văn Hưởng: tổ bảo vệ rừng số 2 thiếu người trực chòi canh lửa vào buổi trưa."),
        H("IV. KẾT LUẬN"),
        P("Đồng chí chủ trì kết luận: chi bộ thống nhất chưa khai thác keo trong tháng 3, chờ sửa xong đường vận "
          "xuất; giao đồng chí Hoàng Văn Tài lập dự toán sửa đường trình Ban Giám đốc trước ngày 15/3/2023; giao Tổ "
          "bảo vệ rừng số 2 bố trí người trực chòi canh lửa 24/24 giờ."),
        P("Chi bộ biểu quyết: 16/17 đồng chí tán thành (94,1%), 01 đồng chí không tán thành."),
        P("Buổi sinh hoạt kết thúc hồi 11 giờ 20 phút. Biên bản đã được đọc lại cho toàn thể đảng viên nghe và nhất "
          "trí thông qua."),
    ], "11:20", True,
        [vote(16, 1, None, 94.1, "kết luận tháng 3/2023")],
        [task("Hoàng Văn Tài", "lập dự toán sửa đường vận xuất", "15/3/2023"),
         task("Tổ bảo vệ rừng số 2", "trực chòi canh lửa 24/24 giờ", None)],
        [], ("Phùng Văn Sơn", "Bí thư chi bộ", "Đặng Thị Xuân", 18, 17)),

    # 12 -- DEFECT: nobody named in the discussion
    _body(12, [
        H("3. Thảo luận"),
        P("Các ý kiến tham gia đều nhất trí với báo cáo của chi ủy; một số ý kiến đề nghị bổ sung nội dung vận động "
          "nhân dân không đốt nương làm rẫy trong mùa khô và làm tốt việc đăng ký tạm trú, tạm vắng."),
        H("4. Kết luận"),
        P("Đồng chí chủ trì kết luận: chi bộ thống nhất nội dung báo cáo, bổ sung các ý kiến trên vào nhiệm vụ tháng "
          "02; tập trung tổ chức cho nhân dân vui xuân, đón Tết an toàn, tiết kiệm."),
        P("Biểu quyết: 14/14 đồng chí tán thành."),
        P("Đồng chí Mùa A Chớ (Trưởng bản) phụ trách rà soát việc đăng ký tạm trú, tạm vắng của các hộ, hoàn thành "
          "trước ngày 15/02/2024."),
        P("Buổi sinh hoạt kết thúc lúc 20 giờ 40 phút. Biên bản được đọc lại cho chi bộ nghe và được nhất trí "
          "thông qua."),
    ], "20:40", True,
        [vote(14, None, None, None, "kết luận tháng 02")],
        [task("Mùa A Chớ", "rà soát đăng ký tạm trú, tạm vắng", "15/02/2024")],
        ["no_discussion"], ("Vừ A Chinh", "Bí thư chi bộ", "Mùa Thị Dia", 15, 14)),

    # 13 -- health station, role-only speaker, "chậm nhất ngày"
    _body(13, [
        H("III. THẢO LUẬN"),
        P("Đồng chí Trạm trưởng phát biểu: qua kiểm tra, sổ sách khám chữa bệnh BHYT còn ghi chưa đủ, thuốc trong "
          "tủ trực có lô sắp hết hạn; đề nghị các đồng chí trực rà soát lại."),
        P("Đồng chí Sùng Thị Say đề nghị xin thêm test nhanh sốt rét vì đợt này có người đi rừng về bị sốt."),
        H("IV. KẾT LUẬN"),
        P("Đ/c Bí thư chi bộ kết luận: trạm tập trung chấn chỉnh ghi chép hồ sơ BHYT, kiểm kê thuốc, giám sát ca "
          "sốt nghi sốt rét ở các bản giáp rừng; mỗi đảng viên phụ trách một bản như đã phân công từ đầu năm."),
        P("Biểu quyết: 08/08 đ/c tán thành, đạt tỷ lệ 100%."),
        P("Đ/c Sùng Thị Say phụ trách lập dự trù test sốt rét gửi Trung tâm Y tế huyện, chậm nhất ngày 05/10/2019."),
        P("Đ/c Vương Văn Bình chịu trách nhiệm kiểm kê tủ thuốc trực, xong trong tuần này."),
        P("Họp kết thúc 16h45. Biên bản đã được thông qua sau khi đọc lại."),
    ], "16:45", True,
        [vote(8, None, None, 100, "kết luận")],
        [task("Sùng Thị Say", "lập dự trù test sốt rét", "05/10/2019"),
         task("Vương Văn Bình", "kiểm kê tủ thuốc trực", "tuần này")],
        [], ("Giàng Thị Pà", "Bí thư chi bộ", "Vương Văn Bình", 8, 8)),

    # 14 -- DEFECT (subtle): conclusion that says nothing
    _body(14, [
        H("Ý kiến thảo luận"),
        L("- Đ/c Lầu A Vàng: Nhất trí với báo cáo. Đề nghị thôn làm lại đoạn đường bê tông từ nhà văn hoá ra đến "
          "trường tiểu học vì đã bong hết mặt."),
        L("- Đ/c Thào Thị Pằng: đề nghị chi bộ quan tâm tới mấy gia đình có con nghiện, còn vay nợ nhiều."),
        P("Đồng chí chủ trì kết luận: nhất trí."),
        P("Biểu quyết: 11/11 đồng chí tán thành."),
        P("Giao đồng chí Lầu A Vàng khảo sát đoạn đường bê tông hư hỏng, báo cáo xã trước ngày 20/6/2020."),
        P("Buổi sinh hoạt kết thúc lúc 20 giờ 10 phút. Biên bản đã đọc lại, nhất trí thông qua."),
    ], "20:10", False,
        [vote(11, None, None, None, "biểu quyết chung sau thảo luận")],
        [task("Lầu A Vàng", "khảo sát đoạn đường bê tông hư hỏng", "20/6/2020")],
        ["missing_conclusion"], ("Thào A Dơ", "Bí thư chi bộ", "Lầu Thị Mỷ", 11, 11)),

    # 15 -- police, "Chi bộ thống nhất:" as conclusion, "trước kỳ họp sau"
    _body(15, [
        H("THẢO LUẬN"),
        P("Đồng chí Thượng úy Chảo Văn Lìn phát biểu: qua nắm tình hình, có đối tượng lạ vào thôn Sín Chải vận "
          "động người dân theo tà đạo; đề nghị tăng cường nắm địa bàn, phối hợp với người có uy tín tuyên truyền."),
        P("Đồng chí Trung úy Hoàng Thị Nga phát biểu: việc cấp căn cước cho bà con vùng cao còn chậm do đi lại khó, "
          "đề nghị tổ chức cấp lưu động tại thôn."),
        P("Chi bộ thống nhất: tập trung nắm chắc tình hình tôn giáo, không để hình thành điểm nhóm trái phép; tổ "
          "chức cấp căn cước lưu động tại 3 thôn vùng cao trong tháng 5."),
        P("Biểu quyết: 10/10 đồng chí tán thành (100%)."),
        P("Giao đồng chí Thượng úy Chảo Văn Lìn xác minh, báo cáo tình hình đối tượng lạ ở thôn Sín Chải trước kỳ "
          "họp sau."),
        P("Sinh hoạt kết thúc lúc 17 giờ 30 phút. Biên bản đã được đọc lại và các đồng chí dự họp nhất trí thông qua."),
    ], "17:30", True,
        [vote(10, None, None, 100, "kết luận")],
        [task("Chảo Văn Lìn", "xác minh tình hình đối tượng lạ", "kỳ họp sau")],
        [], ("Nguyễn Văn Tuân", "Bí thư chi bộ", "Hoàng Thị Nga", 10, 10)),

    # 16 -- DEFECT: "Họp xong 20h", nothing about the minutes
    _body(16, [
        H("THẢO LUẬN"),
        P("Đ/c Bế Văn Lâm: mía năm nay được giá, nhưng đường ra bãi tập kết lầy, xe tải không vào được, phải gánh bộ."),
        P("Đ/c Nông Thị Hoa: Chi hội Phụ nữ đăng ký nhận làm 200 mét đường, mong chi bộ ủng hộ."),
        P("Đ/c Hoàng Văn Sỉn: nên họp dân thống nhất mức đóng góp ngày công, ai không đi thì đóng tiền."),
        P("Kết luận: đồng chí Bí thư chi bộ thay mặt chi ủy kết luận: xóm huy động nhân dân làm đường ra bãi mía theo "
          "phương châm Nhà nước hỗ trợ xi măng, nhân dân góp công; hoàn thành trước vụ ép mía."),
        P("Biểu quyết 22/22 đ/c tán thành."),
        P("Giao Chi hội Phụ nữ xóm làm 200 m đường đoạn từ cầu treo ra bãi tập kết, xong trước vụ ép mía. Đ/c Hoàng "
          "Văn Sỉn chịu trách nhiệm họp dân thống nhất mức đóng góp trong tháng 11/2022."),
        P("Họp xong 20h."),
    ], "20:00", True,
        [vote(22, None, None, None, "kết luận")],
        [task("Chi hội Phụ nữ xóm", "làm 200 m đường ra bãi tập kết", "vụ ép mía"),
         task("Hoàng Văn Sỉn", "họp dân thống nhất mức đóng góp", "tháng 11/2022")],
        ["not_approved"], ("Nông Văn Thượng", "Bí thư chi bộ", "Bế Thị Liên", 24, 22)),

    # 17 -- DEFECT: "thảo luận, thống nhất với báo cáo" (no conclusion), no vote
    _body(17, [
        P("Chi bộ tiến hành thảo luận. Đ/c Lò Văn Khằm nói bản còn 3 hộ chưa đóng tiền điện sinh hoạt, điện lực "
          "dọa cắt; đ/c Tòng Thị Hiên nói mấy hộ cuối bản xin nối ống nước từ bể chung."),
        P("Chi bộ thảo luận, thống nhất với báo cáo và phương hướng tháng 10 do đồng chí Bí thư trình bày."),
        P("Giao đ/c Lò Văn Khằm đến từng hộ nợ tiền điện vận động nộp trước ngày 15/10/2025. Giao Tổ tự quản nước "
          "sạch của bản xem xét việc nối ống cho các hộ cuối bản."),
        P("Cuộc họp kết thúc lúc 21 giờ 10 phút. Biên bản đọc lại cho chi bộ nghe, chi bộ nhất trí thông qua."),
    ], "21:10", False,
        [],
        [task("Lò Văn Khằm", "vận động các hộ nộp tiền điện", "15/10/2025"),
         task("Tổ tự quản nước sạch của bản", "xem xét nối ống nước cho các hộ cuối bản", None)],
        ["missing_conclusion", "missing_vote"], ("Tòng Văn Ỏn", "Bí thư", "Tòng Thị Hiên", 13, 12)),

    # 18 -- three votes; task table (content, person, time)
    _body(18, [
        H("IV. THẢO LUẬN"),
        L("- Đ/c Vi Văn Toản: trường còn thiếu giáo viên tiếng Anh, học sinh lớp 6 phải học ghép."),
        L("- Đ/c Lành Thị Huyền: nhất trí đề nghị kết nạp quần chúng Hoàng Thu Trang, đồng chí Trang tích cực bồi "
          "dưỡng học sinh giỏi cấp huyện."),
        L("- Đ/c Chu Văn Quảng: đồng chí Lộc Thị Bích đã hết thời gian dự bị, gương mẫu, đề nghị chi bộ xét công nhận "
          "chính thức."),
        H("V. KẾT LUẬN"),
        P("Đồng chí Bí thư chi bộ kết luận: trong tháng 11 nhà trường hoàn thành thi đua chào mừng ngày Nhà giáo Việt "
          "Nam 20/11; đề nghị Phòng GD&ĐT bổ sung giáo viên tiếng Anh; hoàn thiện hồ sơ kết nạp quần chúng Hoàng Thu "
          "Trang và hồ sơ công nhận đảng viên chính thức cho đồng chí Lộc Thị Bích."),
        P("Biểu quyết kết luận: 28/28 đồng chí có mặt tán thành."),
        P("Biểu quyết đề nghị kết nạp quần chúng Hoàng Thu Trang vào Đảng: 28/28 đồng chí tán thành."),
        P("Biểu quyết đề nghị công nhận đảng viên chính thức cho đồng chí Lộc Thị Bích: 27/27 đảng viên chính thức "
          "có mặt tán thành, đạt 100%."),
        H("VI. PHÂN CÔNG"),
        T([(0.08, "TT", "c"), (0.47, "Nội dung công việc", "l"), (0.25, "Người thực hiện", "l"),
           (0.2, "Thời gian", "c")],
          [["1", "Hoàn thiện hồ sơ kết nạp đảng", "Chu Văn Quảng", "Trước 25/11"],
           ["2", "Hồ sơ công nhận đảng viên chính thức", "Lành Thị Huyền", "Trước 25/11"],
           ["3", "Tổ chức hội thi giáo viên dạy giỏi cấp trường", "Công đoàn trường", "Tháng 11/2021"]]),
        P("Hội nghị kết thúc hồi 17 giờ 05. Biên bản được đọc lại, thông qua với 100% đảng viên dự họp nhất trí."),
    ], "17:05", True,
        [vote(28, None, None, None, "kết luận tháng 11/2021"),
         vote(28, None, None, None, "kết nạp quần chúng Hoàng Thu Trang"),
         vote(27, None, None, 100, "công nhận đảng viên chính thức đ/c Lộc Thị Bích")],
        [task("Chu Văn Quảng", "hồ sơ kết nạp đảng", "25/11"),
         task("Lành Thị Huyền", "hồ sơ công nhận đảng viên chính thức", "25/11"),
         task("Công đoàn trường", "hội thi giáo viên dạy giỏi cấp trường", "Tháng 11/2021")],
        [], ("Hoàng Văn Khu", "Bí thư chi bộ", "Nông Thị Duyên", 30, 28)),

    # 19 -- DEFECT (subtle): volunteer, requests upward, general calls only
    _body(19, [
        H("3. Thảo luận"),
        P("Đồng chí Giàng A Chua phát biểu: vụ đông xuân tới bản có kế hoạch trồng thêm 10 ha sơn tra nhưng bà con "
          "thiếu giống; đồng chí xin nhận vận động 5 hộ ở cụm dưới trồng trước để làm mẫu."),
        P("Đồng chí Sùng Thị Pàng phát biểu: đề nghị Đảng ủy, HĐND, UBND xã quan tâm hỗ trợ giống sơn tra và mở lớp "
          "hướng dẫn kỹ thuật tại bản."),
        H("4. Kết luận"),
        P("Thay mặt chi ủy, đồng chí chủ trì kết luận: chi bộ thống nhất phát triển cây sơn tra là hướng chính của "
          "bản trong năm 2024; kiến nghị Đảng ủy xã hỗ trợ giống và kỹ thuật; đề nghị mỗi đảng viên vận động gia "
          "đình, họ hàng tham gia trồng."),
        P("Biểu quyết: 16/16 đ/c tán thành."),
        P("Buổi sinh hoạt kết thúc lúc 21 giờ 30 phút. Biên bản đã được đọc lại và thông qua."),
    ], "21:30", True,
        [vote(16, None, None, None, "kết luận")],
        [],
        ["missing_assignments"], ("Giàng Seo Dìn", "Bí thư chi bộ", "Sùng Thị Pàng", 17, 16)),

    # 20 -- vote in words, groups, tasks over two sentences, morning closing
    _body(20, [
        H("II. THẢO LUẬN"),
        P("Đc Phàn Văn Chòi (Chi hội trưởng Chi hội Nông dân) phát biểu: giá quế khô đang lên, nhiều hộ bóc vỏ cả "
          "cây non để bán, về lâu dài thiệt cho bà con."),
        P("Đc Triệu Thị Phây (Chi hội Cựu chiến binh) đề nghị sửa lại nhà văn hoá thôn trước mùa mưa bão."),
        H("III. KẾT LUẬN"),
        P("Đồng chí Bí thư chi bộ kết luận: Chi bộ yêu cầu các đoàn thể vận động bà con không khai thác quế dưới 10 "
          "năm tuổi; tu sửa nhà văn hoá thôn bằng nguồn đóng góp của nhân dân và hỗ trợ của xã."),
        P("Chi bộ biểu quyết, hai mươi trên hai mươi đồng chí tán thành."),
        H("IV. PHÂN CÔNG"),
        P("Chi hội Nông dân thôn có trách nhiệm tuyên truyền, vận động các hộ không bóc vỏ quế non. Việc này báo cáo "
          "kết quả với chi bộ trong quý IV/2025."),
        P("Chi hội Cựu chiến binh lập dự toán sửa nhà văn hoá, trình chi bộ trước ngày 30/9/2025."),
        P("Buổi sinh hoạt kết thúc lúc 11 giờ 20 phút cùng ngày; biên bản đã được đọc lại cho toàn thể đảng viên "
          "nghe và nhất trí thông qua."),
    ], "11:20", True,
        [vote(20, None, None, None, "kết luận")],
        [task("Chi hội Nông dân thôn", "vận động các hộ không bóc vỏ quế non", "quý IV/2025"),
         task("Chi hội Cựu chiến binh", "lập dự toán sửa nhà văn hoá", "30/9/2025")],
        [], ("Triệu Văn Kiềm", "Bí thư chi bộ", "Bàn Thị Mẩy", 21, 20)),

    # 21 -- DEFECT: no vote, no read-back, no end time
    _body(21, [
        P("Thảo luận: đ/c Hầu Thị Máy nêu ý kiến việc thu gom rác ở chợ phiên chủ nhật chưa có người làm; đ/c Vàng "
          "Seo Chấn nêu đường lên thôn Xà Phìn bị sạt mấy chỗ, xe máy không qua được."),
        P("Đồng chí Bí thư kết luận: chi bộ giao đ/c Vàng Seo Chấn báo cáo xã về các điểm sạt lở ngay sau cuộc họp; "
          "việc thu gom rác chợ phiên để kỳ họp sau bàn tiếp."),
        P("Cuộc họp kết thúc."),
    ], None, True,
        [],
        [task("Vàng Seo Chấn", "báo cáo xã các điểm sạt lở", "ngay sau cuộc họp")],
        ["missing_vote", "not_approved"], ("Hầu Mí Sò", "Bí thư", "Hầu Thị Máy", 14, 13)),

    # 22 -- Q&A + vote with all three counts in words
    _body(22, [
        H("THẢO LUẬN"),
        P("Đ/c Lục Văn Nghĩa hỏi: việc làm lại sổ đỏ cho các hộ bị ảnh hưởng bởi dự án thủy điện đến đâu rồi? Đ/c "
          "Phó Bí thư trả lời: xã đã đo đạc xong, đang chờ huyện phê duyệt."),
        P("Đ/c Ma Thị Lệ đề nghị tổ chức lớp dạy hát then, đàn tính cho thanh niên trong thôn vào buổi tối."),
        H("KẾT LUẬN"),
        P("Đồng chí chủ trì kết luận: Chi bộ đề nghị Đảng ủy xã đôn đốc việc cấp giấy chứng nhận quyền sử dụng đất "
          "cho các hộ tái định cư; giao đồng chí Ma Thị Lệ chủ trì mở lớp hát then, đàn tính cho thanh niên, khai "
          "giảng lớp trước ngày 15/8."),
        P("Tán thành: mười bảy; không tán thành: không; ý kiến khác: không."),
        P("Buổi sinh hoạt kết thúc lúc 21 giờ. Biên bản đọc lại, chi bộ thông qua."),
    ], "21:00", True,
        [vote(17, 0, 0, None, "kết luận")],
        [task("Ma Thị Lệ", "mở lớp hát then, đàn tính", "15/8")],
        [], ("Lục Văn Thiệp", "Bí thư chi bộ", "Ma Thị Lệ", 18, 17)),

    # 23 -- "đc", a role with nobody named, Chi ủy
    _body(23, [
        H("Thảo luận"),
        P("đc Bàn Văn Sinh (tổ 1) nói: vụ chè năm nay bị bọ xít muỗi phá, giá chè búp tươi thấp, bà con muốn chuyển "
          "sang làm chè sạch bán cho hợp tác xã."),
        P("đc Lý Thị Khé (tổ 2) đề nghị chi bộ làm sớm việc đăng ký hộ làm chè sạch với hợp tác xã."),
        H("Kết luận"),
        P("Đồng chí Bí thư chi bộ kết luận: thống nhất xây dựng tổ hợp tác làm chè sạch, trước mắt 15 hộ đăng ký; "
          "vận động các hộ không phun thuốc trừ sâu sai quy định."),
        P("Kết quả biểu quyết: Đc có mặt tán thành 15, không tán thành 0."),
        P("Trưởng thôn lập danh sách các hộ đăng ký làm chè sạch, gửi hợp tác xã trước ngày 10/6/2021. Chi ủy chịu "
          "trách nhiệm theo dõi, đôn đốc việc thực hiện."),
        P("Buổi sinh hoạt kết thúc lúc 20 giờ 50. Biên bản đã đọc lại và thông qua."),
    ], "20:50", True,
        [vote(15, 0, None, None, "kết luận")],
        [task("Trưởng thôn", "lập danh sách hộ đăng ký làm chè sạch", "10/6/2021"),
         task("Chi ủy", "theo dõi, đôn đốc việc thực hiện", None)],
        [], ("Đặng Văn Sáng", "Bí thư chi bộ", "Lý Thị Khé", 16, 15)),

    # 24 -- DEFECT (subtle): duties only reported, no new task
    _body(24, [
        H("III- THẢO LUẬN"),
        P("Đ/c Vàng Văn Dũng báo cáo: đã hoàn thành việc vận động 8 hộ ký cam kết không tái trồng cây thuốc phiện, "
          "biên bản đã nộp Công an xã."),
        P("Đ/c Hờ Thị Súa báo cáo: Chi hội Phụ nữ đã tổ chức xong buổi tuyên truyền phòng chống mua bán người tại "
          "điểm trường."),
        P("Đ/c Vàng Văn Dũng đề nghị tháng tới tiếp tục rà soát nương cũ để phát hiện cây thuốc phiện mọc lại."),
        H("IV- KẾT LUẬN"),
        P("Đồng chí chủ trì kết luận: ghi nhận các việc đã làm tốt; tháng 3 các đoàn thể tiếp tục tuyên truyền, giữ "
          "vững kết quả không tái trồng cây thuốc phiện, đảng viên gương mẫu chấp hành."),
        P("Chi bộ biểu quyết 18/18 đồng chí nhất trí, đạt 100%."),
        P("Buổi sinh hoạt kết thúc lúc 20 giờ 30 phút cùng ngày. Biên bản được đọc lại và nhất trí thông qua."),
    ], "20:30", True,
        [vote(18, None, None, 100, "kết luận")],
        [],
        ["missing_assignments"], ("Hờ A Lềnh", "Bí thư chi bộ", "Hờ Thị Súa", 19, 18)),

    # 25 -- "Thay mặt chi ủy", two people share a task, "trước ngày 20/5"
    _body(25, [
        H("THẢO LUẬN"),
        P("Đồng chí Quàng Văn Ún phát biểu: bản có 6 hộ nhận hỗ trợ làm nhà theo chương trình xóa nhà tạm, đến nay "
          "mới 2 hộ dựng xong khung, các hộ còn lại thiếu nhân công."),
        P("Đồng chí Lò Thị Ngân phát biểu: thanh niên trong bản có thể tổ chức đi làm giúp vào thứ bảy, chủ nhật."),
        P("Thay mặt chi ủy, đồng chí Cầm Văn Diện – Bí thư chi bộ kết luận: chi bộ quyết tâm cùng bà con hoàn thành 6 "
          "căn nhà trước mùa mưa; huy động ngày công của các đoàn thể và anh em họ hàng."),
        P("Giơ tay biểu quyết: số đồng chí tán thành 19/19, đạt 100%."),
        P("Chi bộ phân công đ/c Quàng Văn Ún và đ/c Lò Thị Ngân cùng phụ trách huy động ngày công giúp các hộ làm "
          "nhà, xong phần mái trước ngày 20/5."),
        P("Buổi sinh hoạt kết thúc lúc 21 giờ 45 phút. Biên bản đã được đọc lại, chi bộ nhất trí thông qua."),
    ], "21:45", True,
        [vote(19, None, None, 100, "kết luận")],
        [task("Quàng Văn Ún", "huy động ngày công giúp các hộ làm nhà", "20/5"),
         task("Lò Thị Ngân", "huy động ngày công giúp các hộ làm nhà", "20/5")],
        [], ("Cầm Văn Diện", "Bí thư chi bộ", "Lò Thị Ngân", 20, 19)),

    # 26 -- border post, "9 giờ tối", tasks to units
    _body(26, [
        H("5. Ý kiến thảo luận"),
        P("Thiếu tá Nông Văn Hải, Đội trưởng Đội vũ trang phát biểu: thời gian qua tình hình xuất nhập cảnh trái "
          "phép qua đường mòn giảm, nhưng vận chuyển hàng lậu ban đêm có dấu hiệu tăng."),
        P("Đại úy Bế Thị Thu Hà đề nghị phối hợp với nhà trường tổ chức chương trình \"Nâng bước em tới trường\" cho "
          "học sinh bản Sộc Lủng."),
        H("6. Kết luận của đồng chí chủ trì"),
        P("Chi bộ nhất trí: tăng cường tuần tra ban đêm trên tuyến mốc 790 - 795; duy trì chương trình \"Con nuôi đồn "
          "Biên phòng\"; phát động đợt thi đua cao điểm chào mừng ngày Biên phòng toàn dân 03/3."),
        P("Biểu quyết: 23/23 đồng chí tán thành, đạt tỷ lệ 100%."),
        P("Đội vũ trang chịu trách nhiệm tổ chức tuần tra ban đêm theo kế hoạch, thường xuyên. Đại úy Bế Thị Thu Hà "
          "phụ trách chương trình \"Nâng bước em tới trường\", hoàn thành trong tháng 02/2023."),
        P("Buổi sinh hoạt kết thúc vào lúc 9 giờ tối. Biên bản đã đọc lại cho chi bộ nghe và được nhất trí thông qua."),
    ], "21:00", True,
        [vote(23, None, None, 100, "kết luận")],
        [task("Đội vũ trang", "tuần tra ban đêm theo kế hoạch", "thường xuyên"),
         task("Bế Thị Thu Hà", "chương trình Nâng bước em tới trường", "tháng 02/2023")],
        [], ("Đàm Văn Cương", "Bí thư chi bộ", "Bế Thị Thu Hà", 25, 23)),

    # 27 -- DEFECT: opinions without names, minutes not read back
    _body(27, [
        P("Các ý kiến phát biểu đều thống nhất cao với báo cáo, có ý kiến đề nghị đẩy nhanh việc trồng rừng thay thế "
          "trên diện tích bị cháy năm trước."),
        P("Đồng chí chủ trì kết luận: Trạm tập trung hoàn thành trồng lại 12 ha rừng bị cháy trong tháng 7, tuần tra "
          "chống khai thác gỗ trái phép ở khu vực giáp ranh xã Phình Sáng."),
        P("Biểu quyết: 10/10 đ/c tán thành."),
        P("Giao đ/c Vì Văn Thuấn phụ trách việc trồng lại 12 ha rừng, xong trong tháng 7/2019."),
        P("Buổi họp kết thúc lúc 16 giờ 20 phút."),
    ], "16:20", True,
        [vote(10, None, None, None, "kết luận")],
        [task("Vì Văn Thuấn", "trồng lại 12 ha rừng", "tháng 7/2019")],
        ["no_discussion", "not_approved"], ("Lường Văn Hợi", "Bí thư chi bộ", "Vì Thị Xuân", 10, 10)),

    # 28 -- speakers by role, Ban công tác Mặt trận
    _body(28, [
        H("THẢO LUẬN"),
        L("- Đ/c Chi hội trưởng Chi hội Phụ nữ: còn 4 chị em chưa vay được vốn ưu đãi vì chưa có sổ hộ nghèo mới."),
        L("- Đ/c Trưởng ban công tác Mặt trận thôn: đề nghị tổ chức Ngày hội Đại đoàn kết toàn dân tộc sớm, gắn với "
          "trao nhà Đại đoàn kết cho hộ ông Ly Seo Phù."),
        L("- Đ/c Thào Seo Cở: nhất trí, xin đóng góp 5 ngày công giúp làm nhà."),
        H("KẾT LUẬN"),
        P("Đ/c Bí thư chi bộ kết luận: chi bộ thống nhất tổ chức Ngày hội Đại đoàn kết vào ngày 15/11, bàn giao nhà "
          "Đại đoàn kết cho hộ ông Ly Seo Phù; đôn đốc hoàn thiện hồ sơ vay vốn cho các hộ."),
        P("Biểu quyết: 24/24 đ/c tán thành, bằng 100%."),
        P("Ban công tác Mặt trận thôn chủ trì tổ chức Ngày hội Đại đoàn kết, hoàn thành trước ngày 15/11/2024."),
        P("Cuộc họp kết thúc hồi 21h10. Biên bản được đọc lại và thông qua."),
    ], "21:10", True,
        [vote(24, None, None, 100, "kết luận")],
        [task("Ban công tác Mặt trận thôn", "tổ chức Ngày hội Đại đoàn kết", "15/11/2024")],
        [], ("Ly Seo Cháng", "Bí thư chi bộ", "Thào Thị Chúa", 26, 24)),

    # 29 -- pct with decimals, abstain, "ngay sau cuộc họp"
    _body(29, [
        H("III. THẢO LUẬN"),
        P("Đồng chí Hoàng Văn Pẻng phát biểu: đề nghị xem xét lại việc chia đất rừng sản xuất cho các hộ tách hộ mới, "
          "vì hiện nay nhiều hộ trẻ không có đất."),
        P("Đồng chí Lương Thị Mây phát biểu: không đồng ý chia lại đất đã giao ổn định, vì sẽ phát sinh tranh chấp."),
        P("Đồng chí Nông Văn Tiềm phát biểu: nên để thôn họp dân, lấy ý kiến rồi chi bộ mới quyết."),
        H("IV. KẾT LUẬN"),
        P("Đồng chí chủ trì kết luận: chi bộ chưa chia lại đất rừng sản xuất; trước mắt lấy ý kiến nhân dân về nhu "
          "cầu đất của các hộ mới tách, báo cáo chi bộ ở kỳ họp tháng 2/2026."),
        P("Kết quả biểu quyết: 25/26 đồng chí tán thành (96,2%); không tán thành: 0; ý kiến khác: 01 đồng chí."),
        L("+ Đồng chí Nông Văn Tiềm: tổ chức họp dân lấy ý kiến về nhu cầu đất, trước 15/01/2026."),
        L("+ Đồng chí Lương Thị Mây: thông báo kết luận của chi bộ tới các tổ, ngay sau cuộc họp."),
        P("Sinh hoạt kết thúc lúc 20 giờ 55 phút. Biên bản đã được đọc lại cho chi bộ và nhất trí thông qua."),
    ], "20:55", True,
        [vote(25, 0, 1, 96.2, "kết luận")],
        [task("Nông Văn Tiềm", "họp dân lấy ý kiến về nhu cầu đất", "15/01/2026"),
         task("Lương Thị Mây", "thông báo kết luận tới các tổ", "ngay sau cuộc họp")],
        [], ("Đàm Văn Lịch", "Bí thư chi bộ", "Nông Thị Lan", 28, 26)),

    # 30 -- task table with deadline first
    _body(30, [
        H("Thảo luận"),
        P("Đ/c Lý Thị Nhung (giáo viên điểm trường Tả Cồ Ma): điểm trường chưa có nước sạch, các cháu mầm non phải "
          "mang nước từ nhà đi."),
        P("Đ/c Cư A Tồng: đề nghị nhà trường vận động các nhà hảo tâm làm bể chứa nước cho điểm trường."),
        H("Kết luận"),
        P("Đồng chí Hiệu trưởng – Bí thư chi bộ kết luận: trong tháng 3 tập trung khắc phục nước sạch ở điểm trường "
          "Tả Cồ Ma, duy trì tỷ lệ chuyên cần trên 98%, chuẩn bị kiểm tra nội bộ."),
        P("Biểu quyết 11/11 đ/c tán thành."),
        T([(0.22, "Thời hạn", "c"), (0.48, "Công việc", "l"), (0.3, "Người thực hiện", "l")],
          [["31/3/2023", "Liên hệ nhà hảo tâm, làm bể chứa nước điểm trường Tả Cồ Ma", "Cư A Tồng"],
           ["Hằng tuần", "Theo dõi chuyên cần, báo cáo Ban giám hiệu", "Lý Thị Nhung"]]),
        P("Buổi sinh hoạt kết thúc lúc 17 giờ 15 phút. Biên bản được đọc lại và được thông qua."),
    ], "17:15", True,
        [vote(11, None, None, None, "kết luận")],
        [task("Cư A Tồng", "làm bể chứa nước điểm trường", "31/3/2023"),
         task("Lý Thị Nhung", "theo dõi chuyên cần", "Hằng tuần")],
        [], ("Trần Thị Kim Oanh", "Bí thư chi bộ", "Lý Thị Nhung", 12, 11)),

    # 31 -- DEFECT (subtle): conclusion announced, never written
    _body(31, [
        P("Tiếp theo chương trình, chi bộ thảo luận, sau đó đồng chí chủ trì kết luận và chi bộ biểu quyết."),
        P("Đ/c Hà Văn Thuận: đề nghị nhắc các hộ không để trâu bò vào khu rừng mới trồng."),
        P("Đ/c Chu Thị Diệp: Chi đoàn xin nhận làm cột mốc ranh giới khu rừng cộng đồng."),
        P("Biểu quyết thông qua phương hướng nhiệm vụ tháng 6: 12/12 đ/c tán thành."),
        P("Giao đ/c Chu Thị Diệp chủ trì việc làm cột mốc, xong trong tháng 6/2023."),
        P("Sinh hoạt kết thúc lúc 20 giờ 20 phút. Biên bản đã đọc lại, chi bộ nhất trí thông qua."),
    ], "20:20", False,
        [vote(12, None, None, None, "phương hướng nhiệm vụ tháng 6")],
        [task("Chu Thị Diệp", "làm cột mốc ranh giới rừng cộng đồng", "tháng 6/2023")],
        ["missing_conclusion"], ("Hà Văn Lập", "Bí thư chi bộ", "Chu Thị Diệp", 12, 12)),

    # 32 -- large cell, morning, "Cuộc họp kết thúc hồi 10h45", Chi ủy + Tổ sản xuất
    _body(32, [
        H("3. THẢO LUẬN"),
        P("Đồng chí Phạm Văn Thiêm, Trưởng phòng Kỹ thuật phát biểu: vườn ươm năm nay đạt 1,2 triệu cây giống, nhưng "
          "tỷ lệ cây lai bị chết sau khi ra ngôi còn cao."),
        P("Đồng chí Hoàng Thị Thuỷ, Tổ trưởng Tổ sản xuất số 4 phát biểu: công nhân lao động phổ thông thiếu vào mùa "
          "trồng rừng, đề nghị thuê thêm lao động thời vụ người địa phương."),
        H("4. KẾT LUẬN"),
        P("Đồng chí chủ trì kết luận, chi bộ thống nhất:"),
        L("1. Hoàn thành trồng 350 ha rừng sản xuất vụ xuân hè năm 2026."),
        L("2. Rà soát quy trình chăm sóc cây giống tại vườn ươm, giảm tỷ lệ cây chết."),
        L("3. Ưu tiên thuê lao động thời vụ là người dân tộc thiểu số tại địa phương."),
        P("Biểu quyết: 33/33 đồng chí tán thành."),
        P("Phân công: Tổ sản xuất số 4 chịu trách nhiệm chăm sóc, ra ngôi cây giống tại vườn ươm, trước ngày "
          "30/4/2026; Chi ủy theo dõi việc thuê lao động thời vụ, báo cáo tại kỳ họp tháng 5."),
        P("Cuộc họp kết thúc hồi 10h45. Biên bản đã được đọc lại trước chi bộ và thông qua."),
    ], "10:45", True,
        [vote(33, None, None, None, "kết luận")],
        [task("Tổ sản xuất số 4", "chăm sóc, ra ngôi cây giống tại vườn ươm", "30/4/2026"),
         task("Chi ủy", "theo dõi việc thuê lao động thời vụ", "kỳ họp tháng 5")],
        [], ("Vũ Đình Khương", "Bí thư chi bộ", "Hoàng Thị Thuỷ", 35, 33)),
]

PARTS = HEADS + OPENINGS + BODIES
