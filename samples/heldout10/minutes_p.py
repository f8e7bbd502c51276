"""Held-out set 10, writer p (dev/, `p…`): the South-Central coast, the Central Highlands, the South-East and the
Mekong delta.

Written by hand, without reading the extractor (extract/**), the generator (samples/generator/**), samples/parts/**,
the bench or the other writers' minutes, and without running the extractor. Rendered by samples/heldout2/make.py
(`build`). Names, places and figures are invented or used loosely; the paperwork follows /work/shared/DOMAIN.md.
The set's theme is the counted and dated facts: attendance, votes, times, the meeting's kind and month, and the
defects read from them, written near their bars on both sides (89,5 % / 90,3 %; 85 / 90 / 92 minutes; 115 / 125
minutes for a combined meeting).

Files (name -> what varies -> minute flags / book flags):

- p01-binhdinh-school-words-roman-clean -> Bình Định (Quy Nhơn) primary school; Serif 13 justified, "- n -" at the
  foot; the cell's name over two header lines; title month in Roman numerals ("THÁNG X NĂM 2024", review of "tháng
  IX", "kỳ họp tháng XII"); date and time in words ("vào lúc mười bốn giờ, ngày mùng tám tháng mười năm hai nghìn
  không trăm hai mươi bốn", "mười sáu giờ mười phút"); attendance in words with official / probationary members
  counted apart, two absentees with reasons, "không có đảng viên được miễn sinh hoạt"; 21/23 = 91,3 %; a guest;
  vote in words by show of hands ("hai mươi mốt trên hai mươi mốt … một trăm phần trăm"); a list of five tasks
  ("tuần này", "hằng tuần", "kỳ họp tháng XII", a partner after "cùng") -> — / —
- p02-gialai-jrai-village-spread-counts-low -> Gia Lai Jrai village; Sans 12 ragged; the counts spread over four
  sentences (21 members = 19 official + 02 probationary; 02 exempt named; "phải dự … 19"; "Có mặt 17 đồng chí (16
  chính thức, 01 dự bị)"; "Vắng 02 đồng chí đi làm ăn xa", nobody named); the clerk's own "89,5%"; a Party guest and
  a village head who is no member; "- Đ/c X (role): …" opinions; vote "17/17 … nhất trí …, không có ý kiến khác";
  "Giao đồng chí …" tasks, a youth branch, "cuối tháng 5", "các đêm cuối tuần" -> low_attendance / —
- p03-binhduong-furniture-count-table-two-votes -> Bình Dương (Tân Uyên) furniture factory workshop; DejaVu Serif
  11.5, "Trang n/N"; "1. … 6." fields, "a) … g)" parts; the attendance as a ruled table "Nội dung | Số lượng | Ghi
  chú" (total, exempt 0, present with its probationary members, excused and unexcused rows naming the absentees in
  the note cell, "Tỷ lệ dự họp 90,3%"); a union chairman who is no member; two votes: full membership "26/26 đảng
  viên chính thức có mặt …; không có đồng chí nào không tán thành" and the resolution "28/28 …, đạt 100%"; tasks in
  one prose paragraph ("trong tuần tới", "hằng tuần", "Chi ủy", "chậm nhất ngày …") -> unexcused_absence / —
- p04-cantho-ward-combined-115min-late-month -> Cần Thơ (Ninh Kiều) ward residential cell; Serif 12.5, a
  right-aligned running head from page 2; two committees in the header; the November meeting held on 03/12/2024
  (an italic note says why), combined with a thematic meeting ("Chuyên đề: …" line); times "14 giờ 15 phút" …
  "16 giờ 10 phút" (115 < 120); "phải dự: 26 … có mặt: 24/26, đạt 92,3%", 04 exempt not named; the topic presented
  by the secretary; vote as a percentage only ("tán thành kết luận với tỷ lệ 100%"); "- Đ/c X: task" lines
  -> short_meeting / —
- p05-daklak-hospital-thematic-85min-last-month-minutes -> Đắk Lắk (Buôn Hồ) medical centre, internal medicine
  and paediatrics; DejaVu Sans 11 justified; thematic "QUÝ III NĂM 2024" with the topic in quotes; Ê Đê names;
  "14h00, thứ Năm" … "15h25" (85 < 90); one probationary member named and speaking; two non-member guests (the
  head nurse, a social worker); only LAST month's minutes are read and approved at the start, this one is never
  read back; "14/14 … (100%)"; a task to a role ("Điều dưỡng trưởng khoa") -> not_approved, short_meeting / —
- p06-vungtau-offshore-online-90min-minutes-only-vote -> Bà Rịa–Vũng Tàu offshore supply fleet; Serif 12 ragged,
  no indent; "SINH HOẠT CHI BỘ THÁNG BA NĂM 2025" (month in words); in person and online ("Điểm cầu chính", two
  ships at sea); 8 giờ 30 phút … 10 giờ 00 phút (exactly 90: not short); "tham dự 17 đồng chí, gồm 12 … và 05 …";
  discussion summarised with nobody named ("một số ý kiến", "có ý kiến", "ý kiến khác"); tasks inside the
  conclusion; the only vote is on the minutes ("17/17 … biểu quyết thông qua biên bản") -> missing_vote,
  no_discussion / —
- p07-kontum-border-post-lunch-break-ballot-clean -> Kon Tum (Ngọc Hồi) border-guard post; Serif 13.5 justified,
  "- n -"; ranks before every name; a whole-day meeting that breaks for lunch ("buổi sáng từ 07 giờ 30 đến 11 giờ
  00; buổi chiều từ 13 giờ 30 đến 15 giờ 15"); "Quân số đảng viên: 16 … (15 chính thức, 01 dự bị)"; two parts
  ("PHẦN THỨ NHẤT / HAI"); a Xơ Đăng applicant invited to the admission part; show of hands "15/15 … (đạt 100%),
  không có ý kiến khác"; secret ballot "phát ra: 14; thu về: 14; đồng ý kết nạp: 14, đạt 93,3% so với tổng số đảng
  viên chính thức của chi bộ; không đồng ý: 0"; lunar deadline "ngày 23 tháng Chạp" -> — / —
- p08-binhthuan-retired-cadres-form-dots -> Bình Thuận (Phan Thiết) retired cadres' cell; printed form typed in
  Liberation Mono 10.5; "Số: ……-BB/CB", "Khách mời: ……", the conclusion field left as dots, "(Ký, ghi rõ họ tên)"
  under both titles; counts as form lines (38 / 11 exempt, not named / 27 / 25 / 02 "(có lý do: 01 đ/c; không lý do:
  01 đ/c)") but only ONE absentee named; "tán thành 25/25 đ/c; không tán thành: 0 đ/c; ý kiến khác: 0 đ/c"
  -> missing_conclusion, unexcused_absence, unfilled_template / —
- p09-camau-commune-police-92min-clean -> Cà Mau (Năm Căn) commune police; Sans 11.5 justified; times with "g"
  ("7g30" … "9g02", 92 minutes); "dự họp đủ 11/11, đạt tỷ lệ 100%"; ranks; "nhất trí 100% (11/11 đồng chí)"; tasks
  with "hằng tuần", "hai tuần trước Tết" -> — / —
- p10-angiang-khmer-hamlet-book-jun-nov-2024 -> minute BOOK of a Khmer hamlet cell in An Giang (Tri Tôn), DejaVu
  Serif 11.5, right-aligned running head from page 2, "- n -" at the foot; six minutes, every one after the first
  typed on under the previous signatures with no header of its own; 18 members, 01 exempt (named in June):
    1. 05/6/2024 regular, "vắng 01: đ/c Chau Sóc Hen, không lý do" -> unexcused_absence
    2. 06/7/2024 regular, the date only above the signatures; "Chi bộ thảo luận, thống nhất …" with nobody named;
       conclusion and tasks, no vote at all -> missing_vote, no_discussion
    3. 23/7/2024 extraordinary meeting ("HỌP CHI BỘ BẤT THƯỜNG") after a whirlwind, 14 giờ 00 – 15 giờ 10 (70 min);
       "Chi bộ nhất trí 100%" -> short_meeting
    4. 03/9/2024 the AUGUST meeting, moved into September (month 8); the Phó Bí thư chairs, the Bí thư is an
       absentee; 14/17; Chau Sóc Hen "không báo"; ends with the end time, never read back
       -> low_attendance, not_approved, unexcused_absence
    5. 09/10/2024 regular combined with the thematic meeting of Q4, 18 giờ 30 – 20 giờ 35 (125 min) -> —
    6. 07/11/2024 regular, 19 giờ 00 – 20 giờ 20 (80 min), Chau Sóc Hen "vắng không phép"; only general calls
       -> missing_assignments, short_meeting, unexcused_absence
  book -> missing_month (September: the 03/9 meeting is August's), no_thematic_in_quarter (Q3 = Jul–Sep lies wholly
  inside Jun–Nov and holds no thematic or combined meeting; the extraordinary meeting is no thematic one),
  repeated_absence (Chau Sóc Hen: Jun, Aug, Nov)
- p11-gialai-jrai-village-scan-moderate -> image-only twin of p02, moderate, 200 dpi -> as p02
- p12-camau-police-scan-photocopy -> image-only twin of p09, photocopy, 200 dpi -> as p09

Labelling decisions where the READMEs are silent:
- `exempt` is 0 when the page says no member is exempt (p01, p03 "Miễn sinh hoạt | 0") and also when the page
  gives a total and says nothing about exemption (p05, p06, p07, p09): the total is then the members present plus
  absent. When a minute writes only "phải dự" with the exempt count in brackets (book 2, 4, 6: "17/17 đảng viên phải
  dự (01 đồng chí miễn sinh hoạt)", book 3 "16/17 đảng viên phải dự (01 đ/c miễn sinh hoạt không triệu tập)"),
  `total` = present + absent + exempt = 18.
- Probationary members counted apart ("16 chính thức, 01 dự bị") are present like the others; a vote on full
  membership or admission counts the official members present ("26/26 đảng viên chính thức có mặt").
- Absent "by category" with nobody named ("Vắng 02 đồng chí đi làm ăn xa …, đã báo cáo với chi ủy", p02) gives
  absent 2, excused 2 and an empty list. A count line with fewer names than absences (p08: 02 absent, one named)
  keeps the count line's numbers; the named one is listed.
- A reason in brackets is labelled whole, its "có báo" / "có báo trước" included ("đi chở lúa thuê ở Kiên Giang, có
  báo"); such reasons are excused. An absentee in the "Vắng không lý do" row of a count table, named in the note
  cell without a reason of his own (p03), has reason "không lý do" (from the row's label) and is unexcused.
- A Bí thư absent while the Phó Bí thư chairs (book 4) is an absentee with the reason written beside his name.
- Votes: "không có ý kiến khác" after a count ("17/17 … nhất trí …, không có ý kiến khác") is `abstain` 0, as
  "ý kiến khác: 0" is; "không có đồng chí nào không tán thành" is `against` 0. A secret ballot's percentage is the one
  written even when it is taken over all official members rather than those present ("14 …, đạt 93,3% so với tổng
  số đảng viên chính thức của chi bộ" -> for 14, percent 93.3); the numbers of ballots issued and returned are no
  counts. "Chi bộ biểu quyết tán thành kết luận với tỷ lệ 100%" -> percent 100 only. A count in words ("hai mươi mốt
  trên hai mươi mốt", "một trăm phần trăm") -> 21 and 100.
- "17/17 đồng chí … biểu quyết thông qua biên bản" (p06) approves the minutes: no resolution, `missing_vote`.
- Reading back: last month's minutes read and approved at the start (p05) are not this minute's approval; a minute
  that ends with the end time only is `not_approved`.
- Discussion: a summary of opinions with nobody named ("Các đảng viên … tham gia ý kiến. Nhìn chung thống nhất …;
  một số ý kiến đề nghị …; có ý kiến cho rằng …") is `no_discussion`, as is "Chi bộ thảo luận, thống nhất với các nội
  dung trên". A thematic topic presented by a named member is not a discussion opinion; p04 and p05 have named
  opinions besides.
- Times: a meeting that breaks for lunch runs from the morning start to the afternoon end (p07: 07:30–15:15, the
  break is not subtracted); "7g30" / "9g02" are 07:30 / 09:02; times in words are labelled in figures. An
  extraordinary meeting is `regular`, topic null, month of its date, and is judged against the 90-minute bar.
- Month: a meeting for November held on 03/12 (p04) and the book's August meeting held on 03/9 keep the month of
  their title (11, 8); the Roman "THÁNG X" is 10; "THÁNG BA" is 3. The book's extraordinary meeting (book 3) sits in
  July beside the regular one and does not change any book flag.
- Deadlines, with the words in front dropped as before: "duy trì đến hết Tết Nguyên đán" -> "hết Tết Nguyên đán",
  "xong trước ngày 23 tháng Chạp" -> "ngày 23 tháng Chạp", "ngay trong ngày 24/7/2024" -> "ngày 24/7/2024", "áp dụng
  trong hai tuần trước Tết" -> "hai tuần trước Tết", "vào các đêm cuối tuần" -> "các đêm cuối tuần", "trong các
  ngày lễ" -> "các ngày lễ", "báo cáo … hằng tuần" -> "hằng tuần".
- Guests who are no members are labelled like members (name without "ông"/"bà", role as written); the admission
  applicant of p07 is a guest with his job as role. Ranks and "QNCN", degrees ("BSCKI.", "ĐD.") are dropped from
  names.
- The task of a member "cùng" / "phối hợp với" someone keeps the partner in the task; "Chi bộ sẽ xem xét …" (book 6)
  names the whole cell and is no assignment.
"""

from __future__ import annotations

from samples.heldout2.minutes import C, G, H, HD, L, P, S, T, attendance, meeting, minute, task, vote

DOCS: list[dict] = []


# =================================================================================================
# p01 — Bình Định, primary school; Roman month, date, time, counts and vote in words. Clean.
# =================================================================================================
_P01_CELL = "CHI BỘ TRƯỜNG TIỂU HỌC SỐ 2 NHƠN BÌNH"
_P01_COMM = "ĐẢNG BỘ PHƯỜNG NHƠN BÌNH"
DOCS.append({
    "name": "p01-binhdinh-school-words-roman-clean", "folder": "dev",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 30, "spacing": 1.3, "foot": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG NHƠN BÌNH", "CHI BỘ TRƯỜNG TIỂU HỌC", "SỐ 2 NHƠN BÌNH", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nhơn Bình, ngày 08 tháng 10 năm 2024"], bold_left=(1, 2)),
            G(10),
            C("BIÊN BẢN", size=15),
            C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG X NĂM 2024"),
            G(8),
            P("Hôm nay, vào lúc mười bốn giờ, ngày mùng tám tháng mười năm hai nghìn không trăm hai mươi bốn, tại "
              "phòng họp Hội đồng sư phạm Trường Tiểu học số 2 Nhơn Bình, Chi bộ Trường Tiểu học số 2 Nhơn Bình tiến "
              "hành sinh hoạt định kỳ tháng X năm 2024."),
            H("I. THÀNH PHẦN DỰ HỌP"),
            P("Tổng số đảng viên của chi bộ là hai mươi ba đồng chí (hai mươi mốt đảng viên chính thức, hai đảng "
              "viên dự bị). Có mặt hai mươi mốt đồng chí, trong đó có cả hai đồng chí dự bị. Vắng hai đồng chí, đều "
              "có lý do: đồng chí Trần Thị Mỹ Duyên (nghỉ chế độ thai sản) và đồng chí Lê Quang Vinh (đi học lớp "
              "trung cấp lý luận chính trị tập trung). Chi bộ không có đảng viên được miễn sinh hoạt."),
            P("Đến dự và chỉ đạo có đồng chí Phan Văn Tài, Đảng ủy viên, Phó Chủ tịch Hội đồng nhân dân phường, "
              "phụ trách chi bộ."),
            P("Chủ trì: đồng chí Nguyễn Thị Thu Hà, Bí thư chi bộ, Hiệu trưởng nhà trường. Thư ký: đồng chí Đặng "
              "Ngọc Bích, Chi ủy viên, Tổng phụ trách Đội."),
            H("II. NỘI DUNG SINH HOẠT"),
            H("1. Thông tin thời sự, phổ biến văn bản", italic=True),
            P("Đồng chí Bí thư thông tin tóm tắt tình hình thời sự trong nước và của tỉnh trong tháng qua, nhất là "
              "công tác khắc phục hậu quả các đợt mưa lớn đầu mùa và việc chuẩn bị đại hội đảng bộ các cấp nhiệm kỳ "
              "2025–2030; phổ biến Kế hoạch của Đảng ủy phường về Tháng hành động vì người nghèo và Công văn của "
              "Phòng Giáo dục và Đào tạo thành phố về phòng, chống đuối nước cho học sinh trong mùa mưa lũ."),
            H("2. Kết quả thực hiện nhiệm vụ tháng IX", italic=True),
            P("Chi bộ đã lãnh đạo nhà trường tổ chức khai giảng năm học 2024–2025 an toàn, tiết kiệm; huy động "
              "100% trẻ sáu tuổi vào lớp 1 (ba trăm mười hai em, chia thành chín lớp). Hoàn thành phân công chuyên "
              "môn, xếp thời khóa biểu, tổ chức dạy hai buổi/ngày cho toàn bộ các lớp. Các khoản thu đầu năm được "
              "công khai, đúng quy định, không có phụ huynh phản ánh."),
            P("Hạn chế: một số học sinh lớp 1 còn thiếu đồ dùng học tập; việc cập nhật hồ sơ điện tử của giáo viên "
              "khối 4 còn chậm; tỷ lệ học sinh tham gia bảo hiểm y tế mới đạt 86%."),
            H("3. Phương hướng, nhiệm vụ tháng X", italic=True),
            P("Tiếp tục ổn định nền nếp dạy và học; chuẩn bị hội giảng chào mừng Ngày Nhà giáo Việt Nam 20/11; rà "
              "soát, lập danh sách học sinh có hoàn cảnh khó khăn để vận động hỗ trợ; triển khai phương án phòng, "
              "chống bão lũ, bảo vệ hồ sơ, thiết bị; vận động phụ huynh cho con tham gia bảo hiểm y tế đạt trên 95%."),
            H("4. Thảo luận", italic=True),
            P("Đồng chí Nguyễn Văn Hùng (Phó Hiệu trưởng) đề nghị chuyển hội giảng sang buổi chiều thứ Năm để giáo "
              "viên các khối dự được đầy đủ, và xin mời đại diện Ban đại diện cha mẹ học sinh cùng dự."),
            P("Đồng chí Võ Thị Kim Oanh (tổ trưởng khối 1) phản ánh còn mười bốn em lớp 1 chưa có đủ sách vở, phần "
              "lớn là con các gia đình làm nghề biển ở khu vực 6; đề nghị Công đoàn tạm ứng kinh phí mua trước, sau "
              "đó vận động thêm."),
            P("Đồng chí Lê Văn Trọng đề nghị kiểm tra lại mái tôn dãy phòng học phía Bắc trước mùa bão, vì đợt mưa "
              "vừa rồi có hai phòng bị dột."),
            P("Đồng chí Phan Văn Tài ghi nhận kết quả của chi bộ trong tháng đầu năm học, đề nghị quan tâm bồi "
              "dưỡng quần chúng ưu tú để tạo nguồn phát triển đảng viên."),
            H("III. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ"),
            P("Đồng chí Nguyễn Thị Thu Hà tiếp thu các ý kiến và kết luận: chi bộ thống nhất với báo cáo kết quả "
              "tháng IX và phương hướng tháng X; hội giảng tổ chức vào chiều thứ Năm các tuần 2 và 3 của tháng 11; "
              "Công đoàn tạm ứng kinh phí mua sách vở cho học sinh lớp 1 còn thiếu; sửa chữa ngay phần mái dột "
              "trước mùa mưa bão; giới thiệu hai quần chúng ưu tú đi học lớp nhận thức về Đảng trong học kỳ I."),
            H("IV. BIỂU QUYẾT"),
            P("Chi bộ biểu quyết bằng hình thức giơ tay đối với kết luận của đồng chí chủ trì: hai mươi mốt trên hai "
              "mươi mốt đồng chí có mặt tán thành, đạt tỷ lệ một trăm phần trăm."),
            H("V. PHÂN CÔNG THỰC HIỆN"),
            P("- Đồng chí Nguyễn Văn Hùng xây dựng kế hoạch hội giảng, trình Hiệu trưởng trước ngày 18/10/2024."),
            P("- Đồng chí Trương Thị Hồng, Chủ tịch Công đoàn, mua và cấp phát sách vở cho mười bốn học sinh lớp 1 "
              "trong tuần này."),
            P("- Đồng chí Lê Văn Trọng phụ trách sửa chữa mái tôn dãy phòng học phía Bắc, xong trước ngày 25/10/2024."),
            P("- Đồng chí Đặng Ngọc Bích cùng Chi đoàn giáo viên theo dõi, giúp đỡ hai quần chúng ưu tú, báo cáo chi "
              "bộ tại kỳ họp tháng XII."),
            P("- Đồng chí Võ Thị Kim Oanh theo dõi việc vận động phụ huynh khối 1 tham gia bảo hiểm y tế cho học "
              "sinh, báo cáo hằng tuần."),
            P("Buổi sinh hoạt kết thúc vào lúc mười sáu giờ mười phút cùng ngày. Biên bản được thư ký đọc lại trước "
              "chi bộ; các đồng chí dự họp nhất trí thông qua, không có ý kiến bổ sung."),
            S(["THƯ KÝ", "", "", "Đặng Ngọc Bích"], ["T/M CHI BỘ", "BÍ THƯ", "", "Nguyễn Thị Thu Hà"]),
        ],
        "truth": minute(
            meeting("regular", "2024-10-08", "14:00", "16:10",
                    "phòng họp Hội đồng sư phạm Trường Tiểu học số 2 Nhơn Bình", _P01_CELL, _P01_COMM),
            "Nguyễn Thị Thu Hà", "Bí thư chi bộ", "Đặng Ngọc Bích",
            attendance(23, 21, 2, 2, 0, 0,
                       absentees=[("Trần Thị Mỹ Duyên", "nghỉ chế độ thai sản", True),
                                  ("Lê Quang Vinh", "đi học lớp trung cấp lý luận chính trị tập trung", True)],
                       guests=[("Phan Văn Tài", "Đảng ủy viên, Phó Chủ tịch Hội đồng nhân dân phường, phụ trách "
                                                "chi bộ")]),
            True,
            [vote("Biểu quyết kết luận của đồng chí chủ trì (giơ tay)", 21, None, None, 100)],
            [task("Nguyễn Văn Hùng", "xây dựng kế hoạch hội giảng, trình Hiệu trưởng", "18/10/2024"),
             task("Trương Thị Hồng", "mua và cấp phát sách vở cho mười bốn học sinh lớp 1", "tuần này"),
             task("Lê Văn Trọng", "phụ trách sửa chữa mái tôn dãy phòng học phía Bắc", "25/10/2024"),
             task("Đặng Ngọc Bích", "cùng Chi đoàn giáo viên theo dõi, giúp đỡ hai quần chúng ưu tú",
                  "kỳ họp tháng XII"),
             task("Võ Thị Kim Oanh", "theo dõi việc vận động phụ huynh khối 1 tham gia bảo hiểm y tế cho học sinh",
                  "hằng tuần")],
            []),
    }],
    "flags": [],
})


# =================================================================================================
# p02 — Gia Lai, Jrai village; counts over several sentences; absent by category; 17/19 = 89,5 %.
# =================================================================================================
_P02 = {
    "name": "p02-gialai-jrai-village-spread-counts-low", "folder": "dev",
    "style": {"family": "sans", "size": 12, "justify": False, "indent": 24, "spacing": 1.35, "left": 72,
              "right": 60},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ IA KA", "CHI BỘ LÀNG KLĂ"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Ia Ka, ngày 14 tháng 5 năm 2024"]),
            G(10),
            C("BIÊN BẢN HỌP CHI BỘ THƯỜNG KỲ", size=14),
            C("Tháng 5/2024", bold=False, italic=True),
            G(6),
            L("Thời gian: bắt đầu từ 19 giờ 30, ngày 14/5/2024."),
            L("Địa điểm: nhà rông làng Klă, xã Ia Ka."),
            H("Thành phần"),
            P("Chi bộ hiện có 21 đảng viên, gồm 19 đồng chí chính thức và 02 đồng chí dự bị."),
            P("Có 02 đồng chí đã được Đảng ủy xã đồng ý cho miễn sinh hoạt do tuổi cao, sức yếu là đồng chí Rơ Mah "
              "Blơi và đồng chí Siu H'Mlư. Như vậy số đảng viên phải dự sinh hoạt kỳ này là 19 đồng chí."),
            P("Có mặt 17 đồng chí (16 chính thức, 01 dự bị). Vắng 02 đồng chí đi làm ăn xa (làm công nhân ở Bình "
              "Dương), đã báo cáo với chi ủy trước khi đi. Tỷ lệ dự họp đạt 89,5%."),
            P("Khách mời: đồng chí Nguyễn Văn Thành, Đảng ủy viên, Phó Chủ tịch UBND xã, phụ trách địa bàn làng; "
              "ông Rơ Châm Pông, Trưởng làng (không phải đảng viên)."),
            P("Chủ trì: đồng chí Kpă Thiên, Bí thư chi bộ. Ghi biên bản: đồng chí Rơ Mah H'Lim, Chi ủy viên."),
            H("Nội dung"),
            P("1. Đồng chí Bí thư thông tin một số nội dung: kết quả kỳ họp giữa năm của Hội đồng nhân dân huyện; "
              "chủ trương của huyện về tái canh diện tích cà phê già cỗi, trồng xen cây ăn trái; tình hình dịch tả "
              "lợn châu Phi đang xuất hiện ở xã giáp ranh."),
            P("2. Đánh giá tháng 4: chi bộ đã lãnh đạo bà con làm xong đoạn đường bê tông nội làng từ nhà rông ra "
              "khu sản xuất (dài 420 mét), dân góp 180 ngày công; 23 hộ đăng ký tái canh cà phê; ngày hội văn hóa – "
              "thể thao của xã diễn ra vui vẻ, không có say rượu gây mất trật tự. Tồn tại: vẫn còn 05 em học sinh "
              "lớp 8, lớp 9 nghỉ học theo cha mẹ lên rẫy; vệ sinh chuồng trại ở một số hộ gần nguồn nước chưa tốt; "
              "03 đồng chí chậm nộp đảng phí."),
            P("3. Nhiệm vụ tháng 5: chuẩn bị giống, làm đất trồng lúa rẫy và bắp khi có mưa; vận động các hộ không "
              "thả rông heo, bò, tiêm phòng đầy đủ; phối hợp nhà trường vận động học sinh bỏ học quay lại lớp trước "
              "kỳ thi học kỳ II; giữ gìn an ninh trật tự, không để người lạ vào làng tuyên truyền trái phép."),
            H("Ý kiến thảo luận"),
            P("- Đ/c Siu Nhăn (Chi hội trưởng Nông dân): đề nghị xã sớm hỗ trợ giống cà phê cho 23 hộ đã đăng ký, "
              "nếu để đến tháng 7 thì trồng muộn, cây yếu."),
            P("- Đ/c Ksor Y Brơi: nhà gần 02 em học sinh bỏ học, xin được cùng cô giáo chủ nhiệm đến vận động gia "
              "đình."),
            P("- Đ/c Nay H'Dung (Chi hội trưởng Phụ nữ): một số hộ còn nhốt heo dưới gầm nhà sàn, nước rửa chuồng "
              "chảy ra suối; đề nghị đưa việc này vào quy ước của làng."),
            P("- Ông Rơ Châm Pông (Trưởng làng): thống nhất sẽ đưa việc nhốt heo, bò ra họp dân để bà con bàn, ghi "
              "vào quy ước."),
            P("- Đ/c Nguyễn Văn Thành: đề nghị chi bộ quan tâm các hộ có người đi làm ăn xa, nắm số điện thoại để "
              "liên lạc, tránh bị lôi kéo vay nặng lãi."),
            H("Kết luận"),
            P("Đồng chí Kpă Thiên thay mặt chi ủy kết luận: chi bộ thống nhất với đánh giá tháng 4 và nhiệm vụ tháng "
              "5; tập trung ba việc chính: (1) đưa nội dung nhốt heo, bò vào quy ước làng, họp dân trong tháng này; "
              "(2) vận động 05 em học sinh bỏ học trở lại lớp; (3) lập danh sách, số điện thoại đảng viên và người "
              "dân đi làm ăn xa để giữ liên lạc. Chi bộ kiến nghị UBND xã sớm cấp giống cà phê tái canh."),
            P("Biểu quyết bằng hình thức giơ tay: 17/17 đồng chí có mặt nhất trí với kết luận, không có ý kiến khác."),
            H("Phân công"),
            P("Giao đồng chí Ksor Y Brơi cùng cô giáo chủ nhiệm vận động 05 em học sinh bỏ học trở lại trường, xong "
              "trước ngày 25/5/2024."),
            P("Giao đồng chí Nay H'Dung phối hợp với Trưởng làng chuẩn bị nội dung quy ước về nhốt heo, bò để đưa ra "
              "họp dân vào cuối tháng 5."),
            P("Giao đồng chí Rơ Mah H'Lim lập danh sách người đi làm ăn xa kèm số điện thoại, gửi chi ủy trong "
              "tháng 5."),
            P("Giao Chi đoàn thanh niên làng bố trí đoàn viên trực cùng tổ an ninh tự quản vào các đêm cuối tuần."),
            L("Cuộc họp kết thúc lúc 21 giờ 20 cùng ngày. Biên bản đã được đọc lại cho chi bộ nghe, các đồng chí dự "
              "họp nhất trí thông qua."),
            S(["THƯ KÝ", "", "", "Rơ Mah H'Lim"], ["BÍ THƯ CHI BỘ", "", "", "Kpă Thiên"]),
        ],
        "truth": minute(
            meeting("regular", "2024-05-14", "19:30", "21:20", "nhà rông làng Klă, xã Ia Ka", "CHI BỘ LÀNG KLĂ",
                    "ĐẢNG BỘ XÃ IA KA"),
            "Kpă Thiên", "Bí thư chi bộ", "Rơ Mah H'Lim",
            attendance(21, 17, 2, 2, 0, 2,
                       guests=[("Nguyễn Văn Thành", "Đảng ủy viên, Phó Chủ tịch UBND xã, phụ trách địa bàn làng"),
                               ("Rơ Châm Pông", "Trưởng làng")]),
            True,
            [vote("Biểu quyết kết luận (giơ tay)", 17, None, 0, None)],
            [task("Ksor Y Brơi", "cùng cô giáo chủ nhiệm vận động 05 em học sinh bỏ học trở lại trường",
                  "25/5/2024"),
             task("Nay H'Dung", "phối hợp với Trưởng làng chuẩn bị nội dung quy ước về nhốt heo, bò để đưa ra họp "
                                "dân", "cuối tháng 5"),
             task("Rơ Mah H'Lim", "lập danh sách người đi làm ăn xa kèm số điện thoại, gửi chi ủy", "tháng 5"),
             task("Chi đoàn thanh niên làng", "bố trí đoàn viên trực cùng tổ an ninh tự quản",
                  "các đêm cuối tuần")],
            ["low_attendance"]),
    }],
    "flags": [],
    "scans": [{"name": "p11-gialai-jrai-village-scan-moderate", "folder": "dev", "damage": "moderate",
               "seed": 1011, "dpi": 200}],
}
DOCS.append(_P02)


# =================================================================================================
# p03 — Bình Dương, furniture workshop; attendance as a ruled count table; two votes.
# =================================================================================================
DOCS.append({
    "name": "p03-binhduong-furniture-count-table-two-votes", "folder": "dev",
    "style": {"family": "dejavu", "size": 11.5, "justify": True, "indent": 22, "spacing": 1.3,
              "foot": "Trang {n}/{N}", "left": 70, "right": 56},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG TY CỔ PHẦN", "GỖ MINH PHÁT", "CHI BỘ XƯỞNG SẢN XUẤT SỐ 2", "Số: 11-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tân Uyên, ngày 09 tháng 11 năm 2024"], bold_left=(2,)),
            G(10),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ THÁNG 11 NĂM 2024"),
            G(6),
            L("1. Thời gian: từ 13h30 đến 16h00 ngày 09/11/2024."),
            L("2. Địa điểm: hội trường tầng 2, nhà điều hành Công ty."),
            L("3. Thành phần dự họp:"),
            T([(0.30, "Nội dung", "l"), (0.14, "Số lượng", "c"), (0.56, "Ghi chú", "l")],
              [["Tổng số đảng viên", "31", "29 chính thức, 02 dự bị"],
               ["Miễn sinh hoạt", "0", ""],
               ["Có mặt", "28", "Gồm 26 chính thức, 02 dự bị"],
               ["Vắng có lý do", "02", "Đ/c Huỳnh Văn Lợi (nghỉ phép năm); đ/c Trịnh Thị Ngọc Hân (con ốm nằm viện)"],
               ["Vắng không lý do", "01", "Đ/c Lâm Chí Thanh"],
               ["Tỷ lệ dự họp", "90,3%", ""]]),
            L("Khách mời: ông Nguyễn Hữu Lực, Chủ tịch Công đoàn cơ sở Công ty (quần chúng)."),
            L("4. Chủ trì: đ/c Võ Thành Nhân – Bí thư Chi bộ, Quản đốc xưởng."),
            L("5. Thư ký: đ/c Phan Thị Kim Yến – Chi ủy viên, Tổ trưởng tổ sơn."),
            L("6. Nội dung:"),
            P("a) Đ/c Bí thư thông tin: Nghị quyết Hội nghị Ban Chấp hành Đảng bộ Công ty quý III; tình hình xuất "
              "khẩu đồ gỗ sang thị trường Mỹ và EU những tháng cuối năm; quy định mới của tỉnh về phòng cháy, chữa "
              "cháy đối với cơ sở chế biến gỗ."),
            P("b) Kết quả tháng 10: xưởng đạt 104% kế hoạch sản lượng (1.870 bộ bàn ghế ngoài trời), giao đúng hạn "
              "ba đơn hàng xuất khẩu; không xảy ra tai nạn lao động; tỷ lệ hàng lỗi phải sửa giảm từ 3,1% xuống "
              "2,4%. Chi bộ đã giới thiệu 02 quần chúng ưu tú đi học lớp bồi dưỡng nhận thức về Đảng. Hạn chế: khu "
              "vực chà nhám còn nhiều bụi, hệ thống hút bụi số 3 hỏng hai lần; một số công nhân mới chưa chấp hành "
              "đúng nội quy mang khẩu trang, nút tai; tăng ca kéo dài nhiều ngày liên tục làm anh em mệt mỏi."),
            P("c) Nhiệm vụ tháng 11: hoàn thành đơn hàng 2.400 bộ cho khách hàng châu Âu trước ngày 10/12; bảo trì "
              "toàn bộ hệ thống hút bụi, kiểm tra bình chữa cháy; bố trí tăng ca hợp lý, không quá 40 giờ/tháng; "
              "phối hợp Công đoàn chuẩn bị quà Tết cho công nhân khó khăn."),
            P("d) Thảo luận: Đ/c Ngô Văn Tám (Tổ trưởng tổ chà nhám) cho rằng nếu không thay mô-tơ hệ thống hút bụi "
              "số 3 thì tháng 12 khó bảo đảm tiến độ, đề nghị xưởng đề xuất mua mới. Đ/c Phan Thị Kim Yến đề nghị "
              "tổ chức lại buổi hướng dẫn an toàn cho 17 công nhân vào làm từ tháng 9. Ông Nguyễn Hữu Lực cho biết "
              "Công đoàn đã có danh sách 36 công nhân khó khăn, dự kiến mỗi suất quà 500.000 đồng. Đ/c Đỗ Minh Trí "
              "báo cáo quá trình rèn luyện trong thời gian dự bị."),
            P("đ) Xét công nhận đảng viên chính thức cho đ/c Đỗ Minh Trí (kết nạp ngày 02/11/2023): chi bộ nghe đảng "
              "viên được phân công giúp đỡ nhận xét, ý kiến của Ban chấp hành Công đoàn và Chi đoàn; các đảng viên "
              "nhận xét đồng chí Trí đủ điều kiện. Chi bộ biểu quyết đề nghị công nhận đảng viên chính thức: 26/26 "
              "đảng viên chính thức có mặt tán thành; không có đồng chí nào không tán thành."),
            P("e) Kết luận: Đồng chí Võ Thành Nhân kết luận, chi bộ nhất trí với kết quả tháng 10 và nhiệm vụ tháng 11 "
              "như báo cáo; ưu tiên xử lý dứt điểm bụi ở khâu chà nhám, lập tờ trình mua mô-tơ mới; không để công "
              "nhân tăng ca quá quy định; hoàn thiện hồ sơ đề nghị công nhận đảng viên chính thức cho đồng chí Đỗ "
              "Minh Trí gửi Đảng ủy Công ty. Biểu quyết thông qua nghị quyết tháng 11 bằng hình thức giơ tay: 28/28 "
              "đồng chí có mặt tán thành, đạt 100%."),
            P("g) Phân công: Giao đ/c Ngô Văn Tám lập tờ trình mua mô-tơ hút bụi, trình Giám đốc trước ngày "
              "15/11/2024. Đ/c Phan Thị Kim Yến chịu trách nhiệm tổ chức buổi hướng dẫn an toàn lao động cho công "
              "nhân mới trong tuần tới. Đ/c Võ Thành Nhân chỉ đạo các tổ trưởng bố trí ca kíp, hằng tuần báo cáo số "
              "giờ tăng ca. Chi ủy hoàn thiện hồ sơ của đ/c Đỗ Minh Trí, gửi Đảng ủy Công ty chậm nhất ngày "
              "20/11/2024."),
            L("Buổi sinh hoạt kết thúc lúc 16h00 cùng ngày. Biên bản đã được đọc lại, các đồng chí có mặt thống "
              "nhất thông qua."),
            S(["THƯ KÝ", "", "", "Phan Thị Kim Yến"], ["CHỦ TRÌ", "", "", "Võ Thành Nhân"]),
        ],
        "truth": minute(
            meeting("regular", "2024-11-09", "13:30", "16:00", "hội trường tầng 2, nhà điều hành Công ty",
                    "CHI BỘ XƯỞNG SẢN XUẤT SỐ 2", "ĐẢNG BỘ CÔNG TY CỔ PHẦN GỖ MINH PHÁT"),
            "Võ Thành Nhân", "Bí thư Chi bộ", "Phan Thị Kim Yến",
            attendance(31, 28, 3, 2, 1, 0,
                       absentees=[("Huỳnh Văn Lợi", "nghỉ phép năm", True),
                                  ("Trịnh Thị Ngọc Hân", "con ốm nằm viện", True),
                                  ("Lâm Chí Thanh", "không lý do", False)],
                       guests=[("Nguyễn Hữu Lực", "Chủ tịch Công đoàn cơ sở Công ty")]),
            True,
            [vote("Đề nghị công nhận đảng viên chính thức cho đ/c Đỗ Minh Trí", 26, 0, None, None),
             vote("Nghị quyết tháng 11 (giơ tay)", 28, None, None, 100)],
            [task("Ngô Văn Tám", "lập tờ trình mua mô-tơ hút bụi, trình Giám đốc", "15/11/2024"),
             task("Phan Thị Kim Yến", "tổ chức buổi hướng dẫn an toàn lao động cho công nhân mới", "tuần tới"),
             task("Võ Thành Nhân", "chỉ đạo các tổ trưởng bố trí ca kíp", "hằng tuần"),
             task("Chi ủy", "hoàn thiện hồ sơ của đ/c Đỗ Minh Trí, gửi Đảng ủy Công ty", "20/11/2024")],
            ["unexcused_absence"]),
    }],
    "flags": [],
})


# =================================================================================================
# p04 — Cần Thơ, ward cell; November's meeting held on 3 December, combined, 115 minutes.
# =================================================================================================
_P04_TOPIC = "Phân loại rác thải sinh hoạt tại nguồn, xây dựng khu vực sáng – xanh – sạch"
DOCS.append({
    "name": "p04-cantho-ward-combined-115min-late-month", "folder": "dev",
    "style": {"family": "serif", "size": 12.5, "justify": True, "indent": 26, "spacing": 1.25,
              "head": "Chi bộ Khu vực 3 – Biên bản sinh hoạt tháng 11/2024", "head_align": "right"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ QUẬN NINH KIỀU", "ĐẢNG BỘ PHƯỜNG AN KHÁNH", "CHI BỘ KHU VỰC 3", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "An Khánh, ngày 03 tháng 12 năm 2024"], bold_left=(2,)),
            G(10),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 11/2024"),
            C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ"),
            C("Chuyên đề: " + _P04_TOPIC, bold=False, italic=True),
            G(6),
            P("Ghi chú: do khu vực tập trung tổ chức Ngày hội Đại đoàn kết toàn dân tộc và đợt cao điểm phòng, chống "
              "sốt xuất huyết trong tháng 11, chi ủy thống nhất lùi kỳ sinh hoạt tháng 11 sang đầu tháng 12 và đã "
              "báo cáo Đảng ủy phường.", italic=True),
            H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            P("Chi bộ họp vào lúc 14 giờ 15 phút, ngày 03 tháng 12 năm 2024, tại Trụ sở Ban nhân dân khu vực 3, "
              "phường An Khánh."),
            P("Đảng viên trong danh sách: 30 đồng chí; miễn sinh hoạt: 04 đồng chí (không tính vào tỷ lệ); phải dự: "
              "26 đồng chí. Số đảng viên có mặt: 24/26, đạt 92,3%. Vắng 02 đồng chí có lý do: đ/c Lê Văn Út (đi khám "
              "bệnh tại Thành phố Hồ Chí Minh) và đ/c Dương Thị Ngọc Giàu (dự đám cưới con ở Vĩnh Long)."),
            P("Dự và chỉ đạo: đ/c Trần Thanh Phong, Phó Bí thư Thường trực Đảng ủy phường."),
            P("Chủ trì: đ/c Huỳnh Thị Mộng Tuyền, Bí thư Chi bộ, Trưởng khu vực. Thư ký: đ/c Châu Minh Luân, Chi ủy "
              "viên."),
            H("II. PHẦN SINH HOẠT THƯỜNG KỲ"),
            P("1. Đồng chí Bí thư quán triệt Kế hoạch của Ban Thường vụ Quận ủy về sắp xếp, tinh gọn tổ chức bộ máy; "
              "thông tin tình hình kinh tế – xã hội thành phố 11 tháng năm 2024 và lịch cắt nước để sửa đường ống "
              "trên đường Nguyễn Văn Cừ nối dài."),
            P("2. Đánh giá tháng 11: vận động 100% hộ tham gia Ngày hội Đại đoàn kết, trao 12 phần quà cho hộ nghèo, "
              "cận nghèo; phun thuốc diệt muỗi 2 đợt, xử lý xong ổ dịch sốt xuất huyết ở hẻm 41 (3 ca, đã khỏi); "
              "thu đảng phí đạt 100%. Hạn chế: tình trạng đổ rác xuống rạch vẫn còn; 02 hộ kinh doanh lấn chiếm "
              "vỉa hè chưa khắc phục; một số đảng viên chưa gương mẫu tham gia tổ nhân dân tự quản."),
            P("3. Nhiệm vụ tháng 12: họp các tổ nhân dân tự quản về phân loại rác; kiểm tra, nhắc nhở hộ lấn chiếm "
              "vỉa hè; chuẩn bị tổng kết công tác năm 2024, kiểm điểm, đánh giá, xếp loại đảng viên; vận động đóng "
              "góp Quỹ Vì người nghèo."),
            H("III. PHẦN SINH HOẠT CHUYÊN ĐỀ"),
            P("Đồng chí Châu Minh Luân trình bày chuyên đề: mỗi ngày khu vực thải ra khoảng 2,5 tấn rác, trong đó "
              "hơn một nửa là rác hữu cơ có thể ủ làm phân; phân loại tại nguồn giúp giảm chi phí thu gom, hạn chế "
              "vứt rác xuống kênh rạch; đề xuất làm thí điểm ở tổ 5 và tổ 7 trước khi nhân rộng."),
            P("Ý kiến tham gia:"),
            P("- Đ/c Nguyễn Văn Mười: đồng ý thí điểm nhưng cần phát thùng đựng rác hai màu, nếu không bà con sẽ bỏ "
              "chung như cũ."),
            P("- Đ/c Phạm Thị Kim Thoa (Chi hội trưởng Phụ nữ): hội viên sẽ làm trước, mỗi chị rủ thêm một hộ hàng "
              "xóm."),
            P("- Đ/c Trần Thanh Phong: chuyên đề có số liệu cụ thể; đề nghị đưa việc phân loại rác vào tiêu chí đánh "
              "giá đảng viên cuối năm, chi bộ có văn bản xin Đảng ủy phường hỗ trợ thùng rác."),
            H("IV. KẾT LUẬN"),
            P("Đồng chí Huỳnh Thị Mộng Tuyền kết luận: chi bộ thống nhất kết quả tháng 11, nhiệm vụ tháng 12 và nội "
              "dung chuyên đề; làm thí điểm phân loại rác tại tổ 5, tổ 7 từ ngày 15/12/2024; mỗi đảng viên gương "
              "mẫu thực hiện tại gia đình mình; đưa kết quả thực hiện vào kiểm điểm cuối năm."),
            P("Chi bộ biểu quyết tán thành kết luận với tỷ lệ 100%."),
            H("V. PHÂN CÔNG"),
            P("- Đ/c Châu Minh Luân: xây dựng kế hoạch thí điểm phân loại rác ở tổ 5, tổ 7, trình chi ủy trước ngày "
              "10/12/2024."),
            P("- Đ/c Phạm Thị Kim Thoa: vận động hội viên Phụ nữ tham gia thí điểm, báo cáo kết quả tại kỳ họp tháng "
              "01/2025."),
            P("- Đ/c Nguyễn Văn Mười: phối hợp với tổ trưởng tổ 5, tổ 7 rà soát số hộ, đề xuất số thùng rác cần hỗ "
              "trợ; xong trong tuần này."),
            P("Buổi sinh hoạt kết thúc lúc 16 giờ 10 phút cùng ngày. Biên bản được đọc lại, chi bộ thống nhất thông "
              "qua 24/24."),
            S(["THƯ KÝ", "", "", "Châu Minh Luân"], ["CHỦ TRÌ", "BÍ THƯ CHI BỘ", "", "Huỳnh Thị Mộng Tuyền"]),
        ],
        "truth": minute(
            meeting("regular", "2024-12-03", "14:15", "16:10", "Trụ sở Ban nhân dân khu vực 3, phường An Khánh",
                    "CHI BỘ KHU VỰC 3", "ĐẢNG BỘ PHƯỜNG AN KHÁNH", topic=_P04_TOPIC, month=11, year=2024),
            "Huỳnh Thị Mộng Tuyền", "Bí thư Chi bộ", "Châu Minh Luân",
            attendance(30, 24, 2, 2, 0, 4,
                       absentees=[("Lê Văn Út", "đi khám bệnh tại Thành phố Hồ Chí Minh", True),
                                  ("Dương Thị Ngọc Giàu", "dự đám cưới con ở Vĩnh Long", True)],
                       guests=[("Trần Thanh Phong", "Phó Bí thư Thường trực Đảng ủy phường")]),
            True,
            [vote("Biểu quyết kết luận", None, None, None, 100)],
            [task("Châu Minh Luân", "xây dựng kế hoạch thí điểm phân loại rác ở tổ 5, tổ 7, trình chi ủy",
                  "10/12/2024"),
             task("Phạm Thị Kim Thoa", "vận động hội viên Phụ nữ tham gia thí điểm", "kỳ họp tháng 01/2025"),
             task("Nguyễn Văn Mười", "phối hợp với tổ trưởng tổ 5, tổ 7 rà soát số hộ, đề xuất số thùng rác cần hỗ "
                                     "trợ", "tuần này")],
            ["short_meeting"]),
    }],
    "flags": [],
})


# =================================================================================================
# p05 — Đắk Lắk, medical centre; thematic, 85 minutes; only last month's minutes read out.
# =================================================================================================
_P05_TOPIC = ("Nâng cao y đức, thực hiện quy tắc ứng xử với người bệnh là đồng bào dân tộc thiểu số")
DOCS.append({
    "name": "p05-daklak-hospital-thematic-85min-last-month-minutes", "folder": "dev",
    "style": {"family": "dvsans", "size": 11, "justify": True, "indent": 20, "spacing": 1.35, "left": 68,
              "right": 58},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ TRUNG TÂM Y TẾ", "THỊ XÃ BUÔN HỒ", "CHI BỘ KHOA NỘI – NHI", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Buôn Hồ, ngày 22 tháng 8 năm 2024"], bold_left=(2,)),
            G(10),
            C("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ QUÝ III NĂM 2024", size=12.5),
            C("Chuyên đề: “" + _P05_TOPIC + "”", bold=False),
            G(6),
            P("Thời gian: 14h00, thứ Năm, ngày 22/8/2024. Địa điểm: phòng giao ban Khoa Nội – Nhi."),
            P("Thành phần: chi bộ có 15 đảng viên (14 chính thức, 01 dự bị); có mặt 14 đồng chí, trong đó có đồng "
              "chí dự bị Lê Hoàng Nam; vắng 01: đ/c H'Nga Niê, điều dưỡng (trực cấp cứu)."),
            P("Mời dự: bà Lê Thị Hạnh, Điều dưỡng trưởng khoa (quần chúng, đã học lớp bồi dưỡng nhận thức về Đảng); "
              "ông Y Đhăm Byă, nhân viên công tác xã hội của Trung tâm (quần chúng)."),
            P("Chủ trì: BSCKI. Y Ngông Mlô, Bí thư chi bộ, Trưởng khoa. Thư ký: ĐD. Trần Thị Thu Thủy, Chi ủy viên."),
            H("1. Thông qua biên bản kỳ trước"),
            P("Đồng chí thư ký đọc biên bản sinh hoạt chi bộ tháng 7/2024; chi bộ không có ý kiến bổ sung, nhất trí "
              "thông qua."),
            H("2. Trình bày chuyên đề"),
            P("Đồng chí Phạm Văn Cường, Phó Bí thư chi bộ, trình bày chuyên đề. Từ đầu năm 2024, khoa tiếp nhận bình "
              "quân 38 bệnh nhân nội trú mỗi ngày, khoảng 45% là đồng bào Ê Đê, Gia Rai, Mnông và đồng bào các tỉnh "
              "phía Bắc vào làm ăn. Nhiều bệnh nhân lớn tuổi không rành tiếng Kinh, ngại hỏi, có trường hợp tự bỏ về "
              "khi chưa hết đợt điều trị. Qua 120 phiếu lấy ý kiến người bệnh quý II, 11 phiếu phản ánh nhân viên "
              "giải thích chưa rõ, 3 phiếu phản ánh thái độ thiếu kiên nhẫn. Chuyên đề nêu bốn nhóm giải pháp: học và "
              "dùng một số câu giao tiếp thông thường bằng tiếng Ê Đê; bố trí người phiên dịch tại quầy tiếp đón vào "
              "giờ cao điểm; in tờ hướng dẫn bằng hình ảnh; đưa nội dung ứng xử vào tiêu chí bình xét thi đua hằng "
              "tháng."),
            H("3. Thảo luận"),
            P("Đồng chí Lê Hoàng Nam kể lại trường hợp một cụ bà ở buôn Pơng Drang không hiểu cách uống thuốc, phải "
              "nhờ người nhà bệnh nhân cùng phòng dịch giúp; đề nghị có bảng hướng dẫn bằng hình vẽ dán ở đầu giường."),
            P("Đồng chí Nguyễn Thị Lan Anh cho rằng mỗi ca trực nên có ít nhất một nhân viên biết tiếng Ê Đê; hiện "
              "khoa có 4 điều dưỡng là người Ê Đê."),
            P("Ông Y Đhăm Byă nhận giúp biên soạn khoảng 30 câu giao tiếp cơ bản và ghi âm để nhân viên tự học."),
            P("Đồng chí Phan Đức Thịnh đề nghị xem lại quy trình ra viện, vì bệnh nhân ở xa thường phải chờ đến chiều "
              "mới làm xong thủ tục."),
            H("4. Kết luận"),
            P("Đồng chí Bí thư kết luận: chi bộ thống nhất nội dung chuyên đề và bốn nhóm giải pháp; đưa tiêu chí ứng "
              "xử với người bệnh vào bình xét hằng tháng từ tháng 9/2024; rút ngắn thủ tục ra viện, bảo đảm bệnh "
              "nhân ra viện trước 11 giờ; cuối năm đánh giá lại bằng phiếu khảo sát."),
            P("Biểu quyết: 14/14 đồng chí có mặt tán thành kết luận (100%)."),
            H("5. Phân công"),
            P("Giao đồng chí Trần Thị Thu Thủy phối hợp với ông Y Đhăm Byă biên soạn bộ câu giao tiếp tiếng Ê Đê, "
              "hoàn thành trong tháng 9/2024. Đồng chí Phạm Văn Cường xây dựng tiêu chí ứng xử đưa vào bảng chấm "
              "điểm thi đua, trình Ban Giám đốc trước ngày 05/9/2024. Điều dưỡng trưởng khoa sắp xếp lại lịch trực "
              "để mỗi ca có nhân viên biết tiếng Ê Đê, xong trước ngày 31/8/2024. Đồng chí Nguyễn Thị Lan Anh thiết "
              "kế tờ hướng dẫn uống thuốc bằng hình ảnh, xong trước 15/9/2024."),
            P("Buổi sinh hoạt chuyên đề kết thúc lúc 15h25 cùng ngày."),
            S(["THƯ KÝ", "", "", "Trần Thị Thu Thủy"], ["BÍ THƯ", "", "", "Y Ngông Mlô"]),
        ],
        "truth": minute(
            meeting("thematic", "2024-08-22", "14:00", "15:25", "phòng giao ban Khoa Nội – Nhi",
                    "CHI BỘ KHOA NỘI – NHI", "ĐẢNG BỘ TRUNG TÂM Y TẾ THỊ XÃ BUÔN HỒ", topic=_P05_TOPIC),
            "Y Ngông Mlô", "Bí thư chi bộ", "Trần Thị Thu Thủy",
            attendance(15, 14, 1, 1, 0, 0,
                       absentees=[("H'Nga Niê", "trực cấp cứu", True)],
                       guests=[("Lê Thị Hạnh", "Điều dưỡng trưởng khoa"),
                               ("Y Đhăm Byă", "nhân viên công tác xã hội của Trung tâm")]),
            True,
            [vote("Biểu quyết kết luận chuyên đề", 14, None, None, 100)],
            [task("Trần Thị Thu Thủy", "phối hợp với ông Y Đhăm Byă biên soạn bộ câu giao tiếp tiếng Ê Đê",
                  "tháng 9/2024"),
             task("Phạm Văn Cường", "xây dựng tiêu chí ứng xử đưa vào bảng chấm điểm thi đua, trình Ban Giám đốc",
                  "05/9/2024"),
             task("Điều dưỡng trưởng khoa", "sắp xếp lại lịch trực để mỗi ca có nhân viên biết tiếng Ê Đê",
                  "31/8/2024"),
             task("Nguyễn Thị Lan Anh", "thiết kế tờ hướng dẫn uống thuốc bằng hình ảnh", "15/9/2024")],
            ["not_approved", "short_meeting"]),
    }],
    "flags": [],
})


# =================================================================================================
# p06 — Vũng Tàu, offshore supply fleet; online + in person; exactly 90 minutes; only the minutes voted.
# =================================================================================================
DOCS.append({
    "name": "p06-vungtau-offshore-online-90min-minutes-only-vote", "folder": "dev",
    "style": {"family": "serif", "size": 12, "justify": False, "indent": 0, "spacing": 1.25, "para_gap": 5},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG TY CỔ PHẦN", "DỊCH VỤ BIỂN PHƯƠNG NAM", "CHI BỘ ĐỘI TÀU DỊCH VỤ", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Vũng Tàu, ngày 11 tháng 3 năm 2025"], bold_left=(2,)),
            G(10),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ THÁNG BA NĂM 2025"),
            C("(Hình thức: trực tiếp kết hợp trực tuyến)", bold=False, italic=True),
            G(6),
            L("Thời gian: khai mạc 8 giờ 30 phút, ngày 11/3/2025."),
            L("Điểm cầu chính: phòng họp tầng 3, trụ sở Công ty, số 65 đường 30 Tháng 4, phường Thắng Nhất, thành "
              "phố Vũng Tàu. Điểm cầu trực tuyến: tàu PN-08 và tàu PN-11 đang làm nhiệm vụ tại mỏ Bạch Hổ (kết nối "
              "qua phần mềm họp trực tuyến của Công ty)."),
            L("Đảng viên: tổng số 18 đồng chí; tham dự 17 đồng chí, gồm 12 đồng chí tại điểm cầu chính và 05 đồng "
              "chí trên tàu tham gia trực tuyến; vắng 01 đồng chí: đ/c Đoàn Minh Khoa, máy trưởng tàu PN-05 (tàu "
              "đang hành trình ra giàn, không kết nối được; có báo trước)."),
            L("Chủ trì: đ/c Trương Quốc Bảo, Bí thư chi bộ, Đội trưởng Đội tàu dịch vụ."),
            L("Thư ký: đ/c Lưu Thị Hồng Nhung, Chi ủy viên."),
            H("1. Thông tin"),
            L("Đ/c Trương Quốc Bảo thông tin kết quả Hội nghị Ban Chấp hành Đảng bộ Công ty mở rộng đầu năm; chủ "
              "trương của Công ty về tiết kiệm nhiên liệu, giảm 5% chi phí vận hành đội tàu trong năm 2025; dự báo "
              "thời tiết biển tháng 3, gió mùa Đông Bắc yếu dần."),
            H("2. Đánh giá tháng 02/2025"),
            L("Đội tàu thực hiện 46 chuyến cung ứng và trực mỏ, đạt 102% kế hoạch; không có sự cố về an toàn, môi "
              "trường; nhiên liệu tiêu hao bình quân giảm 3,2% so với cùng kỳ. Tàu PN-11 chậm 14 giờ một chuyến do "
              "hỏng bơm dầu bôi trơn. Công tác đảng viên: 18/18 đồng chí nộp đảng phí đúng hạn; 01 đồng chí học xong "
              "lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới."),
            H("3. Nhiệm vụ tháng 3/2025"),
            L("Bảo đảm 48 chuyến theo hợp đồng; đưa tàu PN-05 lên đà sửa chữa định kỳ; huấn luyện ứng phó sự cố "
              "tràn dầu cho thuyền viên; tiếp tục cuộc vận động tiết kiệm nhiên liệu; chuẩn bị đại hội chi bộ nhiệm "
              "kỳ 2025–2027."),
            H("4. Thảo luận"),
            L("Các đảng viên ở cả hai điểm cầu tham gia ý kiến. Nhìn chung thống nhất với báo cáo; một số ý kiến đề "
              "nghị Công ty sớm cấp phụ tùng bơm dầu dự phòng cho các tàu; có ý kiến cho rằng lịch luân phiên thuyền "
              "viên cần công bố sớm hơn để anh em sắp xếp việc gia đình; ý kiến khác đề nghị tăng thời lượng huấn "
              "luyện thực hành trên tàu thay vì học lý thuyết tại trụ sở."),
            H("5. Kết luận của đồng chí Bí thư"),
            L("Chi bộ thống nhất với đánh giá tháng 02 và nhiệm vụ tháng 3. Đồng chí Bí thư nhấn mạnh: an toàn là "
              "trên hết, không vì tiết kiệm nhiên liệu mà bỏ qua quy trình; các tàu trưởng phải báo cáo ngay khi có "
              "hỏng hóc. Giao đ/c Lê Hữu Phước, Phó Đội trưởng kỹ thuật, lập dự trù phụ tùng bơm dầu dự phòng, trình "
              "Giám đốc trước ngày 20/3/2025. Giao đ/c Lưu Thị Hồng Nhung công bố lịch luân phiên thuyền viên quý II "
              "trước ngày 25/3/2025. Đ/c Nguyễn Thành Tâm, thuyền trưởng tàu PN-08, chủ trì xây dựng kế hoạch huấn "
              "luyện ứng phó tràn dầu trên tàu, thực hiện xong trong tháng 4/2025."),
            H("6. Bế mạc"),
            L("Cuộc họp kết thúc lúc 10 giờ 00 phút cùng ngày. Biên bản đã được thư ký đọc lại; 17/17 đồng chí dự "
              "họp (kể cả các đồng chí tham gia trực tuyến) biểu quyết thông qua biên bản."),
            S(["THƯ KÝ", "", "", "Lưu Thị Hồng Nhung"], ["T/M CHI BỘ", "BÍ THƯ", "", "Trương Quốc Bảo"]),
        ],
        "truth": minute(
            meeting("regular", "2025-03-11", "08:30", "10:00",
                    "phòng họp tầng 3, trụ sở Công ty, số 65 đường 30 Tháng 4, phường Thắng Nhất, thành phố Vũng Tàu",
                    "CHI BỘ ĐỘI TÀU DỊCH VỤ", "ĐẢNG BỘ CÔNG TY CỔ PHẦN DỊCH VỤ BIỂN PHƯƠNG NAM"),
            "Trương Quốc Bảo", "Bí thư chi bộ", "Lưu Thị Hồng Nhung",
            attendance(18, 17, 1, 1, 0, 0,
                       absentees=[("Đoàn Minh Khoa", "tàu đang hành trình ra giàn, không kết nối được; có báo trước",
                                   True)]),
            True,
            [],
            [task("Lê Hữu Phước", "lập dự trù phụ tùng bơm dầu dự phòng, trình Giám đốc", "20/3/2025"),
             task("Lưu Thị Hồng Nhung", "công bố lịch luân phiên thuyền viên quý II", "25/3/2025"),
             task("Nguyễn Thành Tâm", "chủ trì xây dựng kế hoạch huấn luyện ứng phó tràn dầu trên tàu",
                  "tháng 4/2025")],
            ["missing_vote", "no_discussion"]),
    }],
    "flags": [],
})


# =================================================================================================
# p07 — Kon Tum, border-guard post; whole day with a lunch break; show of hands and a secret ballot. Clean.
# =================================================================================================
DOCS.append({
    "name": "p07-kontum-border-post-lunch-break-ballot-clean", "folder": "dev",
    "style": {"family": "serif", "size": 13.5, "justify": True, "indent": 32, "spacing": 1.25, "foot": "- {n} -",
              "left": 78, "right": 52},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG ỦY ĐỒN BIÊN PHÒNG", "SA LOONG", "CHI BỘ ĐỘI VŨ TRANG", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Ngọc Hồi, ngày 06 tháng 12 năm 2024"], bold_left=(2,)),
            G(10),
            C("BIÊN BẢN", size=15),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 12 NĂM 2024"),
            G(8),
            P("Thời gian: buổi sáng từ 07 giờ 30 đến 11 giờ 00; buổi chiều từ 13 giờ 30 đến 15 giờ 15, ngày "
              "06/12/2024 (nghỉ trưa từ 11 giờ 00 đến 13 giờ 30)."),
            P("Địa điểm: Hội trường Đồn Biên phòng Sa Loong."),
            P("Quân số đảng viên: 16 đồng chí (15 chính thức, 01 dự bị). Có mặt: 15 đồng chí (14 chính thức, 01 dự "
              "bị). Vắng: 01 đồng chí là Trung úy Nguyễn Thanh Tùng (đi học lớp bồi dưỡng nghiệp vụ tại Học viện "
              "Biên phòng)."),
            P("Mời dự phần xét kết nạp đảng viên: quần chúng A Thương, chiến sĩ Đội vũ trang, người dân tộc Xơ Đăng, "
              "quê xã Đăk Dục, huyện Ngọc Hồi."),
            P("Chủ trì: Thiếu tá Hoàng Văn Quyết, Bí thư chi bộ, Đội trưởng Đội vũ trang. Thư ký: Thượng úy QNCN "
              "Đinh Thị Hải Yến, Chi ủy viên."),
            H("PHẦN THỨ NHẤT: SINH HOẠT THƯỜNG KỲ (BUỔI SÁNG)"),
            P("1. Đồng chí Bí thư thông báo tình hình thời sự, nhiệm vụ chính trị của Bộ đội Biên phòng tỉnh dịp cuối "
              "năm; quán triệt chỉ thị của Đảng ủy Đồn về bảo đảm an ninh biên giới, phòng, chống xuất nhập cảnh trái "
              "phép và buôn lậu gỗ trước, trong và sau Tết Nguyên đán Ất Tỵ 2025."),
            P("2. Kết quả tháng 11/2024: duy trì nghiêm chế độ trực sẵn sàng chiến đấu; phối hợp lực lượng bảo vệ rừng "
              "tuần tra 18 lượt trên tuyến biên giới, lập biên bản 01 vụ vận chuyển gỗ trái phép (2,4 m³); cùng Công "
              "an xã vận động 46 hộ đồng bào Xơ Đăng, Giẻ Triêng ký cam kết không xâm canh, không qua lại biên giới "
              "trái phép. Tồn tại: 02 đồng chí chưa đạt bài kiểm tra tiếng dân tộc; việc ghi sổ tuần tra có lúc chưa "
              "đầy đủ."),
            P("3. Nhiệm vụ tháng 12/2024: tuần tra song phương với lực lượng bảo vệ biên giới nước bạn Lào theo kế "
              "hoạch; tham gia chương trình “Xuân Biên phòng ấm lòng dân bản”, tặng quà hộ nghèo; hoàn thành kiểm "
              "điểm, đánh giá, xếp loại đảng viên năm 2024; luyện tập phương án chữa cháy rừng mùa khô."),
            P("4. Thảo luận: Trung úy A Dũng (Đội trưởng đội công tác) đề nghị tăng cường người cho tổ công tác ở "
              "thôn Đăk Giao trong tháng Tết vì nhiều người đi làm thuê bên Lào trở về. Thượng úy Trần Văn Lực đề "
              "nghị nhắc nhở hai đồng chí chưa đạt bài kiểm tra tiếng dân tộc, bố trí học thêm vào tối thứ Ba, thứ "
              "Năm. Đại úy Phạm Đình Khôi báo cáo số quà đã vận động được: 120 suất, mỗi suất trị giá 400.000 đồng."),
            P("5. Kết luận: Đồng chí Bí thư kết luận: chi bộ thống nhất đánh giá kết quả tháng 11 và nhiệm vụ tháng "
              "12 như báo cáo; tăng thêm 02 đồng chí cho tổ công tác thôn Đăk Giao từ ngày 20/12/2024 đến hết Tết; "
              "hai đồng chí chưa đạt kiểm tra tiếng dân tộc học bù và kiểm tra lại trong tháng 01/2025; trao xong quà "
              "trước ngày 23 tháng Chạp."),
            P("Chi bộ biểu quyết bằng giơ tay: 15/15 đồng chí tán thành (đạt 100%), không có ý kiến khác."),
            P("6. Phân công: giao Trung úy A Dũng chỉ huy tổ công tác tăng cường tại thôn Đăk Giao, bắt đầu từ ngày "
              "20/12/2024 và duy trì đến hết Tết Nguyên đán. Đại úy Phạm Đình Khôi cùng Đoàn cơ sở tổ chức trao quà "
              "“Xuân Biên phòng ấm lòng dân bản”, xong trước ngày 23 tháng Chạp. Thượng úy Trần Văn Lực kèm cặp hai "
              "đồng chí học tiếng Xơ Đăng, tổ chức kiểm tra lại trong tháng 01/2025."),
            H("PHẦN THỨ HAI: XÉT KẾT NẠP ĐẢNG VIÊN (BUỔI CHIỀU)"),
            P("13 giờ 30, chi bộ tiếp tục làm việc, quân số như buổi sáng. Đồng chí Bí thư đọc các văn bản trong hồ "
              "sơ đề nghị kết nạp quần chúng A Thương: đơn xin vào Đảng, lý lịch, giấy chứng nhận học lớp bồi dưỡng "
              "nhận thức về Đảng, nhận xét của hai đảng viên giới thiệu, ý kiến của Đoàn cơ sở và kết quả thẩm tra lý "
              "lịch. Quần chúng A Thương trình bày nhận thức về Đảng và hướng phấn đấu. Thượng úy Trần Văn Lực, đảng "
              "viên giới thiệu, nhận xét quần chúng A Thương có lập trường vững vàng, thông thạo tiếng Xơ Đăng và "
              "tiếng Lào, có uy tín với bà con các thôn biên giới; hạn chế là kỹ năng soạn thảo văn bản còn yếu."),
            P("Chi bộ bỏ phiếu kín. Số đảng viên chính thức có mặt: 14; số phiếu phát ra: 14; số phiếu thu về: 14; số "
              "phiếu đồng ý kết nạp: 14, đạt 93,3% so với tổng số đảng viên chính thức của chi bộ; số phiếu không "
              "đồng ý: 0."),
            P("Đồng chí chủ trì kết luận: chi bộ đề nghị Đảng ủy Đồn xem xét, báo cáo cấp trên ra quyết định kết nạp "
              "quần chúng A Thương vào Đảng; giao Thượng úy QNCN Đinh Thị Hải Yến hoàn thiện nghị quyết và hồ sơ, "
              "gửi Đảng ủy Đồn trước ngày 12/12/2024."),
            P("Buổi sinh hoạt kết thúc lúc 15 giờ 15 phút cùng ngày. Biên bản được đọc lại trước chi bộ, 15/15 đồng "
              "chí nhất trí thông qua."),
            S(["THƯ KÝ", "", "", "Đinh Thị Hải Yến"], ["T/M CHI ỦY", "BÍ THƯ", "", "Hoàng Văn Quyết"]),
        ],
        "truth": minute(
            meeting("regular", "2024-12-06", "07:30", "15:15", "Hội trường Đồn Biên phòng Sa Loong",
                    "CHI BỘ ĐỘI VŨ TRANG", "ĐẢNG ỦY ĐỒN BIÊN PHÒNG SA LOONG"),
            "Hoàng Văn Quyết", "Bí thư chi bộ", "Đinh Thị Hải Yến",
            attendance(16, 15, 1, 1, 0, 0,
                       absentees=[("Nguyễn Thanh Tùng", "đi học lớp bồi dưỡng nghiệp vụ tại Học viện Biên phòng",
                                   True)],
                       guests=[("A Thương", "chiến sĩ Đội vũ trang")]),
            True,
            [vote("Kết luận tháng 12 (giơ tay)", 15, None, 0, 100),
             vote("Kết nạp quần chúng A Thương (phiếu kín)", 14, 0, None, 93.3)],
            [task("A Dũng", "chỉ huy tổ công tác tăng cường tại thôn Đăk Giao", "hết Tết Nguyên đán"),
             task("Phạm Đình Khôi", "cùng Đoàn cơ sở tổ chức trao quà “Xuân Biên phòng ấm lòng dân bản”",
                  "ngày 23 tháng Chạp"),
             task("Trần Văn Lực", "kèm cặp hai đồng chí học tiếng Xơ Đăng, tổ chức kiểm tra lại", "tháng 01/2025"),
             task("Đinh Thị Hải Yến", "hoàn thiện nghị quyết và hồ sơ, gửi Đảng ủy Đồn", "12/12/2024")],
            []),
    }],
    "flags": [],
})


# =================================================================================================
# p08 — Bình Thuận, retired cadres; printed form with dots; the conclusion field left empty.
# =================================================================================================
_DOTS = "…" * 44
DOCS.append({
    "name": "p08-binhthuan-retired-cadres-form-dots", "folder": "dev",
    "style": {"family": "mono", "size": 10.5, "justify": False, "indent": 0, "spacing": 1.35, "left": 66,
              "right": 50, "para_gap": 1},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG PHÚ THỦY", "CHI BỘ CÁN BỘ HƯU TRÍ", "Số: ……-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phú Thủy, ngày 12 tháng 6 năm 2024"]),
            G(10),
            C("BIÊN BẢN SINH HOẠT CHI BỘ", size=12),
            C("Tháng 6 năm 2024", bold=False),
            G(8),
            L("I. THỜI GIAN, ĐỊA ĐIỂM", bold=True),
            L("- Bắt đầu lúc: 8 giờ 00, ngày 12/6/2024"),
            L("- Tại: Hội trường khu phố 5, phường Phú Thủy"),
            L("II. THÀNH PHẦN", bold=True),
            L("- Tổng số đảng viên của chi bộ: 38 đ/c"),
            L("- Số đảng viên được miễn sinh hoạt: 11 đ/c (tuổi cao, sức yếu)"),
            L("- Số đảng viên phải dự sinh hoạt: 27 đ/c"),
            L("- Có mặt: 25 đ/c"),
            L("- Vắng mặt: 02 đ/c (có lý do: 01 đ/c; không lý do: 01 đ/c)"),
            L("- Họ tên đảng viên vắng mặt và lý do: đ/c Nguyễn Văn Bảy (nằm viện)"),
            L("- Khách mời: " + _DOTS[:30]),
            L("- Chủ trì: đ/c Tạ Quang Diệu, Bí thư chi bộ"),
            L("- Thư ký: đ/c Hồ Thị Kim Liên"),
            L("III. NỘI DUNG", bold=True),
            L("1. Thông tin thời sự, văn bản mới:"),
            L("Đồng chí Bí thư phổ biến Quy định số 37-QĐ/TW về những điều đảng viên không được làm, lưu ý những "
              "điểm liên quan đến đảng viên đã nghỉ hưu; thông tin việc chuẩn bị Đại hội đại biểu Đảng bộ phường "
              "nhiệm kỳ 2025–2030; tình hình nắng nóng, thiếu nước sinh hoạt cục bộ ở khu phố 2 và khu phố 5."),
            L("2. Kết quả tháng 5/2024:"),
            L("Chi bộ thăm hỏi 04 đảng viên ốm đau, 01 đảng viên nằm viện; góp 12 ý kiến bằng văn bản vào dự thảo "
              "văn kiện Đại hội Đảng bộ phường; vận động đảng viên đóng góp Quỹ Vì người nghèo được 5.400.000 đồng; "
              "02 đồng chí tham gia hòa giải thành 01 vụ tranh chấp lối đi ở khu phố 5. Đảng phí thu đủ 38/38 "
              "đồng chí, riêng các đồng chí miễn sinh hoạt do gia đình nộp thay."),
            L("3. Nhiệm vụ tháng 6/2024:"),
            L("Vận động gia đình đảng viên tiết kiệm nước; tham gia Tháng hành động vì môi trường; thăm hỏi đảng viên "
              "cao tuổi nhân dịp mừng thọ; góp ý dự thảo báo cáo chính trị Đại hội Chi bộ nhiệm kỳ 2025–2027."),
            L("4. Ý kiến thảo luận:"),
            L("- Đ/c Trần Văn Hai (nguyên Trưởng phòng Tài chính thành phố): đề nghị chi bộ có văn bản kiến nghị Công "
              "ty cấp nước sớm đưa xe chở nước vào khu phố 2."),
            L("- Đ/c Lâm Thị Ngọc Sương: đồng ý, đề nghị nói rõ chỗ đặt bồn nước tạm để bà con lấy nước thuận tiện."),
            L("- Đ/c Võ Đình Cang: đề nghị tổ chức mừng thọ tập trung cho 06 đồng chí tròn 80 tuổi, vừa trang trọng "
              "vừa tiết kiệm."),
            L("5. Kết luận của đồng chí chủ trì:"),
            L(_DOTS),
            L(_DOTS),
            L("6. Biểu quyết: tán thành 25/25 đ/c; không tán thành: 0 đ/c; ý kiến khác: 0 đ/c."),
            L("7. Phân công thực hiện:"),
            L("- Đ/c Trần Văn Hai soạn văn bản kiến nghị Công ty cấp nước, gửi trước ngày 15/6/2024."),
            L("- Đ/c Võ Đình Cang cùng Ban liên lạc hưu trí chuẩn bị lễ mừng thọ tập trung, tổ chức trong tháng 6."),
            L("- Đ/c Hồ Thị Kim Liên tổng hợp ý kiến góp ý dự thảo báo cáo chính trị, báo cáo chi ủy tại kỳ họp "
              "tháng 7."),
            L("Buổi sinh hoạt kết thúc lúc: 10 giờ 05. Biên bản đã được đọc lại và thông qua."),
            S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "", "Hồ Thị Kim Liên"],
              ["CHỦ TRÌ", "(Ký, ghi rõ họ tên)", "", "Tạ Quang Diệu"]),
        ],
        "truth": minute(
            meeting("regular", "2024-06-12", "08:00", "10:05", "Hội trường khu phố 5, phường Phú Thủy",
                    "CHI BỘ CÁN BỘ HƯU TRÍ", "ĐẢNG BỘ PHƯỜNG PHÚ THỦY"),
            "Tạ Quang Diệu", "Bí thư chi bộ", "Hồ Thị Kim Liên",
            attendance(38, 25, 2, 1, 1, 11, absentees=[("Nguyễn Văn Bảy", "nằm viện", True)]),
            False,
            [vote("Biểu quyết nội dung sinh hoạt tháng 6", 25, 0, 0, None)],
            [task("Trần Văn Hai", "soạn văn bản kiến nghị Công ty cấp nước", "15/6/2024"),
             task("Võ Đình Cang", "cùng Ban liên lạc hưu trí chuẩn bị lễ mừng thọ tập trung", "tháng 6"),
             task("Hồ Thị Kim Liên", "tổng hợp ý kiến góp ý dự thảo báo cáo chính trị", "kỳ họp tháng 7")],
            ["missing_conclusion", "unexcused_absence", "unfilled_template"]),
    }],
    "flags": [],
})


# =================================================================================================
# p09 — Cà Mau, commune police; "7g30" … "9g02" (92 minutes). Clean.
# =================================================================================================
_P09 = {
    "name": "p09-camau-commune-police-92min-clean", "folder": "dev",
    "style": {"family": "sans", "size": 11.5, "justify": True, "indent": 22, "spacing": 1.25, "left": 70,
              "right": 55, "top": 50},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ HÀM RỒNG", "CHI BỘ CÔNG AN XÃ", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hàm Rồng, ngày 15 tháng 01 năm 2025"]),
            G(8),
            C("BIÊN BẢN", size=13),
            C("SINH HOẠT CHI BỘ THÁNG 01/2025"),
            G(6),
            P("Vào lúc 7g30 ngày 15/01/2025, tại phòng họp Công an xã Hàm Rồng, huyện Năm Căn, Chi bộ Công an xã tiến "
              "hành sinh hoạt thường kỳ tháng 01/2025."),
            P("Đảng viên chi bộ: 11 đồng chí, dự họp đủ 11/11, đạt tỷ lệ 100%. Chủ trì: Thiếu tá Lý Hoàng Nam, Bí "
              "thư Chi bộ, Trưởng Công an xã. Thư ký: Trung úy Tăng Thị Mỹ Linh."),
            H("Nội dung sinh hoạt"),
            P("1. Đ/c Bí thư phổ biến Kế hoạch của Công an huyện về đợt cao điểm tấn công, trấn áp tội phạm, bảo đảm "
              "an ninh trật tự Tết Nguyên đán Ất Tỵ 2025; thông tin tình hình tranh chấp bãi nuôi nghêu ở cửa biển."),
            P("2. Kết quả tháng 12/2024: tiếp nhận, giải quyết 09/09 tin báo, tố giác; phối hợp Đồn Biên phòng kiểm "
              "tra 37 phương tiện đánh bắt thủy sản, lập biên bản 02 trường hợp thiếu giấy tờ; cấp 214 tài khoản "
              "định danh điện tử mức 2; không xảy ra cháy nổ. Hạn chế: cập nhật biến động dân cư ở ấp Cửa Lớn còn "
              "chậm; còn 01 vụ trộm cắp tài sản ở ấp Xóm Mới chưa làm rõ."),
            P("3. Nhiệm vụ tháng 01/2025: tuần tra ban đêm ở khu vực chợ, bến tàu; kiểm tra, nhắc nhở việc buôn bán, "
              "đốt pháo trái phép; vận động người dân giao nộp vũ khí, vật liệu nổ; giải quyết nhanh thủ tục cư trú "
              "cho người lao động về quê ăn Tết."),
            P("4. Thảo luận: Thượng úy Trương Văn Đời, Phó Trưởng Công an xã, đề nghị lập thêm tổ tuần tra đường thủy "
              "vì gần Tết tàu cá về bến nhiều. Trung úy Quách Minh Nhựt báo cáo đã xác định đối tượng nghi vấn trong "
              "vụ trộm ở ấp Xóm Mới, đề nghị phối hợp Công an huyện xác minh. Đồng chí Tăng Thị Mỹ Linh đề nghị làm "
              "căn cước cả thứ Bảy, Chủ nhật cho bà con đi làm ăn xa về quê."),
            P("5. Kết luận: Đồng chí chủ trì kết luận: thống nhất đánh giá và nhiệm vụ như báo cáo; lập tổ tuần tra "
              "đường thủy hoạt động từ ngày 20/01/2025 đến mùng 10 tháng Giêng; làm rõ vụ trộm trước Tết; nhận hồ sơ "
              "thủ tục hành chính cả thứ Bảy, Chủ nhật trong hai tuần trước Tết."),
            P("Chi bộ biểu quyết nhất trí 100% (11/11 đồng chí)."),
            P("6. Phân công: Thượng úy Trương Văn Đời phụ trách tổ tuần tra đường thủy, báo cáo kết quả hằng tuần. "
              "Trung úy Quách Minh Nhựt phối hợp Đội Điều tra Công an huyện làm rõ vụ trộm, xong trước ngày "
              "25/01/2025. Trung úy Tăng Thị Mỹ Linh bố trí lịch trực tiếp nhận hồ sơ cư trú, căn cước vào thứ Bảy, "
              "Chủ nhật, áp dụng trong hai tuần trước Tết."),
            P("Cuộc họp kết thúc lúc 9g02 cùng ngày. Biên bản được đọc lại, toàn thể đảng viên dự họp thống nhất "
              "thông qua."),
            S(["THƯ KÝ", "", "", "Tăng Thị Mỹ Linh"], ["BÍ THƯ CHI BỘ", "", "", "Lý Hoàng Nam"]),
        ],
        "truth": minute(
            meeting("regular", "2025-01-15", "07:30", "09:02", "phòng họp Công an xã Hàm Rồng, huyện Năm Căn",
                    "CHI BỘ CÔNG AN XÃ", "ĐẢNG BỘ XÃ HÀM RỒNG"),
            "Lý Hoàng Nam", "Bí thư Chi bộ", "Tăng Thị Mỹ Linh",
            attendance(11, 11, 0, 0, 0, 0),
            True,
            [vote("Biểu quyết kết luận", 11, None, None, 100)],
            [task("Trương Văn Đời", "phụ trách tổ tuần tra đường thủy", "hằng tuần"),
             task("Quách Minh Nhựt", "phối hợp Đội Điều tra Công an huyện làm rõ vụ trộm", "25/01/2025"),
             task("Tăng Thị Mỹ Linh", "bố trí lịch trực tiếp nhận hồ sơ cư trú, căn cước vào thứ Bảy, Chủ nhật",
                  "hai tuần trước Tết")],
            []),
    }],
    "flags": [],
    "scans": [{"name": "p12-camau-police-scan-photocopy", "folder": "dev", "damage": "photocopy", "seed": 1012,
               "dpi": 200}],
}
DOCS.append(_P09)


# =================================================================================================
# p10 — An Giang (Tri Tôn), Khmer hamlet cell: a minute BOOK, June–November 2024, six minutes.
# =================================================================================================
_B_CELL, _B_COMM = "CHI BỘ ẤP Ô TÀ SÓC", "ĐẢNG BỘ XÃ LƯƠNG PHI"
_B_SIGN = S(["THƯ KÝ", "Néang Sa Ly"], ["BÍ THƯ", "Chau Phi Rum"])

_B1 = {
    "blocks": [
        HD(["ĐẢNG BỘ XÃ LƯƠNG PHI", "CHI BỘ ẤP Ô TÀ SÓC", "*"],
           ["ĐẢNG CỘNG SẢN VIỆT NAM", "Lương Phi, ngày 05 tháng 6 năm 2024"]),
        G(8),
        C("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 6/2024"),
        G(4),
        P("Thời gian: 19 giờ 00, ngày 05/6/2024. Địa điểm: Văn phòng ấp Ô Tà Sóc."),
        P("Thành phần: tổng số 18 đảng viên; miễn sinh hoạt 01 (đ/c Chau Xiêm, tuổi cao); phải dự 17; có mặt 16; "
          "vắng 01: đ/c Chau Sóc Hen, không lý do."),
        P("Chủ trì: đ/c Chau Phi Rum, Bí thư Chi bộ. Thư ký: đ/c Néang Sa Ly."),
        P("1. Thông tin: đ/c Bí thư thông tin tình hình nắng hạn cuối mùa khô, giá lúa, giá đường thốt nốt; phổ "
          "biến kế hoạch của xã về hỗ trợ hộ nghèo trồng cây ăn trái trên đất gò."),
        P("2. Đánh giá tháng 5: bà con thu hoạch xong lúa Đông Xuân, năng suất bình quân 6,8 tấn/ha; sửa chữa xong "
          "02 căn nhà cho hộ nghèo; 100% trẻ trong độ tuổi được tiêm vắc-xin sởi đợt bổ sung. Tồn tại: còn 04 hộ nợ "
          "vay quá hạn; đ/c Chau Sóc Hen hai lần không tham gia trực tổ an ninh."),
        P("3. Nhiệm vụ tháng 6: xuống giống lúa Hè Thu đúng lịch; vận động các hộ không cho thuê đất để đào ao trái "
          "phép; tuyên truyền phòng, chống đuối nước cho trẻ em trong dịp hè."),
        P("4. Thảo luận: đ/c Chau Ri Da (Trưởng ấp) đề nghị xã sớm nạo vét kênh Ô Tà Sóc trước khi xuống giống. "
          "Đ/c Néang Sóc Phên (Chi hội trưởng Phụ nữ) xin chi bộ ủng hộ mở lớp dạy bơi cho trẻ em tại chùa Ô Tà Sóc. "
          "Đ/c Trần Văn Hiếu đề nghị chi ủy gặp riêng đ/c Chau Sóc Hen để nhắc nhở."),
        P("5. Kết luận: đ/c Bí thư kết luận, chi bộ thống nhất với nội dung báo cáo; kiến nghị xã nạo vét kênh; ủng "
          "hộ mở lớp dạy bơi; nhắc nhở đ/c Chau Sóc Hen ngay trong tuần. Biểu quyết: 16/16 đồng chí tán thành."),
        P("6. Phân công: đ/c Chau Ri Da làm văn bản kiến nghị nạo vét kênh gửi UBND xã trước ngày 10/6/2024; đ/c "
          "Néang Sóc Phên phối hợp nhà chùa mở lớp dạy bơi, xong trong tháng 6; đ/c Nguyễn Văn Dũng (Phó Bí thư) "
          "gặp, nhắc nhở đ/c Chau Sóc Hen trong tuần này."),
        P("Họp xong lúc 20 giờ 45. Biên bản đã đọc lại, chi bộ thống nhất thông qua."),
        _B_SIGN,
    ],
    "truth": minute(
        meeting("regular", "2024-06-05", "19:00", "20:45", "Văn phòng ấp Ô Tà Sóc", _B_CELL, _B_COMM),
        "Chau Phi Rum", "Bí thư Chi bộ", "Néang Sa Ly",
        attendance(18, 16, 1, 0, 1, 1, absentees=[("Chau Sóc Hen", "không lý do", False)]),
        True,
        [vote("Biểu quyết kết luận", 16, None, None, None)],
        [task("Chau Ri Da", "làm văn bản kiến nghị nạo vét kênh gửi UBND xã", "10/6/2024"),
         task("Néang Sóc Phên", "phối hợp nhà chùa mở lớp dạy bơi", "tháng 6"),
         task("Nguyễn Văn Dũng", "gặp, nhắc nhở đ/c Chau Sóc Hen", "tuần này")],
        ["unexcused_absence"]),
}

_B2 = {
    "blocks": [
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 7/2024"),
        G(4),
        P("Hôm nay, vào lúc 19 giờ 15, tại Văn phòng ấp, Chi bộ ấp Ô Tà Sóc họp thường kỳ tháng 7. Có mặt 17/17 "
          "đảng viên phải dự (01 đồng chí miễn sinh hoạt). Chủ trì: đ/c Chau Phi Rum. Thư ký: đ/c Néang Sa Ly."),
        P("Đ/c Bí thư thông tin: giá phân bón tăng; huyện triển khai cho vay vốn trồng thốt nốt; lịch tiêm phòng lở "
          "mồm long móng cho bò. Chi bộ nghe báo cáo tình hình tháng 6: đã xuống giống xong 210 ha lúa Hè Thu; lớp "
          "dạy bơi ở chùa có 42 em tham gia; UBND xã đã nhận kiến nghị nạo vét kênh, hẹn làm trong tháng 8; đ/c Chau "
          "Sóc Hen đã được chi ủy gặp nhắc nhở, hứa khắc phục."),
        P("Nhiệm vụ tháng 7: chăm sóc lúa, phòng rầy nâu; vận động 100% hộ nuôi bò tiêm phòng; giữ an ninh trật tự "
          "trong dịp lễ nhập hạ (Chôl Vôssa) của bà con Khmer tại chùa."),
        P("Chi bộ thảo luận, thống nhất với các nội dung trên."),
        P("Đ/c Bí thư kết luận: tháng 7 tập trung ba việc: phòng rầy nâu cho lúa Hè Thu; tiêm phòng cho đàn bò; giữ "
          "an ninh trật tự trong dịp lễ Chôl Vôssa. Giao đ/c Chau Ri Da phối hợp cán bộ thú y xã lập danh sách hộ "
          "nuôi bò để tiêm phòng, xong trước 20/7/2024; giao đ/c Trần Văn Hiếu (Tổ trưởng tổ an ninh) bố trí lực "
          "lượng giữ trật tự tại chùa trong các ngày lễ."),
        P("Buổi họp kết thúc lúc 21 giờ 00. Biên bản được đọc lại cho chi bộ nghe và thông qua."),
        C("Ô Tà Sóc, ngày 06 tháng 7 năm 2024", bold=False, italic=True),
        S(["THƯ KÝ", "Néang Sa Ly"], ["CHỦ TRÌ", "Chau Phi Rum"]),
    ],
    "truth": minute(
        meeting("regular", "2024-07-06", "19:15", "21:00", "Văn phòng ấp", _B_CELL, _B_COMM),
        "Chau Phi Rum", None, "Néang Sa Ly",
        attendance(18, 17, 0, 0, 0, 1),
        True,
        [],
        [task("Chau Ri Da", "phối hợp cán bộ thú y xã lập danh sách hộ nuôi bò để tiêm phòng", "20/7/2024"),
         task("Trần Văn Hiếu", "bố trí lực lượng giữ trật tự tại chùa", "các ngày lễ")],
        ["missing_vote", "no_discussion"]),
}

_B3 = {
    "blocks": [
        C("BIÊN BẢN HỌP CHI BỘ BẤT THƯỜNG"),
        C("(ngày 23/7/2024)", bold=False, italic=True),
        G(4),
        P("Lý do: chiều ngày 21/7/2024, mưa dông kèm lốc xoáy làm sập hoàn toàn 03 căn nhà, tốc mái 11 căn nhà của "
          "đồng bào Khmer ở tổ 4 và tổ 5. Chi ủy triệu tập chi bộ họp bất thường để bàn việc khắc phục."),
        P("Thời gian: từ 14 giờ 00 đến 15 giờ 10. Địa điểm: nhà đ/c Chau Ri Da, tổ 4."),
        P("Có mặt: 16/17 đảng viên phải dự (01 đ/c miễn sinh hoạt không triệu tập); vắng đ/c Néang Kim Thoa – đi "
          "khám thai ở Long Xuyên, có báo. Chủ trì: đ/c Chau Phi Rum, Bí thư. Thư ký: đ/c Néang Sa Ly."),
        P("Đ/c Chau Ri Da báo cáo thiệt hại: 03 hộ mất nhà phải ở nhờ hàng xóm, trong đó có 01 hộ nghèo; ước thiệt "
          "hại khoảng 260 triệu đồng. Ý kiến: đ/c Trần Văn Hiếu đề nghị huy động thanh niên và tổ an ninh dựng lại "
          "nhà tạm ngay trong tuần; đ/c Néang Sóc Phên đề nghị nhờ nhà chùa cho mượn lều bạt, nồi niêu; đ/c Nguyễn "
          "Văn Dũng đề nghị báo cáo xã xin hỗ trợ theo chính sách thiên tai."),
        P("Đ/c Bí thư kết luận: chi bộ huy động tối đa lực lượng tại chỗ, dựng lại 03 căn nhà tạm trong 05 ngày, "
          "lợp lại mái cho 11 hộ; lập hồ sơ đề nghị xã hỗ trợ. Chi bộ nhất trí 100%."),
        P("Phân công: đ/c Trần Văn Hiếu chỉ huy lực lượng dựng nhà tạm, xong trước 28/7/2024; đ/c Nguyễn Văn Dũng "
          "lập hồ sơ thiệt hại gửi UBND xã ngay trong ngày 24/7/2024; đ/c Néang Sóc Phên cùng Chi hội Phụ nữ lo bữa "
          "ăn cho các hộ bị sập nhà."),
        P("Cuộc họp kết thúc lúc 15 giờ 10. Biên bản đã đọc lại và được thông qua."),
        _B_SIGN,
    ],
    "truth": minute(
        meeting("regular", "2024-07-23", "14:00", "15:10", "nhà đ/c Chau Ri Da, tổ 4", _B_CELL, _B_COMM),
        "Chau Phi Rum", "Bí thư", "Néang Sa Ly",
        attendance(18, 16, 1, 1, 0, 1, absentees=[("Néang Kim Thoa", "đi khám thai ở Long Xuyên, có báo", True)]),
        True,
        [vote("Biểu quyết kết luận khắc phục hậu quả lốc xoáy", None, None, None, 100)],
        [task("Trần Văn Hiếu", "chỉ huy lực lượng dựng nhà tạm", "28/7/2024"),
         task("Nguyễn Văn Dũng", "lập hồ sơ thiệt hại gửi UBND xã", "ngày 24/7/2024"),
         task("Néang Sóc Phên", "cùng Chi hội Phụ nữ lo bữa ăn cho các hộ bị sập nhà", None)],
        ["short_meeting"]),
}

_B4 = {
    "blocks": [
        C("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 8/2024"),
        C("(Do cao điểm thu hoạch lúa Hè Thu, chi bộ dời kỳ họp tháng 8 sang ngày 03/9/2024)", bold=False,
          italic=True),
        G(4),
        P("Thời gian: 19 giờ 00, ngày 03/9/2024. Địa điểm: Văn phòng ấp Ô Tà Sóc."),
        P("Đảng viên phải dự: 17 (không tính 01 đ/c miễn sinh hoạt); có mặt: 14; vắng: 03, gồm đ/c Chau Phi Rum (Bí "
          "thư, đi dự lớp tập huấn của huyện), đ/c Chau Thanh (đi chở lúa thuê ở Kiên Giang, có báo) và đ/c Chau Sóc "
          "Hen (không báo)."),
        P("Chủ trì: đ/c Nguyễn Văn Dũng, Phó Bí thư Chi bộ. Thư ký: đ/c Néang Sa Ly."),
        P("Kết quả tháng 8: thu hoạch xong 60% diện tích lúa Hè Thu, giá lúa tươi 7.200 đồng/kg; xã đã nạo vét xong "
          "1,2 km kênh Ô Tà Sóc; tiêm phòng cho 318 con bò, đạt 96%; 03 căn nhà bị sập trong đợt lốc xoáy đã dựng "
          "lại xong. Tồn tại: nước lũ đầu mùa lên nhanh, 02 trẻ em suýt đuối nước ở kênh tổ 3; đ/c Chau Sóc Hen tiếp "
          "tục vắng họp."),
        P("Nhiệm vụ tháng 9: thu hoạch dứt điểm lúa Hè Thu trước lũ; cắm biển cảnh báo, cử người trông trẻ ở các "
          "điểm sâu; chuẩn bị lễ Sene Dolta đón ông bà của đồng bào Khmer vui tươi, tiết kiệm."),
        P("Ý kiến: đ/c Néang Sóc Phên đề nghị mỗi tổ có một điểm giữ trẻ trong mùa nước nổi. Đ/c Trần Văn Hiếu đề "
          "nghị chi bộ có văn bản báo cáo Đảng ủy xã về việc đ/c Chau Sóc Hen vắng họp nhiều lần. Đ/c Chau Ri Da "
          "xin nhận làm biển cảnh báo ở kênh tổ 3."),
        P("Đ/c Nguyễn Văn Dũng kết luận: chi bộ thống nhất kết quả tháng 8 và nhiệm vụ tháng 9; ưu tiên phòng, "
          "chống đuối nước cho trẻ em trong mùa lũ; chi ủy tổng hợp tình hình đ/c Chau Sóc Hen, đề xuất hình thức "
          "xử lý tại kỳ họp sau. Biểu quyết: 14/14 đồng chí có mặt tán thành."),
        P("Phân công: đ/c Chau Ri Da làm và cắm 05 biển cảnh báo ở các đoạn kênh sâu trước ngày 10/9/2024; đ/c "
          "Néang Sóc Phên vận động chị em lập điểm giữ trẻ ở tổ 3 và tổ 4 trong mùa nước nổi; đ/c Néang Sa Ly tổng "
          "hợp số lần vắng họp của đ/c Chau Sóc Hen, báo cáo chi ủy trước kỳ họp tháng 10."),
        P("Buổi họp kết thúc lúc 20 giờ 50."),
        S(["THƯ KÝ", "Néang Sa Ly"], ["CHỦ TRÌ", "Nguyễn Văn Dũng"]),
    ],
    "truth": minute(
        meeting("regular", "2024-09-03", "19:00", "20:50", "Văn phòng ấp Ô Tà Sóc", _B_CELL, _B_COMM,
                month=8, year=2024),
        "Nguyễn Văn Dũng", "Phó Bí thư Chi bộ", "Néang Sa Ly",
        attendance(18, 14, 3, 2, 1, 1,
                   absentees=[("Chau Phi Rum", "đi dự lớp tập huấn của huyện", True),
                              ("Chau Thanh", "đi chở lúa thuê ở Kiên Giang, có báo", True),
                              ("Chau Sóc Hen", "không báo", False)]),
        True,
        [vote("Biểu quyết kết luận tháng 8", 14, None, None, None)],
        [task("Chau Ri Da", "làm và cắm 05 biển cảnh báo ở các đoạn kênh sâu", "10/9/2024"),
         task("Néang Sóc Phên", "vận động chị em lập điểm giữ trẻ ở tổ 3 và tổ 4", "mùa nước nổi"),
         task("Néang Sa Ly", "tổng hợp số lần vắng họp của đ/c Chau Sóc Hen, báo cáo chi ủy", "kỳ họp tháng 10")],
        ["low_attendance", "not_approved", "unexcused_absence"]),
}

_B5_TOPIC = ("Giữ gìn bản sắc văn hóa Khmer, xây dựng nếp sống văn minh trong lễ hội Sene Dolta và Ok Om Bok")
_B5 = {
    "blocks": [
        C("BIÊN BẢN"),
        C("SINH HOẠT CHI BỘ THÁNG 10/2024 KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ IV"),
        C("Chuyên đề: " + _B5_TOPIC, bold=False, italic=True),
        G(4),
        P("Thời gian: từ 18 giờ 30 đến 20 giờ 35 ngày 09/10/2024, tại Văn phòng ấp."),
        P("Tổng số đảng viên: 18 đ/c; miễn sinh hoạt: 01 đ/c; có mặt: 17/17 đ/c phải dự, đạt 100%. Dự có đ/c Lê Thị "
          "Ngọc Hân, Đảng ủy viên phụ trách ấp. Chủ trì: đ/c Chau Phi Rum, Bí thư. Thư ký: đ/c Néang Sa Ly."),
        P("I. Sinh hoạt thường kỳ. Tháng 9 (chi bộ không họp riêng, đã đánh giá chung tại kỳ này): lễ Sene Dolta tổ "
          "chức ở 02 chùa trong ấp an toàn, không có đánh nhau; hội đua bò truyền thống có 12 đôi bò của ấp tham gia; "
          "lũ lên cao nhất 2,9 m, không có thiệt hại về người. Tháng 10: chăm sóc lúa Thu Đông ở vùng có đê bao; rà "
          "soát hộ nghèo cuối năm; vận động đóng bảo hiểm y tế hộ gia đình."),
        P("II. Sinh hoạt chuyên đề. Đ/c Néang Sóc Phên trình bày chuyên đề: những nét đẹp cần giữ trong lễ hội Sene "
          "Dolta, Ok Om Bok (cúng trăng, đua ghe Ngo, thả đèn gió); những biểu hiện cần bỏ (nhậu nhẹt kéo dài, vay "
          "mượn tổ chức linh đình, cho trẻ em uống rượu); đề xuất hương ước của ấp về tổ chức lễ hội tiết kiệm."),
        P("Ý kiến: đ/c Chau Sa Rết đề nghị mời Achar và sư cả chùa Ô Tà Sóc cùng tuyên truyền vì bà con nghe nhà "
          "chùa nhiều hơn. Đ/c Trần Văn Hiếu đề nghị có tổ giữ xe, giữ trật tự trong đêm cúng trăng. Đ/c Lê Thị Ngọc "
          "Hân ghi nhận chuyên đề sát thực tế, đề nghị đưa nội dung vào hương ước ấp năm 2025."),
        P("Kết luận: đ/c Chau Phi Rum kết luận, chi bộ thống nhất nội dung chuyên đề và nhiệm vụ tháng 10; lễ Ok Om "
          "Bok năm nay tổ chức gọn, vui, an toàn; bổ sung quy định về tổ chức lễ hội vào hương ước ấp. Biểu quyết: "
          "17/17 đồng chí tán thành, đạt 100%."),
        P("Phân công: đ/c Néang Sóc Phên phối hợp Ban quản trị chùa soạn nội dung tuyên truyền bằng tiếng Khmer, "
          "xong trước ngày 25/10/2024; đ/c Trần Văn Hiếu lập tổ giữ trật tự đêm cúng trăng Ok Om Bok; đ/c Chau Ri "
          "Da dự thảo nội dung bổ sung hương ước, trình chi bộ tại kỳ họp tháng 12."),
        P("Buổi sinh hoạt kết thúc lúc 20 giờ 35. Biên bản được đọc lại, chi bộ nhất trí thông qua."),
        _B_SIGN,
    ],
    "truth": minute(
        meeting("regular", "2024-10-09", "18:30", "20:35", "Văn phòng ấp", _B_CELL, _B_COMM, topic=_B5_TOPIC),
        "Chau Phi Rum", "Bí thư", "Néang Sa Ly",
        attendance(18, 17, 0, 0, 0, 1, guests=[("Lê Thị Ngọc Hân", "Đảng ủy viên phụ trách ấp")]),
        True,
        [vote("Biểu quyết kết luận tháng 10 và chuyên đề", 17, None, None, 100)],
        [task("Néang Sóc Phên", "phối hợp Ban quản trị chùa soạn nội dung tuyên truyền bằng tiếng Khmer",
              "25/10/2024"),
         task("Trần Văn Hiếu", "lập tổ giữ trật tự đêm cúng trăng Ok Om Bok", None),
         task("Chau Ri Da", "dự thảo nội dung bổ sung hương ước, trình chi bộ", "kỳ họp tháng 12")],
        []),
}

_B6 = {
    "blocks": [
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 11 NĂM 2024"),
        G(4),
        P("Vào lúc 19 giờ 00 ngày 07/11/2024, tại Văn phòng ấp Ô Tà Sóc, chi bộ họp thường kỳ. Đảng viên có mặt "
          "16/17 (01 đ/c miễn sinh hoạt); vắng: đ/c Chau Sóc Hen (vắng không phép). Chủ trì: đ/c Chau Phi Rum, Bí "
          "thư Chi bộ. Thư ký: đ/c Néang Sa Ly."),
        P("Tình hình tháng 10: lúa Thu Đông phát triển tốt; rà soát còn 09 hộ nghèo, 14 hộ cận nghèo; 86% hộ tham gia "
          "bảo hiểm y tế. Nhiệm vụ tháng 11: tổ chức lễ Ok Om Bok ngày 15/11 an toàn; tiếp tục vận động bảo hiểm y "
          "tế; chuẩn bị kiểm điểm, đánh giá, xếp loại đảng viên cuối năm."),
        P("Ý kiến: đ/c Chau Thanh đề nghị xã hỗ trợ đèn chiếu sáng đoạn đường từ chùa ra bờ kênh cho đêm lễ. Đ/c "
          "Néang Kim Thoa phản ánh còn nhiều hộ chưa hiểu quyền lợi khi mua bảo hiểm y tế hộ gia đình."),
        P("Đ/c Bí thư kết luận: chi bộ thống nhất nhiệm vụ tháng 11; đề nghị các đồng chí đảng viên gương mẫu, vận "
          "động gia đình và bà con tham gia lễ hội văn minh, tiết kiệm, mua bảo hiểm y tế; các đoàn thể tiếp tục "
          "tuyên truyền. Trường hợp đ/c Chau Sóc Hen vắng không lý do ba kỳ trong năm, chi bộ sẽ xem xét, xử lý theo "
          "quy định tại kỳ họp tháng 12. Chi bộ biểu quyết thông qua: 16/16 đồng chí tán thành."),
        P("Họp xong lúc 20 giờ 20. Biên bản đọc lại, chi bộ thống nhất thông qua."),
        _B_SIGN,
    ],
    "truth": minute(
        meeting("regular", "2024-11-07", "19:00", "20:20", "Văn phòng ấp Ô Tà Sóc", _B_CELL, _B_COMM),
        "Chau Phi Rum", "Bí thư Chi bộ", "Néang Sa Ly",
        attendance(18, 16, 1, 0, 1, 1, absentees=[("Chau Sóc Hen", "vắng không phép", False)]),
        True,
        [vote("Biểu quyết nhiệm vụ tháng 11", 16, None, None, None)],
        [],
        ["missing_assignments", "short_meeting", "unexcused_absence"]),
}

DOCS.append({
    "name": "p10-angiang-khmer-hamlet-book-jun-nov-2024", "folder": "dev",
    "style": {"family": "dejavu", "size": 11.5, "justify": True, "indent": 24, "spacing": 1.3,
              "head": "Sổ biên bản sinh hoạt Chi bộ ấp Ô Tà Sóc – năm 2024", "head_align": "right",
              "foot": "- {n} -"},
    "between": 22,
    "minutes": [_B1, _B2, _B3, _B4, _B5, _B6],
    "flags": ["missing_month", "no_thematic_in_quarter", "repeated_absence"],
})
