"""Held-out set 15, writer m (dev/, `m…`): the Central coast, the Central Highlands, the South-East, Hồ Chí Minh City
and the Mekong delta, 2006–2026.

Written by hand, without reading the extractor (extract/**), the generator (samples/generator/**), samples/parts/**,
the bench, ingest/**, the other writers' modules in heldout15 or the earlier sets' minute texts and truth files, and
without running the extractor. Rendered by samples/heldout2/make.py (`build`). Names, places and figures are invented
or used loosely; the paperwork follows /work/shared/DOMAIN.md. The set's theme is who was there and who ran it:
chair and secretary in labels, in prose, by role only, only in the signatures, a deputy standing in, a secretary
chosen on the day, ranks and degrees before names; counts in figures, in words, as fractions, in a ruled table of
counts, in a printed form's fields, counts to be added up, exempt members counted or only named, absentees named in
part, a late arrival, a member who leaves before the vote; guests from the upper committee, the mass organisations
and outside the Party; the date in the header, in the opening, in words, a month's meeting held early in the next.

Files (name -> what varies -> minute flags / book flags):

- m01-hcm-phunhuan-deputy-chairs-clean -> TP HCM (Phú Nhuận) neighbourhood cell, September 2023; Serif 13
  justified; "I.–IV." capital headings with "1.–4." fields; 31 members, 6 exempt named one by one, "phải dự 25",
  "Có mặt: 23/25 đồng chí, đạt 92%", both absentees named with reasons, one of them the Bí thư in hospital; the Phó
  Bí thư chairs ("do đồng chí Bí thư chi bộ vắng mặt, đồng chí …, Phó Bí thư chi bộ, chủ trì"); the secretary chosen
  on the day ("chi bộ thống nhất cử đồng chí … làm thư ký"); a ward guest who speaks and a non-member guest from
  the Women's Union; vote "23/23 … (100%), không có ý kiến khác"; "+ Đồng chí X …" tasks; "T/M CHI BỘ / PHÓ BÍ THƯ"
  -> — / —
- m02-daklak-buon-counts-table-low-unexcused -> Đắk Lắk (Krông Pắc) Ê Đê village cell, March 2019, the coffee
  slump and the dry season; DejaVu Sans 11 ragged; "1.–5." fields, "a)–e)" parts; the attendance as a ruled table of
  counts (Tổng số | Miễn sinh hoạt | Phải dự | Có mặt | Vắng có lý do | Vắng không lý do: 20 | 02 | 18 | 15 | 02 |
  01) then the three absentees in one line, one "(không lý do)"; "Điều hành:" / "Ghi biên bản:" with roles after
  the names; two guests (commune deputy secretary, Farmers' Union); 15/18 = 83 % -> low_attendance,
  unexcused_absence / —
- m03-quangngai-fishing-words-late-leaver-short -> Quảng Ngãi (Bình Sơn) fishing village, August 2011; Serif 14
  justified, no headings; the date in words in the opening; chair and secretary in one prose sentence ("điều hành
  …; … ghi biên bản"); counts in words, "(mười chín chính thức, ba dự bị)"; 18 at the opening, a member who comes
  late ("nâng số có mặt lên mười chín"), one who leaves before the vote (vote 18/18 with 19 present); two
  absentees at sea sharing one reason; 19:30–20:50; ends with the end time only -> short_meeting, not_approved / —
- m04-binhduong-garment-tables-unexcused -> Bình Dương (Thuận An) garment workshop cell of a company, October 2024;
  Liberation Sans 11 justified, "Trang n/N"; "- Chủ tọa:" / "- Thư ký:" / "- Khách mời:" fields, three guests
  (upper committee, trade union, a non-member applicant "anh …"); "tổng số 33 (31 chính thức, 02 dự bị); miễn
  sinh hoạt 02; phải dự 31; có mặt 28 (đạt 90,3%)"; ruled absentee table "TT | Họ và tên | Lý do vắng" with an empty
  reason cell; admission vote of the official members (26/26) and the conclusion vote (28/0/0); ruled task table
  (two people in a cell, a group, "Trước 15/10/2024", "Quý IV/2024", "Kỳ họp tháng 11"); "(đã ký)" -> unexcused_absence
  / —
- m05-lamdong-hospital-thematic-degrees-clean -> Lâm Đồng (Đà Lạt) provincial hospital ward, Q3/2021 thematic
  meeting in the Covid-19 fourth wave, topic line "Chuyên đề: …"; DejaVu Serif 11.5 ragged; the committee over two
  header lines; "Chủ trì: BSCKII. … – Bí thư chi bộ, Trưởng khoa", "Thư ký: CNĐD. … – Chi ủy viên, …"; degrees in
  the signatures; "không có đồng chí nào miễn sinh hoạt; có mặt 14/15"; the absentee "BS. …" seconded to a field
  hospital in HCM City; K'Ho names; a guest (hospital director) "Dự và chỉ đạo:"; "Chi bộ nhất trí 100% với …" ->
  — / —
- m06-bariavungtau-border-ranks-no-discussion -> Bà Rịa – Vũng Tàu border post, April 2016; Serif 12.5 justified;
  "I.–V." capital headings; "Quân số đảng viên: 16; có mặt: 15", ranks before every name, in the signatures too; a
  Party guest who only attends; "Chi bộ thảo luận, nhất trí với báo cáo"; conclusion with content but only a call to
  every member; "15/15 …, đạt 100%" -> missing_assignments, no_discussion / —
- m07-tayninh-combined-110min-unsigned-form -> Tây Ninh (Hòa Thành) hamlet, May 2025, regular meeting combined with
  the Q2 thematic one (topic line), 14:00–15:50 under the 120-minute bar; Liberation Serif 12.5, "*" headings;
  present only as "chính thức 18 đồng chí, dự bị 02 đồng chí" to be added up, two excused absentees by category
  only; three guests (upper committee, a non-member Front head "ông …", a youth-union applicant "chị …");
  "(Ký, ghi rõ họ tên)" left under both signature titles -> short_meeting, unfilled_template / —
- m08-danang-school-june-held-july-no-conclusion -> Đà Nẵng primary school, the June 2017 meeting held on 03/7/2017;
  Serif 12 ragged, "–" parts; "Số: ……-BB/CB" left blank in the header; chair and secretary named in the body only
  by role ("Chủ trì: đồng chí Bí thư chi bộ. Ghi biên bản: đồng chí Phó Bí thư chi bộ."), their names only in the
  signature block ("NGƯỜI GHI BIÊN BẢN", "T/M CHI ỦY / BÍ THƯ"); "Đảng viên: 19/21 có mặt" with two excused
  absentees after dashes; tasks but no chair's conclusion and no vote -> missing_conclusion, missing_vote,
  unfilled_template / —
- m09-cantho-khmer-hamlet-exactly-90-clean -> Cần Thơ (former Sóc Trăng, Trần Đề) Khmer hamlet, the January 2026
  meeting after the commune merger; DejaVu Serif 12, "1/–6/" headings; 33 members, three exempt only named (no
  number), "có mặt 27/30 đồng chí phải dự (đạt 90%)" (exactly the bar: not low); "vắng 03 đồng chí, đều có lý do"
  with two of them named; "Đồng chí …, Bí thư chi bộ kiêm Trưởng ấp, chủ trì; chi bộ cử đồng chí … làm thư ký";
  "27/27 …, không có đồng chí nào không tán thành"; "(đã ký, đóng dấu)" in the signatures and the seal's text
  typed under them -> — / —
- m10-vinhlong-form-2008-photocopy -> scan only (no born-digital twin): Vĩnh Long (Bình Tân) hamlet, November 2008,
  a printed form typed in at Serif 10.5, 250 dpi photocopy; "Số: ……-BB/CB", "Chủ trì: … – Chức vụ: …" fields,
  "Tổng số …; miễn sinh hoạt …; phải dự …", "Có mặt: 26/29 đ/c" (89.7 %), "(có lý do: 02; không lý do: 01)" and
  the three names, one with no reason at all; "Khách mời: ……" and the vote line left as dots; "(Ký, ghi rõ họ tên)"
  -> low_attendance, missing_vote, unexcused_absence, unfilled_template / —
- m11-hoian-2006-typewriter-words-clean -> Quảng Nam (Hội An old town) block, October 2006, after typhoon Xangsane;
  Liberation Mono 10.5 (typewriter), "A-/B-/C-" headings; the whole opening in one sentence ("… do đồng chí …, Bí thư
  chi bộ chủ trì, đồng chí … ghi biên bản"); counts in words ("có mặt mười một trên mười hai đồng chí phải dự");
  the place is a member's house; a ward guest and a guest named with no role; "nhất trí 11/11" -> — / —
- m11-hoian-2006-typewriter-words-clean-scan -> image-only twin of m11: 200 dpi photocopy (pale toner, gutter
  shadow, specks, a streak, tilt) -> — / —
- m12-binhphuoc-stieng-book-2022 -> **minute book**, Bình Phước (Bù Gia Mập) S'tiêng village, March–July 2022, 5
  minutes typed on continuously (every minute after the first starts mid-page under the previous signatures); Serif
  11.5 ragged, right-aligned running head from page 2, "- n -" at the foot; "1- … 6-" fields and "a) … e)" parts;
  the exempt elder named once and then counted; March regular; Q1 thematic on 26/3 (the Phó Bí thư chairs while the
  Bí thư is on a course and is the absentee, 75 min, only a call to every member, no header of its own); the April
  meeting held on 04/5 after the holidays (secretary absent, another member chosen on the day; 11/13; a ruled "STT |
  Họ và tên | Lý do vắng" table, one row "Không lý do"); no May meeting (the June minute says why); June (no vote at
  all, ends with the time only, no header); July ("Chi bộ thảo luận, thống nhất với báo cáo", no chair's conclusion,
  the direction voted 12/12, one task, a silent guest); đ/c Điểu Brơi absent without reason in March, April and
  July. Per minute: unexcused_absence; missing_assignments + short_meeting; low_attendance + unexcused_absence;
  missing_vote + not_approved; missing_conclusion + no_discussion + unexcused_absence -> book: missing_month (May),
  no_thematic_in_quarter (Q2), repeated_absence
- m12-binhphuoc-stieng-book-2022-scan -> image-only twin of the m12 book: 200 dpi grey JPEG, moderate -> as m12

Labelling decisions (on top of samples/README.md and the "Labelling choices" of samples/heldout*/README.md):
- A member who arrives late or leaves early is present; a vote taken after someone left counts the hands raised
  ("18/18" with 19 present gives `for` 18).
- A chair or secretary named in the body only by role ("đồng chí Bí thư chi bộ", "đồng chí Phó Bí thư chi bộ") takes
  the name from the signature block under that role; the chair's `role` is the role the body writes.
- A secretary chosen on the day ("chi bộ cử …", "… vắng, chi bộ cử đ/c … ghi biên bản") is that minute's secretary.
- Exempt members only named (no number) are counted by their names; "không có đồng chí nào miễn sinh hoạt" is 0.
  Where the total is not written, total = present + absent + exempt; present given only as "chính thức 18, dự bị
  02" is their sum.
- A ruled table of counts is read like prose (no absentee table); the absentees come from the names written under it.
- A guest's `role` is the words after the name up to the end of that guest's entry, without "ông/bà/anh/chị" and
  without a bracketed note after it ("(không phải đảng viên)", "(người ngoài Đảng)", "(dự phần …)").
- Absentee reasons are the words in the brackets or after the dash as written, "có báo" / "có xin phép" included; a
  reason written once after two names is both's.
- The role after "Chức vụ:" in a form is the chair's role as written. A guest named with nothing after the name
  ("ông … được mời cùng dự") has `role` null.
- A book's minutes share pages and unfilled_template is judged on a minute's pages, so the book leaves no dots.
"""

from __future__ import annotations

from samples.heldout.minutes import attendance
from samples.heldout2.minutes import C, G, H, HD, L, P, S, meeting, minute, task, vote

DOCS: list[dict] = []

# =================================================================================================
# m01 — TP HCM, Phú Nhuận: the deputy chairs, the secretary chosen on the day. Clean.
# =================================================================================================
_M01 = "Văn phòng Ban điều hành khu phố 4 (số 112 đường Huỳnh Văn Bánh)"
DOCS.append({
    "name": "m01-hcm-phunhuan-deputy-chairs-clean", "folder": "dev",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 28, "spacing": 1.3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG 9", "CHI BỘ KHU PHỐ 4", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phú Nhuận, ngày 08 tháng 9 năm 2023"]),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 9/2023"),
            G(6),
            P("Vào lúc 19 giờ 00 phút, ngày 08 tháng 9 năm 2023, tại " + _M01 + ", Chi bộ Khu phố 4 tiến hành "
              "sinh hoạt thường kỳ tháng 9 năm 2023."),
            H("I. THÀNH PHẦN"),
            P("1. Đảng viên: tổng số đảng viên của chi bộ là 31 đồng chí, trong đó có 06 đồng chí được miễn sinh "
              "hoạt do tuổi cao, sức yếu (các đồng chí Trần Văn Lựu, Phạm Thị Thu Ba, Nguyễn Hữu Đức, Lê Thị Kim "
              "Chi, Võ Văn Tám, Đặng Ngọc Sương). Số đảng viên phải dự sinh hoạt: 25 đồng chí."),
            P("Có mặt: 23/25 đồng chí, đạt 92%. Vắng 02 đồng chí, đều có lý do: đồng chí Lê Quang Trí, Bí thư chi "
              "bộ (đang điều trị tại Bệnh viện Thống Nhất); đồng chí Huỳnh Thị Mỹ Lệ (đi công tác tại Cần Thơ)."),
            P("2. Khách mời: đồng chí Tạ Minh Khoa, Đảng ủy viên, Phó Chủ tịch UBND phường, phụ trách địa bàn "
              "khu phố; bà Nguyễn Thị Ngọc Hân, Chi hội trưởng Chi hội Phụ nữ khu phố 4 (không phải đảng viên)."),
            P("3. Chủ trì: do đồng chí Bí thư chi bộ vắng mặt, đồng chí Nguyễn Thị Hồng Vân, Phó Bí thư chi bộ, "
              "chủ trì buổi sinh hoạt."),
            P("4. Thư ký: chi bộ thống nhất cử đồng chí Phan Thanh Tùng, đảng viên, làm thư ký ghi biên bản."),
            H("II. NỘI DUNG"),
            P("1. Thông tin thời sự: đồng chí Phan Thanh Tùng thông tin tình hình kinh tế – xã hội của Thành phố "
              "8 tháng đầu năm 2023; việc triển khai Nghị quyết số 98/2023/QH15 của Quốc hội về thí điểm một số "
              "cơ chế, chính sách đặc thù phát triển Thành phố Hồ Chí Minh; công tác chuẩn bị năm học mới "
              "2023–2024 trên địa bàn phường."),
            P("2. Đánh giá kết quả tháng 8/2023: chi bộ lãnh đạo Ban điều hành khu phố trao 15 phần quà cho học "
              "sinh có hoàn cảnh khó khăn, hỗ trợ 04 hộ sửa chữa nhà ở; vận động 100% hộ dân ven kênh Nhiêu Lộc – "
              "Thị Nghè ký cam kết không xả rác xuống kênh; phối hợp Công an phường hòa giải xong 02 vụ tranh "
              "chấp lối đi chung. Thu đảng phí đạt 100%. Hạn chế: cập nhật biến động dân cư ở tổ dân phố 27, "
              "29 còn chậm; một số hộ kinh doanh trên đường Phan Đăng Lưu còn lấn chiếm vỉa hè."),
            P("3. Phương hướng tháng 9/2023: vận động nhân dân tham gia Ngày hội Toàn dân bảo vệ an ninh Tổ quốc; "
              "rà soát hộ nghèo, hộ cận nghèo cuối năm; chuẩn bị Ngày hội Đại đoàn kết toàn dân tộc 18/11."),
            H("III. THẢO LUẬN"),
            P("- Đồng chí Trương Văn Hải (Tổ trưởng tổ dân phố 27) đề nghị Ban điều hành khu phố có văn bản gửi "
              "Công an phường để tổ nhận danh sách tạm trú được cập nhật hằng tháng."),
            P("- Đồng chí Nguyễn Thị Tuyết Mai cho rằng điểm tập kết rác đầu hẻm 112 gây mùi, mất mỹ quan, đề nghị "
              "dời vào bãi đất trống cuối hẻm."),
            P("- Đồng chí Tạ Minh Khoa ghi nhận kết quả của chi bộ, đề nghị chi bộ quan tâm phát triển đảng viên "
              "trong quần chúng trẻ đang sinh sống tại khu phố."),
            H("IV. KẾT LUẬN"),
            P("Đồng chí Nguyễn Thị Hồng Vân kết luận: chi bộ thống nhất với báo cáo đánh giá tháng 8 và phương "
              "hướng tháng 9; tiếp thu ý kiến của đồng chí Đảng ủy viên phụ trách địa bàn, trong quý IV chi bộ "
              "chọn 02 quần chúng ưu tú giới thiệu học lớp nhận thức về Đảng. Chi bộ phân công:"),
            P("+ Đồng chí Trương Văn Hải phối hợp với Công an phường cập nhật danh sách tạm trú, tạm vắng của tổ "
              "27, báo cáo chi bộ trước ngày 25/9/2023;"),
            P("+ Đồng chí Nguyễn Thị Tuyết Mai làm việc với Tổ thu gom rác dân lập để dời điểm tập kết rác ở hẻm "
              "112, xong trong tháng 9/2023;"),
            P("+ Đồng chí Phan Thanh Tùng lập danh sách quần chúng ưu tú, trình chi ủy tại kỳ họp tháng 10."),
            P("Biểu quyết: 23/23 đồng chí có mặt tán thành (100%), không có ý kiến khác."),
            P("Buổi sinh hoạt kết thúc lúc 21 giờ 00 phút cùng ngày. Biên bản đã được đọc lại cho chi bộ nghe và "
              "được nhất trí thông qua."),
            S(["THƯ KÝ", "", "", "Phan Thanh Tùng"], ["T/M CHI BỘ", "PHÓ BÍ THƯ", "", "Nguyễn Thị Hồng Vân"]),
        ],
        "truth": minute(
            meeting("regular", "2023-09-08", "19:00", "21:00", _M01, "CHI BỘ KHU PHỐ 4", "ĐẢNG BỘ PHƯỜNG 9"),
            "Nguyễn Thị Hồng Vân", "Phó Bí thư chi bộ", "Phan Thanh Tùng",
            attendance(31, 23, 2, 2, 0, 6,
                       [("Lê Quang Trí", "đang điều trị tại Bệnh viện Thống Nhất", True),
                        ("Huỳnh Thị Mỹ Lệ", "đi công tác tại Cần Thơ", True)],
                       [("Tạ Minh Khoa", "Đảng ủy viên, Phó Chủ tịch UBND phường, phụ trách địa bàn khu phố"),
                        ("Nguyễn Thị Ngọc Hân", "Chi hội trưởng Chi hội Phụ nữ khu phố 4")]),
            True,
            [vote("Kết luận và phương hướng tháng 9/2023", 23, None, 0, 100)],
            [task("Trương Văn Hải", "phối hợp với Công an phường cập nhật danh sách tạm trú, tạm vắng của tổ 27, "
                  "báo cáo chi bộ", "25/9/2023"),
             task("Nguyễn Thị Tuyết Mai", "làm việc với Tổ thu gom rác dân lập để dời điểm tập kết rác ở hẻm 112",
                  "tháng 9/2023"),
             task("Phan Thanh Tùng", "lập danh sách quần chúng ưu tú, trình chi ủy", "kỳ họp tháng 10")],
            []),
    }],
    "flags": [], "scans": [], "born_digital": True,
})

# =================================================================================================
# m02 — Đắk Lắk, Ê Đê village: a ruled table of counts; 15/18; one absentee without reason.
# =================================================================================================
_COUNT_COLS = [(0.17, "Tổng số đảng viên", "c"), (0.16, "Miễn sinh hoạt", "c"), (0.14, "Phải dự", "c"),
               (0.14, "Có mặt", "c"), (0.19, "Vắng có lý do", "c"), (0.20, "Vắng không lý do", "c")]
DOCS.append({
    "name": "m02-daklak-buon-counts-table-low-unexcused", "folder": "dev",
    "style": {"family": "dvsans", "size": 11, "justify": False, "indent": 0, "spacing": 1.35, "para_gap": 3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ EA PHÊ", "CHI BỘ BUÔN KRAI", "Số: 03-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Ea Phê, ngày 06 tháng 3 năm 2019"]),
            C("BIÊN BẢN HỌP CHI BỘ"),
            C("Tháng 3 năm 2019", bold=False, italic=True),
            G(8),
            L("1. Thời gian: bắt đầu lúc 8 giờ 00, ngày 06/3/2019; kết thúc lúc 10 giờ 15 cùng ngày."),
            L("2. Địa điểm: Nhà sinh hoạt cộng đồng buôn Krai."),
            L("3. Đảng viên dự họp:"),
            ("table", _COUNT_COLS, [["20", "02", "18", "15", "02", "01"]], {"head_center": True, "size": 10}),
            L("Đảng viên vắng: Y Khuê Mlô (đi chở cà phê xuống Buôn Ma Thuột, có báo); H'Năm Byă (đang nuôi con "
              "nhỏ mới sinh); Y Thoan Ktla (không lý do)."),
            L("4. Điều hành: đồng chí Y Bhim Niê – Bí thư chi bộ, Trưởng buôn. Ghi biên bản: đồng chí H'Liên Êban "
              "– chi ủy viên."),
            L("5. Khách mời: đồng chí Nguyễn Đình Lợi – Phó Bí thư Thường trực Đảng ủy xã; đồng chí Y Kô Ayun – "
              "Chủ tịch Hội Nông dân xã."),
            G(4),
            H("NỘI DUNG"),
            L("a) Chi ủy báo cáo kết quả tháng 02/2019"),
            P("Bà con trong buôn thu hoạch xong cà phê niên vụ 2018–2019, năng suất bình quân 3,2 tấn nhân/ha; giá "
              "cà phê xuống thấp, khoảng 33.000 đồng/kg, nên nhiều hộ còn trữ lại chưa bán. Chi bộ vận động 12 hộ "
              "tái canh được 8,5 ha cà phê già cỗi. Tổ hòa giải giải quyết xong vụ tranh chấp ranh giới rẫy giữa "
              "hai hộ ở đầu buôn. Tồn tại: uống rượu say trong dịp lễ bỏ mả còn nhiều; 03 hộ còn nợ quỹ nước tưới.",
              indent=14),
            L("b) Nhiệm vụ tháng 3/2019"),
            P("Mùa khô năm nay nắng hạn kéo dài. Chi bộ lãnh đạo điều tiết nước hồ Krai tưới luân phiên, ưu tiên "
              "vườn cà phê đang ra hoa; phòng chống cháy rừng, cháy rẫy; tiếp tục vận động tái canh.", indent=14),
            L("c) Ý kiến thảo luận"),
            P("– Đồng chí Y Kô Ayun: Hội Nông dân xã sẽ hỗ trợ cây giống tái canh, đề nghị buôn lập danh sách các "
              "hộ đăng ký.", indent=14),
            P("– Đồng chí H'Mai Niê hỏi cách chia lịch bơm nước ở hồ Krai; đồng chí Bí thư trả lời: chia theo 3 "
              "tổ, mỗi tổ tưới 2 ngày.", indent=14),
            P("– Đồng chí Nguyễn Đình Lợi đề nghị chi bộ nhắc nhở đảng viên vắng họp không lý do.", indent=14),
            L("d) Kết luận"),
            P("Đồng chí Y Bhim Niê kết luận: chi bộ thống nhất báo cáo của chi ủy; tháng 3 tập trung chống hạn, "
              "giữ nước tưới cho cà phê ra hoa, không để cháy rẫy; chi bộ sẽ nhắc nhở đồng chí Y Thoan Ktla về việc "
              "vắng họp. Phân công cụ thể:", indent=14),
            P("– Đồng chí Y Bhim Niê cùng Tổ thủy lợi lập lịch bơm nước luân phiên cho 3 tổ, xong trước ngày "
              "08/3/2019.", indent=14),
            P("– Đồng chí H'Liên Êban lập danh sách hộ đăng ký cây giống tái canh gửi Hội Nông dân xã trước ngày "
              "20/3/2019.", indent=14),
            P("– Tổ an ninh buôn tuần tra phòng chống cháy rừng, cháy rẫy suốt mùa khô.", indent=14),
            L("e) Biểu quyết: 15/15 đồng chí có mặt nhất trí (100%)."),
            G(4),
            L("Cuộc họp kết thúc lúc 10 giờ 15 phút. Biên bản đọc lại trước chi bộ, mọi người đều nhất trí."),
            S(["NGƯỜI GHI BIÊN BẢN", "", "", "H'Liên Êban"], ["BÍ THƯ CHI BỘ", "", "", "Y Bhim Niê"]),
        ],
        "truth": minute(
            meeting("regular", "2019-03-06", "08:00", "10:15", "Nhà sinh hoạt cộng đồng buôn Krai",
                    "CHI BỘ BUÔN KRAI", "ĐẢNG BỘ XÃ EA PHÊ"),
            "Y Bhim Niê", "Bí thư chi bộ", "H'Liên Êban",
            attendance(20, 15, 3, 2, 1, 2,
                       [("Y Khuê Mlô", "đi chở cà phê xuống Buôn Ma Thuột, có báo", True),
                        ("H'Năm Byă", "đang nuôi con nhỏ mới sinh", True),
                        ("Y Thoan Ktla", "không lý do", False)],
                       [("Nguyễn Đình Lợi", "Phó Bí thư Thường trực Đảng ủy xã"),
                        ("Y Kô Ayun", "Chủ tịch Hội Nông dân xã")]),
            True,
            [vote("Kết luận, nhiệm vụ tháng 3/2019", 15, None, None, 100)],
            [task("Y Bhim Niê", "cùng Tổ thủy lợi lập lịch bơm nước luân phiên cho 3 tổ", "08/3/2019"),
             task("H'Liên Êban", "lập danh sách hộ đăng ký cây giống tái canh gửi Hội Nông dân xã", "20/3/2019"),
             task("Tổ an ninh buôn", "tuần tra phòng chống cháy rừng, cháy rẫy", "suốt mùa khô")],
            ["low_attendance", "unexcused_absence"]),
    }],
    "flags": [], "scans": [], "born_digital": True,
})

# =================================================================================================
# m03 — Quảng Ngãi fishing village, 2011: no headings, words, a late arrival and an early leaver; 80 minutes.
# =================================================================================================
DOCS.append({
    "name": "m03-quangngai-fishing-words-late-leaver-short", "folder": "dev",
    "style": {"family": "serif", "size": 14, "justify": True, "indent": 36, "spacing": 1.25, "left": 70,
              "right": 50},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ BÌNH CHÂU", "CHI BỘ THÔN CHÂU THUẬN BIỂN"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Bình Châu, ngày 12 tháng 8 năm 2011"], size=12),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 8 NĂM 2011"),
            G(8),
            P("Hôm nay, vào lúc 19 giờ 30 phút ngày mười hai tháng tám năm hai nghìn không trăm mười một, tại nhà "
              "văn hóa thôn Châu Thuận Biển, chi bộ họp thường kỳ tháng 8. Đồng chí Võ Văn Thạnh, Bí thư chi bộ, "
              "điều hành buổi sinh hoạt; đồng chí Lê Thị Bích ghi biên bản."),
            P("Chi bộ hiện có hai mươi hai đảng viên (mười chín chính thức, ba dự bị), trong đó một đồng chí được "
              "miễn sinh hoạt là đồng chí Nguyễn Thị Mót vì tuổi cao. Lúc khai mạc có mặt mười tám đồng chí; đến "
              "19 giờ 50 phút đồng chí Huỳnh Tấn Lực mới tới do tàu về bến trễ, nâng số có mặt lên mười chín đồng "
              "chí. Vắng hai đồng chí là đồng chí Phạm Văn Tới và đồng chí Nguyễn Văn Sáu, đang đi biển dài ngày "
              "tại ngư trường Hoàng Sa."),
            P("Đồng chí Bí thư thông báo tình hình trên biển: trong tháng 7 có hai tàu cá của xã bị tàu nước "
              "ngoài xua đuổi, thu giữ ngư cụ khi đang đánh bắt tại Hoàng Sa. Huyện ủy chủ trương tiếp tục động "
              "viên bà con bám biển, đi theo tổ đội, giữ liên lạc thường xuyên với Đồn Biên phòng Bình Châu."),
            P("Về nhiệm vụ tháng 7, thôn thu quỹ phòng chống lụt bão đạt 92%; làm xong 150 m đường bê tông xóm "
              "Đông; vận động thêm bốn tàu cá lắp máy thông tin tầm xa. Việc nạo vét cửa lạch chưa làm được, tàu "
              "ra vào lúc nước ròng còn mắc cạn."),
            P("Đồng chí Lê Văn Quang, tổ trưởng tổ đoàn kết tàu thuyền số 2, đề nghị xã sớm có ý kiến với huyện "
              "nạo vét cửa lạch trước mùa mưa bão. Đồng chí Trần Thị Hoa, Chi hội trưởng Phụ nữ, nêu còn ba hộ "
              "chưa đóng quỹ khuyến học. Đồng chí Đặng Văn Bảy phát biểu xong thì xin phép về trước lúc 20 giờ 30 "
              "để chuẩn bị ra khơi sáng sớm."),
            P("Đồng chí Võ Văn Thạnh kết luận: chi bộ thống nhất với đánh giá trên; tháng 8 tập trung chuẩn bị "
              "phòng chống bão, kiểm tra việc neo đậu tàu thuyền. Chi bộ giao đồng chí Lê Văn Quang lập danh sách "
              "tàu chưa có máy thông tin tầm xa, báo cáo Đồn Biên phòng trước ngày 25/8/2011; giao đồng chí Trần "
              "Thị Hoa vận động các hộ còn nợ quỹ khuyến học, xong trong tháng 8."),
            P("Chi bộ biểu quyết thông qua kết luận bằng hình thức giơ tay: 18/18 đồng chí có mặt nhất trí."),
            P("Cuộc họp kết thúc lúc 20 giờ 50 phút."),
            S(["THƯ KÝ", "", "", "Lê Thị Bích"], ["BÍ THƯ", "", "", "Võ Văn Thạnh"]),
        ],
        "truth": minute(
            meeting("regular", "2011-08-12", "19:30", "20:50", "nhà văn hóa thôn Châu Thuận Biển",
                    "CHI BỘ THÔN CHÂU THUẬN BIỂN", "ĐẢNG BỘ XÃ BÌNH CHÂU"),
            "Võ Văn Thạnh", "Bí thư chi bộ", "Lê Thị Bích",
            attendance(22, 19, 2, 2, 0, 1,
                       [("Phạm Văn Tới", "đang đi biển dài ngày tại ngư trường Hoàng Sa", True),
                        ("Nguyễn Văn Sáu", "đang đi biển dài ngày tại ngư trường Hoàng Sa", True)]),
            True,
            [vote("Kết luận tháng 8/2011", 18)],
            [task("Lê Văn Quang", "lập danh sách tàu chưa có máy thông tin tầm xa, báo cáo Đồn Biên phòng",
                  "25/8/2011"),
             task("Trần Thị Hoa", "vận động các hộ còn nợ quỹ khuyến học", "tháng 8")],
            ["not_approved", "short_meeting"]),
    }],
    "flags": [], "scans": [], "born_digital": True,
})

# =================================================================================================
# m04 — Bình Dương garment workshop: fields, guests, absentee and task tables, two votes. Scan twin.
# =================================================================================================
_ABS_COLS = [(0.08, "TT", "c"), (0.40, "Họ và tên", "l"), (0.52, "Lý do vắng", "l")]
_TASK_COLS = [(0.07, "TT", "c"), (0.45, "Nội dung công việc", "l"), (0.29, "Người thực hiện", "l"),
              (0.19, "Thời hạn", "l")]
DOCS.append({
    "name": "m04-binhduong-garment-tables-unexcused", "folder": "dev",
    "style": {"family": "sans", "size": 11, "justify": True, "indent": 22, "spacing": 1.35, "para_gap": 2.5,
              "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG TY CP DỆT MAY PHÚ THỊNH", "CHI BỘ XƯỞNG MAY SỐ 2", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thuận An, ngày 04 tháng 10 năm 2024"], size=10.5),
            C("BIÊN BẢN", size=13),
            C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 10 NĂM 2024", size=12),
            G(8),
            L("- Thời gian: từ 16 giờ 30 phút đến 18 giờ 30 phút, ngày 04/10/2024."),
            L("- Địa điểm: Phòng họp tầng 2, nhà điều hành Xưởng may số 2."),
            L("- Chủ tọa: đồng chí Lâm Thị Ngọc Hương – Bí thư chi bộ, Quản đốc xưởng."),
            L("- Thư ký: đồng chí Đoàn Minh Nhựt – Chi ủy viên, Tổ trưởng tổ kỹ thuật."),
            L("- Khách mời: đồng chí Trịnh Văn Sơn – Ủy viên Ban Thường vụ Đảng ủy Công ty; đồng chí Phạm Thị "
              "Diễm – Chủ tịch Công đoàn bộ phận Xưởng may số 2; anh Nguyễn Hoàng Phúc – Tổ trưởng tổ cắt, quần "
              "chúng ưu tú (dự phần xem xét hồ sơ kết nạp Đảng)."),
            L("- Đảng viên: tổng số 33 đồng chí (31 chính thức, 02 dự bị); miễn sinh hoạt 02 đồng chí theo quyết "
              "định của Đảng ủy Công ty; phải dự 31; có mặt 28 đồng chí (đạt 90,3%); vắng 03 đồng chí, cụ thể:"),
            ("table", _ABS_COLS, [["1", "Võ Thị Kim Loan", "Nghỉ phép năm"],
                                  ["2", "Châu Văn Rô", "Đi công tác tại Nhà máy Bến Cát"],
                                  ["3", "Lê Hữu Thành", ""]], {"size": 10}),
            H("I. THÔNG TIN, PHỔ BIẾN VĂN BẢN"),
            P("Đồng chí Đoàn Minh Nhựt phổ biến Kế hoạch của Đảng ủy Công ty về tổ chức đại hội chi bộ nhiệm kỳ "
              "2025–2027; thông tin tình hình đơn hàng quý IV và việc giảm giờ làm thêm theo chỉ đạo của Tổng Công "
              "ty."),
            H("II. KIỂM ĐIỂM THÁNG 9/2024"),
            P("Xưởng hoàn thành 412.000 sản phẩm áo jacket xuất khẩu, đạt 103% kế hoạch; tỷ lệ hàng lỗi 1,8%, "
              "giảm 0,4% so với tháng 8. Công nhân trong xưởng quyên góp 46 triệu đồng ủng hộ đồng bào các tỉnh "
              "phía Bắc bị thiệt hại do bão số 3. Hạn chế: chuyền 5 và chuyền 7 tăng ca nhiều ngày liền, một số "
              "công nhân phản ánh mệt mỏi; việc nộp đảng phí qua tài khoản còn chậm."),
            H("III. XEM XÉT HỒ SƠ KẾT NẠP ĐẢNG"),
            P("Chi bộ nghe đồng chí Phạm Thị Diễm đọc nhận xét của Công đoàn bộ phận đối với quần chúng Nguyễn "
              "Hoàng Phúc; đồng chí Tô Văn Kiệt, đảng viên được phân công giúp đỡ, báo cáo quá trình rèn luyện. "
              "Biểu quyết đề nghị kết nạp: 26/26 đảng viên chính thức có mặt tán thành (100%)."),
            H("IV. THẢO LUẬN"),
            P("– Đồng chí Tô Văn Kiệt: đề nghị xưởng cân đối lại định mức chuyền 5, chuyền 7 trước khi nhận thêm "
              "đơn hàng tháng 11."),
            P("– Đồng chí Huỳnh Ngọc Trâm: phản ánh nhà giữ xe ca 2 thiếu đèn, công nhân nữ về khuya không an "
              "toàn."),
            P("– Đồng chí Trịnh Văn Sơn đề nghị chi bộ chuẩn bị tốt nhân sự cho đại hội, chú ý cán bộ trẻ, nữ."),
            H("V. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TỌA"),
            P("Đồng chí Lâm Thị Ngọc Hương kết luận: chi bộ thống nhất kết quả tháng 9; tháng 10 giữ năng suất "
              "nhưng giảm tăng ca, bảo đảm an toàn cho công nhân ca đêm; chuẩn bị tốt văn kiện, nhân sự đại hội chi "
              "bộ theo kế hoạch của Đảng ủy Công ty."),
            H("VI. BIỂU QUYẾT"),
            P("Tán thành 28/28; không tán thành 0; ý kiến khác 0."),
            H("VII. PHÂN CÔNG THỰC HIỆN"),
            ("table", _TASK_COLS, [
                ["1", "Hoàn thiện hồ sơ đề nghị kết nạp quần chúng Nguyễn Hoàng Phúc, trình Đảng ủy Công ty",
                 "Đ/c Đoàn Minh Nhựt", "Trước 15/10/2024"],
                ["2", "Rà soát định mức chuyền 5, chuyền 7; đề xuất phương án giảm giờ làm thêm",
                 "Đ/c Lâm Thị Ngọc Hương, đ/c Tô Văn Kiệt", "Tháng 10/2024"],
                ["3", "Lắp bổ sung đèn chiếu sáng nhà giữ xe ca 2", "Công đoàn bộ phận", "Quý IV/2024"],
                ["4", "Chuẩn bị dự thảo báo cáo chính trị đại hội chi bộ", "Chi ủy", "Kỳ họp tháng 11"],
            ], {"size": 10}),
            P("Buổi sinh hoạt kết thúc lúc 18 giờ 30 phút cùng ngày. Biên bản đã được thông qua trước chi bộ, "
              "28/28 đồng chí nhất trí."),
            S(["THƯ KÝ", "", "(đã ký)", "Đoàn Minh Nhựt"], ["T/M CHI ỦY", "BÍ THƯ", "(đã ký)", "Lâm Thị Ngọc Hương"]),
        ],
        "truth": minute(
            meeting("regular", "2024-10-04", "16:30", "18:30", "Phòng họp tầng 2, nhà điều hành Xưởng may số 2",
                    "CHI BỘ XƯỞNG MAY SỐ 2", "ĐẢNG BỘ CÔNG TY CP DỆT MAY PHÚ THỊNH"),
            "Lâm Thị Ngọc Hương", "Bí thư chi bộ", "Đoàn Minh Nhựt",
            attendance(33, 28, 3, 2, 1, 2,
                       [("Võ Thị Kim Loan", "Nghỉ phép năm", True),
                        ("Châu Văn Rô", "Đi công tác tại Nhà máy Bến Cát", True),
                        ("Lê Hữu Thành", None, False)],
                       [("Trịnh Văn Sơn", "Ủy viên Ban Thường vụ Đảng ủy Công ty"),
                        ("Phạm Thị Diễm", "Chủ tịch Công đoàn bộ phận Xưởng may số 2"),
                        ("Nguyễn Hoàng Phúc", "Tổ trưởng tổ cắt, quần chúng ưu tú")]),
            True,
            [vote("Đề nghị kết nạp quần chúng Nguyễn Hoàng Phúc", 26, None, None, 100),
             vote("Kết luận và nhiệm vụ tháng 10/2024", 28, 0, 0)],
            [task("Đoàn Minh Nhựt", "Hoàn thiện hồ sơ đề nghị kết nạp quần chúng Nguyễn Hoàng Phúc, trình Đảng ủy "
                  "Công ty", "15/10/2024"),
             task("Lâm Thị Ngọc Hương", "Rà soát định mức chuyền 5, chuyền 7; đề xuất phương án giảm giờ làm thêm",
                  "Tháng 10/2024"),
             task("Tô Văn Kiệt", "Rà soát định mức chuyền 5, chuyền 7; đề xuất phương án giảm giờ làm thêm",
                  "Tháng 10/2024"),
             task("Công đoàn bộ phận", "Lắp bổ sung đèn chiếu sáng nhà giữ xe ca 2", "Quý IV/2024"),
             task("Chi ủy", "Chuẩn bị dự thảo báo cáo chính trị đại hội chi bộ", "Kỳ họp tháng 11")],
            ["unexcused_absence"]),
    }],
    "flags": [],
    "scans": [],
    "born_digital": True,
})

# =================================================================================================
# m05 — Lâm Đồng hospital ward, Q3/2021 thematic: degrees before names, a seconded absentee. Clean.
# =================================================================================================
_M05_TOPIC = ("Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về tinh thần phục vụ người bệnh trong phòng, "
              "chống dịch Covid-19")
DOCS.append({
    "name": "m05-lamdong-hospital-thematic-degrees-clean", "folder": "dev",
    "style": {"family": "dejavu", "size": 11.5, "justify": False, "indent": 0, "spacing": 1.35, "para_gap": 3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ BỆNH VIỆN ĐA KHOA", "TỈNH LÂM ĐỒNG", "CHI BỘ KHOA NỘI TỔNG HỢP"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đà Lạt, ngày 16 tháng 9 năm 2021"], bold_left=(2,), size=10.5),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHUYÊN ĐỀ QUÝ III NĂM 2021"),
            C("Chuyên đề: " + _M05_TOPIC, bold=False, italic=True),
            G(8),
            L("1. Thời gian: từ 14 giờ 00 đến 16 giờ 00 ngày 16/9/2021."),
            L("2. Địa điểm: Hội trường Khoa Nội tổng hợp. Chỗ ngồi bố trí giãn cách 2 m, đảng viên đeo khẩu trang "
              "suốt buổi sinh hoạt."),
            L("3. Chủ trì: BSCKII. Trần Đình Phúc – Bí thư chi bộ, Trưởng khoa."),
            L("4. Thư ký: CNĐD. Ka Huệ – Chi ủy viên, Điều dưỡng trưởng khoa."),
            L("5. Đảng viên: tổng số 15 (chính thức 13, dự bị 02), không có đồng chí nào miễn sinh hoạt; có mặt "
              "14/15; vắng 01: BS. Nguyễn Thị Thùy Trang – đang tăng cường cho Bệnh viện dã chiến thu dung điều "
              "trị Covid-19 số 5 tại TP. Hồ Chí Minh."),
            L("6. Dự và chỉ đạo: đồng chí Lê Văn Hậu – Phó Bí thư Đảng ủy, Giám đốc Bệnh viện."),
            G(4),
            H("NỘI DUNG SINH HOẠT"),
            P("Đồng chí chủ trì nêu mục đích, yêu cầu của buổi sinh hoạt, đề nghị mỗi đảng viên liên hệ bản thân "
              "với công việc hằng ngày tại khoa trong đợt dịch thứ tư.", indent=20),
            P("ThS.BS. Phan Văn Nhân, Phó Trưởng khoa, trình bày chuyên đề gồm ba phần: những lời dạy của Bác về "
              "“lương y phải như từ mẫu”; kết quả của khoa trong ba tháng chống dịch (tiếp nhận, điều trị 214 "
              "bệnh nhân, trong đó 37 ca F0 có bệnh nền chuyển từ các khu cách ly; không để lây nhiễm chéo trong "
              "khoa); những việc còn làm chưa tốt: giao tiếp với người nhà bệnh nhân lúc cao điểm còn thiếu kiên "
              "nhẫn, thủ tục chuyển viện còn chậm.", indent=20),
            H("Ý kiến liên hệ, thảo luận"),
            P("– BS. Đỗ Quang Minh: nhiều hôm trực liên tục 24 giờ, có lúc trả lời người nhà bệnh nhân còn cộc; "
              "xin rút kinh nghiệm, đề nghị khoa bố trí người trực điện thoại cho người nhà.", indent=20),
            P("– ĐD. Ka Sêm: là người K'Ho, sẽ giúp giải thích quy định cách ly cho bệnh nhân đồng bào dân tộc "
              "bằng tiếng mẹ đẻ.", indent=20),
            P("– Đồng chí Lê Văn Hậu ghi nhận tinh thần của khoa, đề nghị chi bộ giữ vững kỷ luật phòng lây nhiễm "
              "và quan tâm đời sống đảng viên đi tăng cường.", indent=20),
            H("Kết luận của đồng chí chủ trì"),
            P("Đồng chí Trần Đình Phúc kết luận: chi bộ thống nhất nội dung chuyên đề; mỗi đảng viên đăng ký một "
              "việc làm cụ thể về thái độ phục vụ người bệnh, kiểm điểm vào cuối năm. Phân công:", indent=20),
            P("– Giao ThS.BS. Phan Văn Nhân hoàn thiện quy trình tiếp nhận, chuyển viện bệnh nhân F0 có bệnh nền, "
              "trình Ban Giám đốc trước ngày 30/9/2021;", indent=20),
            P("– Giao CNĐD. Ka Huệ bố trí 01 điều dưỡng trực điện thoại trả lời người nhà bệnh nhân, thực hiện "
              "ngay trong tuần này;", indent=20),
            P("– Đồng chí Ka Sêm phối hợp với Phòng Công tác xã hội in tờ hướng dẫn cách ly bằng tiếng K'Ho, xong "
              "trong tháng 10/2021.", indent=20),
            P("Chi bộ nhất trí 100% với nội dung chuyên đề và kết luận của đồng chí chủ trì.", indent=20),
            P("Buổi sinh hoạt kết thúc lúc 16 giờ 00 cùng ngày. Biên bản đã được đọc lại, 14/14 đồng chí có mặt "
              "nhất trí thông qua.", indent=20),
            S(["THƯ KÝ", "", "", "CNĐD. Ka Huệ"], ["BÍ THƯ CHI BỘ", "", "", "BSCKII. Trần Đình Phúc"]),
        ],
        "truth": minute(
            meeting("thematic", "2021-09-16", "14:00", "16:00", "Hội trường Khoa Nội tổng hợp",
                    "CHI BỘ KHOA NỘI TỔNG HỢP", "ĐẢNG BỘ BỆNH VIỆN ĐA KHOA TỈNH LÂM ĐỒNG", topic=_M05_TOPIC),
            "Trần Đình Phúc", "Bí thư chi bộ", "Ka Huệ",
            attendance(15, 14, 1, 1, 0, 0,
                       [("Nguyễn Thị Thùy Trang", "đang tăng cường cho Bệnh viện dã chiến thu dung điều trị "
                         "Covid-19 số 5 tại TP. Hồ Chí Minh", True)],
                       [("Lê Văn Hậu", "Phó Bí thư Đảng ủy, Giám đốc Bệnh viện")]),
            True,
            [vote("Nội dung chuyên đề và kết luận", pct=100)],
            [task("Phan Văn Nhân", "hoàn thiện quy trình tiếp nhận, chuyển viện bệnh nhân F0 có bệnh nền, trình "
                  "Ban Giám đốc", "30/9/2021"),
             task("Ka Huệ", "bố trí 01 điều dưỡng trực điện thoại trả lời người nhà bệnh nhân",
                  "ngay trong tuần này"),
             task("Ka Sêm", "phối hợp với Phòng Công tác xã hội in tờ hướng dẫn cách ly bằng tiếng K'Ho",
                  "tháng 10/2021")],
            []),
    }],
    "flags": [], "scans": [], "born_digital": True,
})

# =================================================================================================
# m06 — Bà Rịa – Vũng Tàu border post, 2016: ranks; "thảo luận, nhất trí"; only a call to every member.
# =================================================================================================
DOCS.append({
    "name": "m06-bariavungtau-border-ranks-no-discussion", "folder": "dev",
    "style": {"family": "serif", "size": 12.5, "justify": True, "indent": 30, "spacing": 1.35, "para_gap": 3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ ĐỒN BIÊN PHÒNG PHƯỚC TỈNH", "CHI BỘ ĐỘI VŨ TRANG", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phước Tỉnh, ngày 09 tháng 4 năm 2016"], size=11.5),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 4 NĂM 2016"),
            G(8),
            H("I. THỜI GIAN, ĐỊA ĐIỂM"),
            P("Từ 07 giờ 30 phút đến 09 giờ 30 phút ngày 09/4/2016, tại Hội trường Đồn."),
            H("II. THÀNH PHẦN"),
            P("- Quân số đảng viên của chi bộ: 16 đồng chí. Có mặt: 15 đồng chí. Vắng: 01 đồng chí là Thượng úy "
              "Đinh Văn Hùng (đang học lớp bồi dưỡng tại Học viện Biên phòng)."),
            P("- Chủ trì: Thiếu tá Nguyễn Văn Lâm, Bí thư chi bộ, Đội trưởng Đội vũ trang."),
            P("- Thư ký: Trung úy Lê Hoàng Phong, chi ủy viên."),
            P("- Dự sinh hoạt có: Trung tá Bùi Thanh Tâm, Phó Bí thư Đảng ủy, Chính trị viên Đồn."),
            H("III. NỘI DUNG"),
            P("1. Đánh giá tình hình tháng 3/2016: đơn vị duy trì nghiêm chế độ trực sẵn sàng chiến đấu; tổ chức "
              "42 lượt tuần tra, kiểm soát 318 lượt phương tiện ra vào cửa biển Lộc An; phát hiện, lập biên bản "
              "02 vụ tàu giã cào khai thác thủy sản trái phép trong vùng lộng, chuyển Ủy ban nhân dân huyện xử "
              "phạt theo quy định. Cán bộ, chiến sĩ giúp nhân dân xã Phước Tỉnh 120 ngày công xây dựng nhà tình "
              "nghĩa. Hạn chế: việc ghi sổ nhật ký tuần tra có ca còn sơ sài; một đồng chí chiến sĩ vi phạm giờ "
              "giấc sinh hoạt, đã được nhắc nhở."),
            P("2. Nhiệm vụ tháng 4/2016: bảo đảm an ninh, trật tự khu vực biên giới biển dịp kỷ niệm 41 năm Ngày "
              "giải phóng miền Nam, thống nhất đất nước 30/4 và Quốc tế lao động 01/5; phối hợp với địa phương "
              "bảo vệ Lễ hội Nghinh Ông; tuyên truyền Luật Biên giới quốc gia và các quy định về khai thác hải "
              "sản cho ngư dân; hoàn thành kiểm tra bắn đạn thật theo kế hoạch huấn luyện năm 2016."),
            P("3. Thảo luận: Chi bộ thảo luận, nhất trí với báo cáo của chi ủy."),
            H("IV. KẾT LUẬN"),
            P("Đồng chí Bí thư chi bộ kết luận: tháng 4 trọng tâm là giữ vững an ninh dịp lễ, không để xảy ra "
              "vượt biên, buôn lậu qua đường biển; chấn chỉnh việc ghi nhật ký tuần tra; bảo đảm an toàn tuyệt đối "
              "trong huấn luyện bắn đạn thật. Đề nghị các đồng chí đảng viên gương mẫu, nêu cao tinh thần trách "
              "nhiệm, hoàn thành tốt nhiệm vụ được giao."),
            H("V. BIỂU QUYẾT"),
            P("Chi bộ biểu quyết thông qua kết luận: 15/15 đồng chí tán thành, đạt 100%."),
            P("Biên bản kết thúc lúc 09 giờ 30 phút cùng ngày, đã thông qua cho toàn thể đảng viên dự họp nghe và "
              "nhất trí."),
            S(["THƯ KÝ", "", "", "Trung úy Lê Hoàng Phong"], ["BÍ THƯ CHI BỘ", "", "", "Thiếu tá Nguyễn Văn Lâm"]),
        ],
        "truth": minute(
            meeting("regular", "2016-04-09", "07:30", "09:30", "Hội trường Đồn", "CHI BỘ ĐỘI VŨ TRANG",
                    "ĐẢNG BỘ ĐỒN BIÊN PHÒNG PHƯỚC TỈNH"),
            "Nguyễn Văn Lâm", "Bí thư chi bộ", "Lê Hoàng Phong",
            attendance(16, 15, 1, 1, 0, 0,
                       [("Đinh Văn Hùng", "đang học lớp bồi dưỡng tại Học viện Biên phòng", True)],
                       [("Bùi Thanh Tâm", "Phó Bí thư Đảng ủy, Chính trị viên Đồn")]),
            True,
            [vote("Kết luận tháng 4/2016", 15, None, None, 100)],
            [],
            ["missing_assignments", "no_discussion"]),
    }],
    "flags": [], "scans": [], "born_digital": True,
})

# =================================================================================================
# m07 — Tây Ninh hamlet, May 2025: regular + Q2 thematic in 110 minutes; counts to add up; unsigned template.
# =================================================================================================
_M07_TOPIC = "Thực hành tiết kiệm, chống lãng phí theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"
DOCS.append({
    "name": "m07-tayninh-combined-110min-unsigned-form", "folder": "dev",
    "style": {"family": "serif", "size": 12.5, "justify": True, "indent": 0, "spacing": 1.3, "para_gap": 3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ TRƯỜNG ĐÔNG", "CHI BỘ ẤP TRƯỜNG AN"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Trường Đông, ngày 10 tháng 5 năm 2025"]),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 5/2025"),
            C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ II/2025"),
            C("Chuyên đề: " + _M07_TOPIC, bold=False, italic=True),
            G(8),
            P("Vào lúc 14 giờ 00 phút, ngày 10 tháng 5 năm 2025, Chi bộ ấp Trường An họp tại Hội trường ấp."),
            H("* Thành phần:"),
            P("Chi bộ có 24 đảng viên, trong đó 02 đồng chí được miễn sinh hoạt. Đảng viên có mặt: chính thức 18 "
              "đồng chí, dự bị 02 đồng chí; vắng 02 đồng chí có lý do (01 đồng chí đi làm công nhân ở Bình Dương, "
              "01 đồng chí bị ốm)."),
            P("Mời dự: đồng chí Huỳnh Văn Sang – Ủy viên Ban Thường vụ Đảng ủy xã, Chủ tịch Ủy ban MTTQ xã; ông Võ "
              "Thành Lộc – Trưởng Ban Công tác Mặt trận ấp (người ngoài Đảng); chị Đỗ Thị Yến Nhi – Bí thư Chi "
              "đoàn ấp, đối tượng cảm tình Đảng."),
            P("Chủ trì: đồng chí Nguyễn Thanh Tâm – Bí thư chi bộ, Trưởng ấp. Thư ký: đồng chí Trương Thị Mỹ Duyên."),
            H("* Phần sinh hoạt thường kỳ:"),
            P("Đồng chí Nguyễn Thanh Tâm báo cáo kết quả tháng 4: ấp thu hoạch xong 86 ha mía niên vụ 2024–2025, "
              "giá mía 1.150.000 đồng/tấn (10 CCS), cao hơn năm trước; 14 hộ chuyển 9 ha mì sang trồng mãng cầu; "
              "không phát sinh dịch tả heo châu Phi; 97% hộ dùng nước sạch. Tồn tại: 11 hộ chưa lắp đồng hồ nước "
              "của trạm cấp nước tập trung; rác thải nhựa còn đổ ven kênh Tây. Tháng 5 chi bộ tập trung tuyên "
              "truyền việc sắp xếp đơn vị hành chính, sáp nhập tỉnh và không tổ chức cấp huyện; chuẩn bị trồng mì "
              "vụ mới; phòng chống sốt xuất huyết đầu mùa mưa."),
            H("* Phần sinh hoạt chuyên đề:"),
            P("Đồng chí Trương Thị Mỹ Duyên trình bày chuyên đề. Ý kiến liên hệ: đồng chí Lê Văn Út, Chi hội trưởng "
              "Chi hội Cựu chiến binh, cho rằng tiết kiệm trước hết là không làm tiệc tùng linh đình trong đám cưới, "
              "đám giỗ; đồng chí Phạm Thị Lài kể việc Chi hội Phụ nữ gom ve chai lập quỹ giúp 03 học sinh nghèo; "
              "chị Đỗ Thị Yến Nhi đề nghị Chi đoàn được mượn hội trường ấp mở lớp tin học miễn phí cho thiếu nhi."),
            H("* Kết luận:"),
            P("Đồng chí Bí thư chi bộ kết luận: chi bộ thống nhất đánh giá tháng 4 và nhiệm vụ tháng 5; mỗi đảng "
              "viên đăng ký một việc làm tiết kiệm cụ thể, báo cáo vào kỳ kiểm điểm cuối năm; đồng ý cho Chi đoàn "
              "mượn hội trường ấp vào sáng thứ Bảy hằng tuần."),
            P("* Biểu quyết: chi bộ biểu quyết thông qua nghị quyết tháng 5 và nội dung chuyên đề, 20/20 đồng chí "
              "tán thành."),
            H("* Phân công:"),
            P("- Giao đồng chí Trương Thị Mỹ Duyên tổng hợp danh sách các hộ chưa lắp đồng hồ nước, xong trước "
              "30/5/2025."),
            P("- Đồng chí Lê Văn Út cùng Chi hội Cựu chiến binh vận động hội viên dọn rác ven kênh Tây, hằng tháng."),
            P("Buổi sinh hoạt kết thúc vào lúc 15 giờ 50 phút cùng ngày. Biên bản được đọc lại trước chi bộ và "
              "được nhất trí thông qua."),
            S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "", "Trương Thị Mỹ Duyên"],
              ["CHỦ TRÌ", "(Ký, ghi rõ họ tên)", "", "Nguyễn Thanh Tâm"]),
        ],
        "truth": minute(
            meeting("regular", "2025-05-10", "14:00", "15:50", "Hội trường ấp", "CHI BỘ ẤP TRƯỜNG AN",
                    "ĐẢNG BỘ XÃ TRƯỜNG ĐÔNG", topic=_M07_TOPIC),
            "Nguyễn Thanh Tâm", "Bí thư chi bộ", "Trương Thị Mỹ Duyên",
            attendance(24, 20, 2, 2, 0, 2, [],
                       [("Huỳnh Văn Sang", "Ủy viên Ban Thường vụ Đảng ủy xã, Chủ tịch Ủy ban MTTQ xã"),
                        ("Võ Thành Lộc", "Trưởng Ban Công tác Mặt trận ấp"),
                        ("Đỗ Thị Yến Nhi", "Bí thư Chi đoàn ấp, đối tượng cảm tình Đảng")]),
            True,
            [vote("Nghị quyết tháng 5 và nội dung chuyên đề", 20)],
            [task("Trương Thị Mỹ Duyên", "tổng hợp danh sách các hộ chưa lắp đồng hồ nước", "30/5/2025"),
             task("Lê Văn Út", "cùng Chi hội Cựu chiến binh vận động hội viên dọn rác ven kênh Tây", "hằng tháng")],
            ["short_meeting", "unfilled_template"]),
    }],
    "flags": [], "scans": [], "born_digital": True,
})

# =================================================================================================
# m08 — Đà Nẵng primary school: the June 2017 meeting held on 3 July; chair and secretary named only in the
# signatures; no conclusion, no vote.
# =================================================================================================
DOCS.append({
    "name": "m08-danang-school-june-held-july-no-conclusion", "folder": "dev",
    "style": {"family": "serif", "size": 12, "justify": False, "indent": 0, "spacing": 1.4, "para_gap": 2,
              "left": 85, "right": 60},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG THẠC GIÁN", "CHI BỘ TRƯỜNG TIỂU HỌC HÙNG VƯƠNG", "Số: ……-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đà Nẵng, ngày 03 tháng 7 năm 2017"], size=11),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 6 NĂM 2017", size=13),
            G(10),
            L("Hôm nay, ngày 03/7/2017, vào lúc 8 giờ, tại phòng họp Hội đồng sư phạm, Chi bộ Trường Tiểu học "
              "Hùng Vương tổ chức sinh hoạt định kỳ tháng 6 (lùi lịch vì giáo viên coi thi, chấm thi tuyển sinh "
              "vào lớp 6)."),
            L("Chủ trì: đồng chí Bí thư chi bộ. Ghi biên bản: đồng chí Phó Bí thư chi bộ."),
            L("Đảng viên: 19/21 có mặt. Vắng: đồng chí Trần Thị Thu Hà – nghỉ hè về quê ở Quảng Trị; đồng chí Lê "
              "Văn Kha – đưa học sinh đi dự Hội khỏe Phù Đổng thành phố."),
            G(4),
            L("– Nội dung 1. Tổng kết năm học 2016–2017"),
            P("Toàn trường có 1.146 học sinh, 36 lớp; 99,6% học sinh hoàn thành chương trình lớp học; 100% học sinh "
              "lớp 5 hoàn thành chương trình tiểu học. Trường có 12 giáo viên dạy giỏi cấp thành phố, 02 sáng kiến "
              "kinh nghiệm được công nhận cấp thành phố. Chi bộ được Đảng ủy phường đánh giá hoàn thành tốt nhiệm "
              "vụ 6 tháng đầu năm. Hạn chế: sĩ số lớp 1 còn đông (45 em/lớp), thiếu phòng học bộ môn tiếng Anh.",
              indent=24),
            L("– Nội dung 2. Công tác hè và chuẩn bị năm học 2017–2018"),
            P("Dự kiến tuyển 270 học sinh lớp 1; sửa chữa 06 phòng học xuống cấp, thay 80 bộ bàn ghế; tổ chức "
              "sinh hoạt hè cho học sinh tại khu dân cư phối hợp với Đoàn phường.", indent=24),
            L("– Ý kiến"),
            P("Đồng chí Phan Thị Kim Oanh (Tổ trưởng tổ 1) đề nghị sớm xếp lớp 1 trước ngày khai giảng để giáo "
              "viên có thời gian gặp phụ huynh. Đồng chí Nguyễn Văn Chương (phụ trách thiết bị) báo cáo còn 23 "
              "bộ bàn ghế gãy chưa thanh lý. Đồng chí Hồ Thị Ngọc Ánh đề nghị vận động phụ huynh không tổ chức "
              "học thêm trong hè trái quy định.", indent=24),
            L("– Phân công"),
            P("Đồng chí Phan Thị Kim Oanh tổ chức lớp làm quen cho học sinh vào lớp 1 trong tháng 8/2017. Đồng chí "
              "Nguyễn Văn Chương lập dự trù sửa chữa bàn ghế, nộp Ban giám hiệu trước ngày 15/7/2017.", indent=24),
            L("Buổi sinh hoạt kết thúc lúc 10 giờ 00. Biên bản đã được đọc lại và các đồng chí dự họp nhất trí."),
            S(["NGƯỜI GHI BIÊN BẢN", "", "", "Hồ Thị Ngọc Ánh"], ["T/M CHI ỦY", "BÍ THƯ", "", "", "Lương Đình Quý"]),
        ],
        "truth": minute(
            meeting("regular", "2017-07-03", "08:00", "10:00", "phòng họp Hội đồng sư phạm",
                    "CHI BỘ TRƯỜNG TIỂU HỌC HÙNG VƯƠNG", "ĐẢNG BỘ PHƯỜNG THẠC GIÁN", month=6, year=2017),
            "Lương Đình Quý", "Bí thư chi bộ", "Hồ Thị Ngọc Ánh",
            attendance(21, 19, 2, 2, 0, 0,
                       [("Trần Thị Thu Hà", "nghỉ hè về quê ở Quảng Trị", True),
                        ("Lê Văn Kha", "đưa học sinh đi dự Hội khỏe Phù Đổng thành phố", True)]),
            False,
            [],
            [task("Phan Thị Kim Oanh", "tổ chức lớp làm quen cho học sinh vào lớp 1", "tháng 8/2017"),
             task("Nguyễn Văn Chương", "lập dự trù sửa chữa bàn ghế, nộp Ban giám hiệu", "15/7/2017")],
            ["missing_conclusion", "missing_vote", "unfilled_template"]),
    }],
    "flags": [], "scans": [], "born_digital": True,
})

# =================================================================================================
# m09 — Cần Thơ (former Sóc Trăng) Khmer hamlet, January 2026: exempt only named; 27/30 exactly 90 %. Clean.
# =================================================================================================
DOCS.append({
    "name": "m09-cantho-khmer-hamlet-exactly-90-clean", "folder": "dev",
    "style": {"family": "dejavu", "size": 12, "justify": True, "indent": 26, "spacing": 1.3, "para_gap": 2.5},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG ỦY XÃ LỊCH HỘI THƯỢNG", "CHI BỘ ẤP BƯNG SÓC", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Lịch Hội Thượng, ngày 07 tháng 01 năm 2026"], size=10.5),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 01/2026"),
            G(8),
            H("1/ Thời gian, địa điểm"),
            P("Bắt đầu lúc 13 giờ 30 phút ngày 07/01/2026 tại Hội trường ấp Bưng Sóc; kết thúc lúc 15 giờ 30 phút "
              "cùng ngày."),
            H("2/ Thành phần"),
            P("Tổng số đảng viên của chi bộ: 33 đồng chí. Các đồng chí Thạch Sa Rươne, Lâm Thị Sà Phol, Sơn Văn "
              "Chưa được miễn sinh hoạt đảng vì tuổi cao. Có mặt 27/30 đồng chí phải dự (đạt 90%); vắng 03 đồng "
              "chí, đều có lý do, trong đó đồng chí Kim Sóc Khanh đi làm công nhân ở Đồng Nai, đồng chí Trần Thị "
              "Ngọc Hân nghỉ sinh con."),
            P("Đồng chí Thạch Sô Phol, Bí thư chi bộ kiêm Trưởng ấp, chủ trì; chi bộ cử đồng chí Lý Thị Sa Rinh "
              "làm thư ký."),
            P("Dự có đồng chí Danh Thị Kim Xuyến, Đảng ủy viên, phụ trách ấp."),
            H("3/ Nội dung"),
            P("Đồng chí Lý Thị Sa Rinh thông tin về việc học tập, quán triệt Hướng dẫn 42-HD/BTCTW về nâng cao "
              "chất lượng sinh hoạt chi bộ; công tác chuẩn bị bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội "
              "đồng nhân dân các cấp nhiệm kỳ 2026–2031; ấp sau sắp xếp thuộc xã Lịch Hội Thượng, thành phố Cần Thơ."),
            P("Đồng chí Thạch Sô Phol đánh giá tháng 12/2025: ấp xuống giống xong 312 ha lúa Đông Xuân 2025–2026, "
              "chủ yếu giống ST24, ST25; đóng cống ngăn mặn kịp thời, độ mặn đầu kênh Bưng Sóc đo được 2,1‰; hoàn "
              "thành 03 căn nhà Đại đoàn kết cho hộ nghèo đồng bào Khmer. Tồn tại: còn 06 hộ chưa hoàn thành thủ "
              "tục chuyển đổi căn cước; một số thanh niên tụ tập đua xe ban đêm trên đê bao."),
            P("Nhiệm vụ tháng 01/2026: theo dõi độ mặn, điều tiết nước cho lúa đẻ nhánh; chăm lo Tết Nguyên đán "
              "Bính Ngọ cho hộ nghèo, gia đình chính sách; phối hợp với chùa Bưng Sóc giữ an ninh trật tự dịp Tết."),
            H("4/ Thảo luận"),
            P("Đồng chí Sơn Thị Ngọc Bích đề nghị Chi hội Phụ nữ được hỗ trợ 10 suất quà Tết cho phụ nữ đơn thân. "
              "Đồng chí Danh Vũ cho biết đã gặp gia đình các thanh niên đua xe; đề nghị Công an xã tăng tuần tra "
              "tuyến đê bao. Đồng chí Danh Thị Kim Xuyến lưu ý chi bộ rà soát kỹ danh sách cử tri."),
            H("5/ Kết luận và biểu quyết"),
            P("Đồng chí Thạch Sô Phol kết luận: chi bộ nhất trí với đánh giá và nhiệm vụ nêu trên; giao đồng chí "
              "Danh Vũ cùng Tổ an ninh ấp tuần tra tuyến đê bao vào các đêm cuối tuần; giao đồng chí Sơn Thị Ngọc "
              "Bích lập danh sách phụ nữ đơn thân nhận quà, nộp chi ủy trước ngày 20/01/2026; Chi đoàn ấp rà soát "
              "danh sách cử tri thanh niên đi làm ăn xa, xong trong tháng 01/2026."),
            P("Biểu quyết: có 27/27 đồng chí tán thành, không có đồng chí nào không tán thành."),
            H("6/ Bế mạc"),
            P("Biên bản được thư ký đọc lại, chi bộ nhất trí thông qua lúc 15 giờ 30 phút."),
            S(["THƯ KÝ", "", "", "Lý Thị Sa Rinh"],
              ["T/M CHI ỦY", "BÍ THƯ", "(đã ký, đóng dấu)", "", "Thạch Sô Phol"]),
            G(6),
            C("[Dấu tròn: ĐẢNG ỦY XÃ LỊCH HỘI THƯỢNG – TP. CẦN THƠ]", bold=False, italic=True, size=10),
        ],
        "truth": minute(
            meeting("regular", "2026-01-07", "13:30", "15:30", "Hội trường ấp Bưng Sóc", "CHI BỘ ẤP BƯNG SÓC",
                    "ĐẢNG ỦY XÃ LỊCH HỘI THƯỢNG"),
            "Thạch Sô Phol", "Bí thư chi bộ", "Lý Thị Sa Rinh",
            attendance(33, 27, 3, 3, 0, 3,
                       [("Kim Sóc Khanh", "đi làm công nhân ở Đồng Nai", True),
                        ("Trần Thị Ngọc Hân", "nghỉ sinh con", True)],
                       [("Danh Thị Kim Xuyến", "Đảng ủy viên, phụ trách ấp")]),
            True,
            [vote("Kết luận, nhiệm vụ tháng 01/2026", 27, 0)],
            [task("Danh Vũ", "cùng Tổ an ninh ấp tuần tra tuyến đê bao", "các đêm cuối tuần"),
             task("Sơn Thị Ngọc Bích", "lập danh sách phụ nữ đơn thân nhận quà, nộp chi ủy", "20/01/2026"),
             task("Chi đoàn ấp", "rà soát danh sách cử tri thanh niên đi làm ăn xa", "tháng 01/2026")],
            []),
    }],
    "flags": [], "scans": [], "born_digital": True,
})

# =================================================================================================
# m10 — Vĩnh Long hamlet, a 2008 printed form: blanks left as dots, no vote, 26/29. Scan only (photocopy).
# =================================================================================================
DOCS.append({
    "name": "m10-vinhlong-form-2008-dots-low", "folder": "dev",
    "style": {"family": "serif", "size": 10.5, "justify": False, "indent": 0, "spacing": 1.3, "para_gap": 1.5,
              "left": 72, "right": 50, "top": 50},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ TÂN QUỚI", "CHI BỘ ẤP TÂN HẠNH", "Số: ……-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tân Quới, ngày 05 tháng 11 năm 2008"]),
            C("BIÊN BẢN HỌP CHI BỘ ĐỊNH KỲ", size=13),
            C("Tháng 11 năm 2008", bold=False, italic=True, size=11),
            G(6),
            H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            L("1. Thời gian: bắt đầu 19 giờ 00 phút, ngày 05/11/2008."),
            L("2. Địa điểm: Trụ sở Ban nhân dân ấp Tân Hạnh."),
            L("3. Chủ trì: đ/c Nguyễn Văn Chín – Chức vụ: Bí thư chi bộ."),
            L("4. Thư ký: đ/c Lê Thị Thu Sương – Chức vụ: Chi ủy viên."),
            L("5. Tổng số đảng viên: 31 đ/c; miễn sinh hoạt: 02 đ/c; phải dự: 29 đ/c."),
            L("Có mặt: 26/29 đ/c; vắng: 03 đ/c (có lý do: 02; không lý do: 01)."),
            L("Họ tên đảng viên vắng: đ/c Trần Văn Bé Hai (chở lúa lên Sài Gòn), đ/c Phạm Thị Út (bệnh), đ/c Võ "
              "Văn Nhỏ."),
            L("6. Khách mời: ……"),
            H("II. NỘI DUNG"),
            L("1. Kết quả thực hiện nghị quyết tháng 10/2008:"),
            P("Lũ năm nay về sớm và cao hơn năm 2007; chi bộ lãnh đạo gia cố 2,3 km bờ bao, bảo vệ an toàn 146 ha "
              "lúa Thu Đông; di dời 07 hộ sống ven sông Hậu lên nơi an toàn; tổ chức giữ trẻ mùa lũ cho 35 cháu. "
              "Cầu khỉ qua rạch Cái Vồn Nhỏ đã làm xong thành cầu bê tông do nhân dân đóng góp 85 triệu đồng. Tồn "
              "tại: thu quỹ quốc phòng – an ninh mới đạt 64%; còn trẻ em đi học phải qua sông bằng xuồng.",
              indent=18),
            L("2. Nhiệm vụ tháng 11/2008:"),
            P("Thu hoạch lúa Thu Đông, chuẩn bị xuống giống Đông Xuân đồng loạt; vận động hộ nghèo vay vốn Ngân "
              "hàng Chính sách xã hội nuôi cá tra, trồng màu; tổ chức Ngày hội Đại đoàn kết toàn dân tộc 18/11 tại "
              "ấp.", indent=18),
            L("3. Ý kiến thảo luận:"),
            P("- đ/c Huỳnh Văn Tư: đề nghị xã sớm nạo vét kênh Tân Hạnh để kịp lấy nước cho vụ Đông Xuân.",
              indent=18),
            P("- đ/c Lê Thị Thu Sương: Chi hội Phụ nữ đã có danh sách 12 hộ nghèo cần vay vốn, đề nghị chi bộ ủng "
              "hộ.", indent=18),
            L("4. Kết luận của chủ trì:"),
            P("Đ/c Nguyễn Văn Chín kết luận: chi bộ thống nhất các nội dung trên; tháng 11 tập trung thu hoạch lúa, "
              "xuống giống Đông Xuân đúng lịch thời vụ, chăm lo Ngày hội Đại đoàn kết; chi bộ sẽ nhắc nhở đ/c Võ Văn "
              "Nhỏ về việc vắng họp.", indent=18),
            L("5. Biểu quyết: tán thành ……/…… đ/c; không tán thành: …… đ/c."),
            L("6. Phân công:"),
            P("- đ/c Huỳnh Văn Tư phối hợp Tổ thủy lợi ấp kiểm tra các cống đầu kênh, báo cáo trước 20/11/2008.",
              indent=18),
            P("- đ/c Lê Thị Thu Sương hoàn chỉnh hồ sơ vay vốn cho 12 hộ nghèo, gửi Tổ tiết kiệm và vay vốn trong "
              "tháng 11.", indent=18),
            L("Cuộc họp kết thúc lúc 21 giờ 00 phút. Biên bản đã đọc lại cho chi bộ nghe, thống nhất thông qua."),
            S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "", "Lê Thị Thu Sương"],
              ["CHỦ TRÌ", "(Ký, ghi rõ họ tên)", "", "Nguyễn Văn Chín"]),
        ],
        "truth": minute(
            meeting("regular", "2008-11-05", "19:00", "21:00", "Trụ sở Ban nhân dân ấp Tân Hạnh",
                    "CHI BỘ ẤP TÂN HẠNH", "ĐẢNG BỘ XÃ TÂN QUỚI"),
            "Nguyễn Văn Chín", "Bí thư chi bộ", "Lê Thị Thu Sương",
            attendance(31, 26, 3, 2, 1, 2,
                       [("Trần Văn Bé Hai", "chở lúa lên Sài Gòn", True),
                        ("Phạm Thị Út", "bệnh", True),
                        ("Võ Văn Nhỏ", None, False)]),
            True,
            [],
            [task("Huỳnh Văn Tư", "phối hợp Tổ thủy lợi ấp kiểm tra các cống đầu kênh, báo cáo", "20/11/2008"),
             task("Lê Thị Thu Sương", "hoàn chỉnh hồ sơ vay vốn cho 12 hộ nghèo, gửi Tổ tiết kiệm và vay vốn",
                  "tháng 11")],
            ["low_attendance", "missing_vote", "unexcused_absence", "unfilled_template"]),
    }],
    "flags": [],
    "scans": [{"name": "m10-vinhlong-form-2008-photocopy", "folder": "dev", "damage": "photocopy", "seed": 1510,
               "dpi": 250}],
    "born_digital": False,
})

# =================================================================================================
# m11 — Hội An old town block, October 2006: a typewriter page; the whole opening in one sentence. Clean.
# =================================================================================================
_M11_LOC = "nhà đồng chí Trương Công Thành (số 57 Nguyễn Thái Học)"
DOCS.append({
    "name": "m11-hoian-2006-typewriter-words-clean", "folder": "dev",
    "style": {"family": "mono", "size": 10.5, "justify": False, "indent": 30, "spacing": 1.45, "para_gap": 2,
              "left": 75, "right": 55},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG MINH AN", "CHI BỘ KHỐI 4"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hội An, ngày 14 tháng 10 năm 2006"], size=10),
            C("BIÊN BẢN SINH HOẠT CHI BỘ", size=11.5),
            C("(Kỳ tháng 10 năm 2006)", bold=False, size=10.5),
            G(8),
            P("Vào hồi 19 giờ 30 ngày 14 tháng 10 năm 2006, tại " + _M11_LOC + ", Chi bộ khối 4 họp thường kỳ "
              "tháng 10 năm 2006 do đồng chí Phạm Thị Xuân Lan, Bí thư chi bộ chủ trì, đồng chí Trương Công Thành "
              "ghi biên bản. Chi bộ có mười bốn đảng viên, trong đó hai đồng chí được miễn sinh hoạt vì tuổi cao; "
              "có mặt mười một trên mười hai đồng chí phải dự, vắng một đồng chí là đồng chí Lê Văn Tuấn đi công "
              "tác ở Tam Kỳ. Đồng chí Nguyễn Đức Khải, Đảng ủy viên phường, về dự; ông Huỳnh Bá Thọ được mời "
              "cùng dự."),
            H("A- Tình hình tháng 9 và khắc phục bão số 6"),
            P("Cơn bão số 6 (Xangsane) ngày 01/10 làm tốc mái 9 nhà trong khối, đổ 14 cây xanh trên đường Trần "
              "Phú, Nguyễn Thái Học; nước sông Hoài dâng ngập phố cổ gần 1 mét. Chi bộ đã huy động đảng viên, "
              "đoàn viên giúp dân kê dọn hàng hóa, dựng lại mái nhà; đến nay khối đã dọn xong đường phố, các cửa "
              "hàng mở cửa đón khách trở lại. Chi bộ ghi nhận đồng chí Hồ Văn Lợi trực suốt đêm 30/9 tại điểm "
              "sơ tán."),
            H("B- Nhiệm vụ tháng 10"),
            P("Vận động các hộ kinh doanh giữ giá, niêm yết giá bán cho khách du lịch; chuẩn bị đêm phố cổ rằm "
              "tháng 9 âm lịch; rà soát các hộ bị thiệt hại để đề nghị phường hỗ trợ; thu quỹ vì người nghèo."),
            H("C- Ý kiến"),
            P("Đồng chí Hồ Văn Lợi đề nghị phường sớm cắt tỉa cây dầu cổ thụ trước chợ vì bão làm nứt gốc. Đồng "
              "chí Trần Thị Ngọc Diệp nói còn 3 hộ bán hàng lưu niệm chèo kéo khách, cần nhắc nhở. Đồng chí "
              "Nguyễn Đức Khải đề nghị chi bộ báo cáo thiệt hại về phường trước ngày 20."),
            P("Đồng chí Xuân Lan kết luận: chi bộ thống nhất các nội dung, tháng 10 tập trung ổn định buôn bán "
              "sau bão và giữ nếp phố cổ. Giao đồng chí Trương Công Thành tổng hợp thiệt hại các hộ, gửi phường "
              "trước ngày 20/10/2006; giao đồng chí Hồ Văn Lợi cùng tổ dân phố kiểm tra các cây xanh nguy hiểm "
              "trong tháng 10."),
            P("Chi bộ biểu quyết nhất trí 11/11."),
            P("Họp kết thúc lúc 21 giờ 30. Biên bản đọc lại, chi bộ thông qua."),
            S(["THƯ KÝ", "", "Trương Công Thành"], ["BÍ THƯ", "", "Phạm Thị Xuân Lan"]),
        ],
        "truth": minute(
            meeting("regular", "2006-10-14", "19:30", "21:30", _M11_LOC, "CHI BỘ KHỐI 4", "ĐẢNG BỘ PHƯỜNG MINH AN"),
            "Phạm Thị Xuân Lan", "Bí thư chi bộ", "Trương Công Thành",
            attendance(14, 11, 1, 1, 0, 2, [("Lê Văn Tuấn", "đi công tác ở Tam Kỳ", True)],
                       [("Nguyễn Đức Khải", "Đảng ủy viên phường"), ("Huỳnh Bá Thọ", None)]),
            True,
            [vote("Kết luận tháng 10/2006", 11)],
            [task("Trương Công Thành", "tổng hợp thiệt hại các hộ, gửi phường", "20/10/2006"),
             task("Hồ Văn Lợi", "cùng tổ dân phố kiểm tra các cây xanh nguy hiểm", "tháng 10")],
            []),
    }],
    "flags": [],
    "scans": [{"name": "m11-hoian-2006-typewriter-words-clean-scan", "folder": "dev", "damage": "photocopy",
               "seed": 1511, "dpi": 200}],
    "born_digital": True,
})

# =================================================================================================
# m12 — Bình Phước (Bù Gia Mập) S'tiêng village book, March–July 2022: five minutes typed on. Scan twin.
# =================================================================================================
_B_CELL, _B_COMM = "CHI BỘ THÔN BÙ XIA", "ĐẢNG BỘ XÃ ĐAK Ơ"
_B_HALL = "Nhà văn hóa thôn Bù Xia"
_B_SIGN = (["THƯ KÝ", "", "Thị Hương"], ["BÍ THƯ", "", "Điểu Lên"])

_B1 = {
    "blocks": [
        HD(["ĐẢNG BỘ XÃ ĐAK Ơ", "CHI BỘ THÔN BÙ XIA"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đak Ơ, ngày 05 tháng 3 năm 2022"]),
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 3/2022"),
        G(4),
        L("1- Thời gian: từ 19 giờ 00 đến 21 giờ 00, ngày 05/3/2022."),
        L("2- Địa điểm: Nhà văn hóa thôn Bù Xia."),
        L("3- Chủ trì: đ/c Điểu Lên – Bí thư chi bộ, Trưởng thôn."),
        L("4- Thư ký: đ/c Thị Hương – chi ủy viên."),
        L("5- Đảng viên: tổng số 14 đ/c, miễn sinh hoạt 01 đ/c (đ/c Điểu Mốt, già làng); có mặt 12/13 đ/c phải "
          "dự; vắng 01: Điểu Brơi (không lý do)."),
        L("6- Nội dung:"),
        P("a) Chi ủy đánh giá tháng 02/2022: bà con thu hoạch điều được khoảng 60%, giá điều thô 28.000–30.000 "
          "đồng/kg; thôn có 03 ca mắc Covid-19 đã khỏi; tiêm mũi 3 vắc xin đạt 87% người từ 18 tuổi; đường nội "
          "thôn đoạn từ nhà văn hóa ra suối Đak Mai đã láng nhựa xong."),
        P("b) Nhiệm vụ tháng 3/2022: thu hoạch điều, không bán điều non; phòng chống cháy rừng mùa khô; vận động "
          "05 hộ còn lại đi tiêm mũi 3."),
        P("c) Thảo luận: đ/c Lâm Văn Phúc đề nghị thôn liên hệ thương lái mua điều theo giá chung, không để bà "
          "con bị ép giá; đ/c Thị Mai đề nghị hội phụ nữ đến từng nhà vận động tiêm vắc xin."),
        P("d) Đ/c Điểu Lên kết luận: chi bộ thống nhất đánh giá tháng 02; tháng 3 tập trung thu hoạch điều, chống "
          "cháy, tiêm vắc xin. Giao đ/c Thị Mai cùng hội phụ nữ vận động 05 hộ đi tiêm mũi 3 trước ngày 20/3/2022; "
          "giao đ/c Lâm Văn Phúc (Tổ trưởng tổ bảo vệ rừng) tổ chức canh lửa rừng phòng hộ suốt mùa khô."),
        P("e) Biểu quyết: 12/12 đ/c tán thành."),
        P("Họp xong lúc 21 giờ 00. Biên bản đọc lại, chi bộ nhất trí."),
        S(*_B_SIGN),
    ],
    "truth": minute(
        meeting("regular", "2022-03-05", "19:00", "21:00", _B_HALL, _B_CELL, _B_COMM),
        "Điểu Lên", "Bí thư chi bộ", "Thị Hương",
        attendance(14, 12, 1, 0, 1, 1, [("Điểu Brơi", "không lý do", False)]),
        True,
        [vote("Kết luận tháng 3/2022", 12)],
        [task("Thị Mai", "cùng hội phụ nữ vận động 05 hộ đi tiêm mũi 3", "20/3/2022"),
         task("Lâm Văn Phúc", "tổ chức canh lửa rừng phòng hộ", "suốt mùa khô")],
        ["unexcused_absence"]),
}

_B2_TOPIC = "Đoàn kết các dân tộc, giữ gìn bản sắc văn hóa S'tiêng"
_B2 = {
    "blocks": [
        C("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ QUÝ I/2022"),
        C("Chuyên đề: " + _B2_TOPIC, bold=False, italic=True),
        G(4),
        L("1- Thời gian: từ 14 giờ 00 đến 15 giờ 15, ngày 26/3/2022."),
        L("2- Địa điểm: Nhà văn hóa thôn."),
        L("3- Chủ trì: đ/c Lâm Văn Phúc – Phó Bí thư chi bộ (đ/c Bí thư đi dự lớp bồi dưỡng tại huyện)."),
        L("4- Thư ký: đ/c Thị Hương."),
        L("5- Đảng viên: có mặt 12/13 đ/c phải dự (01 đ/c miễn sinh hoạt); vắng 01: đ/c Điểu Lên (đi học lớp bồi "
          "dưỡng). Dự có đ/c Điểu Thị Kim – Đảng ủy viên, Chủ tịch Hội Liên hiệp Phụ nữ xã."),
        P("a) Đ/c Lâm Văn Phúc trình bày chuyên đề: thôn có 142 hộ, trong đó 96 hộ đồng bào S'tiêng; lễ mừng lúa "
          "mới, cồng chiêng, dệt thổ cẩm đang mai một, chỉ còn 04 nghệ nhân đánh chiêng và 02 cụ bà biết dệt; "
          "thanh niên đi làm công ty xa, ít tham gia sinh hoạt văn hóa của làng."),
        P("b) Ý kiến: đ/c Điểu Thị Kim đề nghị mở lớp dạy dệt thổ cẩm cho phụ nữ trẻ trong dịp hè; đ/c Thị Mai nêu "
          "thôn cần sửa lại nhà dài để giữ bộ chiêng của làng."),
        P("c) Đ/c Lâm Văn Phúc kết luận: chi bộ nhất trí giữ gìn cồng chiêng, dệt thổ cẩm, lễ mừng lúa mới; đề "
          "nghị mỗi đảng viên vận động con cháu trong nhà tham gia đội chiêng của thôn."),
        P("d) Chi bộ biểu quyết nhất trí 100%."),
        P("Kết thúc lúc 15 giờ 15. Biên bản được đọc lại và thông qua."),
        S(["THƯ KÝ", "", "Thị Hương"], ["PHÓ BÍ THƯ", "", "Lâm Văn Phúc"]),
    ],
    "truth": minute(
        meeting("thematic", "2022-03-26", "14:00", "15:15", "Nhà văn hóa thôn", _B_CELL, _B_COMM, topic=_B2_TOPIC),
        "Lâm Văn Phúc", "Phó Bí thư chi bộ", "Thị Hương",
        attendance(14, 12, 1, 1, 0, 1, [("Điểu Lên", "đi học lớp bồi dưỡng", True)],
                   [("Điểu Thị Kim", "Đảng ủy viên, Chủ tịch Hội Liên hiệp Phụ nữ xã")]),
        True,
        [vote("Nội dung chuyên đề", pct=100)],
        [],
        ["missing_assignments", "short_meeting"]),
}

_B3 = {
    "blocks": [
        HD(["ĐẢNG BỘ XÃ ĐAK Ơ", "CHI BỘ THÔN BÙ XIA"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đak Ơ, ngày 04 tháng 5 năm 2022"]),
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 4/2022"),
        C("(họp lùi do nghỉ lễ 30/4 – 01/5)", bold=False, italic=True),
        G(4),
        L("1- Thời gian: từ 19 giờ 15 đến 21 giờ 00, ngày 04/5/2022."),
        L("2- Địa điểm: Nhà văn hóa thôn Bù Xia."),
        L("3- Chủ trì: đ/c Điểu Lên – Bí thư chi bộ."),
        L("4- Thư ký: đ/c Thị Hương vắng, chi bộ cử đ/c Nguyễn Văn Hòa ghi biên bản."),
        L("5- Đảng viên: tổng số 14 đ/c, miễn sinh hoạt 01; có mặt 11/13 đ/c phải dự; vắng 02 đ/c, gồm:"),
        ("table", [(0.08, "STT", "c"), (0.30, "Họ và tên", "l"), (0.62, "Lý do vắng", "l")],
         [["1", "Thị Hương", "Đi làm cỏ điều ở Bù Đốp, có xin phép"], ["2", "Điểu Brơi", "Không lý do"]],
         {"size": 10.5, "head_center": True}),
        P("a) Tháng 4: thu hoạch điều cơ bản xong, năng suất bình quân 1,1 tấn/ha; không để xảy ra cháy rừng; 05 "
          "hộ đã tiêm đủ mũi 3. Tồn tại: một số thanh niên uống rượu gây mất trật tự dịp lễ; đ/c Điểu Brơi tiếp "
          "tục vắng họp không lý do."),
        P("b) Nhiệm vụ tháng 5: làm cỏ, bón phân cho điều sau thu hoạch; vận động trồng xen ca cao; nhắc học sinh "
          "ôn thi học kỳ II."),
        P("c) Ý kiến: đ/c Nguyễn Văn Hòa đề nghị tìm hiểu hoàn cảnh của đ/c Điểu Brơi; đ/c Lâm Văn Phúc cho biết "
          "đ/c Brơi đi làm thuê ở Đồng Xoài, ít về thôn."),
        P("d) Đ/c Điểu Lên kết luận: chi bộ thống nhất nhiệm vụ tháng 5; giao đ/c Lâm Văn Phúc gặp đ/c Điểu Brơi, "
          "báo cáo chi bộ tại kỳ họp tháng 5; Chi đoàn thanh niên thôn tuyên truyền tác hại của rượu bia trong "
          "tháng 5/2022."),
        P("e) Biểu quyết: tán thành 11/11."),
        P("Họp xong 21 giờ 00. Biên bản đọc lại, thông qua."),
        S(["THƯ KÝ", "", "Nguyễn Văn Hòa"], ["BÍ THƯ", "", "Điểu Lên"]),
    ],
    "truth": minute(
        meeting("regular", "2022-05-04", "19:15", "21:00", _B_HALL, _B_CELL, _B_COMM, month=4, year=2022),
        "Điểu Lên", "Bí thư chi bộ", "Nguyễn Văn Hòa",
        attendance(14, 11, 2, 1, 1, 1,
                   [("Thị Hương", "Đi làm cỏ điều ở Bù Đốp, có xin phép", True),
                    ("Điểu Brơi", "Không lý do", False)]),
        True,
        [vote("Nhiệm vụ tháng 5/2022", 11)],
        [task("Lâm Văn Phúc", "gặp đ/c Điểu Brơi, báo cáo chi bộ", "kỳ họp tháng 5"),
         task("Chi đoàn thanh niên thôn", "tuyên truyền tác hại của rượu bia", "tháng 5/2022")],
        ["low_attendance", "unexcused_absence"]),
}

_B4 = {
    "blocks": [
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 6/2022"),
        G(4),
        L("1- Thời gian: từ 19 giờ 00 đến 20 giờ 40, ngày 04/6/2022."),
        L("2- Địa điểm: Nhà văn hóa thôn Bù Xia."),
        L("3- Chủ trì: đ/c Điểu Lên – Bí thư chi bộ. Thư ký: đ/c Thị Hương."),
        L("4- Đảng viên: có mặt 13/13 đ/c phải dự (miễn sinh hoạt 01)."),
        P("a) Tháng 5 chi bộ không sinh hoạt được vì đảng viên và bà con ở lại rẫy làm cỏ, phun thuốc cho điều. Kỳ "
          "này đánh giá chung tháng 5 và tháng 6: đã làm cỏ xong 70% diện tích điều; 18 hộ trồng xen 6 ha ca "
          "cao; học sinh của thôn lên lớp đạt 98%. Đ/c Lâm Văn Phúc báo cáo đã gặp đ/c Điểu Brơi, đ/c Brơi hứa "
          "về sinh hoạt đầy đủ."),
        P("b) Nhiệm vụ tháng 6: phòng chống sốt xuất huyết mùa mưa; sửa nhà dài của làng; chuẩn bị đón đoàn kiểm "
          "tra của Đảng ủy xã."),
        P("c) Ý kiến: đ/c Thị Mai nhận xét lớp dệt thổ cẩm đã có 09 chị đăng ký; đ/c Nguyễn Văn Hòa đề nghị mỗi "
          "hộ góp 01 ngày công sửa nhà dài."),
        P("d) Đ/c Điểu Lên kết luận: thống nhất các nhiệm vụ trên; giao đ/c Nguyễn Văn Hòa huy động ngày công sửa "
          "nhà dài, xong trước ngày 30/6/2022; giao đ/c Thị Mai mở lớp dệt thổ cẩm trong dịp hè."),
        P("Họp xong lúc 20 giờ 40."),
        S(*_B_SIGN),
    ],
    "truth": minute(
        meeting("regular", "2022-06-04", "19:00", "20:40", _B_HALL, _B_CELL, _B_COMM),
        "Điểu Lên", "Bí thư chi bộ", "Thị Hương",
        attendance(14, 13, 0, 0, 0, 1),
        True,
        [],
        [task("Nguyễn Văn Hòa", "huy động ngày công sửa nhà dài", "30/6/2022"),
         task("Thị Mai", "mở lớp dệt thổ cẩm", "dịp hè")],
        ["missing_vote", "not_approved"]),
}

_B5 = {
    "blocks": [
        HD(["ĐẢNG BỘ XÃ ĐAK Ơ", "CHI BỘ THÔN BÙ XIA"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đak Ơ, ngày 02 tháng 7 năm 2022"]),
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 7/2022"),
        G(4),
        L("1- Thời gian: từ 19 giờ 00 đến 20 giờ 45, ngày 02/7/2022."),
        L("2- Địa điểm: Nhà văn hóa thôn Bù Xia."),
        L("3- Điều hành: đ/c Điểu Lên, Bí thư chi bộ; ghi biên bản: đ/c Thị Hương."),
        L("4- Đảng viên: 12/13 đ/c phải dự có mặt (01 đ/c miễn sinh hoạt); đ/c Điểu Brơi vắng không lý do, lần thứ "
          "ba trong năm. Dự họp có đ/c Trần Quốc Bảo, Phó Bí thư Đảng ủy xã."),
        P("a) Đ/c Thị Hương đọc báo cáo tháng 6: sửa xong nhà dài của làng; lớp dệt thổ cẩm khai giảng ngày "
          "20/6 với 09 học viên; không có ca sốt xuất huyết. Nhiệm vụ tháng 7: chăm sóc điều, ca cao; vận động "
          "thanh niên đăng ký nghĩa vụ quân sự; chuẩn bị kiểm điểm giữa nhiệm kỳ."),
        P("b) Chi bộ thảo luận, thống nhất với báo cáo."),
        P("c) Chi bộ biểu quyết thông qua nhiệm vụ tháng 7: 12/12 đ/c tán thành. Giao đ/c Nguyễn Văn Hòa lập danh "
          "sách thanh niên trong độ tuổi nghĩa vụ quân sự, nộp Ban Chỉ huy quân sự xã trước ngày 15/7/2022. "
          "Chi bộ làm báo cáo gửi Đảng ủy xã về trường hợp đ/c Điểu Brơi."),
        P("Họp xong lúc 20 giờ 45. Biên bản đã đọc lại, thông qua."),
        S(*_B_SIGN),
    ],
    "truth": minute(
        meeting("regular", "2022-07-02", "19:00", "20:45", _B_HALL, _B_CELL, _B_COMM),
        "Điểu Lên", "Bí thư chi bộ", "Thị Hương",
        attendance(14, 12, 1, 0, 1, 1, [("Điểu Brơi", "không lý do", False)],
                   [("Trần Quốc Bảo", "Phó Bí thư Đảng ủy xã")]),
        False,
        [vote("Nhiệm vụ tháng 7/2022", 12)],
        [task("Nguyễn Văn Hòa", "lập danh sách thanh niên trong độ tuổi nghĩa vụ quân sự, nộp Ban Chỉ huy quân sự "
              "xã", "15/7/2022")],
        ["missing_conclusion", "no_discussion", "unexcused_absence"]),
}

DOCS.append({
    "name": "m12-binhphuoc-stieng-book-2022", "folder": "dev",
    "style": {"family": "serif", "size": 11.5, "justify": False, "indent": 18, "spacing": 1.25, "para_gap": 2,
              "top": 52, "bottom": 52, "head": "Sổ biên bản sinh hoạt – Chi bộ thôn Bù Xia – năm 2022",
              "head_align": "right", "foot": "- {n} -"},
    "between": 22,
    "minutes": [_B1, _B2, _B3, _B4, _B5],
    "flags": ["missing_month", "no_thematic_in_quarter", "repeated_absence"],
    "scans": [{"name": "m12-binhphuoc-stieng-book-2022-scan", "folder": "dev", "damage": "moderate", "seed": 1512,
               "dpi": 200}],
    "born_digital": True,
})
