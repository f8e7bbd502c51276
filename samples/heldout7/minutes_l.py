"""Held-out set 7, writer l (dev/, `l…`): the North and North-Central provinces.

Written by hand, without reading the extractor (extract/**), the generator (samples/generator/**),
samples/parts/**, bench/, tests/ or the other writers' minutes, and without running the extractor. Rendered by
samples/heldout2/make.py (`build`). Names, places and figures are invented or used loosely; the paperwork
follows /work/shared/DOMAIN.md. This module varies above all the **shape of the whole minute**.

Files (name -> what varies -> minute flags / book flags):

- l01-langson-village-form-blank-conclusion -> Lạng Sơn Tày/Nùng village; Liberation Sans 12, no indent;
  a printed form filled in by typing: twelve numbered field labels with the answers after them ("Thời gian bắt
  đầu:", "Họ tên, lý do vắng mặt (ghi rõ từng đồng chí):", "Đại biểu cấp trên dự:"); "Số: ……-BB/CB"; a left-over
  opinion line "- Đồng chí ……………: ……"; the field "9. Kết luận của đồng chí chủ trì:" left as dots; the month's
  direction voted in field 10; tasks in field 11 (a partner after "phối hợp", a group "Tổ an ninh thôn",
  "kỳ sinh hoạt tháng 7"); "(Ký, ghi rõ họ tên)" under both titles -> missing_conclusion, unfilled_template
- l02-haiphong-port-terse-short-low-unexcused -> Hải Phòng stevedoring team of a port company; the committee
  line runs over two header lines ("ĐẢNG ỦY CÔNG TY CP" / "XẾP DỠ HẢI AN"); a very short, telegraphic one-page
  minute: "16h15 – 17h25" (70 min), "Đảng viên: 11. Có mặt: 09. Vắng: 02 (… – ốm, có giấy viện; … – không lý
  do)" (81.8 %), "Chủ trì: Bí thư X. Ghi biên bản: Y.", numbered run-in parts, "Bí thư kết luận:", "Biểu quyết
  kết luận: 9/9 tán thành.", "– Name: task, xong 14/3." task lines, "BB đọc lại, 9/9 nhất trí"
  -> short_meeting, low_attendance, unexcused_absence
- l03-thanhhoa-school-yearend-grading-3p -> Thanh Hóa upper-secondary school; "HUYỆN ỦY THỌ XUÂN" over the cell;
  "Số: 12-BB/CB"; a long three-page year-end review and grading meeting ("kiểm điểm, đánh giá, xếp loại …
  năm 2024", held together with the December regular meeting), "Trang n/N"; "Phần I.–IV." with "1.", "1.1."
  sub-headings; exempt member named, "Đảng viên phải dự: 25 …; có mặt 23 …, đạt 92%", two absentees on "+"
  lines; a guest from the district committee; the deputy leads the part criticising the secretary; opinions
  named and Q&A; secret-ballot grading ("21/23 phiếu (91,3%)"), the grading list voted by hands ("23/23 …,
  đạt 100%"), the conclusion "Một là … Ba là" voted ("23/23 …; không có ý kiến khác"); ruled task table with
  the assignee column first ("Người thực hiện | Công việc | Hoàn thành"), two people in one cell, a group, a
  task that names two other members as its object, "Hết quý I/2025", "Trước Tết Ất Tỵ" -> —
- l04-sonla-army-company-official-member -> Sơn La army company (Thái names); committee lines "ĐẢNG BỘ TRUNG
  ĐOÀN 754" / "ĐẢNG ỦY TIỂU ĐOÀN 2"; ranks before every name, the signatures too; "Quân số đảng viên";
  "Mục 1.–Mục 6." in an unusual order: recognising a probationary member as official and its vote first
  ("14/14 đảng viên chính thức có mặt"), the tasks (Mục 3) before the discussion (Mục 4), the resolution vote
  (Mục 5, "16/16 …; không tán thành: 0") before the chair's conclusion (Mục 6); "đảng viên được phân công giúp
  đỡ" (no task); deadlines "suốt mùa mưa", "tối thứ Năm hằng tuần" -> —
- l05-nghean-hospital-extraordinary-incident -> Nghệ An district health centre, emergency ward; "HỌP CHI BỘ BẤT
  THƯỜNG" after a patient's family posted a video; no headings at all, prose only; chair and secretary in one
  sentence; named speakers; the conclusion "(1) … (5)" holds the tasks (two people, "17 giờ ngày 24/4/2024",
  "tuần sau") and a petition to the management (no task); only the minutes are approved ("11/11 … nhất trí với
  nội dung biên bản"); 14:00-15:00 -> missing_vote, short_meeting
- l06-hatinh-agency-online-combined -> Hà Tĩnh irrigation sub-department of a provincial department; "(Hình
  thức: trực tiếp kết hợp trực tuyến)"; "– Thời gian: / – Địa điểm: / …" fields, then no headings at all;
  "tham dự 13/14 đồng chí (10 … tại phòng họp, 03 … trực tuyến)"; the Phó Bí thư chairs while the Bí thư
  joins online; Q&A with a member at a remote point; "tóm tắt và kết luận"; "13/13 … tán thành (… giơ tay
  trên phần mềm …)"; passive tasks "được giao … hằng ngày / trong tuần này"; the news part comes **last**
  -> —
- l07-namdinh-retirees-postponed-heading-only-conclusion -> Nam Định ward retirees' cell; the meeting moved from
  05/10 to 09/10/2024 (a note under the title); 11 exempt members counted, "Số phải dự: 23 …; Có mặt: 21
  (đạt 91,3%)"; a late arrival and an early leaver; a Party guest and a non-member guest ("ông …"); "I.–V."
  with "II. THÔNG TIN THỜI SỰ" first; tasks and their vote inside III, opinions as direct quotes in IV;
  "V. KẾT LUẬN" holds only thanks and the end time; never read back -> missing_conclusion, not_approved
- l08-bacgiang-factory-tasks-first-unassigned -> Bắc Giang electronics company in an industrial park; the cell's
  name over two header lines; "Khai mạc: / Địa điểm: / Đảng viên có mặt: 15/16"; "A/ PHƯƠNG HƯỚNG" (the plan,
  first, a numbered list of jobs with deadlines but nobody named to do them), "B/ KẾT QUẢ THÁNG 4", "C/ THẢO
  LUẬN" ("05 lượt ý kiến", "có ý kiến …", nobody named), "D/ KẾT LUẬN" (a petition to the management and
  "mỗi đảng viên …"); "Biểu quyết: 15/15 … (100%)" -> missing_assignments, no_discussion
- l09-quangbinh-ward-congress-prep -> Quảng Bình ward neighbourhood cell preparing its congress (2025–2027);
  "ĐẢNG BỘ THÀNH PHỐ …" / "ĐẢNG ỦY PHƯỜNG …" over the cell; **no date line in the header** ("ngày 06 tháng 3
  năm 2025" in the body only); "Vấn đề thứ nhất / thứ hai / thứ ba"; absentee table "STT | Đảng viên | Lý do
  vắng mặt" (17/20 = 85 %, all excused); the Phó Bí thư takes the minutes; a personnel proposal naming three
  members ("dự kiến Bí thư" …, not tasks); a secret ballot "16 phiếu đồng ý (94,1%), 01 phiếu không đồng ý";
  the congress jobs only in the passive ("sẽ được chỉnh sửa … gửi … trước ngày 20/3/2025"), "Đề nghị mỗi đảng
  viên …", a petition to the ward committee; "17/17 …, đạt 100%" -> low_attendance, missing_assignments
- l10-yenbai-school-book-sep2024-feb2025 -> **minute book** of a semi-boarding ethnic primary and lower-
  secondary school cell (Yên Bái: Dao, Thái, H'Mông and Kinh teachers), school year 2024-2025, five minutes
  typed on continuously (every minute after the first starts mid-page under the previous signatures, with a
  centred title and an italic place-and-date line of its own, no header); Serif 12, right-aligned running head
  from page 2, "- n -" at the foot; "a) … f)" run-in parts; the span crosses the new year; December missing:
    1. 14/9/2024 (moved for storm Yagi's floods), two people in one task, "Chi đoàn giáo viên", "Chủ nhật
       15/9/2024" -> —
    2. 08/10/2024, "Vắng 01: đồng chí Bàn Văn Sơn, không xin phép" -> unexcused_absence
    3. 12/11/2024, Bàn Văn Sơn explains his October absence (the October label stays); only "Đề nghị các đồng
       chí đảng viên, nhất là …" and "Các tổ chuyên môn …" -> missing_assignments
    4. 14/01/2025, 16:45-18:00, Bàn Văn Sơn "không lý do" again (second time only) -> short_meeting,
       unexcused_absence
    5. 11/02/2025, regular combined with the Q1 thematic meeting (title line + "Chuyên đề:" line), 135 min,
       a guest -> —
  book -> missing_month (December 2024), no_thematic_in_quarter (Q4 2024 lies wholly inside Sep-Feb and has no
  thematic or combined meeting); no repeated_absence (Bàn Văn Sơn is absent without reason twice, not three times)
- l11-haiphong-port-scan-moderate -> image-only twin of l02, moderate, 200 dpi -> as l02
- l12-quangbinh-ward-scan-photocopy -> image-only twin of l09, photocopy, 250 dpi -> as l09

Labelling decisions where the READMEs are silent:
- A printed form's conclusion field left as dots ("9. Kết luận của đồng chí chủ trì: ……") is no conclusion
  (missing_conclusion and unfilled_template); a left-over opinion line "- Đồng chí ……: ……" is no opinion.
- A "KẾT LUẬN" heading whose text is only thanks, good wishes and the end time (l07) is no conclusion.
- A committee line or a cell name that runs over two header lines is one value, joined by one space
  ("ĐẢNG ỦY CÔNG TY CP XẾP DỠ HẢI AN", "CHI BỘ CÔNG TY TNHH LINH KIỆN ĐIỆN TỬ VÂN TRUNG"). With two committee
  lines over the cell, `party_committee` is the one right above the cell (as heldout5 g).
- `chair.role` as written when abbreviated by the page: l02 writes "Chủ trì: Bí thư Đặng Quốc Hưng" -> "Bí thư".
- A year-end review and grading meeting held together with the December regular meeting (l03) is `regular`
  with `topic` null: the grading is no thematic meeting. An extraordinary meeting (l05, "họp bất thường") is
  `regular`, topic null, month/year of its date; the 90-minute bar applies to it like any meeting.
- l03 grading ballots: "Hoàn thành tốt nhiệm vụ 21/23 phiếu (91,3%); … Hoàn thành nhiệm vụ 02/23 phiếu" is one
  resolution with for 21, percent 91.3; the ballots for a lower grade are not counted as `against` (null).
  The grading list voted by hands and the conclusion's vote are two more resolutions (three in all);
  "không có ý kiến khác" gives abstain 0. The number of ballots issued is no count.
- "được phân công ghi biên bản" (who takes the minutes) is not an assignment; nor is a personnel proposal
  "đồng chí X (tái cử, dự kiến Bí thư)" (l09), nor a passive job with no doer ("Dự thảo … sẽ được chỉnh sửa
  … trước ngày 20/3/2025"), nor a plan list of jobs with deadlines but no one named (l08).
- A task whose text names other members as its object ("Theo dõi, giúp đỡ đồng chí Lê Văn Quân và đồng chí
  Trịnh Văn Khải …") has only the assignee cell as assignee.
- Online / combined meetings (l06): members who join online are present; `location` is the physical room
  ("phòng họp số 2, trụ sở Chi cục"), without the remote points. A member who arrives late or leaves early
  (l07) is present. A Bí thư who attends online while the Phó Bí thư chairs is present, and the chair is the
  Phó Bí thư ("Phó Bí thư chi bộ").
- A meeting moved to another date (l07, l10-1) has the date it was held; the planned date is not the date.
- Deadlines: "xong 14/3" -> "14/3", "trước 15/3" -> "15/3", "báo cáo chi bộ kỳ tháng 4" -> "kỳ tháng 4",
  "vào sáng Chủ nhật 20/10/2024" -> "sáng Chủ nhật 20/10/2024", "vào Chủ nhật 15/9/2024" -> "Chủ nhật
  15/9/2024", "vào chiều 22/01/2025" -> "chiều 22/01/2025", "trước 17 giờ ngày 24/4/2024" -> "17 giờ ngày
  24/4/2024", "duy trì suốt mùa mưa" -> "suốt mùa mưa"; in a table "Trước Tết Ất Tỵ" -> "Tết Ất Tỵ",
  "Hết quý I/2025" keeps "Hết", "Tháng 01/2025" as written.
- In the book, a minute with no header of its own takes the book header's cell and committee (heldout6); its
  place-and-date line gives its date. A later minute explaining an earlier unexcused absence changes nothing in
  the earlier minute's labels.
"""

from __future__ import annotations

from samples.heldout2.minutes import C, G, H, HD, L, P, S, T, attendance, meeting, minute, task, vote

# --- l01 -----------------------------------------------------------------------------------------------

L01_CELL, L01_COM = "CHI BỘ THÔN NÀ PÀN", "ĐẢNG ỦY XÃ HỒNG PHONG"
L01 = {
    "name": "l01-langson-village-form-blank-conclusion",
    "folder": "dev",
    "style": {"family": "sans", "size": 12, "spacing": 1.35, "indent": 0, "justify": False, "left": 70,
              "right": 55, "top": 50, "bottom": 55},
    "flags": [],
    "minutes": [{
        "blocks": [
            HD([L01_COM, L01_CELL, "Số: ……-BB/CB"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nà Pàn, ngày 07 tháng 6 năm 2024"]),
            C("BIÊN BẢN SINH HOẠT CHI BỘ"),
            C("Kỳ sinh hoạt: tháng 6 năm 2024", bold=False, italic=True),
            G(6),
            L("1. Thời gian bắt đầu: 19 giờ 30 phút, ngày 07 tháng 6 năm 2024."),
            L("2. Địa điểm: Nhà văn hóa thôn Nà Pàn."),
            L("3. Tổng số đảng viên của chi bộ: 19 đồng chí. Số đảng viên được miễn sinh hoạt: 02 đồng chí "
              "(Hoàng Văn Nính, Lương Thị Slao)."),
            L("4. Số đảng viên có mặt: 16 đồng chí. Số đảng viên vắng mặt: 01 đồng chí."),
            L("Họ tên, lý do vắng mặt (ghi rõ từng đồng chí): Vy Văn Pháo – đi làm ăn xa, có báo cáo chi ủy."),
            L("5. Đại biểu cấp trên dự: đồng chí Lăng Văn Quyết, Đảng ủy viên, phụ trách chi bộ."),
            L("6. Chủ trì: đồng chí Nông Văn Thắng, Bí thư chi bộ. Thư ký: đồng chí Hoàng Thị Mây."),
            L("7. Nội dung sinh hoạt:"),
            L("a) Đánh giá kết quả lãnh đạo thực hiện nhiệm vụ tháng 5/2024:"),
            P("Chi bộ đã lãnh đạo nhân dân trong thôn thu hái xong vụ hồi chiêm, sản lượng ước đạt 38 tấn quả tươi, "
              "giá bán cao hơn năm trước; trồng mới 4,5 ha quế và keo theo kế hoạch. Tổ chức tiêm phòng lở mồm "
              "long móng cho 212/215 con trâu, bò. 100% hộ gia đình ký cam kết không đốt nương trong mùa khô. "
              "Thu đảng phí đầy đủ.", indent=20),
            P("Tồn tại: còn 03 hộ chưa đưa trâu, bò đi tiêm phòng; đoạn đường bê tông từ thôn vào khuổi Pàn bị "
              "sạt lở sau trận mưa ngày 26/5 nhưng chưa được khắc phục; việc vận động trẻ 5 tuổi ra lớp mẫu giáo "
              "còn chậm.", indent=20),
            L("b) Phương hướng, nhiệm vụ tháng 6/2024:"),
            P("Chăm sóc diện tích hồi, quế mới trồng; chủ động phòng chống mưa lũ, sạt lở đất; hoàn thành tiêm "
              "phòng gia súc; vận động nhân dân đóng góp ngày công sửa đường khuổi Pàn; chuẩn bị sơ kết 6 tháng "
              "đầu năm.", indent=20),
            L("8. Ý kiến thảo luận:"),
            L("- Đồng chí Lục Văn Pảo (Trưởng thôn): đề nghị chi bộ cho huy động mỗi hộ 02 ngày công để đổ lại "
              "đoạn đường bị sạt, xi măng xin hỗ trợ của xã."),
            L("- Đồng chí Chu Thị Nhạn (Chi hội trưởng Phụ nữ): 03 hộ chưa tiêm phòng là hộ neo đơn, chi hội sẽ "
              "cử người giúp đưa trâu, bò đến điểm tiêm."),
            L("- Đồng chí ……………: ……………………………………………………"),
            L("9. Kết luận của đồng chí chủ trì: ……………………………………………………………"),
            L("……………………………………………………………………………………………………"),
            L("10. Biểu quyết thông qua phương hướng, nhiệm vụ tháng 6/2024: Tán thành: 16/16 đồng chí; Không "
              "tán thành: 0; Ý kiến khác: 0."),
            L("11. Phân công thực hiện:"),
            L("- Đồng chí Lục Văn Pảo: chủ trì huy động ngày công, hoàn thành sửa đoạn đường khuổi Pàn trước "
              "ngày 30/6/2024."),
            L("- Đồng chí Chu Thị Nhạn: phối hợp thú y viên xã tiêm phòng cho 03 hộ còn lại trong tháng 6."),
            L("- Đồng chí Hoàng Thị Mây: vận động 04 trẻ 5 tuổi chưa ra lớp, báo cáo tại kỳ sinh hoạt tháng 7."),
            L("- Tổ an ninh thôn: tuần tra, canh gác các khu rừng giáp ranh xã Tân Mỹ thường xuyên."),
            L("12. Thời gian kết thúc: 21 giờ 40 phút cùng ngày. Biên bản đã được đọc lại trước chi bộ và được "
              "các đồng chí dự họp nhất trí thông qua."),
            S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "", "Hoàng Thị Mây"],
              ["CHỦ TRÌ", "(Ký, ghi rõ họ tên)", "", "Nông Văn Thắng"]),
        ],
        "truth": minute(
            meeting("regular", "2024-06-07", "19:30", "21:40", "Nhà văn hóa thôn Nà Pàn", L01_CELL, L01_COM),
            "Nông Văn Thắng", "Bí thư chi bộ", "Hoàng Thị Mây",
            attendance(19, 16, 1, 1, 0, 2,
                       [("Vy Văn Pháo", "đi làm ăn xa, có báo cáo chi ủy", True)],
                       [("Lăng Văn Quyết", "Đảng ủy viên, phụ trách chi bộ")]),
            False,
            [vote("Thông qua phương hướng, nhiệm vụ tháng 6/2024", 16, 0, 0)],
            [task("Lục Văn Pảo", "chủ trì huy động ngày công, hoàn thành sửa đoạn đường khuổi Pàn", "30/6/2024"),
             task("Chu Thị Nhạn", "phối hợp thú y viên xã tiêm phòng cho 03 hộ còn lại", "tháng 6"),
             task("Hoàng Thị Mây", "vận động 04 trẻ 5 tuổi chưa ra lớp", "kỳ sinh hoạt tháng 7"),
             task("Tổ an ninh thôn", "tuần tra, canh gác các khu rừng giáp ranh xã Tân Mỹ", "thường xuyên")],
            ["missing_conclusion", "unfilled_template"]),
    }],
}

# --- l02 -----------------------------------------------------------------------------------------------

L02_CELL, L02_COM = "CHI BỘ ĐỘI BỐC XẾP SỐ 3", "ĐẢNG ỦY CÔNG TY CP XẾP DỠ HẢI AN"
L02 = {
    "name": "l02-haiphong-port-terse-short-low-unexcused",
    "folder": "dev",
    "style": {"family": "serif", "size": 12, "spacing": 1.22, "indent": 0, "justify": False, "left": 75,
              "right": 60, "top": 55, "bottom": 60},
    "flags": [],
    "scans": [{"name": "l11-haiphong-port-scan-moderate", "folder": "dev", "damage": "moderate", "seed": 7101,
               "dpi": 200}],
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG ỦY CÔNG TY CP", "XẾP DỠ HẢI AN", L02_CELL],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hải Phòng, ngày 12 tháng 3 năm 2024"], bold_left=(2,)),
            C("BIÊN BẢN HỌP CHI BỘ THÁNG 3/2024"),
            G(4),
            L("Thời gian: 16h15 – 17h25, ngày 12/3/2024 (sau ca 1)."),
            L("Địa điểm: phòng giao ca Đội 3, cầu tàu số 5."),
            L("Chủ trì: Bí thư Đặng Quốc Hưng. Ghi biên bản: Vũ Thị Ngát."),
            L("Đảng viên: 11. Có mặt: 09. Vắng: 02 (Bùi Văn Tới – ốm, có giấy viện; Phạm Đức Long – không lý do)."),
            L("1. Kết quả tháng 2: xếp dỡ 186.000 tấn, đạt 104% kế hoạch; không có tai nạn lao động; xe nâng số 7 "
              "hỏng tuy ô thủy lực, dừng 02 ca; 01 công nhân hút thuốc trong kho CFS, đã nhắc nhở."),
            L("2. Tháng 3: giải phóng tàu đúng lịch, nhất là 02 tàu than ngày 18 và 26/3; siết an toàn khi làm "
              "hàng đêm; thu đảng phí quý I."),
            L("3. Ý kiến:"),
            L("– Phạm Văn Thịnh (tổ trưởng cơ giới): xe nâng số 7 phải thay cả cụm tuy ô, không vá tạm; báo "
              "phòng kỹ thuật ngay."),
            L("– Vũ Thị Ngát: còn 03 đ/c chưa nộp đảng phí tháng 1, 2."),
            L("– Lương Thế Anh: ca đêm thiếu đèn chiếu sáng khu bãi B."),
            L("4. Bí thư kết luận: giữ sản lượng, không để tàu chờ; an toàn là số một, bãi B chưa đủ đèn thì "
              "không làm hàng đêm; đảng viên nộp đảng phí đúng hạn."),
            L("5. Biểu quyết kết luận: 9/9 tán thành."),
            L("6. Giao việc:"),
            L("– Phạm Văn Thịnh: lập phiếu sửa chữa xe nâng số 7, xong 14/3."),
            L("– Lương Thế Anh: đề xuất lắp thêm 04 đèn pha bãi B, nộp phòng kỹ thuật trước 15/3."),
            L("– Vũ Thị Ngát: thu đủ đảng phí quý I trước 25/3."),
            L("– Đặng Quốc Hưng: gặp đ/c Phạm Đức Long làm rõ việc vắng họp, báo cáo chi bộ kỳ tháng 4."),
            L("Kết thúc 17h25. Biên bản đọc lại, 9/9 nhất trí."),
            S(["GHI BIÊN BẢN", "", "Vũ Thị Ngát"], ["BÍ THƯ", "", "Đặng Quốc Hưng"]),
        ],
        "truth": minute(
            meeting("regular", "2024-03-12", "16:15", "17:25", "phòng giao ca Đội 3, cầu tàu số 5", L02_CELL, L02_COM),
            "Đặng Quốc Hưng", "Bí thư", "Vũ Thị Ngát",
            attendance(11, 9, 2, 1, 1, 0,
                       [("Bùi Văn Tới", "ốm, có giấy viện", True), ("Phạm Đức Long", "không lý do", False)]),
            True,
            [vote("Kết luận của Bí thư", 9)],
            [task("Phạm Văn Thịnh", "lập phiếu sửa chữa xe nâng số 7", "14/3"),
             task("Lương Thế Anh", "đề xuất lắp thêm 04 đèn pha bãi B, nộp phòng kỹ thuật", "15/3"),
             task("Vũ Thị Ngát", "thu đủ đảng phí quý I", "25/3"),
             task("Đặng Quốc Hưng", "gặp đ/c Phạm Đức Long làm rõ việc vắng họp", "kỳ tháng 4")],
            ["short_meeting", "low_attendance", "unexcused_absence"]),
    }],
}

# --- l03 -----------------------------------------------------------------------------------------------

L03_CELL, L03_COM = "CHI BỘ TRƯỜNG THPT XUÂN LAM", "HUYỆN ỦY THỌ XUÂN"
L03_TASK_COLS = [(0.29, "Người thực hiện", "l"), (0.49, "Công việc", "l"), (0.22, "Hoàn thành", "l")]
L03 = {
    "name": "l03-thanhhoa-school-yearend-grading-3p",
    "folder": "dev",
    "style": {"family": "serif", "size": 13, "spacing": 1.38, "indent": 30, "justify": True, "left": 78,
              "right": 55, "top": 55, "bottom": 62, "foot": "Trang {n}/{N}"},
    "flags": [],
    "minutes": [{
        "blocks": [
            HD([L03_COM, L03_CELL, "Số: 12-BB/CB"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thọ Xuân, ngày 20 tháng 12 năm 2024"]),
            C("BIÊN BẢN"),
            C("HỌP CHI BỘ KIỂM ĐIỂM, ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG TỔ CHỨC ĐẢNG VÀ ĐẢNG VIÊN NĂM 2024"),
            C("(Kết hợp sinh hoạt chi bộ thường kỳ tháng 12 năm 2024)", bold=False, italic=True),
            G(6),
            H("Phần I. THÔNG TIN CHUNG"),
            H("1. Thời gian, địa điểm", italic=True),
            P("Hội nghị bắt đầu lúc 07 giờ 45 phút ngày 20 tháng 12 năm 2024, tại Phòng họp Hội đồng sư phạm, "
              "nhà hiệu bộ Trường THPT Xuân Lam."),
            H("2. Thành phần dự họp", italic=True),
            P("Tổng số đảng viên của chi bộ: 26 đồng chí (chính thức 24, dự bị 02). Miễn sinh hoạt, miễn kiểm điểm: "
              "01 đồng chí (đồng chí Lê Thị Thơm, đang điều trị bệnh dài ngày). Đảng viên phải dự: 25 đồng chí; "
              "có mặt 23 đồng chí, đạt 92%. Vắng mặt 02 đồng chí, đều có lý do:"),
            P("+ Đồng chí Trịnh Văn Khải: đi chấm thi chọn học sinh giỏi cấp tỉnh;"),
            P("+ Đồng chí Mai Thị Hường: nghỉ chế độ thai sản."),
            P("Đại biểu cấp trên: đồng chí Lê Huy Cường, Huyện ủy viên, Trưởng Ban Tuyên giáo Huyện ủy, dự và chỉ "
              "đạo hội nghị."),
            H("3. Chủ trì, thư ký", italic=True),
            P("Đồng chí Hoàng Văn Lực, Bí thư chi bộ, Hiệu trưởng, chủ trì hội nghị. Khi chi bộ góp ý kiểm điểm "
              "đồng chí Bí thư, đồng chí Lê Thị Phương Thảo, Phó Bí thư chi bộ, điều hành phần này. Đồng chí "
              "Nguyễn Thị Hà Giang, chi ủy viên, được phân công ghi biên bản."),
            H("Phần II. NỘI DUNG HỘI NGHỊ"),
            H("1. Kiểm điểm tập thể chi ủy, chi bộ", italic=True),
            L("1.1. Báo cáo kiểm điểm", italic=True),
            P("Đồng chí Lê Thị Phương Thảo trình bày báo cáo kiểm điểm tập thể chi ủy, chi bộ năm 2024 (đã gửi đến "
              "đảng viên trước 05 ngày). Những kết quả nổi bật: tỷ lệ học sinh tốt nghiệp THPT năm 2024 đạt 99,6%; "
              "có 17 giải học sinh giỏi cấp tỉnh, trong đó 01 giải Nhất môn Ngữ văn; nhà trường được công nhận "
              "đạt chuẩn quốc gia mức độ 2; chi bộ kết nạp được 02 đảng viên mới là giáo viên trẻ; không có đảng "
              "viên vi phạm phải xử lý kỷ luật."),
            L("1.2. Hạn chế và nguyên nhân", italic=True),
            P("Chất lượng sinh hoạt chuyên đề có lúc chưa sâu, còn nặng đọc tài liệu; việc ứng dụng công nghệ "
              "thông tin trong giảng dạy giữa các tổ chuyên môn chưa đồng đều; tỷ lệ học sinh khối 10 xếp loại học "
              "lực yếu ở giữa học kỳ I còn 4,2%, cao hơn chỉ tiêu. Nguyên nhân chủ yếu do chi ủy chưa theo dõi sát "
              "từng tổ chuyên môn; một số đảng viên chưa chủ động đổi mới phương pháp dạy học."),
            L("1.3. Ý kiến đóng góp vào báo cáo", italic=True),
            P("Đồng chí Đỗ Văn Tùng (Tổ trưởng tổ Toán – Tin) nhất trí với báo cáo, đề nghị bổ sung vào phần hạn "
              "chế việc phụ đạo học sinh yếu ở khối 10 chưa được duy trì đều sau giữa học kỳ."),
            P("Đồng chí Phạm Thị Lan Anh cho rằng cần nêu cụ thể tên những chuyên đề sinh hoạt còn hình thức để có "
              "địa chỉ khắc phục, tránh nói chung chung."),
            P("Đồng chí Lê Văn Quân hỏi: chuẩn quốc gia mức độ 2 đã có quyết định công nhận chính thức chưa? Đồng "
              "chí chủ trì trả lời: đã có Quyết định của Ủy ban nhân dân tỉnh ngày 15/11/2024, sẽ bổ sung số quyết "
              "định vào báo cáo."),
            H("2. Kiểm điểm cá nhân đảng viên", italic=True),
            P("Lần lượt 23 đồng chí có mặt trình bày bản tự kiểm điểm theo mẫu và tự nhận mức xếp loại. Hai đồng "
              "chí vắng mặt đã gửi bản kiểm điểm bằng văn bản; chi bộ nghe đọc và góp ý."),
            P("Góp ý với đồng chí Bí thư chi bộ, đồng chí Trần Thị Hoa nêu: đồng chí Bí thư chỉ đạo quyết liệt, "
              "nhưng có thời điểm còn ôm việc, chưa giao nhiều cho Phó Hiệu trưởng và các tổ trưởng. Đồng chí "
              "Hoàng Văn Lực tiếp thu, nhận khuyết điểm và hứa khắc phục."),
            P("Góp ý với đồng chí Lê Văn Quân: một số tiết dạy còn vào lớp muộn, chưa cập nhật sổ điểm điện tử "
              "đúng hạn; đồng chí tự nhận mức Hoàn thành nhiệm vụ, chi bộ thống nhất."),
            H("3. Kết quả bỏ phiếu đánh giá, xếp loại", italic=True),
            P("Chi bộ bầu Ban kiểm phiếu gồm 03 đồng chí và tiến hành bỏ phiếu kín. Số phiếu phát ra 23, thu về "
              "23, hợp lệ 23."),
            P("a) Xếp loại tập thể chi bộ: đề nghị mức “Hoàn thành tốt nhiệm vụ” 21/23 phiếu (91,3%); mức “Hoàn "
              "thành nhiệm vụ” 02/23 phiếu."),
            P("b) Xếp loại đảng viên (25 đồng chí): Hoàn thành xuất sắc nhiệm vụ 04 đồng chí (Hoàng Văn Lực, Lê Thị "
              "Phương Thảo, Đỗ Văn Tùng, Phạm Thị Lan Anh); Hoàn thành tốt nhiệm vụ 19 đồng chí; Hoàn thành nhiệm "
              "vụ 02 đồng chí (Lê Văn Quân, Trịnh Văn Khải); Không hoàn thành nhiệm vụ: không có."),
            P("Chi bộ biểu quyết bằng giơ tay thông qua kết quả xếp loại đảng viên năm 2024: 23/23 đồng chí tán "
              "thành, đạt 100%."),
            H("4. Ý kiến chỉ đạo của đại biểu cấp trên", italic=True),
            P("Đồng chí Lê Huy Cường ghi nhận chi bộ chuẩn bị hội nghị chu đáo, đúng hướng dẫn; đề nghị khắc phục "
              "ngay tình trạng sinh hoạt chuyên đề hình thức, gắn kiểm điểm cuối năm với việc thực hiện Quy định "
              "số 144-QĐ/TW về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới."),
            H("Phần III. KẾT LUẬN VÀ PHƯƠNG HƯỚNG NĂM 2025"),
            P("Đồng chí Hoàng Văn Lực tóm tắt và kết luận:"),
            P("Một là, chi bộ tiếp thu đầy đủ ý kiến đóng góp và ý kiến chỉ đạo, hoàn thiện báo cáo kiểm điểm, bổ "
              "sung số quyết định công nhận chuẩn quốc gia."),
            P("Hai là, năm 2025 tập trung nâng chất lượng đại trà khối 10, hạ tỷ lệ học sinh yếu xuống dưới 2%; giữ "
              "vững thứ hạng thi tốt nghiệp trong tốp 10 của tỉnh."),
            P("Ba là, mỗi kỳ sinh hoạt chuyên đề phải chọn một vấn đề cụ thể của nhà trường để bàn và ra quyết "
              "định, không đọc lại tài liệu."),
            P("Biểu quyết kết luận: 23/23 đồng chí có mặt tán thành; không có ý kiến khác."),
            H("Phần IV. PHÂN CÔNG THỰC HIỆN"),
            T(L03_TASK_COLS, [
                ["Đ/c Lê Thị Phương Thảo", "Hoàn thiện hồ sơ kiểm điểm, xếp loại, nộp Ban Tổ chức Huyện ủy",
                 "Trước 31/12/2024"],
                ["Đ/c Đỗ Văn Tùng, đ/c Phạm Thị Lan Anh",
                 "Xây dựng kế hoạch ôn thi tốt nghiệp THPT năm 2025 cho khối 12", "Tháng 01/2025"],
                ["Tổ Ngữ văn – Lịch sử", "Phụ đạo học sinh yếu khối 10 vào chiều thứ Tư", "Hằng tuần"],
                ["Đ/c Nguyễn Thị Hà Giang",
                 "Theo dõi, giúp đỡ đồng chí Lê Văn Quân và đồng chí Trịnh Văn Khải khắc phục hạn chế",
                 "Hết quý I/2025"],
                ["Đ/c Hoàng Văn Lực", "Báo cáo Huyện ủy kết quả kiểm điểm, xếp loại của chi bộ", "Trước Tết Ất Tỵ"],
            ]),
            P("Hội nghị kết thúc lúc 11 giờ 20 phút cùng ngày. Biên bản được đồng chí thư ký đọc lại trước hội "
              "nghị, 23/23 đồng chí nhất trí thông qua. Biên bản lập thành 03 bản: 01 bản gửi Ban Tổ chức Huyện "
              "ủy, 01 bản lưu hồ sơ chi bộ, 01 bản lưu sổ."),
            S(["NGƯỜI GHI BIÊN BẢN", "", "", "Nguyễn Thị Hà Giang"], ["T/M CHI ỦY", "BÍ THƯ", "", "Hoàng Văn Lực"]),
        ],
        "truth": minute(
            meeting("regular", "2024-12-20", "07:45", "11:20",
                    "Phòng họp Hội đồng sư phạm, nhà hiệu bộ Trường THPT Xuân Lam", L03_CELL, L03_COM),
            "Hoàng Văn Lực", "Bí thư chi bộ", "Nguyễn Thị Hà Giang",
            attendance(26, 23, 2, 2, 0, 1,
                       [("Trịnh Văn Khải", "đi chấm thi chọn học sinh giỏi cấp tỉnh", True),
                        ("Mai Thị Hường", "nghỉ chế độ thai sản", True)],
                       [("Lê Huy Cường", "Huyện ủy viên, Trưởng Ban Tuyên giáo Huyện ủy")]),
            True,
            [vote("Đề nghị xếp loại tập thể chi bộ Hoàn thành tốt nhiệm vụ (bỏ phiếu kín)", 21, pct=91.3),
             vote("Thông qua kết quả xếp loại đảng viên năm 2024", 23, pct=100),
             vote("Thông qua kết luận và phương hướng năm 2025", 23, None, 0)],
            [task("Lê Thị Phương Thảo", "Hoàn thiện hồ sơ kiểm điểm, xếp loại, nộp Ban Tổ chức Huyện ủy",
                  "31/12/2024"),
             task("Đỗ Văn Tùng", "Xây dựng kế hoạch ôn thi tốt nghiệp THPT năm 2025 cho khối 12", "Tháng 01/2025"),
             task("Phạm Thị Lan Anh", "Xây dựng kế hoạch ôn thi tốt nghiệp THPT năm 2025 cho khối 12",
                  "Tháng 01/2025"),
             task("Tổ Ngữ văn – Lịch sử", "Phụ đạo học sinh yếu khối 10 vào chiều thứ Tư", "Hằng tuần"),
             task("Nguyễn Thị Hà Giang",
                  "Theo dõi, giúp đỡ đồng chí Lê Văn Quân và đồng chí Trịnh Văn Khải khắc phục hạn chế",
                  "Hết quý I/2025"),
             task("Hoàng Văn Lực", "Báo cáo Huyện ủy kết quả kiểm điểm, xếp loại của chi bộ", "Tết Ất Tỵ")],
            []),
    }],
}

# --- l04 -----------------------------------------------------------------------------------------------

L04_CELL, L04_COM = "CHI BỘ ĐẠI ĐỘI 6", "ĐẢNG ỦY TIỂU ĐOÀN 2"
L04 = {
    "name": "l04-sonla-army-company-official-member",
    "folder": "dev",
    "style": {"family": "serif", "size": 12.5, "spacing": 1.3, "indent": 26, "justify": True, "left": 78,
              "right": 58, "top": 52, "bottom": 62, "foot": "- {n} -"},
    "flags": [],
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ TRUNG ĐOÀN 754", L04_COM, L04_CELL, "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Sơn La, ngày 16 tháng 7 năm 2024"], bold_left=(2,)),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ THÁNG 7 NĂM 2024"),
            C("(Kết hợp xét đề nghị công nhận đảng viên chính thức)", bold=False, italic=True),
            G(4),
            P("Thời gian: từ 13 giờ 30 đến 16 giờ 00, ngày 16/7/2024."),
            P("Địa điểm: Hội trường Đại đội 6, doanh trại Tiểu đoàn 2."),
            P("Quân số đảng viên: 17 đồng chí (15 chính thức, 02 dự bị); có mặt 16 đồng chí; vắng 01 đồng chí: "
              "Trung úy Quàng Văn Hương, Phó Đại đội trưởng, đang học lớp bồi dưỡng cán bộ tại Trường Quân sự "
              "Quân khu 2."),
            P("Đại biểu dự: Đại úy Cầm Bá Thiện, Phó Bí thư Đảng ủy, Chính trị viên Tiểu đoàn 2."),
            P("Chủ trì: Thượng úy Lò Văn Duẩn, Bí thư chi bộ, Chính trị viên Đại đội. Thư ký: Thiếu úy Nguyễn Đình "
              "Phong, chi ủy viên."),
            H("Mục 1. Xét đề nghị công nhận đảng viên chính thức"),
            P("Hạ sĩ Vì Văn Chung, Tiểu đội trưởng Tiểu đội 2, Trung đội 1, được kết nạp vào Đảng ngày 10/7/2023, "
              "đến nay hết 12 tháng dự bị. Đồng chí Vì Văn Chung đọc bản tự kiểm điểm trong thời gian dự bị; Trung "
              "úy Lường Văn Thoại, đảng viên được phân công giúp đỡ, đọc bản nhận xét; đồng chí Bí thư đọc nhận xét "
              "của Chi đoàn Đại đội 6 và của chi ủy nơi cư trú tại bản Púng Khoai, xã Chiềng Mung."),
            P("Ý kiến: Thiếu úy Nguyễn Đình Phong nhận xét đồng chí Chung gương mẫu trong huấn luyện, tiểu đội đạt "
              "giỏi kiểm tra bắn súng đợt 1, cần rèn thêm khả năng góp ý trong sinh hoạt chi bộ. Trung sĩ Tòng Văn "
              "Nghĩa đề nghị chi bộ công nhận."),
            P("Chi bộ biểu quyết: 14/14 đảng viên chính thức có mặt tán thành đề nghị công nhận đồng chí Vì Văn "
              "Chung là đảng viên chính thức (đạt 100%)."),
            H("Mục 2. Kết quả thực hiện nghị quyết tháng 6"),
            P("Đại đội hoàn thành huấn luyện giai đoạn 1 cho chiến sĩ mới, kiểm tra đạt 100% yêu cầu, 68% khá, "
              "giỏi; giúp nhân dân bản Púng Khoai thu hoạch mận hậu 120 ngày công; bảo đảm an toàn tuyệt đối về "
              "người, vũ khí, trang bị. Hạn chế: còn 02 quân nhân về đơn vị chậm sau ngày nghỉ; tăng gia rau xanh "
              "chưa đạt chỉ tiêu."),
            H("Mục 3. Phương hướng và phân công nhiệm vụ tháng 7"),
            P("Tiếp tục huấn luyện theo kế hoạch; sẵn sàng lực lượng giúp dân phòng, chống lũ quét, sạt lở; tổ "
              "chức các hoạt động tri ân nhân kỷ niệm 77 năm Ngày Thương binh – Liệt sĩ (27/7/1947 – 27/7/2024). "
              "Phân công:"),
            P("– Thượng úy Lê Đức Mạnh, Đại đội trưởng: chỉ huy một trung đội ứng trực giúp dân bản Púng Khoai khi "
              "có mưa lũ, duy trì suốt mùa mưa."),
            P("– Trung úy Lường Văn Thoại: hoàn chỉnh hồ sơ đề nghị công nhận đảng viên chính thức cho đồng chí Vì "
              "Văn Chung, gửi Đảng ủy Tiểu đoàn trước ngày 22/7/2024."),
            P("– Thiếu úy Nguyễn Đình Phong: tổ chức sinh hoạt chính trị, đọc báo cho chiến sĩ mới vào tối thứ Năm "
              "hằng tuần."),
            P("– Chi đoàn Đại đội 6: phối hợp Đoàn thanh niên xã Chiềng Mung thăm, tặng quà 05 gia đình thương "
              "binh, liệt sĩ trong bản, xong trước 27/7/2024."),
            H("Mục 4. Thảo luận"),
            P("Đại úy Cầm Bá Thiện đề nghị đại đội rà soát lại phương án cơ động giúp dân, nhất là đoạn đường vào "
              "bản hay sạt taluy; quản lý chặt quân nhân khi ra ngoài doanh trại."),
            P("Trung úy Lường Văn Thoại phát biểu: kỷ luật giờ giấc phải xử lý ngay từ tiểu đội, không để đến cuối "
              "tháng mới nhận xét."),
            P("Trung sĩ Tòng Văn Nghĩa đề nghị bổ sung chỉ tiêu tăng gia: mỗi trung đội 200 m² rau xanh."),
            H("Mục 5. Biểu quyết nghị quyết tháng 7"),
            P("Chi bộ biểu quyết thông qua dự thảo nghị quyết lãnh đạo tháng 7/2024 (đã bổ sung ý kiến thảo luận) "
              "bằng hình thức giơ tay: 16/16 đồng chí tán thành; không tán thành: 0."),
            H("Mục 6. Kết luận của đồng chí chủ trì"),
            P("Đồng chí Lò Văn Duẩn kết luận: chi bộ thống nhất đề nghị Đảng ủy Tiểu đoàn xem xét, báo cáo cấp trên "
              "công nhận đảng viên chính thức cho đồng chí Vì Văn Chung; tiếp thu ý kiến chỉ đạo của đồng chí Phó "
              "Bí thư Đảng ủy Tiểu đoàn; tháng 7 tập trung hai việc trọng tâm là huấn luyện an toàn và sẵn sàng giúp "
              "dân mùa mưa lũ; các đồng chí được phân công tại Mục 3 triển khai ngay."),
            P("Sinh hoạt kết thúc lúc 16 giờ 00 cùng ngày. Biên bản đã được đọc lại, chi bộ nhất trí thông qua."),
            S(["THƯ KÝ", "", "", "Thiếu úy Nguyễn Đình Phong"], ["T/M CHI ỦY", "BÍ THƯ", "", "Thượng úy Lò Văn Duẩn"]),
        ],
        "truth": minute(
            meeting("regular", "2024-07-16", "13:30", "16:00", "Hội trường Đại đội 6, doanh trại Tiểu đoàn 2",
                    L04_CELL, L04_COM),
            "Lò Văn Duẩn", "Bí thư chi bộ", "Nguyễn Đình Phong",
            attendance(17, 16, 1, 1, 0, 0,
                       [("Quàng Văn Hương", "đang học lớp bồi dưỡng cán bộ tại Trường Quân sự Quân khu 2", True)],
                       [("Cầm Bá Thiện", "Phó Bí thư Đảng ủy, Chính trị viên Tiểu đoàn 2")]),
            True,
            [vote("Đề nghị công nhận đồng chí Vì Văn Chung là đảng viên chính thức", 14, pct=100),
             vote("Thông qua nghị quyết lãnh đạo tháng 7/2024", 16, 0)],
            [task("Lê Đức Mạnh", "chỉ huy một trung đội ứng trực giúp dân bản Púng Khoai khi có mưa lũ",
                  "suốt mùa mưa"),
             task("Lường Văn Thoại", "hoàn chỉnh hồ sơ đề nghị công nhận đảng viên chính thức cho đồng chí Vì Văn "
                  "Chung, gửi Đảng ủy Tiểu đoàn", "22/7/2024"),
             task("Nguyễn Đình Phong", "tổ chức sinh hoạt chính trị, đọc báo cho chiến sĩ mới",
                  "tối thứ Năm hằng tuần"),
             task("Chi đoàn Đại đội 6", "phối hợp Đoàn thanh niên xã Chiềng Mung thăm, tặng quà 05 gia đình "
                  "thương binh, liệt sĩ trong bản", "27/7/2024")],
            []),
    }],
}

# --- l05 -----------------------------------------------------------------------------------------------

L05_CELL, L05_COM = "CHI BỘ KHOA HỒI SỨC CẤP CỨU", "ĐẢNG ỦY TRUNG TÂM Y TẾ YÊN THÀNH"
L05 = {
    "name": "l05-nghean-hospital-extraordinary-incident",
    "folder": "dev",
    "style": {"family": "dvsans", "size": 11.5, "spacing": 1.35, "indent": 24, "justify": False, "left": 72,
              "right": 58, "top": 55, "bottom": 60},
    "flags": [],
    "minutes": [{
        "blocks": [
            HD([L05_COM, L05_CELL, "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Yên Thành, ngày 23 tháng 4 năm 2024"]),
            C("BIÊN BẢN HỌP CHI BỘ BẤT THƯỜNG"),
            C("Về việc phản ánh thái độ phục vụ người bệnh đêm 21/4/2024", bold=False, italic=True),
            G(6),
            P("Hồi 14 giờ 00 phút ngày 23/4/2024, tại phòng giao ban Khoa Hồi sức cấp cứu, Chi bộ Khoa Hồi sức "
              "cấp cứu họp bất thường theo triệu tập của Bí thư chi bộ, sau khi trên mạng xã hội xuất hiện đoạn "
              "video người nhà bệnh nhân phản ánh kíp trực đêm 21/4/2024 có lời lẽ thiếu tế nhị và để người bệnh "
              "chờ lâu."),
            P("Chi bộ có 12 đảng viên, có mặt 11 đồng chí; vắng đồng chí Trần Thị Quỳnh Nga (đang học Chuyên khoa I "
              "tại Trường Đại học Y Hà Nội). Dự họp có đồng chí Phan Văn Đức, Đảng ủy viên, Phó Giám đốc Trung tâm. "
              "Đồng chí Nguyễn Hữu Thành, Bí thư chi bộ, Trưởng khoa, chủ trì; đồng chí Hồ Thị Lý, chi ủy viên, "
              "Điều dưỡng trưởng khoa, ghi biên bản."),
            P("Đồng chí Nguyễn Hữu Thành báo cáo diễn biến: khoảng 23 giờ 40 phút ngày 21/4, khoa cùng lúc tiếp nhận "
              "03 ca nặng do tai nạn giao thông; bệnh nhân Hồ Văn T., 67 tuổi, khó thở, phải chờ khoảng 25 phút mới "
              "được bác sĩ khám; khi người nhà hỏi, một điều dưỡng trả lời thiếu mềm mỏng. Kiểm tra camera và hồ sơ "
              "bệnh án cho thấy chỉ định chuyên môn đúng, nhưng việc phân loại ưu tiên và giải thích cho người nhà "
              "chưa tốt."),
            P("Đồng chí Lê Văn Hiếu, bác sĩ trực chính đêm 21/4, trình bày: kíp trực chỉ có 01 bác sĩ và 02 điều "
              "dưỡng, đã ưu tiên ca đa chấn thương; đồng chí nhận trách nhiệm vì không cử người ra giải thích cho "
              "gia đình ngay từ đầu."),
            P("Đồng chí Đặng Thị Hoa, điều dưỡng, nhận khuyết điểm về lời nói thiếu kiềm chế lúc quá tải và xin lỗi "
              "tập thể."),
            P("Đồng chí Phan Văn Đức phát biểu: Ban Giám đốc đã gặp gia đình người bệnh; đề nghị chi bộ nghiêm túc "
              "kiểm điểm, không bao che nhưng cũng không đổ hết lỗi cho cá nhân khi kíp trực thiếu người."),
            P("Đồng chí chủ trì kết luận: (1) chi bộ nhận trách nhiệm lãnh đạo để xảy ra sự việc; (2) giao đồng chí "
              "Lê Văn Hiếu và đồng chí Đặng Thị Hoa viết bản tường trình, gửi chi ủy trước 17 giờ ngày 24/4/2024; "
              "(3) giao đồng chí Hồ Thị Lý tổ chức tập huấn kỹ năng giao tiếp, ứng xử cho toàn khoa trong tuần sau; "
              "(4) chi bộ đề nghị Ban Giám đốc bổ sung 01 điều dưỡng cho kíp trực đêm từ tháng 5/2024; (5) việc "
              "xem xét trách nhiệm cá nhân sẽ làm khi có đủ bản tường trình."),
            P("Cuộc họp kết thúc lúc 15 giờ 00 cùng ngày. Biên bản được đọc lại cho các đồng chí dự họp, 11/11 đồng "
              "chí nhất trí với nội dung biên bản."),
            S(["NGƯỜI GHI BIÊN BẢN", "", "Hồ Thị Lý"], ["CHỦ TRÌ", "", "Nguyễn Hữu Thành"]),
        ],
        "truth": minute(
            meeting("regular", "2024-04-23", "14:00", "15:00", "phòng giao ban Khoa Hồi sức cấp cứu",
                    L05_CELL, L05_COM),
            "Nguyễn Hữu Thành", "Bí thư chi bộ", "Hồ Thị Lý",
            attendance(12, 11, 1, 1, 0, 0,
                       [("Trần Thị Quỳnh Nga", "đang học Chuyên khoa I tại Trường Đại học Y Hà Nội", True)],
                       [("Phan Văn Đức", "Đảng ủy viên, Phó Giám đốc Trung tâm")]),
            True,
            [],
            [task("Lê Văn Hiếu", "viết bản tường trình, gửi chi ủy", "17 giờ ngày 24/4/2024"),
             task("Đặng Thị Hoa", "viết bản tường trình, gửi chi ủy", "17 giờ ngày 24/4/2024"),
             task("Hồ Thị Lý", "tổ chức tập huấn kỹ năng giao tiếp, ứng xử cho toàn khoa", "tuần sau")],
            ["missing_vote", "short_meeting"]),
    }],
}

# --- l06 -----------------------------------------------------------------------------------------------

L06_CELL, L06_COM = "CHI BỘ CHI CỤC THỦY LỢI", "ĐẢNG BỘ SỞ NN VÀ PTNT HÀ TĨNH"
L06 = {
    "name": "l06-hatinh-agency-online-combined",
    "folder": "dev",
    "style": {"family": "serif", "size": 12.5, "spacing": 1.32, "indent": 30, "justify": True, "left": 80,
              "right": 56, "top": 55, "bottom": 62, "foot": "Trang {n}"},
    "flags": [],
    "minutes": [{
        "blocks": [
            HD([L06_COM, L06_CELL, "Số: 09-BB/CB"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hà Tĩnh, ngày 14 tháng 8 năm 2024"]),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 8 NĂM 2024"),
            C("(Hình thức: trực tiếp kết hợp trực tuyến)", bold=False, italic=True),
            G(4),
            L("– Thời gian: từ 15 giờ 00 phút đến 17 giờ 10 phút, ngày 14/8/2024."),
            L("– Địa điểm: phòng họp số 2, trụ sở Chi cục; điểm cầu trực tuyến qua phần mềm Zoom tại hồ Kẻ Gỗ "
              "và hồ Sông Rác."),
            L("– Đảng viên của chi bộ: 14 đồng chí; tham dự 13/14 đồng chí (10 đồng chí tại phòng họp, 03 đồng chí "
              "dự trực tuyến); vắng 01 đồng chí: Võ Thị Hồng Nhung, nghỉ phép năm."),
            L("– Chủ trì: đồng chí Trần Đình Quế, Phó Bí thư chi bộ (đồng chí Bí thư Dương Văn Khánh dự trực tuyến "
              "từ Hà Nội, nơi đồng chí đang dự hội nghị của Bộ, ủy quyền điều hành)."),
            L("– Thư ký: đồng chí Nguyễn Thị Thu Hà."),
            G(4),
            P("Mở đầu, đồng chí Trần Đình Quế nêu mục đích, nội dung kỳ sinh hoạt và kiểm tra kết nối: cả hai điểm "
              "cầu nghe, nhìn rõ."),
            P("Chi bộ nghe đồng chí Phan Anh Tuấn, chi ủy viên, báo cáo kết quả tháng 7: đã kiểm tra an toàn 34/34 "
              "hồ chứa do Chi cục theo dõi; phát hiện 05 hồ có tràn xả lũ bị bồi lấp, đã yêu cầu các công ty thủy "
              "lợi nạo vét xong 03 hồ; hoàn thành dự thảo phương án vận hành liên hồ mùa mưa năm 2024 trình Sở. "
              "Hạn chế: cập nhật số liệu mực nước trên phần mềm giám sát chưa kịp thời; 01 đồng chí chậm nộp đảng "
              "phí."),
            P("Nhiệm vụ tháng 8: theo dõi sát diễn biến mưa lũ, hoàn thành kiểm tra trước lũ đối với 12 hồ chứa "
              "xung yếu; tham mưu Sở phương án ứng phó bão; làm tốt công tác đảng viên, thu đảng phí đúng hạn."),
            P("Đồng chí Dương Văn Khánh (trực tuyến) đề nghị ưu tiên hồ Sông Rác vì đập phụ có vết thấm, phải có "
              "người theo dõi 24/24 giờ khi mực nước vượt cao trình báo động."),
            P("Đồng chí Lê Quang Vinh (điểm cầu hồ Kẻ Gỗ) hỏi: kinh phí nạo vét 02 hồ còn lại lấy từ nguồn nào? "
              "Đồng chí chủ trì trả lời: Sở đã đồng ý dùng nguồn duy tu năm 2024, đang chờ quyết định."),
            P("Đồng chí Nguyễn Thị Thu Hà đề nghị chuẩn hóa mẫu báo cáo nhanh để các điểm gửi qua nhóm Zalo trước "
              "7 giờ sáng."),
            P("Đồng chí chủ trì tóm tắt và kết luận: chi bộ thống nhất với báo cáo và nhiệm vụ tháng 8; trọng tâm "
              "là an toàn hồ, đập trong cao điểm mưa bão; các ý kiến về hồ Sông Rác và mẫu báo cáo nhanh được tiếp "
              "thu, đưa vào nghị quyết."),
            P("Chi bộ biểu quyết thông qua kết luận: 13/13 đồng chí tán thành (ba đồng chí dự trực tuyến biểu quyết "
              "bằng chức năng giơ tay trên phần mềm và xác nhận bằng lời)."),
            P("Đồng chí Phan Anh Tuấn được giao chủ trì kiểm tra trước lũ 12 hồ chứa xung yếu, xong trước ngày "
              "25/8/2024. Đồng chí Lê Quang Vinh được giao trực tại hồ Sông Rác, báo cáo mực nước về Chi cục hằng "
              "ngày. Đồng chí Nguyễn Thị Thu Hà được giao soạn mẫu báo cáo nhanh, gửi các điểm trong tuần này."),
            P("Cuối buổi, đồng chí Dương Văn Khánh thông tin thời sự: Ban Chấp hành Trung ương Đảng bầu đồng chí Tô "
              "Lâm giữ chức Tổng Bí thư ngày 03/8/2024; dự báo từ nay đến cuối năm có 5–7 cơn bão, áp thấp nhiệt "
              "đới trên Biển Đông, trong đó 2–3 cơn có thể ảnh hưởng đất liền, các tỉnh Bắc Trung Bộ cần chủ động "
              "ứng phó."),
            P("Buổi sinh hoạt kết thúc lúc 17 giờ 10 phút. Biên bản được đọc lại; các đồng chí dự tại phòng họp và "
              "dự trực tuyến đều nhất trí thông qua."),
            S(["THƯ KÝ", "", "", "Nguyễn Thị Thu Hà"], ["CHỦ TRÌ", "PHÓ BÍ THƯ", "", "Trần Đình Quế"]),
        ],
        "truth": minute(
            meeting("regular", "2024-08-14", "15:00", "17:10", "phòng họp số 2, trụ sở Chi cục", L06_CELL, L06_COM),
            "Trần Đình Quế", "Phó Bí thư chi bộ", "Nguyễn Thị Thu Hà",
            attendance(14, 13, 1, 1, 0, 0, [("Võ Thị Hồng Nhung", "nghỉ phép năm", True)]),
            True,
            [vote("Thông qua kết luận tháng 8/2024", 13)],
            [task("Phan Anh Tuấn", "chủ trì kiểm tra trước lũ 12 hồ chứa xung yếu", "25/8/2024"),
             task("Lê Quang Vinh", "trực tại hồ Sông Rác, báo cáo mực nước về Chi cục", "hằng ngày"),
             task("Nguyễn Thị Thu Hà", "soạn mẫu báo cáo nhanh, gửi các điểm", "tuần này")],
            []),
    }],
}

# --- l07 -----------------------------------------------------------------------------------------------

L07_CELL, L07_COM = "CHI BỘ HƯU TRÍ KHU PHỐ 4", "ĐẢNG BỘ PHƯỜNG LỘC HẠ"
L07 = {
    "name": "l07-namdinh-retirees-postponed-heading-only-conclusion",
    "folder": "dev",
    "style": {"family": "dejavu", "size": 11.5, "spacing": 1.33, "indent": 28, "justify": True, "left": 76,
              "right": 56, "top": 55, "bottom": 62, "head": "Chi bộ Hưu trí khu phố 4 – tháng 10/2024",
              "head_align": "right"},
    "flags": [],
    "minutes": [{
        "blocks": [
            HD([L07_COM, L07_CELL, "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Lộc Hạ, ngày 09 tháng 10 năm 2024"]),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 10/2024"),
            C("(Kỳ sinh hoạt chuyển từ ngày 05/10/2024 sang ngày 09/10/2024)", bold=False, italic=True),
            G(6),
            P("Theo lịch, chi bộ sinh hoạt vào thứ Bảy, ngày 05/10/2024. Do trùng ngày Đại hội Hội Người cao tuổi "
              "phường, chi ủy đã thông báo chuyển kỳ sinh hoạt sang chiều thứ Tư, ngày 09/10/2024."),
            P("Hôm nay, vào hồi 14 giờ 30 phút ngày 09/10/2024, tại Nhà văn hóa khu phố 4, Chi bộ Hưu trí khu phố 4 "
              "tiến hành sinh hoạt thường kỳ tháng 10."),
            H("I. THÀNH PHẦN"),
            P("Tổng số đảng viên: 34 đồng chí, trong đó 11 đồng chí được miễn sinh hoạt vì tuổi cao, sức yếu. Số "
              "phải dự: 23 đồng chí. Có mặt: 21 đồng chí (đạt 91,3%). Vắng 02 đồng chí: đồng chí Trần Văn Bảy đang "
              "điều trị tại Bệnh viện Đa khoa tỉnh; đồng chí Vũ Thị Mến đi thăm con ở Đà Nẵng, có báo chi ủy."),
            P("Đồng chí Đoàn Văn Thạc đến muộn lúc 15 giờ 10 phút vì đưa cháu đi học; đồng chí Lưu Đình Phúc xin "
              "phép về trước lúc 16 giờ 15 phút để đi khám bệnh theo hẹn."),
            P("Khách mời: đồng chí Trần Thị Hạnh, Đảng ủy viên phụ trách khu phố; ông Nguyễn Văn Sinh, Tổ trưởng tổ "
              "dân phố số 4 (không phải đảng viên)."),
            P("Đồng chí Phạm Ngọc Toản, Bí thư chi bộ, chủ trì; đồng chí Đỗ Thị Xuân làm thư ký."),
            H("II. THÔNG TIN THỜI SỰ"),
            P("Đồng chí Phạm Ngọc Toản thông tin: cả nước tập trung khắc phục hậu quả bão số 3 (Yagi); Ủy ban Mặt "
              "trận Tổ quốc phường tiếp tục tiếp nhận ủng hộ đồng bào bị thiệt hại; Bộ Chính trị đã ban hành Chỉ "
              "thị số 35-CT/TW về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng."),
            H("III. KẾT QUẢ THÁNG 9 VÀ NHIỆM VỤ THÁNG 10"),
            P("Tháng 9, đảng viên trong chi bộ ủng hộ đồng bào vùng bão lũ 14.650.000 đồng qua Ủy ban Mặt trận Tổ "
              "quốc phường; 100% đảng viên đóng đảng phí đúng kỳ; tham gia đầy đủ buổi tổng vệ sinh sau bão. Còn "
              "02 đồng chí chưa nộp bản đăng ký rèn luyện năm 2024."),
            P("Tháng 10: góp ý dự thảo văn kiện đại hội chi bộ và đại hội Đảng bộ phường; vận động các gia đình giữ "
              "gìn vệ sinh môi trường; thăm hỏi đảng viên ốm đau. Phân công:"),
            P("– Đồng chí Lưu Đình Phúc cùng tổ dân phố tổ chức ra quân dọn vệ sinh ngõ 12 và ngõ 18 vào sáng Chủ "
              "nhật 20/10/2024."),
            P("– Đồng chí Đỗ Thị Xuân tổng hợp ý kiến góp ý dự thảo văn kiện của đảng viên, nộp Đảng ủy phường "
              "trước ngày 25/10/2024."),
            P("– Đồng chí Đoàn Văn Thạc và đồng chí Hoàng Thị Lành đến thăm đồng chí Trần Văn Bảy tại bệnh viện "
              "trong tuần này."),
            P("Chi bộ biểu quyết thông qua nhiệm vụ tháng 10 bằng hình thức giơ tay: 21/21 đồng chí có mặt tán "
              "thành."),
            H("IV. THẢO LUẬN"),
            P("Đồng chí Hoàng Thị Lành: “Ngõ 18 có mấy hộ thuê trọ đổ rác không đúng giờ, đề nghị tổ dân phố nhắc "
              "nhở trên loa.”"),
            P("Ông Nguyễn Văn Sinh (khách mời) tiếp thu, sẽ đưa vào buổi họp tổ dân phố tối thứ Bảy."),
            P("Đồng chí Đoàn Văn Thạc: “Đại hội chi bộ lần này nên giới thiệu người trẻ hơn vào chi ủy, anh em "
              "chúng tôi tuổi đã cao.”"),
            P("Đồng chí Trần Thị Hạnh đề nghị chi bộ chuẩn bị đại hội đúng tinh thần Chỉ thị 35-CT/TW, bảo đảm "
              "tiêu chuẩn, cơ cấu."),
            H("V. KẾT LUẬN"),
            P("Đồng chí chủ trì cảm ơn đồng chí Đảng ủy viên, ông Tổ trưởng tổ dân phố và các đồng chí đảng viên đã "
              "dành thời gian dự sinh hoạt, chúc các đồng chí mạnh khỏe, sống vui, sống khỏe, sống có ích. Buổi "
              "sinh hoạt kết thúc lúc 16 giờ 40 phút cùng ngày."),
            S(["THƯ KÝ", "", "Đỗ Thị Xuân"], ["BÍ THƯ CHI BỘ", "", "Phạm Ngọc Toản"]),
        ],
        "truth": minute(
            meeting("regular", "2024-10-09", "14:30", "16:40", "Nhà văn hóa khu phố 4", L07_CELL, L07_COM),
            "Phạm Ngọc Toản", "Bí thư chi bộ", "Đỗ Thị Xuân",
            attendance(34, 21, 2, 2, 0, 11,
                       [("Trần Văn Bảy", "đang điều trị tại Bệnh viện Đa khoa tỉnh", True),
                        ("Vũ Thị Mến", "đi thăm con ở Đà Nẵng, có báo chi ủy", True)],
                       [("Trần Thị Hạnh", "Đảng ủy viên phụ trách khu phố"),
                        ("Nguyễn Văn Sinh", "Tổ trưởng tổ dân phố số 4")]),
            False,
            [vote("Thông qua nhiệm vụ tháng 10/2024", 21)],
            [task("Lưu Đình Phúc", "cùng tổ dân phố tổ chức ra quân dọn vệ sinh ngõ 12 và ngõ 18",
                  "sáng Chủ nhật 20/10/2024"),
             task("Đỗ Thị Xuân", "tổng hợp ý kiến góp ý dự thảo văn kiện của đảng viên, nộp Đảng ủy phường",
                  "25/10/2024"),
             task("Đoàn Văn Thạc", "đến thăm đồng chí Trần Văn Bảy tại bệnh viện", "tuần này"),
             task("Hoàng Thị Lành", "đến thăm đồng chí Trần Văn Bảy tại bệnh viện", "tuần này")],
            ["missing_conclusion", "not_approved"]),
    }],
}

# --- l08 -----------------------------------------------------------------------------------------------

L08_CELL = "CHI BỘ CÔNG TY TNHH LINH KIỆN ĐIỆN TỬ VÂN TRUNG"
L08_COM = "ĐẢNG ỦY CÁC KHU CÔNG NGHIỆP"
L08 = {
    "name": "l08-bacgiang-factory-tasks-first-unassigned",
    "folder": "dev",
    "style": {"family": "sans", "size": 11.5, "spacing": 1.35, "indent": 0, "justify": True, "left": 74,
              "right": 60, "top": 55, "bottom": 60},
    "flags": [],
    "minutes": [{
        "blocks": [
            HD([L08_COM, "CHI BỘ CÔNG TY TNHH LINH KIỆN", "ĐIỆN TỬ VÂN TRUNG", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Việt Yên, ngày 17 tháng 5 năm 2024"], bold_left=(1, 2)),
            C("BIÊN BẢN HỌP CHI BỘ"),
            C("Kỳ sinh hoạt tháng 5 năm 2024", bold=False),
            G(6),
            L("Khai mạc: 17 giờ 30 phút ngày 17/5/2024, sau giờ tan ca hành chính."),
            L("Địa điểm: nhà ăn ca số 2, Công ty TNHH Linh kiện điện tử Vân Trung."),
            L("Đảng viên có mặt: 15/16 đồng chí (trong đó 01 đồng chí dự bị). Vắng: đồng chí Ngô Thị Diệp, nghỉ "
              "chế độ thai sản."),
            L("Chủ trì: đồng chí Thân Văn Bình, Bí thư chi bộ, Phó Tổng Giám đốc Công ty. Thư ký: đồng chí Giáp "
              "Thị Lụa."),
            G(4),
            H("A/ PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 5 (chi ủy dự thảo, trình bày trước)"),
            L("1. Hoàn thành kế hoạch sản xuất 1,2 triệu bo mạch cho đơn hàng tháng 5; giao hàng trước ngày "
              "31/5/2024."),
            L("2. Kiểm tra an toàn phòng cháy, chữa cháy tại xưởng SMT và kho hóa chất trong tuần thứ ba của tháng."),
            L("3. Lập danh sách công nhân ưu tú trong độ tuổi đoàn viên để giới thiệu cho chi bộ bồi dưỡng, kết "
              "nạp; hoàn thành trong tháng 6/2024."),
            L("4. Thu đảng phí quý II đúng hạn; cập nhật sổ đảng viên."),
            L("5. Tham gia Hội thi tìm hiểu lịch sử Đảng bộ tỉnh do Đảng ủy Các khu công nghiệp tổ chức ngày "
              "08/6/2024."),
            H("B/ KẾT QUẢ THÁNG 4"),
            P("Sản lượng đạt 103% kế hoạch; tỷ lệ lỗi giảm từ 0,8% xuống 0,55%; tổ chức cho 40 công nhân tham "
              "quan Khu di tích lịch sử Hoàng Hoa Thám. Hạn chế: tỷ lệ công nhân nghỉ việc trong tháng 4 còn cao "
              "(6,2%); 02 đảng viên chưa tham gia sinh hoạt tổ công đoàn đầy đủ."),
            H("C/ THẢO LUẬN"),
            P("Chi bộ có 05 lượt ý kiến tham gia. Các ý kiến thống nhất với phương hướng nêu ở phần A; có ý kiến đề "
              "nghị Công ty xem xét nâng mức hỗ trợ nhà trọ cho công nhân ở xa; có ý kiến cho rằng cần bố trí ca "
              "làm hợp lý để lao động nữ có con nhỏ kịp đón con; một ý kiến đề nghị tăng cường kiểm tra việc đeo "
              "vòng chống tĩnh điện tại chuyền."),
            H("D/ KẾT LUẬN"),
            P("Đồng chí Bí thư chi bộ kết luận: chi bộ thống nhất thông qua phương hướng, nhiệm vụ tháng 5 như phần "
              "A; chi bộ kiến nghị Ban Giám đốc nghiên cứu hỗ trợ nhà trọ và bố trí ca cho lao động nữ nuôi con "
              "nhỏ; mỗi đảng viên phải gương mẫu, vận động công nhân gắn bó với Công ty."),
            P("Biểu quyết: 15/15 đồng chí nhất trí (100%)."),
            P("Hội nghị bế mạc lúc 19 giờ 15 phút. Biên bản đã được đọc lại và thông qua."),
            S(["THƯ KÝ", "", "Giáp Thị Lụa"], ["BÍ THƯ CHI BỘ", "", "Thân Văn Bình"]),
        ],
        "truth": minute(
            meeting("regular", "2024-05-17", "17:30", "19:15",
                    "nhà ăn ca số 2, Công ty TNHH Linh kiện điện tử Vân Trung", L08_CELL, L08_COM),
            "Thân Văn Bình", "Bí thư chi bộ", "Giáp Thị Lụa",
            attendance(16, 15, 1, 1, 0, 0, [("Ngô Thị Diệp", "nghỉ chế độ thai sản", True)]),
            True,
            [vote("Thông qua kết luận, phương hướng tháng 5/2024", 15, pct=100)],
            [],
            ["missing_assignments", "no_discussion"]),
    }],
}

# --- l09 -----------------------------------------------------------------------------------------------

L09_CELL, L09_COM = "CHI BỘ TỔ DÂN PHỐ 7", "ĐẢNG ỦY PHƯỜNG BẮC LÝ"
L09_ABS_COLS = [(0.10, "STT", "c"), (0.36, "Đảng viên", "l"), (0.54, "Lý do vắng mặt", "l")]
L09 = {
    "name": "l09-quangbinh-ward-congress-prep",
    "folder": "dev",
    "style": {"family": "serif", "size": 12.5, "spacing": 1.28, "indent": 32, "justify": True, "left": 80,
              "right": 55, "top": 52, "bottom": 58, "foot": "- {n} -"},
    "flags": [],
    "scans": [{"name": "l12-quangbinh-ward-scan-photocopy", "folder": "dev", "damage": "photocopy", "seed": 7102,
               "dpi": 250}],
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ THÀNH PHỐ ĐỒNG HỚI", L09_COM, L09_CELL, "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM"], bold_left=(2,)),
            C("BIÊN BẢN"),
            C("HỌP CHI BỘ THÁNG 3 NĂM 2025"),
            C("Chuẩn bị Đại hội Chi bộ Tổ dân phố 7, nhiệm kỳ 2025 – 2027", bold=False, italic=True),
            G(4),
            P("Vào hồi 19 giờ 30 phút, ngày 06 tháng 3 năm 2025, tại Hội trường tổ dân phố 7, Chi bộ Tổ dân phố 7 "
              "họp thường kỳ tháng 3, tập trung cho công tác chuẩn bị đại hội chi bộ."),
            P("Tổng số đảng viên: 22 đồng chí; miễn sinh hoạt: 02 đồng chí. Có mặt: 17/20 đồng chí phải dự. Vắng: "
              "03 đồng chí, có danh sách sau:"),
            T(L09_ABS_COLS, [
                ["1", "Hoàng Minh Trí", "Đi công tác tại Quảng Trị"],
                ["2", "Lê Thị Hằng", "Chăm mẹ ốm tại Bệnh viện Hữu nghị Việt Nam – Cu Ba Đồng Hới"],
                ["3", "Nguyễn Văn Phước", "Đi biển, tàu chưa về bến"],
            ]),
            P("Dự họp có đồng chí Mai Văn Hiệp, Phó Bí thư Thường trực Đảng ủy phường. Đồng chí Đinh Xuân Quang, "
              "Bí thư chi bộ, chủ trì; đồng chí Trương Thị Ngọc Ánh, Phó Bí thư chi bộ, làm thư ký."),
            H("Vấn đề thứ nhất: Góp ý dự thảo Báo cáo chính trị"),
            P("Đồng chí Trương Thị Ngọc Ánh đọc dự thảo Báo cáo chính trị trình đại hội (dự thảo lần 2). Nhiệm kỳ "
              "2022 – 2025, chi bộ lãnh đạo tổ dân phố giữ danh hiệu khu dân cư văn hóa 3 năm liền; hoàn thành "
              "tuyến kiệt bê tông 7B; kết nạp 02 đảng viên mới; không để xảy ra điểm nóng về an ninh trật tự."),
            P("Ý kiến góp ý:"),
            P("– Đồng chí Phạm Văn Lâm: phần hạn chế cần nói rõ việc thu gom rác ven sông Cầu Rào chưa triệt để."),
            P("– Đồng chí Võ Thị Kim Oanh: chỉ tiêu kết nạp đảng viên nhiệm kỳ tới nên ghi 03 đồng chí, trong đó ít "
              "nhất 01 đồng chí là đoàn viên thanh niên."),
            P("– Đồng chí Mai Văn Hiệp: báo cáo cần gọn, khoảng 8 trang, bám sát hướng dẫn của Đảng ủy phường."),
            H("Vấn đề thứ hai: Phương án nhân sự chi ủy khóa mới"),
            P("Chi ủy dự kiến cơ cấu 03 đồng chí, giới thiệu: đồng chí Đinh Xuân Quang (tái cử, dự kiến Bí thư), "
              "đồng chí Trương Thị Ngọc Ánh (tái cử, dự kiến Phó Bí thư), đồng chí Phạm Văn Lâm (lần đầu tham gia "
              "chi ủy). Chi bộ bỏ phiếu kín lấy ý kiến: phát ra 17 phiếu, thu về 17 phiếu; 16 phiếu đồng ý (94,1%), "
              "01 phiếu không đồng ý."),
            H("Vấn đề thứ ba: Công tác tổ chức đại hội"),
            P("Dự kiến đại hội tổ chức vào ngày 05/4/2025 tại Hội trường tổ dân phố 7. Dự thảo Báo cáo chính trị sẽ "
              "được chỉnh sửa theo các ý kiến đã góp và gửi đến từng đảng viên trước ngày 20/3/2025. Việc trang "
              "trí hội trường, khánh tiết thực hiện theo hướng dẫn của Đảng ủy phường. Đề nghị mỗi đảng viên nghiên "
              "cứu kỹ dự thảo, chuẩn bị ý kiến tham luận. Chi bộ kiến nghị Đảng ủy phường sớm có ý kiến về phương "
              "án nhân sự để chi bộ kịp hoàn thiện hồ sơ."),
            H("Kết luận"),
            P("Đồng chí Đinh Xuân Quang kết luận: chi bộ thống nhất cao với dự thảo Báo cáo chính trị, tiếp thu các "
              "ý kiến góp ý; phương án nhân sự được đa số tán thành, báo cáo Đảng ủy phường xem xét; đại hội phải "
              "được chuẩn bị chu đáo, tiết kiệm, đúng Chỉ thị 35-CT/TW của Bộ Chính trị."),
            P("Biểu quyết thông qua dự thảo Báo cáo chính trị (đã tiếp thu ý kiến) và kết luận: 17/17 đồng chí tán "
              "thành, đạt 100%."),
            P("Cuộc họp kết thúc lúc 21 giờ 30 phút. Biên bản đã được đọc lại và được chi bộ thông qua."),
            S(["THƯ KÝ", "", "Trương Thị Ngọc Ánh"], ["BÍ THƯ CHI BỘ", "", "Đinh Xuân Quang"]),
        ],
        "truth": minute(
            meeting("regular", "2025-03-06", "19:30", "21:30", "Hội trường tổ dân phố 7", L09_CELL, L09_COM),
            "Đinh Xuân Quang", "Bí thư chi bộ", "Trương Thị Ngọc Ánh",
            attendance(22, 17, 3, 3, 0, 2,
                       [("Hoàng Minh Trí", "Đi công tác tại Quảng Trị", True),
                        ("Lê Thị Hằng", "Chăm mẹ ốm tại Bệnh viện Hữu nghị Việt Nam – Cu Ba Đồng Hới", True),
                        ("Nguyễn Văn Phước", "Đi biển, tàu chưa về bến", True)],
                       [("Mai Văn Hiệp", "Phó Bí thư Thường trực Đảng ủy phường")]),
            True,
            [vote("Phương án nhân sự chi ủy khóa mới (bỏ phiếu kín)", 16, 1, None, 94.1),
             vote("Thông qua dự thảo Báo cáo chính trị và kết luận", 17, pct=100)],
            [],
            ["low_attendance", "missing_assignments"]),
    }],
}

# --- l10: the minute book --------------------------------------------------------------------------------

L10_CELL, L10_COM = "CHI BỘ TRƯỜNG PTDTBT TH VÀ THCS NẬM MƯỜI", "ĐẢNG BỘ XÃ NẬM MƯỜI"
L10_ROOM = "phòng họp Hội đồng sư phạm"


def _l10_sign():
    return S(["THƯ KÝ", "", "Phạm Thị Huế"], ["BÍ THƯ", "", "Nguyễn Văn Thuận"])


L10_M1 = {
    "blocks": [
        HD(["ĐẢNG BỘ XÃ NẬM MƯỜI", "CHI BỘ TRƯỜNG PTDTBT", "TH VÀ THCS NẬM MƯỜI", "*"],
           ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nậm Mười, ngày 14 tháng 9 năm 2024"], bold_left=(1, 2)),
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 9 NĂM 2024"),
        G(4),
        P("Do ảnh hưởng của hoàn lưu bão số 3, kỳ sinh hoạt tháng 9 lùi lại và tổ chức vào sáng thứ Bảy, ngày "
          "14/9/2024, từ 8 giờ 00 đến 10 giờ 15 phút, tại phòng họp Hội đồng sư phạm điểm trường chính."),
        P("Có mặt 14/14 đảng viên. Chủ trì: đồng chí Nguyễn Văn Thuận, Bí thư chi bộ, Hiệu trưởng. Thư ký: đồng "
          "chí Phạm Thị Huế."),
        L("a) Tình hình sau lũ", bold=True),
        P("Lũ ngày 09 và 10/9 làm sập 01 phòng học tạm ở điểm trường Khe Sáu; 27 học sinh có nhà bị hư hỏng; "
          "đường từ trung tâm xã lên điểm trường bị sạt nhiều đoạn. Toàn bộ học sinh bán trú đã được đưa về gia "
          "đình an toàn trước lũ, không có thiệt hại về người."),
        L("b) Nhiệm vụ tháng 9", bold=True),
        P("Dọn vệ sinh, khử khuẩn trường lớp; vận động học sinh trở lại lớp; ổn định nề nếp bán trú; hoàn thành "
          "kế hoạch năm học 2024 – 2025."),
        L("c) Ý kiến", bold=True),
        P("Đồng chí Triệu Thị Mai: điểm trường Khe Sáu còn 06 em chưa trở lại lớp, cần giáo viên đến tận nhà. "
          "Đồng chí Lò Văn Chiến đề nghị xin hỗ trợ sách vở cho học sinh bị mất đồ dùng do lũ."),
        L("d) Kết luận, biểu quyết", bold=True),
        P("Đồng chí Bí thư kết luận: ưu tiên số một là đưa học sinh trở lại lớp an toàn, đủ sách vở; các phần "
          "việc khắc phục lũ làm xong trong tháng 9. Chi bộ biểu quyết: 14/14 đồng chí tán thành."),
        L("e) Phân công", bold=True),
        P("Đồng chí Triệu Thị Mai và đồng chí Bàn Văn Sơn đến từng gia đình vận động 06 học sinh điểm Khe Sáu "
          "trở lại lớp trước ngày 20/9/2024. Đồng chí Hà Thị Ngọc, Phó Hiệu trưởng, liên hệ Hội Chữ thập đỏ huyện "
          "xin hỗ trợ sách vở, đồ dùng học tập trong tháng 9. Chi đoàn giáo viên dọn dẹp, khử khuẩn phòng học "
          "điểm trường chính vào Chủ nhật 15/9/2024."),
        P("Kết thúc 10 giờ 15 phút. Biên bản đã đọc lại, chi bộ nhất trí."),
        _l10_sign(),
    ],
    "truth": minute(
        meeting("regular", "2024-09-14", "08:00", "10:15", "phòng họp Hội đồng sư phạm điểm trường chính",
                L10_CELL, L10_COM),
        "Nguyễn Văn Thuận", "Bí thư chi bộ", "Phạm Thị Huế",
        attendance(14, 14, 0, 0, 0, 0),
        True,
        [vote("Kết luận tháng 9/2024", 14)],
        [task("Triệu Thị Mai", "đến từng gia đình vận động 06 học sinh điểm Khe Sáu trở lại lớp", "20/9/2024"),
         task("Bàn Văn Sơn", "đến từng gia đình vận động 06 học sinh điểm Khe Sáu trở lại lớp", "20/9/2024"),
         task("Hà Thị Ngọc", "liên hệ Hội Chữ thập đỏ huyện xin hỗ trợ sách vở, đồ dùng học tập", "tháng 9"),
         task("Chi đoàn giáo viên", "dọn dẹp, khử khuẩn phòng học điểm trường chính", "Chủ nhật 15/9/2024")],
        []),
}

L10_M2 = {
    "blocks": [
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 10 NĂM 2024"),
        C("Nậm Mười, ngày 08 tháng 10 năm 2024", bold=False, italic=True),
        G(4),
        P("Thời gian: 16 giờ 45 phút đến 18 giờ 50 phút. Địa điểm: phòng họp Hội đồng sư phạm."),
        P("Đảng viên: 14; có mặt 13. Vắng 01: đồng chí Bàn Văn Sơn, không xin phép. Chủ trì: đồng chí Nguyễn Văn "
          "Thuận, Bí thư chi bộ. Thư ký: đồng chí Phạm Thị Huế."),
        L("a) Đánh giá tháng 9", bold=True),
        P("Học sinh trở lại lớp đạt 100%; nhận 120 bộ sách vở và 60 chăn ấm do Hội Chữ thập đỏ huyện hỗ trợ; nề "
          "nếp bán trú ổn định. Hạn chế: bữa ăn bán trú có ngày chưa đủ định lượng rau xanh."),
        L("b) Nhiệm vụ tháng 10", bold=True),
        P("Ôn tập, kiểm tra giữa học kỳ I; tăng gia rau xanh tại vườn trường; tham gia Hội thi giáo viên dạy giỏi "
          "cấp huyện."),
        L("c) Ý kiến", bold=True),
        P("Đồng chí Sùng Thị Dợ đề nghị giao mỗi lớp bán trú một luống rau để học sinh tự chăm sóc. Đồng chí Ngô "
          "Minh Đức hỏi về thời gian thi giáo viên dạy giỏi; đồng chí Hà Thị Ngọc trả lời: dự kiến ngày 28/10/2024."),
        L("d) Kết luận", bold=True),
        P("Đồng chí chủ trì kết luận: đồng ý giao luống rau theo lớp; tập trung ôn tập giữa kỳ, không để học sinh "
          "bỏ học sau lũ. Chi bộ biểu quyết: 13/13 đồng chí tán thành."),
        L("e) Phân công", bold=True),
        P("Giao đồng chí Sùng Thị Dợ phụ trách vườn rau bán trú, thường xuyên. Giao đồng chí Ngô Minh Đức và đồng "
          "chí Đỗ Thị Thanh Vân chuẩn bị bài dự thi giáo viên dạy giỏi, nộp trước ngày 20/10/2024. Đồng chí Nguyễn "
          "Văn Thuận gặp đồng chí Bàn Văn Sơn tìm hiểu lý do vắng sinh hoạt, báo cáo chi bộ kỳ họp sau."),
        P("Kết thúc 18 giờ 50 phút. Biên bản thông qua, 13/13 nhất trí."),
        _l10_sign(),
    ],
    "truth": minute(
        meeting("regular", "2024-10-08", "16:45", "18:50", L10_ROOM, L10_CELL, L10_COM),
        "Nguyễn Văn Thuận", "Bí thư chi bộ", "Phạm Thị Huế",
        attendance(14, 13, 1, 0, 1, 0, [("Bàn Văn Sơn", "không xin phép", False)]),
        True,
        [vote("Kết luận tháng 10/2024", 13)],
        [task("Sùng Thị Dợ", "phụ trách vườn rau bán trú", "thường xuyên"),
         task("Ngô Minh Đức", "chuẩn bị bài dự thi giáo viên dạy giỏi, nộp", "20/10/2024"),
         task("Đỗ Thị Thanh Vân", "chuẩn bị bài dự thi giáo viên dạy giỏi, nộp", "20/10/2024"),
         task("Nguyễn Văn Thuận", "gặp đồng chí Bàn Văn Sơn tìm hiểu lý do vắng sinh hoạt", "kỳ họp sau")],
        ["unexcused_absence"]),
}

L10_M3 = {
    "blocks": [
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 11 NĂM 2024"),
        C("Nậm Mười, ngày 12 tháng 11 năm 2024", bold=False, italic=True),
        G(4),
        P("Thời gian: 16 giờ 30 phút đến 18 giờ 30 phút. Địa điểm: phòng họp Hội đồng sư phạm. Có mặt 14/14 đảng "
          "viên. Đồng chí Bàn Văn Sơn báo cáo lý do vắng kỳ trước (đưa con đi viện, không kịp báo) và nhận khuyết "
          "điểm trước chi bộ."),
        P("Chủ trì: đồng chí Nguyễn Văn Thuận, Bí thư chi bộ. Thư ký: đồng chí Phạm Thị Huế."),
        L("a) Đánh giá tháng 10", bold=True),
        P("Kiểm tra giữa học kỳ I hoàn thành đúng kế hoạch; 02 giáo viên đạt giải giáo viên dạy giỏi cấp huyện "
          "(đồng chí Ngô Minh Đức giải Nhì, đồng chí Đỗ Thị Thanh Vân giải Ba); vườn rau bán trú mỗi tuần thu "
          "40–50 kg rau."),
        L("b) Nhiệm vụ tháng 11", bold=True),
        P("Tổ chức các hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11; phụ đạo học sinh chưa đạt chuẩn kiến "
          "thức sau kiểm tra giữa kỳ; giữ ấm cho học sinh bán trú khi trời trở rét."),
        L("c) Ý kiến", bold=True),
        P("Đồng chí Lường Thị Thảo đề nghị tổ chức buổi giao lưu văn nghệ có phụ huynh người Dao, người Mông tham "
          "gia nhân ngày 20/11. Đồng chí Trần Quốc Khánh lo ngại phòng ở bán trú khu B chưa đủ chăn ấm."),
        L("d) Kết luận", bold=True),
        P("Đồng chí Bí thư kết luận: chi bộ nhất trí tổ chức kỷ niệm 20/11 gọn, ấm cúng, có phụ huynh tham gia; "
          "làm tốt việc phụ đạo và chăm lo nơi ở cho học sinh bán trú. Đề nghị các đồng chí đảng viên, nhất là các "
          "đồng chí làm chủ nhiệm lớp, tích cực vận động phụ huynh, gương mẫu thực hiện nhiệm vụ. Các tổ chuyên "
          "môn chủ động xây dựng kế hoạch phụ đạo."),
        P("Chi bộ biểu quyết thông qua kết luận: 14/14 đồng chí nhất trí."),
        P("Kết thúc lúc 18 giờ 30 phút. Biên bản đã đọc lại và được thông qua."),
        _l10_sign(),
    ],
    "truth": minute(
        meeting("regular", "2024-11-12", "16:30", "18:30", L10_ROOM, L10_CELL, L10_COM),
        "Nguyễn Văn Thuận", "Bí thư chi bộ", "Phạm Thị Huế",
        attendance(14, 14, 0, 0, 0, 0),
        True,
        [vote("Kết luận tháng 11/2024", 14)],
        [],
        ["missing_assignments"]),
}

L10_M4 = {
    "blocks": [
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 01 NĂM 2025"),
        C("Nậm Mười, ngày 14 tháng 01 năm 2025", bold=False, italic=True),
        G(4),
        P("Thời gian: 16 giờ 45 phút đến 18 giờ 00. Địa điểm: phòng họp Hội đồng sư phạm. Có mặt 13/14; vắng đồng "
          "chí Bàn Văn Sơn, không lý do. Chủ trì: đồng chí Nguyễn Văn Thuận, Bí thư chi bộ. Thư ký: đồng chí Phạm "
          "Thị Huế."),
        L("a) Đánh giá học kỳ I", bold=True),
        P("Chất lượng học kỳ I: 96,8% học sinh tiểu học hoàn thành chương trình; cấp THCS không có học sinh bỏ học. "
          "Hạn chế: còn 05 học sinh lớp 8 chưa đạt yêu cầu môn Toán."),
        L("b) Nhiệm vụ tháng 01", bold=True),
        P("Chuẩn bị cho học sinh bán trú về nghỉ Tết Ất Tỵ an toàn; tổ chức Tết sớm cho học sinh; kiểm tra tài "
          "sản, phòng chống cháy nổ trong thời gian nghỉ."),
        L("c) Ý kiến", bold=True),
        P("Đồng chí Đặng Thị Hương đề nghị bàn giao từng học sinh cho phụ huynh có ký nhận, không để các em tự đi "
          "bộ về bản. Đồng chí Lê Văn Tuấn nhất trí, đề nghị bố trí thêm xe cho điểm Khe Sáu."),
        L("d) Kết luận", bold=True),
        P("Đồng chí Bí thư kết luận: an toàn cho học sinh là trên hết; Tết cho học sinh tổ chức tiết kiệm, vui "
          "tươi. Chi bộ biểu quyết: 13/13 đồng chí tán thành."),
        L("e) Phân công", bold=True),
        P("Đồng chí Lê Văn Tuấn phụ trách đưa, bàn giao học sinh bán trú về gia đình nghỉ Tết, xong trước ngày "
          "24/01/2025. Chi đoàn giáo viên tổ chức Tết cho học sinh bán trú vào chiều 22/01/2025."),
        P("Kết thúc lúc 18 giờ 00. Biên bản đã được thông qua."),
        _l10_sign(),
    ],
    "truth": minute(
        meeting("regular", "2025-01-14", "16:45", "18:00", L10_ROOM, L10_CELL, L10_COM),
        "Nguyễn Văn Thuận", "Bí thư chi bộ", "Phạm Thị Huế",
        attendance(14, 13, 1, 0, 1, 0, [("Bàn Văn Sơn", "không lý do", False)]),
        True,
        [vote("Kết luận tháng 01/2025", 13)],
        [task("Lê Văn Tuấn", "phụ trách đưa, bàn giao học sinh bán trú về gia đình nghỉ Tết", "24/01/2025"),
         task("Chi đoàn giáo viên", "tổ chức Tết cho học sinh bán trú", "chiều 22/01/2025")],
        ["short_meeting", "unexcused_absence"]),
}

L10_TOPIC = "Làm theo lời Bác “Vì lợi ích trăm năm thì phải trồng người” trong chăm sóc học sinh bán trú"
L10_M5 = {
    "blocks": [
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 02 NĂM 2025"),
        C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ I"),
        C("Chuyên đề: " + L10_TOPIC, bold=False),
        C("Nậm Mười, ngày 11 tháng 02 năm 2025", bold=False, italic=True),
        G(4),
        P("Từ 16 giờ 30 phút đến 18 giờ 45 phút, tại phòng họp Hội đồng sư phạm. Có mặt 14/14 đảng viên. Khách "
          "mời: đồng chí Triệu Tiến Lâm, Đảng ủy viên, phụ trách khối trường học. Chủ trì: đồng chí Nguyễn Văn "
          "Thuận, Bí thư chi bộ. Thư ký: đồng chí Phạm Thị Huế."),
        L("a) Kết quả tháng 01 và nhiệm vụ tháng 02", bold=True),
        P("Học sinh trở lại trường sau Tết đạt 98,6%; còn 03 em ở bản Khe Sáu chưa trở lại. Tháng 02 tập trung ổn "
          "định nề nếp, vận động hết số học sinh còn lại, chuẩn bị thi học sinh giỏi cấp huyện lớp 9."),
        L("b) Chuyên đề", bold=True),
        P("Đồng chí Hà Thị Ngọc trình bày chuyên đề, liên hệ việc chăm sóc gần 300 học sinh ăn, ở bán trú: bữa ăn "
          "đủ chất, giờ giấc sinh hoạt, dạy các em tự phục vụ, giữ tiếng nói và nét văn hóa của dân tộc mình."),
        L("c) Ý kiến", bold=True),
        P("Đồng chí Vũ Thị Lan: thực đơn cần thay đổi theo tuần, tận dụng rau vườn trường. Đồng chí Giàng Thị Mỷ: "
          "buổi tối nên có giáo viên người Mông trực để các em mới lên lớp 6 đỡ nhớ nhà. Đồng chí Triệu Tiến Lâm "
          "ghi nhận cách làm của nhà trường, đề nghị nhân rộng mô hình vườn rau."),
        L("d) Kết luận", bold=True),
        P("Đồng chí chủ trì kết luận: chuyên đề thiết thực; mỗi đảng viên đăng ký một việc làm cụ thể vì học sinh "
          "bán trú; đưa nội dung chăm sóc bán trú vào tiêu chí đánh giá đảng viên năm 2025."),
        L("e) Biểu quyết", bold=True),
        P("14/14 đồng chí tán thành nội dung chuyên đề và kết luận, đạt 100%."),
        L("f) Phân công", bold=True),
        P("Đồng chí Vũ Thị Lan xây dựng thực đơn bán trú theo tuần, trình Ban Giám hiệu trước ngày 20/02/2025. "
          "Đồng chí Bàn Văn Sơn phụ trách khu nội trú nam, kiểm tra giờ ngủ của học sinh hằng đêm. Đồng chí Triệu "
          "Thị Mai vận động 03 học sinh bản Khe Sáu trở lại trường trong tuần này."),
        P("Buổi sinh hoạt kết thúc lúc 18 giờ 45 phút. Biên bản đã được đọc lại, chi bộ nhất trí thông qua."),
        _l10_sign(),
    ],
    "truth": minute(
        meeting("regular", "2025-02-11", "16:30", "18:45", L10_ROOM, L10_CELL, L10_COM, topic=L10_TOPIC),
        "Nguyễn Văn Thuận", "Bí thư chi bộ", "Phạm Thị Huế",
        attendance(14, 14, 0, 0, 0, 0, guests=[("Triệu Tiến Lâm", "Đảng ủy viên, phụ trách khối trường học")]),
        True,
        [vote("Nội dung chuyên đề và kết luận tháng 02/2025", 14, pct=100)],
        [task("Vũ Thị Lan", "xây dựng thực đơn bán trú theo tuần, trình Ban Giám hiệu", "20/02/2025"),
         task("Bàn Văn Sơn", "phụ trách khu nội trú nam, kiểm tra giờ ngủ của học sinh", "hằng đêm"),
         task("Triệu Thị Mai", "vận động 03 học sinh bản Khe Sáu trở lại trường", "tuần này")],
        []),
}

L10 = {
    "name": "l10-yenbai-school-book-sep2024-feb2025",
    "folder": "dev",
    "style": {"family": "serif", "size": 12, "spacing": 1.25, "indent": 26, "justify": True, "left": 76,
              "right": 56, "top": 56, "bottom": 62,
              "head": "Sổ biên bản sinh hoạt chi bộ – năm học 2024 – 2025", "head_align": "right",
              "foot": "- {n} -"},
    "between": 22,
    "flags": ["missing_month", "no_thematic_in_quarter"],
    "minutes": [L10_M1, L10_M2, L10_M3, L10_M4, L10_M5],
}

DOCS: list[dict] = [L01, L02, L03, L04, L05, L06, L07, L08, L09, L10]
