"""Held-out set 8, writer xt (test/, `xt…`): the whole country, every kind of cell.

Written by hand, without reading the extractor (extract/**), the generator (samples/generator/**), samples/parts/**,
bench/, tests/, or the minute texts and truth files of the earlier held-out sets (only their READMEs, the docstrings
of samples/heldout5/minutes_{f,g}.py and the helpers of samples/heldout2/minutes.py), and without running the
extractor. Rendered by samples/heldout2/make.py (`build`). Names, places and figures are invented or used loosely;
the paperwork follows /work/shared/DOMAIN.md. This writer wrote no dev files.

What varies above all is **the clerk's hand**: old and new tone marks for one person in one minute ("Nông Thị Hoà"
in the secretary line, "Nông Thị Hòa" in the tasks and the signature; "Phạm Thị Thuỷ" / "Phạm Thị Thủy"; "Lê Thị
Hoà" / "Lê Thị Hòa"); "đ/c", "Đ/c", "đc", "Đc", "Đ.c", "đ.c", "Đ/C", "ĐC", "đồng chí"; a missing space after a comma
or a colon ("11 đc,vắng 1 đc", "Khó khăn:giá"); a word typed twice ("các các đc"); months in Roman numerals
("THÁNG XI/2024", "20/XI", "ngày 30 tháng XI") or words ("tháng Mười", "tháng Tư", "THÁNG SÁU", "tháng Mười Một");
"06/10/24"; "02 (hai)", "hai", "2"; times "7 giờ 30'", "17:30", "bảy giờ ba mươi phút", "13g30", "19h00", "8 giờ 00",
"16h30", "10g05"; tasks given with "nhờ", "đề nghị … đảm nhận", "yêu cầu", "cử", "chịu trách nhiệm chính", "chủ trì,
phối hợp với", "làm đầu mối"; deadlines far from the task, in brackets, at the start of the sentence, relative or in
words; tasks to a nickname ("chú Tám", "anh Ba", "chú Lạng"); ambiguous absence reasons; counts that disagree with
the named list; probationary members counted apart; opinions as "Name: …" with no verb, in a ruled table, as a long
back-and-forth; unusual cells (chi bộ quân sự xã, chi bộ ghép, chi bộ cơ sở, chi bộ doanh nghiệp tư nhân, a market
board); titles with extra lines, a "V/v" line, the date only above the signatures. (Double spaces cannot be shown:
the renderer collapses runs of spaces.)

Files (name -> what varies -> minute flags / book flags):

- xt01-langson-quansuxa-roman-months-clean -> Lạng Sơn commune military cell (Tày / Nùng names); Serif 13 justified;
  "THÁNG XI/2024", "ngày 08/XI/2024", "7 giờ 30'"; "I. THÀNH PHẦN" as "-" fields; "09/09 đ.c"; guest from the commune
  committee who also speaks; "Đ.c", "đc", "Đ/c" in one list; "09/09 đ/c tán thành, đạt 100%"; tasks "Trước 20/XI, đ.c
  …", "Cử đ/c … cùng Trung đội trưởng … trong 10 ngày", "chịu trách nhiệm chính …, đ/c … giúp phần …; xong trước ngày
  30 tháng XI" (two people, each a part), "làm đầu mối … vào tuần đầu tháng XII" -> —
- xt02-hanoi-logistics-tnhh-general-novote -> Hà Nội (Long Biên) freight limited company, cell under a ward
  committee, cell name over two header lines; Sans 11.5 ragged, no indent; title with "(Kỳ họp thứ ba trong năm)";
  "17:30"; "đc" throughout, "đc,vắng", "Khó khăn:giá", "các các đc"; opinions "Đc X: …" with no verb; a member
  volunteering ("tôi xin nhận kèm cặp …"), last month's task only reported, the cell's petition to the Board ("Chi bộ
  kiến nghị Ban Giám đốc …"), "Đề nghị các đc đảng viên …, mỗi đảng viên …", a plan with deadlines and no doer; only
  the minutes are approved ("11/11 đc … nhất trí thông qua biên bản") -> missing_assignments, missing_vote
- xt03-quangtri-chiboghep-opinion-table-clean -> Quảng Trị (Đông Hà) merged cell of four private firms; DejaVu Serif
  11.5, "- n -"; time in words ("bảy giờ ba mươi phút ngày mười hai tháng Mười"), "10g05"; one exempt and one absent
  in prose; opinions in a ruled table "TT | Đồng chí | Đơn vị | Nội dung ý kiến" (cells wrap); "A. … E." headings;
  "tán thành 12/12, không tán thành: không, ý kiến khác: không"; "Đề nghị đ/c … đảm nhận …, ngay trong tháng", "chủ
  trì, phối hợp với … suốt mùa mưa lũ", "đến hết quý IV", "(thường xuyên)" -> —
- xt04-baclieu-khmer-counts-vs-list-low-unexcused -> Bạc Liêu Khmer hamlet; Serif 12.5; "Số: 09-BB/CB"; "ngày
  06/10/24, lúc 13g30"; "vắng 04 (có lý do 02, không lý do 02)" but only three named ("bịnh", "đi làm ăn ở Bình
  Dương", "không liên lạc được"); 16/20 present; chair "BT chi bộ kiêm Trưởng ấp"; guest; a question and answer;
  "chú Tám" introduced as "Huỳnh Văn Tám (chú Tám, …)", "Anh Ba" = Lâm Văn Ba; a task to "Chi ủy" inside the
  conclusion; "Nhờ chú Tám …, xong trước rằm tháng Chín âm lịch", "(hạn: 10/11/2024)", "thời gian thực hiện: suốt dịp
  lễ Ok Om Bok"; "Chi bộ nhất trí 16/16 đ/c có mặt" -> low_attendance, unexcused_absence
- xt05-quangnam-storm-interrupted-noconclusion-novote-short -> Quảng Nam village; Sans 12 ragged; "Bắt đầu: 14 giờ",
  "Tại: …"; "vắng 02 (hai) có lý do (Đ/C …)"; named opinions; the meeting is stopped at 15:05 by the storm Trà Mi
  order: the direction "sẽ bàn, kết luận và biểu quyết tại buổi sinh hoạt bổ sung"; emergency tasks "+ Cử đ/c A và đ/c
  B … xong trước 17 giờ hôm nay", "+ Yêu cầu … đến hết ngày 28/10", "+ Nhờ … ngay sau cuộc họp"; read back before
  stopping -> missing_conclusion, missing_vote, short_meeting
- xt06-hcm-chibocoso-school-not-approved -> TP Hồ Chí Minh (Gò Vấp) base-level cell of a lower secondary school
  ("CHI BỘ CƠ SỞ" over two lines, "ĐẢNG BỘ QUẬN GÒ VẤP" above it); Serif 13, "Trang n/N"; title with a bracketed line;
  "13:45"; official members "có mặt 24/25" and probationary "03/03" on separate lines; a guest; a long back-and-forth
  in "Name: …" lines; "26/27 đ/c tán thành, 01 đ/c có ý kiến khác"; "Yêu cầu đ/c A … (hạn chót: 27/12/2024), đ/c B …,
  xong trong tuần đầu học kỳ II", "… Thời hạn: 10/01/2025." in the next sentence, "Đến hết quý I/2025, đ/c A và đ/c B
  …"; ends "Biên bản lập xong vào lúc 17 giờ 15 phút …, lập thành 02 bản" with no read-back -> not_approved
- xt07-laichau-form-dotted-dateline-unfilled -> Lai Châu Giáy / Dao village; DejaVu Serif 11.5; a typed form, every
  field filled except the place-and-date line under the motto ("…………, ngày …… tháng …… năm 20……"); the date only in
  "Thời gian: Bắt đầu lúc 19h00 ngày 17/01/2025"; one exempt named, one absent "(Lý do: …, có báo chi ủy)"; guest
  with an opinion; "6. Biểu quyết: 16/16 đồng chí có mặt nhất trí (100%)"; "trước Tết Nguyên đán" -> unfilled_template
- xt08-camau-iuu-thematic-unnamed-deferred-tasks -> Cà Mau fishing hamlet; Sans 11 justified; thematic "QUÝ II NĂM
  2025" + "Chuyên đề:" line (IUU); "từ 8 giờ 00 đến 10 giờ 15"; guest with a rank (dropped); the topic presented by the
  deputy secretary; "có 05 lượt ý kiến …; một đồng chí là chủ tàu …" (nobody named); conclusion with a petition to
  the border post, "Đảng viên là chủ tàu, thuyền trưởng ký cam kết …" and "Việc phân công … sẽ được chi bộ bàn và
  phân công cụ thể tại kỳ sinh hoạt thường kỳ tháng 6/2025"; "nhất trí 100% … (16/16 đ/c)" -> missing_assignments,
  no_discussion
- xt09-thainguyen-dntn-tea-two-votes-clean -> Thái Nguyên private tea enterprise (doanh nghiệp tư nhân); three-level
  header (party_committee = the committee right above the cell); Serif 12.5, running head on page 2; "THÁNG SÁU";
  "từ 16h30 đến 18h45"; "08/08 đảng viên chính thức và 02/02 đảng viên dự bị"; "§1.–§5." headings; a long
  back-and-forth, a member volunteering; "giao đ/c A, đ/c B và đ/c C, mỗi đồng chí một phần việc: đ/c A …; đ/c B …;
  đ/c C …. Thời hạn chung cho cả ba việc: 20/6/2025."; "chịu trách nhiệm chính …, phối hợp với HTX …, đến hết quý III";
  "sau 1 tuần"; two votes: the conclusion "10/10 … (100%)" and the minutes "biểu quyết thông qua biên bản: 10/10" ->
  —
- xt10-namdinh-xom-deferred-conclusion-unexcused -> Nam Định hamlet near a Catholic parish; DejaVu Serif 12; "ngày 05
  tháng Tư năm 2025"; absentees "(bận việc riêng)" and "(quên lịch họp)"; "* …" headings; "kết luận của Bộ Chính trị"
  in the news; a land-consolidation debate; the chair "ghi nhận các ý kiến …, đề nghị chưa kết luận nội dung này";
  "Chi ủy có trách nhiệm …trước ngày 15/4"; the month's programme voted "18/19 …, 01 … không tán thành"; "(đêm
  19/4/2025)", "vào Chủ nhật 13/4", a task with no time -> missing_conclusion, unexcused_absence
- xt11-tiengiang-market-vv-date-at-end-clean -> Tiền Giang (Mỹ Tho) cell of a market management board; header right
  column without a date line; title "BIÊN BẢN HỌP CHI BỘ" / "Tháng 8 năm 2024" / "V/v: …"; the opening gives only
  "lúc 14 giờ"; the date "Mỹ Tho, ngày 09 tháng 8 năm 2024" only above the signatures; "Đ/c Nguyễn Văn Ba (anh Ba,
  Tổ trưởng tổ bảo vệ): …" then "Anh Ba làm đầu mối …; sau 1 tuần báo lại chi ủy"; "ngay trong tuần", "đến hết tháng
  8 hoàn thành"; "11/11 đồng chí tán thành; không tán thành: 0" -> —
- xt12-bacgiang-village-book-jul-nov-2024 -> minute BOOK of a village cell in Bắc Giang (Yên Thế; Nùng, Sán Dìu, Kinh
  names), Serif 12, right-aligned running head from page 2, "- n -" at the foot; five minutes on four pages, each
  after the first starting mid-page under the previous signatures; "a) … g)" run-in parts, "đc"/"Đc", "7g30":
    1. 06/7/2024 regular, "vắng: 01 – đc Hoàng Văn Sình (không lý do)" -> unexcused_absence
    2. the August meeting held on 03/9/2024 (title "THÁNG 8"; the text says why), "21/21 đc phải dự (02 đc miễn
       sinh hoạt)", a question and answer, "3 ngày một lần" -> —
    3. 28/9/2024 after storm Yagi; "vắng: 02 (01 có lý do, 01 không lý do) gồm: … đc Hoàng Văn Sình – không liên lạc
       được"; a conclusion never voted, only the minutes approved; a task split over a page break -> missing_vote,
       unexcused_absence
    4. 19/10/2024 regular combined with the Q4 thematic meeting ("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ IV" + "Chuyên đề:"),
       14g00 – 15g50 = 110 min; "chú Lạng chủ trì, phối hợp với …, đến hết quý" -> short_meeting
    5. 16/11/2024; "vắng 04 (03 có lý do, 01 không lý do)": "đi vắng" among the excused, "đc Hoàng Văn Sình vắng
       không phép"; 17/21 present; a task to "Chi ủy" in the conclusion -> low_attendance, unexcused_absence
  book -> no_thematic_in_quarter (Q3 lies wholly inside Jul–Nov with no thematic or combined meeting),
  repeated_absence (Hoàng Văn Sình: Jul, Sep, Nov). No missing_month: the titles cover July to November; only
  the dates skip August (the August meeting is dated 03/9).
- xt13-quangtri-chiboghep-scan-photocopy -> photocopy scan of xt03, 250 dpi -> as xt03
- xt14-baclieu-khmer-scan-moderate -> moderate scan of xt04, 200 dpi -> as xt04

Twelve documents, sixteen minutes (five without a flag: xt01, xt03, xt09, xt11, book 2), two scans.

Labelling decisions where the READMEs are silent:
- One person typed with two tone-mark styles in one minute: each field takes the spelling of the line it is read
  from — `secretary` from the "Thư ký:" line ("Nông Thị Hoà", "Lê Thị Hoà", "Phạm Thị Thuỷ"), an assignee from its
  task sentence ("Nông Thị Hòa", "Lê Thị Hòa"); the signature's spelling is not used when the opening names the
  secretary.
- A task given to a nickname or kinship term ("Nhờ chú Tám …", "Anh Ba làm đầu mối …", "chú Lạng chủ trì …") has the
  member's full name as `assignee` when the same minute ties the nickname to that name ("Đ/c Huỳnh Văn Tám (chú Tám,
  …)", "Đ/c Nguyễn Văn Ba (anh Ba, …)") or the name is the only member so called ("Đ/c Lâm Văn Ba", "Đc Nông Văn
  Lạng"). A short name after the full names in the same sentence ("đ/c Khải …; đ/c Thu …") likewise takes the full
  name.
- Several members each given a part of one job ("mỗi đồng chí một phần việc: đ/c A …; đ/c B …", "đ/c A chịu trách
  nhiệm chính …, đ/c B giúp phần …") give one assignment each with its own part as `task`; a deadline stated once
  for all of them ("Thời hạn chung cho cả ba việc: 20/6/2025", "; xong trước ngày 30 tháng XI") goes to each. A
  deadline in the next sentence ("… trình Ban Giám hiệu. Thời hạn: 10/01/2025.") belongs to the task before it.
- Deadlines drop the words in front as before ("hạn chót:", "hạn", "(hạn: …)", "Thời hạn:", "thời gian thực hiện:",
  "đúng hạn", "trong", "vào", "đến", "xong trước"): "(hạn chót: 27/12/2024)" -> "27/12/2024", "hạn 15/10" -> "15/10",
  "đúng hạn 15/01/2025" -> "15/01/2025", "trong 10 ngày" -> "10 ngày", "xong trong ngày 29/9" -> "ngày 29/9", "xong
  trước ngày 30 tháng XI" -> "ngày 30 tháng XI" (Roman month kept), "Trước 20/XI, …" -> "20/XI", "Đến hết quý
  I/2025, …" -> "hết quý I/2025", "đến hết quý" -> "hết quý", "báo cáo chi bộ kỳ tới" -> "kỳ tới", "vào sáng Chủ nhật
  17/11" -> "sáng Chủ nhật 17/11". Expressions that begin with "ngay" or "sau" are kept whole ("ngay trong tháng",
  "ngay trong tuần", "ngay sau cuộc họp", "sau 1 tuần"); a bracketed time after the task ("(thường xuyên)", "(đêm
  19/4/2025)") is its deadline; a frequency is kept as written ("3 ngày một lần").
- Attendance: official and probationary members counted on separate lines ("chính thức: có mặt 24/25 …; dự bị: có
  mặt 03/03") are added: total 28, present 27. When the count line and the named list disagree (xt04: "vắng 04 (có lý
  do 02, không lý do 02)" but three names), `absent`, `absent_excused`, `absent_unexcused` follow the counts and
  `absentees` holds only the named members.
- Absence reasons: a reason that says why the member could not come is excused ("bận việc riêng", "đi vắng", "bịnh",
  "đi làm ăn ở Bình Dương"); one that says the cell got no reason is unexcused ("không liên lạc được", "vắng không
  phép", "quên lịch họp" — forgetting is no reason and no leave was asked). In xt04 and the book the count line
  confirms the reading ("không lý do 02", "01 không lý do").
- A meeting stopped by an emergency before its conclusion (xt05: "phần phương hướng … sẽ bàn, kết luận và biểu quyết
  tại buổi sinh hoạt bổ sung") has no conclusion and no vote; the chair's emergency instructions ("phân công khẩn")
  are assignments; the end time is the stop time ("Tạm dừng sinh hoạt lúc 15 giờ 05 phút").
- "Đ/c chủ trì ghi nhận các ý kiến … đề nghị chưa kết luận nội dung này" is no conclusion, though the month's
  programme is voted (a resolution: missing_conclusion only). "kết luận của Bộ Chính trị" in the news is no
  conclusion either.
- Assignments put off ("sẽ được chi bộ bàn và phân công cụ thể tại kỳ sinh hoạt thường kỳ tháng 6/2025") are none;
  nor is a class of members ("Đảng viên là chủ tàu, thuyền trưởng ký cam kết …", "đảng viên có người thân đi biển
  …").
- "Biên bản lập xong vào lúc …, gồm 02 trang, lập thành 02 bản" tells when the minutes were written, not that they were
  read back or approved (not_approved); "Thư ký đọc lại biên bản, các đ/c có mặt thống nhất" and "Biên bản được thông
  qua trước chi bộ" are approvals.
- A place-and-date line left as dots ("…………, ngày …… tháng …… năm 20……") is unfilled_template; the date then comes
  from the opening ("ngày 17/01/2025"). With no date in the header or opening (xt11), the date above the
  signatures ("Mỹ Tho, ngày 09 tháng 8 năm 2024") is the meeting date.
- A "V/v: …" line under the title of a regular meeting is no topic (`topic` null, kind regular).
- A cell name over two or three header lines is one value joined by spaces ("CHI BỘ CÔNG TY TNHH GIAO NHẬN VẬN TẢI
  HỒNG HÀ", "CHI BỘ CƠ SỞ TRƯỜNG THCS AN NHƠN"); `party_committee` is the line right above the cell ("ĐẢNG ỦY XÃ TÂN
  CƯƠNG" under "ĐẢNG BỘ THÀNH PHỐ THÁI NGUYÊN"; "ĐẢNG BỘ QUẬN GÒ VẤP" for a base-level cell).
- In the book, a meeting held in the next month keeps the month of its title (month 8, date 2024-09-03), so no month
  of Jul–Nov is missing.
- Vote forms: "Chi bộ nhất trí 16/16 đ/c có mặt" and "Chi bộ biểu quyết nhất trí: 17/17 đc có mặt" -> `for` only;
  "26/27 đ/c tán thành, 01 đ/c có ý kiến khác" -> for 26, abstain 1; "nhất trí 100% … (16/16 đ/c)" -> for 16, 100;
  "biểu quyết thông qua biên bản: 10/10" approves the minutes and is no resolution.
- "không nêu cụ thể từng khoản chi" and similar prose are no template text; only "……" and "(ghi rõ …)" are.
"""

from __future__ import annotations

from samples.heldout2.minutes import C, G, H, HD, L, P, S, T, attendance, meeting, minute, task, vote

# ---------------------------------------------------------------------------------------------------------------
# xt01 — Lạng Sơn, commune military cell (Tày / Nùng names); Roman-numeral months; clean
# ---------------------------------------------------------------------------------------------------------------

_XT01 = [
    HD(["ĐẢNG BỘ XÃ QUỐC KHÁNH", "CHI BỘ QUÂN SỰ XÃ", "*"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "Quốc Khánh, ngày 08 tháng XI năm 2024"], bold_left=(1,)),
    G(4),
    C("BIÊN BẢN", size=15),
    C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG XI/2024"),
    G(8),
    P("Hôm nay, vào hồi 7 giờ 30', ngày 08/XI/2024, tại Hội trường Ban Chỉ huy Quân sự xã Quốc Khánh, Chi bộ "
      "Quân sự xã tiến hành sinh hoạt thường kỳ tháng XI năm 2024."),
    H("I. THÀNH PHẦN"),
    L("- Tổng số đảng viên của chi bộ: 09 đ/c (chính thức: 08, dự bị: 01)."),
    L("- Có mặt: 09/09 đ.c; vắng: không."),
    L("- Đại biểu dự: Đ/c Hoàng Văn Pảo – Phó Bí thư Thường trực Đảng ủy xã, phụ trách chi bộ."),
    L("- Chủ trì: Đ.c Lành Văn Thắng – Bí thư Chi bộ, Chính trị viên phó Ban CHQS xã."),
    L("- Thư ký: Đ/c Nông Thị Hoà – nhân viên Ban CHQS xã."),
    H("II. NỘI DUNG"),
    L("1. Thông tin thời sự, quán triệt văn bản mới", italic=True),
    P("Đ.c Lành Văn Thắng thông tin: kết quả Hội nghị lần thứ mười Ban Chấp hành Trung ương Đảng khoá XIII; Kỳ "
      "họp thứ 8 Quốc hội khoá XV khai mạc ngày 21/X/2024; tình hình an ninh trên tuyến biên giới của huyện Tràng "
      "Định trong tháng X. Quán triệt Kế hoạch của Ban CHQS huyện về tuyển chọn và gọi công dân nhập ngũ năm "
      "2025 và Hướng dẫn tổ chức các hoạt động kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam "
      "(22/12/1944 – 22/12/2024), 35 năm Ngày hội Quốc phòng toàn dân."),
    L("2. Đánh giá kết quả thực hiện nhiệm vụ tháng X/2024", italic=True),
    P("Đ/c Lương Văn Sằn, Phó Bí thư chi bộ, Chỉ huy trưởng Ban CHQS xã báo cáo:"),
    P("* Ưu điểm: Duy trì nghiêm chế độ trực sẵn sàng chiến đấu, trực ban 24/24 giờ; phối hợp với Đồn Biên "
      "phòng tuần tra 06 lượt trên các đường mòn, lối mở, không để xảy ra xuất nhập cảnh trái phép. Hoàn thành "
      "huấn luyện dân quân năm 2024, 100% quân số tham gia, kiểm tra bắn đạn thật đạt khá 86,5%. Sơ tuyển sức "
      "khoẻ nghĩa vụ quân sự tại xã cho 47 thanh niên, đủ điều kiện 31."),
    P("* Hạn chế: Sổ đăng ký quân nhân dự bị chưa cập nhật kịp sau đợt rà soát tháng IX; trung đội dân quân "
      "tại chỗ thôn Nà Pàn và thôn Bản Mới còn 4 lượt chiến sĩ vắng huấn luyện; việc nắm số thanh niên đi làm "
      "ăn xa chưa chắc."),
    L("3. Phương hướng nhiệm vụ tháng XI/2024", italic=True),
    P("Tập trung hoàn thành hồ sơ khám tuyển nghĩa vụ quân sự vòng huyện (dự kiến ngày 20 và 21/XI), bảo đảm "
      "quân số, đưa đón công dân an toàn. Duy trì trực sẵn sàng chiến đấu, phối hợp tuần tra biên giới theo quy "
      "chế. Chuẩn bị các hoạt động kỷ niệm ngày 22/12: gặp mặt cựu quân nhân, thăm hỏi gia đình chính sách. Rà "
      "soát kế hoạch phòng cháy rừng mùa hanh khô."),
    L("4. Ý kiến thảo luận", italic=True),
    L("- Đ.c Chu Văn Tấn (Chỉ huy phó): Thôn Nà Pàn có 03 thanh niên trong diện gọi khám đang làm công nhân ở "
      "Bắc Ninh, gia đình chưa muốn cho về. Ban chỉ huy phải cùng thôn đến tận nhà vận động, không để sát ngày "
      "khám mới báo."),
    L("- đc Hà Thị Thuý: nhất trí báo cáo. Tủ hồ sơ quân nhân dự bị để ở phòng trực bị ẩm, nhiều tờ khai đã "
      "mốc; nên chuyển lên phòng làm việc tầng 2 và làm lại bìa."),
    L("- Đ/c Vi Văn Quyết: mùa này bà con thôn Bản Mới lên nương nhiều, khu giáp ranh có người lạ qua lại, "
      "dân quân cần nắm chắc hơn."),
    L("- Đ/c Hoàng Văn Pảo (đại biểu Đảng ủy): kết quả huấn luyện năm nay khá hơn năm trước; khám tuyển phải "
      "công khai, minh bạch, không để có dư luận “chạy” miễn, hoãn."),
    L("5. Kết luận", italic=True),
    P("Đ.c Bí thư Chi bộ kết luận: Chi bộ thống nhất với báo cáo đánh giá tháng X và phương hướng tháng XI, "
      "tiếp thu ý kiến của đại biểu Đảng ủy. Tháng XI ưu tiên số một cho khám tuyển vòng huyện; việc vận động "
      "thanh niên đi làm ăn xa phải làm ngay, không chờ thôn báo; hồ sơ quân nhân dự bị phải được bảo quản, cập "
      "nhật đầy đủ trước khi Ban CHQS huyện kiểm tra."),
    P("Chi bộ biểu quyết thông qua kết luận: 09/09 đ/c tán thành, đạt 100%."),
    L("6. Phân công thực hiện", italic=True),
    P("Trước 20/XI, đ.c Lương Văn Sằn hoàn thành danh sách, hồ sơ công dân gọi khám tuyển vòng huyện, trình "
      "Hội đồng NVQS xã."),
    P("Cử đ/c Chu Văn Tấn cùng Trung đội trưởng dân quân thôn Nà Pàn đến từng gia đình 03 thanh niên đang làm "
      "ăn xa vận động đưa con em về khám tuyển; kết quả báo cáo Chi ủy trong 10 ngày."),
    P("Đ/c Nông Thị Hòa chịu trách nhiệm chính chuyển tủ hồ sơ, cập nhật sổ đăng ký quân nhân dự bị, đ/c Hà "
      "Thị Thuý giúp phần đóng bìa, phân loại; xong trước ngày 30 tháng XI."),
    P("Giao đ/c Vi Văn Quyết phụ trách tổ dân quân thường trực tuần tra khu giáp ranh thôn Bản Mới, thường "
      "xuyên."),
    P("Đ/c Hoàng Đức Mạnh làm đầu mối, phối hợp Đoàn Thanh niên xã chuẩn bị buổi gặp mặt cựu quân nhân; kế "
      "hoạch trình Chi ủy vào tuần đầu tháng XII."),
    P("Buổi sinh hoạt kết thúc hồi 10 giờ 15' cùng ngày. Thư ký đọc lại biên bản, 09/09 đ/c nhất trí thông qua."),
    S(["THƯ KÝ", "", "", "Nông Thị Hòa"], ["T/M CHI BỘ", "BÍ THƯ", "", "Lành Văn Thắng"]),
]

_XT01_T = minute(
    meeting("regular", "2024-11-08", "07:30", "10:15", "Hội trường Ban Chỉ huy Quân sự xã Quốc Khánh",
            "CHI BỘ QUÂN SỰ XÃ", "ĐẢNG BỘ XÃ QUỐC KHÁNH"),
    "Lành Văn Thắng", "Bí thư Chi bộ", "Nông Thị Hoà",
    attendance(9, 9, 0, 0, 0, 0, [],
               [("Hoàng Văn Pảo", "Phó Bí thư Thường trực Đảng ủy xã, phụ trách chi bộ")]),
    True,
    [vote("Thông qua kết luận tháng XI", 9, None, None, 100)],
    [task("Lương Văn Sằn", "hoàn thành danh sách, hồ sơ công dân gọi khám tuyển vòng huyện, trình Hội đồng NVQS xã",
          "20/XI"),
     task("Chu Văn Tấn", "cùng Trung đội trưởng dân quân thôn Nà Pàn đến từng gia đình 03 thanh niên đang làm "
          "ăn xa vận động đưa con em về khám tuyển",
          "10 ngày"),
     task("Nông Thị Hòa", "chuyển tủ hồ sơ, cập nhật sổ đăng ký quân nhân dự bị", "ngày 30 tháng XI"),
     task("Hà Thị Thuý", "giúp phần đóng bìa, phân loại", "ngày 30 tháng XI"),
     task("Vi Văn Quyết", "phụ trách tổ dân quân thường trực tuần tra khu giáp ranh thôn Bản Mới", "thường xuyên"),
     task("Hoàng Đức Mạnh", "làm đầu mối, phối hợp Đoàn Thanh niên xã chuẩn bị buổi gặp mặt cựu quân nhân",
          "tuần đầu tháng XII")],
    [],
)

# ---------------------------------------------------------------------------------------------------------------
# xt02 — Hà Nội, logistics limited company (private); general calls only; only the minutes are approved
# ---------------------------------------------------------------------------------------------------------------

_XT02 = [
    HD(["ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG", "CHI BỘ CÔNG TY TNHH GIAO NHẬN", "VẬN TẢI HỒNG HÀ"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "Long Biên, ngày 14 tháng 3 năm 2025"], bold_left=(1, 2)),
    G(4),
    C("BIÊN BẢN"),
    C("Họp chi bộ định kỳ tháng 3/2025"),
    C("(Kỳ họp thứ ba trong năm)", bold=False, italic=True),
    G(6),
    L("Thời gian: 17:30, thứ Sáu ngày 14/3/2025."),
    L("Địa điểm: phòng họp tầng 3, kho Phúc Đồng."),
    L("Thành phần: đảng viên của chi bộ 12 đc, trong đó dự bị 2. Có mặt 11 đc,vắng 1 đc (Lê Minh Khoa – đi công "
      "tác TP. Hồ Chí Minh)."),
    L("Chủ trì: đc Đỗ Thị Thanh Hương – Bí thư chi bộ, Phó Giám đốc công ty."),
    L("Thư ký: đc Vũ Quang Huy."),
    H("1) Tình hình sản xuất kinh doanh tháng 2 và quý I"),
    P("Đc Nguyễn Hữu Thắng (Giám đốc điều hành) báo cáo nhanh: sản lượng giao nhận tháng 2 đạt 1.840 TEU, bằng "
      "96% kế hoạch, giảm so với tháng 1 do nghỉ Tết; tuyến Hải Phòng – Lạng Sơn chạy ổn định, tuyến đường sắt "
      "Yên Viên – Lào Cai mới khai thác 2 chuyến/tuần. Doanh thu ước quý I đạt 23% kế hoạch năm. Khó khăn:giá "
      "nhiên liệu tăng, 3 xe đầu kéo đến hạn đăng kiểm cùng lúc, công nợ khách hàng quá hạn 1,2 tỷ đồng."),
    H("2) Công tác xây dựng Đảng"),
    P("Đc Bí thư thông tin: Đảng ủy phường đã có văn bản hướng dẫn đại hội chi bộ nhiệm kỳ 2025 – 2027, lịch "
      "đại hội các chi bộ trực thuộc trong tháng 4 và tháng 5; chi bộ đã nhận đủ tài liệu. Việc đc Trần Đức Long "
      "được phân công từ kỳ họp tháng 2 (hoàn thiện hồ sơ đề nghị kết nạp quần chúng Ngô Bảo Trâm) nay đã xong, "
      "hồ sơ đã gửi Văn phòng Đảng ủy ngày 10/3. Đảng phí quý I các các đc đã nộp đủ."),
    H("3) Ý kiến"),
    L("Đc Phạm Tuấn Anh: lịch chạy tàu hàng đường sắt đang dồn vào cuối tuần, nên đàm phán lại với ga Yên Viên "
      "để chia đều, tránh để hàng nằm bãi 3-4 ngày."),
    L("Đc Nguyễn Thị Thủy: công nợ quá hạn chủ yếu ở 2 khách hàng cũ; kế toán không nên tiếp tục nhận lô hàng "
      "mới của họ khi chưa đối chiếu xong."),
    L("Đc Trần Đức Long: văn kiện đại hội chi bộ cần có phần đánh giá riêng việc phát triển đảng viên trong "
      "công nhân lái xe, năm qua chưa kết nạp được ai."),
    L("Đc Phạm Tuấn Anh (nói thêm): tôi xin nhận kèm cặp hai nhân viên điều độ mới, cả hai là đoàn viên, để "
      "tạo nguồn phát triển đảng."),
    L("Đc Lò Thị Hạnh: nhất trí. Cần sớm có lịch đăng kiểm xe,không để xe nằm chờ."),
    H("4) Kết luận"),
    P("Đc Đỗ Thị Thanh Hương kết luận: tháng 2 chi bộ và công ty hoàn thành cơ bản chỉ tiêu trong điều kiện "
      "nghỉ Tết; quý I phấn đấu đạt 25% kế hoạch năm. Chi bộ thống nhất: tập trung thu hồi công nợ quá hạn, "
      "không ký hợp đồng mới với khách hàng còn nợ quá 60 ngày; sắp xếp lại lịch chạy tàu hàng đường sắt; chuẩn "
      "bị chu đáo đại hội chi bộ nhiệm kỳ 2025 – 2027, dự kiến tổ chức trong tháng 4. Chi bộ kiến nghị Ban "
      "Giám đốc xem xét phương án thuê thêm xe đầu kéo trong thời gian đăng kiểm. Đề nghị các đc đảng viên gương "
      "mẫu, mỗi đảng viên giới thiệu ít nhất một quần chúng ưu tú vào danh sách cảm tình Đảng trong năm 2025."),
    P("Kế hoạch tháng 4: hoàn thành dự thảo báo cáo chính trị trình đại hội trước 05/4; tổ chức đại hội chi "
      "bộ; đối chiếu, thu hồi công nợ quá hạn trước 30/4; hoàn thành đăng kiểm 3 xe đầu kéo trong tháng."),
    P("Cuộc họp kết thúc lúc 19:20. Biên bản được đọc lại, 11/11 đc có mặt nhất trí thông qua biên bản."),
    S(["THƯ KÝ", "", "", "Vũ Quang Huy"], ["BÍ THƯ CHI BỘ", "", "", "Đỗ Thị Thanh Hương"]),
]

_XT02_T = minute(
    meeting("regular", "2025-03-14", "17:30", "19:20", "phòng họp tầng 3, kho Phúc Đồng",
            "CHI BỘ CÔNG TY TNHH GIAO NHẬN VẬN TẢI HỒNG HÀ", "ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG"),
    "Đỗ Thị Thanh Hương", "Bí thư chi bộ", "Vũ Quang Huy",
    attendance(12, 11, 1, 1, 0, 0, [("Lê Minh Khoa", "đi công tác TP. Hồ Chí Minh", True)]),
    True, [], [],
    ["missing_assignments", "missing_vote"],
)

# ---------------------------------------------------------------------------------------------------------------
# xt03 — Quảng Trị, a merged cell of private firms (chi bộ ghép); opinions in a ruled table; clean
# ---------------------------------------------------------------------------------------------------------------

_OPINION_COLS = [(0.07, "TT", "c"), (0.25, "Đồng chí", "l"), (0.23, "Đơn vị", "l"), (0.45, "Nội dung ý kiến", "l")]

_XT03 = [
    HD(["ĐẢNG BỘ PHƯỜNG 5", "CHI BỘ GHÉP DOANH NGHIỆP", "NGOÀI NHÀ NƯỚC SỐ 2", "*"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đông Hà, ngày 12 tháng 10 năm 2024"], bold_left=(1, 2)),
    G(4),
    C("BIÊN BẢN"),
    C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG MƯỜI NĂM 2024"),
    G(6),
    P("Vào lúc bảy giờ ba mươi phút ngày mười hai tháng Mười năm 2024, tại phòng họp Công ty cổ phần Xây lắp "
      "Hiếu Giang, Chi bộ ghép doanh nghiệp ngoài nhà nước số 2 họp thường kỳ tháng 10."),
    P("Chi bộ có 14 đảng viên sinh hoạt tại 04 doanh nghiệp; miễn sinh hoạt 01 đ/c (Trương Văn Lợi, 78 tuổi, "
      "sức yếu), số phải dự 13. Có mặt 12 đ/c; vắng 01: đ/c Hồ Thị Ngân, nghỉ thai sản."),
    P("Đ/c Lê Quang Vinh, Bí thư chi bộ, Giám đốc Công ty cổ phần Xây lắp Hiếu Giang chủ trì; đ/c Trần Thị Thu "
      "Hà được cử làm thư ký."),
    H("A. Thông tin thời sự"),
    P("Đ/c chủ trì thông tin các bài viết gần đây của đồng chí Tổng Bí thư về chuyển đổi số và về phòng, chống "
      "lãng phí; tình hình khắc phục hậu quả bão số 3 ở các tỉnh phía Bắc (chi bộ đã ủng hộ 6.500.000 đồng qua Ủy "
      "ban MTTQ phường); dự báo mưa lũ cuối tháng 10 trên địa bàn tỉnh."),
    H("B. Kết quả tháng 9"),
    P("Các doanh nghiệp có đảng viên của chi bộ cơ bản duy trì sản xuất, kinh doanh: Công ty Hiếu Giang thi công "
      "đạt 70% khối lượng gói thầu trường tiểu học Đông Lương; Khách sạn Sông Hiếu công suất phòng 58%; Công ty "
      "TNHH Dược phẩm Thành Cổ mở thêm 01 nhà thuốc; HTX Vận tải Đông Hà duy trì 14 đầu xe buýt tuyến Đông Hà – "
      "Cửa Việt. Tồn tại: sinh hoạt chi bộ ghép khó bố trí thời gian vì đảng viên ở nhiều đơn vị, tháng 9 phải "
      "dời lịch một lần; Khách sạn Sông Hiếu chưa thành lập được Công đoàn cơ sở."),
    H("C. Nhiệm vụ tháng 10"),
    P("Chủ động phương án phòng, chống lụt bão tại các công trình đang thi công và bến xe; vận động người lao "
      "động ở Khách sạn Sông Hiếu thành lập Công đoàn cơ sở; phát hiện, bồi dưỡng quần chúng ưu tú trong số "
      "người lao động trẻ; thu đảng phí quý IV đúng hạn."),
    H("D. Ý kiến tham gia"),
    L("Thư ký ghi tóm tắt các ý kiến theo bảng:"),
    T(_OPINION_COLS, [
        ["1", "Nguyễn Văn Phước", "HTX Vận tải Đông Hà",
         "Lịch họp nên cố định sáng thứ Bảy tuần thứ hai, báo trước qua nhóm Zalo chi bộ ít nhất 5 ngày."],
        ["2", "Hoàng Thị Lệ Thủy", "Khách sạn Sông Hiếu",
         "Chủ khách sạn chưa đồng ý lập Công đoàn vì lo tăng chi phí; cần Liên đoàn Lao động thành phố đến "
         "giải thích."],
        ["3", "Phan Đình Khôi", "Công ty CP Xây lắp Hiếu Giang",
         "Công trình trường Đông Lương có hố móng sâu, mùa mưa phải có người trực bơm nước và rào chắn."],
        ["4", "Trần Thị Thu Hà", "Công ty TNHH Dược phẩm Thành Cổ",
         "Có 02 dược sĩ trẻ tích cực, đề nghị đưa vào danh sách quần chúng cảm tình Đảng."],
    ]),
    H("Đ. Kết luận"),
    P("Đ/c Lê Quang Vinh kết luận: thống nhất lịch sinh hoạt cố định vào sáng thứ Bảy tuần thứ hai hằng tháng; "
      "trước mùa mưa lũ, công trình, bến bãi có đảng viên phải có phương án trực; thành lập Công đoàn ở Khách sạn "
      "Sông Hiếu là việc trọng tâm của quý IV; đưa 02 quần chúng ở Công ty Thành Cổ vào diện bồi dưỡng."),
    P("Biểu quyết: tán thành 12/12, không tán thành: không, ý kiến khác: không."),
    H("E. Phân công"),
    P("Đề nghị đ/c Hoàng Thị Lệ Thủy đảm nhận làm đầu mối với Liên đoàn Lao động thành phố, mời cán bộ Liên đoàn "
      "đến làm việc với chủ khách sạn, ngay trong tháng."),
    P("Đ/c Phan Đình Khôi chủ trì, phối hợp với Ban chỉ huy công trường bố trí người trực bơm nước, rào chắn hố "
      "móng tại công trình trường tiểu học Đông Lương suốt mùa mưa lũ."),
    P("Giao đ/c Trần Thị Thu Hà theo dõi, giúp đỡ 02 quần chúng ưu tú ở Công ty Thành Cổ, đến hết quý IV báo "
      "cáo chi bộ."),
    P("Đ/c Nguyễn Văn Phước lập nhóm Zalo chi bộ, thông báo lịch họp trước 5 ngày (thường xuyên)."),
    P("Cuộc họp kết thúc lúc 10g05. Biên bản đã đọc lại cho chi bộ nghe, các đ/c có mặt nhất trí thông qua."),
    S(["THƯ KÝ", "", "", "Trần Thị Thu Hà"], ["T/M CHI BỘ", "BÍ THƯ", "", "Lê Quang Vinh"]),
]

_XT03_T = minute(
    meeting("regular", "2024-10-12", "07:30", "10:05", "phòng họp Công ty cổ phần Xây lắp Hiếu Giang",
            "CHI BỘ GHÉP DOANH NGHIỆP NGOÀI NHÀ NƯỚC SỐ 2", "ĐẢNG BỘ PHƯỜNG 5"),
    "Lê Quang Vinh", "Bí thư chi bộ", "Trần Thị Thu Hà",
    attendance(14, 12, 1, 1, 0, 1, [("Hồ Thị Ngân", "nghỉ thai sản", True)]),
    True,
    [vote("Thông qua kết luận tháng 10", 12, 0, 0, None)],
    [task("Hoàng Thị Lệ Thủy", "làm đầu mối với Liên đoàn Lao động thành phố, mời cán bộ Liên đoàn đến làm việc "
          "với chủ khách sạn", "ngay trong tháng"),
     task("Phan Đình Khôi", "chủ trì, phối hợp với Ban chỉ huy công trường bố trí người trực bơm nước, rào chắn "
          "hố móng tại công trình trường tiểu học Đông "
          "Lương", "suốt mùa mưa lũ"),
     task("Trần Thị Thu Hà", "theo dõi, giúp đỡ 02 quần chúng ưu tú ở Công ty Thành Cổ", "hết quý IV"),
     task("Nguyễn Văn Phước", "lập nhóm Zalo chi bộ, thông báo lịch họp trước 5 ngày", "thường xuyên")],
    [],
)

# ---------------------------------------------------------------------------------------------------------------
# xt04 — Bạc Liêu, Khmer hamlet; counts that disagree with the named list; nicknames; low + unexcused
# ---------------------------------------------------------------------------------------------------------------

_XT04 = [
    HD(["ĐẢNG BỘ XÃ VĨNH TRẠCH ĐÔNG", "CHI BỘ ẤP GIỒNG GIỮA", "Số: 09-BB/CB"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "Giồng Giữa, ngày 06 tháng 10 năm 2024"], bold_left=(1,)),
    G(4),
    C("BIÊN BẢN"),
    C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 10/2024"),
    G(6),
    P("Hôm nay, ngày 06/10/24, lúc 13g30, tại Nhà văn hóa ấp Giồng Giữa, Chi bộ ấp tiến hành sinh hoạt định kỳ "
      "tháng 10."),
    P("Tổng số đảng viên 22 đ/c, miễn sinh hoạt 02, phải dự 20; dự họp 16 đ/c, vắng 04 (có lý do 02, không lý do "
      "02). Vắng: đ/c Thạch Sang (đi làm ăn ở Bình Dương), đ/c Kim Thị Sa Ri (bịnh), đ/c Tăng Văn Kha (không liên "
      "lạc được)."),
    P("Chủ trì: đ/c Lâm Văn Sên, BT chi bộ kiêm Trưởng ấp. Thư ký: đ/c Lý Thị Sô Phal."),
    P("Dự họp có đ/c Nguyễn Thanh Tâm, Đảng ủy viên, Phó Chủ tịch UBND xã."),
    H("1/ Thông tin"),
    P("Đ/c Sên thông tin Nghị quyết của Đảng ủy xã về chuẩn bị Đại hội Đảng bộ xã nhiệm kỳ 2025 – 2030; tình "
      "hình xuống giống lúa Thu Đông; giá tôm thẻ giảm mạnh trong tháng 9; chương trình lễ Ok Om Bok của đồng bào "
      "Khmer trong ấp (rằm tháng Mười âm lịch)."),
    H("2/ Kết quả tháng 9"),
    P("Trong tháng, ấp hoàn thành nâng cấp 1,2 km lộ bê tông nối Giồng Giữa – Cù Lao, bà con đóng góp 146 triệu "
      "đồng và 320 ngày công. Thu hoạch 210 ha lúa Hè Thu, năng suất bình quân 5,8 tấn/ha. An ninh trật tự ổn "
      "định, có 01 vụ trộm 02 con bò đã được Công an xã làm rõ. Hạn chế: còn 07 hộ chưa đóng góp làm lộ; thu "
      "đảng phí chậm; 02 đảng viên vắng sinh hoạt hai tháng liền."),
    H("3/ Thảo luận"),
    P("Đ/c Huỳnh Văn Tám (chú Tám, Trưởng ban công tác Mặt trận ấp): 07 hộ chưa đóng góp đa số là hộ nghèo, "
      "có 02 hộ khá giả mà không chịu đóng. Không nên ép hộ nghèo, còn 02 hộ kia thì vận động tiếp."),
    P("Đ/c Lâm Văn Ba hỏi: 02 hộ đó có ký biên bản họp dân thống nhất mức đóng góp không?"),
    P("Chú Tám trả lời: có ký, nhưng giờ nói là lộ không đi ngang trước nhà nên không đóng."),
    P("Đ/c Thạch Thị Sa Rươl (Chi hội trưởng Phụ nữ): nên mời 02 hộ này dự họp tổ nhân dân tự quản để bà con "
      "trong tổ cùng nói; phụ nữ ấp sẽ tới nhà nói chuyện với vợ con họ."),
    P("Đ/c Lâm Văn Ba: tôi thống nhất. Còn 02 đảng viên vắng hai tháng liền thì chi bộ phải gặp riêng, không để "
      "tháng sau tiếp tục vắng."),
    P("Đ/c Nguyễn Thanh Tâm (Phó Chủ tịch UBND xã): ghi nhận ấp làm lộ có sự đóng góp lớn của dân; xã sẽ hỗ "
      "trợ thêm xi măng cho đoạn còn lại; lưu ý an ninh dịp lễ Ok Om Bok."),
    H("4/ Kết luận"),
    P("Đ/c Lâm Văn Sên kết luận: chi bộ thống nhất miễn đóng góp cho 05 hộ nghèo, tiếp tục vận động 02 hộ còn "
      "lại; chuẩn bị tốt lễ Ok Om Bok, bảo đảm an ninh, an toàn; Chi ủy gặp riêng hai đảng viên vắng sinh hoạt "
      "để nắm tư tưởng, báo cáo chi bộ kỳ tới. Chi bộ nhất trí 16/16 đ/c có mặt."),
    H("5/ Phân công"),
    L("- Nhờ chú Tám mời 02 hộ chưa đóng góp dự họp tổ nhân dân tự quản, xong trước rằm tháng Chín âm lịch."),
    L("- Đ/c Thạch Thị Sa Rươl phân công hội viên phụ nữ tới nhà 02 hộ nói chuyện, làm song song với việc trên."),
    L("- Anh Ba làm đầu mối với Ban quản trị chùa Giồng Giữa chuẩn bị lễ Ok Om Bok, cắt cử thanh niên giữ xe, "
      "giữ trật tự (hạn: 10/11/2024)."),
    L("- Giao đ/c Tô Văn Hên, Công an viên ấp, lập tổ tuần tra đêm, thời gian thực hiện: suốt dịp lễ Ok Om Bok."),
    L("- Chi ủy thu đảng phí tháng 9, tháng 10 của các đảng viên còn nợ, xong trong tháng 10."),
    P("Cuộc họp kết thúc lúc 16g15 cùng ngày. Biên bản được đọc lại và thông qua, không ai có ý kiến khác."),
    S(["THƯ KÝ", "", "", "Lý Thị Sô Phal"], ["CHỦ TRÌ", "", "", "Lâm Văn Sên"]),
]

_XT04_T = minute(
    meeting("regular", "2024-10-06", "13:30", "16:15", "Nhà văn hóa ấp Giồng Giữa",
            "CHI BỘ ẤP GIỒNG GIỮA", "ĐẢNG BỘ XÃ VĨNH TRẠCH ĐÔNG"),
    "Lâm Văn Sên", "BT chi bộ", "Lý Thị Sô Phal",
    attendance(22, 16, 4, 2, 2, 2,
               [("Thạch Sang", "đi làm ăn ở Bình Dương", True), ("Kim Thị Sa Ri", "bịnh", True),
                ("Tăng Văn Kha", "không liên lạc được", False)],
               [("Nguyễn Thanh Tâm", "Đảng ủy viên, Phó Chủ tịch UBND xã")]),
    True,
    [vote("Nhất trí kết luận tháng 10", 16, None, None, None)],
    [task("Chi ủy", "gặp riêng hai đảng viên vắng sinh hoạt để nắm tư tưởng", "kỳ tới"),
     task("Huỳnh Văn Tám", "mời 02 hộ chưa đóng góp dự họp tổ nhân dân tự quản", "rằm tháng Chín âm lịch"),
     task("Thạch Thị Sa Rươl", "phân công hội viên phụ nữ tới nhà 02 hộ nói chuyện", None),
     task("Lâm Văn Ba", "làm đầu mối với Ban quản trị chùa Giồng Giữa chuẩn bị lễ Ok Om Bok, cắt cử thanh niên giữ "
          "xe, giữ trật tự", "10/11/2024"),
     task("Tô Văn Hên", "lập tổ tuần tra đêm", "suốt dịp lễ Ok Om Bok"),
     task("Chi ủy", "thu đảng phí tháng 9, tháng 10 của các đảng viên còn nợ", "tháng 10")],
    ["low_attendance", "unexcused_absence"],
)

# ---------------------------------------------------------------------------------------------------------------
# xt05 — Quảng Nam village; the meeting is cut short by storm Trà Mi: no conclusion, no vote, 65 minutes
# ---------------------------------------------------------------------------------------------------------------

_XT05 = [
    HD(["ĐẢNG BỘ XÃ DUY SƠN", "CHI BỘ THÔN TRÀ KIỆU TÂY", "*"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "Duy Sơn, ngày 26 tháng 10 năm 2024"], bold_left=(1,)),
    G(4),
    C("BIÊN BẢN SINH HOẠT CHI BỘ"),
    C("Tháng 10 - 2024", bold=False),
    G(6),
    L("Bắt đầu: 14 giờ, thứ Bảy 26/10/2024."),
    L("Tại: Hội trường thôn Trà Kiệu Tây."),
    L("Đảng viên: 31 đ/c; miễn sinh hoạt 05; phải dự 26; có mặt 24; vắng 02 (hai) có lý do (Đ/C Võ Văn Hiền đi viện Đà "
      "Nẵng, đ/c Trương Thị Lài đi thăm con ở Bình Dương)."),
    L("Chủ trì: Đ/c Nguyễn Văn Đức - Bí thư chi bộ, Trưởng thôn. Ghi biên bản: Đ/c Lê Thị Hoà."),
    L("Dự: Đ/c Phạm Ngọc Thạch - Đảng ủy viên phụ trách thôn."),
    H("I. Đánh giá tháng 10"),
    P("Đ/c Đức báo cáo: bà con thu hoạch xong lúa Hè Thu, năng suất 62 tạ/ha; thôn hoàn thành kiên cố hoá 600 m "
      "kênh mương nội đồng; tỷ lệ tham gia bảo hiểm y tế đạt 93,5%. Trước mùa mưa bão, thôn đã rà soát 12 hộ vùng "
      "trũng ven sông Thu Bồn, lập danh sách di dời. Hạn chế: rác thải ven đường ĐT610 chưa được thu gom thường "
      "xuyên; quỹ phòng chống thiên tai mới thu được 70%."),
    H("II. Ý kiến"),
    P("Đ/c Trần Minh Sang: kênh mương xong nhưng mấy cống điều tiết chưa có cánh phai, mưa lớn là nước tràn vô "
      "ruộng thấp; thôn nên kiến nghị xã bổ sung."),
    P("Đ/c Huỳnh Thị Thanh Thuý: thống nhất; rác ven ĐT610 chủ yếu do người nơi khác đổ trộm ban đêm, nên gắn "
      "camera ở ngã ba Chợ Chiều."),
    P("Đ/c Phan Văn Lực (thôn đội trưởng): dân quân thôn đã sẵn 02 ghe, 20 áo phao; nhưng nhà văn hoá thôn "
      "chưa có máy phát điện dự phòng."),
    H("III. Phương hướng tháng 11"),
    P("Dự thảo do Chi ủy chuẩn bị: (1) xuống giống vụ Đông Xuân đúng lịch thời vụ; (2) hoàn thành thu quỹ phòng "
      "chống thiên tai; (3) ra quân tổng vệ sinh môi trường; (4) chuẩn bị Ngày hội Đại đoàn kết toàn dân tộc "
      "18/11."),
    P("Vào lúc 15 giờ, đ/c Phạm Ngọc Thạch nhận điện thoại của Ban Chỉ huy phòng thủ dân sự xã: bão số 6 (Trà "
      "Mi) đổi hướng vào Quảng Nam – Quảng Ngãi, xã yêu cầu các thôn triển khai ngay phương án di dời dân vùng "
      "trũng trước 17 giờ chiều nay."),
    P("Đ/c chủ trì đề nghị chi bộ tạm dừng sinh hoạt để làm nhiệm vụ phòng chống bão; phần phương hướng tháng 11 "
      "sẽ bàn, kết luận và biểu quyết tại buổi sinh hoạt bổ sung khi bão tan. Trước khi giải tán, đ/c chủ trì "
      "phân công khẩn:"),
    L("+ Cử đ/c Trần Minh Sang và đ/c Lê Thị Hòa làm đầu mối di dời 12 hộ vùng trũng ven sông Thu Bồn đến trường "
      "Tiểu học Trà Kiệu, xong trước 17 giờ hôm nay."),
    L("+ Yêu cầu đ/c Phan Văn Lực đưa dân quân, ghe, áo phao trực tại nhà văn hóa thôn đến hết ngày 28/10."),
    L("+ Nhờ đ/c Huỳnh Thị Thanh Thuý (Chi hội trưởng Phụ nữ) thông báo bằng loa cầm tay đến từng xóm, ngay sau "
      "cuộc họp."),
    P("Thư ký đọc lại biên bản, các đ/c có mặt thống nhất. Tạm dừng sinh hoạt lúc 15 giờ 05 phút."),
    S(["NGƯỜI GHI BIÊN BẢN", "", "", "Lê Thị Hoà"], ["CHỦ TRÌ", "", "", "Nguyễn Văn Đức"]),
]

_XT05_T = minute(
    meeting("regular", "2024-10-26", "14:00", "15:05", "Hội trường thôn Trà Kiệu Tây",
            "CHI BỘ THÔN TRÀ KIỆU TÂY", "ĐẢNG BỘ XÃ DUY SƠN"),
    "Nguyễn Văn Đức", "Bí thư chi bộ", "Lê Thị Hoà",
    attendance(31, 24, 2, 2, 0, 5,
               [("Võ Văn Hiền", "đi viện Đà Nẵng", True), ("Trương Thị Lài", "đi thăm con ở Bình Dương", True)],
               [("Phạm Ngọc Thạch", "Đảng ủy viên phụ trách thôn")]),
    False, [],
    [task("Trần Minh Sang", "làm đầu mối di dời 12 hộ vùng trũng ven sông Thu Bồn đến trường Tiểu học Trà Kiệu",
          "17 giờ hôm nay"),
     task("Lê Thị Hòa", "làm đầu mối di dời 12 hộ vùng trũng ven sông Thu Bồn đến trường Tiểu học Trà Kiệu",
          "17 giờ hôm nay"),
     task("Phan Văn Lực", "đưa dân quân, ghe, áo phao trực tại nhà văn hóa thôn", "hết ngày 28/10"),
     task("Huỳnh Thị Thanh Thuý", "thông báo bằng loa cầm tay đến từng xóm", "ngay sau cuộc họp")],
    ["missing_conclusion", "missing_vote", "short_meeting"],
)

# ---------------------------------------------------------------------------------------------------------------
# xt06 — Hồ Chí Minh City, base-level cell of a lower secondary school; official and probationary members
# counted apart; the minutes are "lập xong" but never read back
# ---------------------------------------------------------------------------------------------------------------

_XT06 = [
    HD(["ĐẢNG BỘ QUẬN GÒ VẤP", "CHI BỘ CƠ SỞ", "TRƯỜNG THCS AN NHƠN", "Số: 12-BB/CB"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "Gò Vấp, ngày 20 tháng 12 năm 2024"], bold_left=(1, 2)),
    G(4),
    C("BIÊN BẢN"),
    C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 12/2024"),
    C("(Nội dung chính: sơ kết học kỳ I năm học 2024 – 2025)", bold=False, italic=True),
    G(6),
    H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
    L("1. Thời gian: khai mạc 13:45, ngày 20/12/2024 (thứ Sáu)."),
    L("2. Địa điểm: Phòng Hội đồng sư phạm nhà trường."),
    L("3. Thành phần:"),
    L("– Đảng viên chính thức: có mặt 24/25; vắng 01: đ/c Mai Thị Ngọc Bích, nghỉ ốm (có đơn).", indent=14),
    L("– Đảng viên dự bị: có mặt 03/03.", indent=14),
    L("– Khách mời: đ/c Đặng Quốc Bảo, Phó Trưởng Phòng Giáo dục và Đào tạo quận.", indent=14),
    L("4. Chủ trì: đ/c Ngô Thị Kim Loan – Bí thư chi bộ, Hiệu trưởng."),
    L("5. Thư ký: đ/c Lưu Minh Trí."),
    H("II. NỘI DUNG SINH HOẠT"),
    L("1. Sơ kết học kỳ I", bold=True, italic=True),
    P("Đ/c Trịnh Văn Hải, Phó Bí thư, Phó Hiệu trưởng trình bày báo cáo: toàn trường 1.486 học sinh, 36 lớp; "
      "học kỳ I tỷ lệ học sinh có kết quả học tập tốt và khá 71,3%, chưa đạt 3,1%; 14 học sinh đạt giải học sinh "
      "giỏi cấp quận; tổ chức kiểm tra cuối kỳ đúng lịch của Phòng. Tồn tại: sĩ số lớp 9 bình quân 45 học "
      "sinh/lớp; tỷ lệ chưa đạt môn Toán khối 8 còn cao (6,8%); có 01 phụ huynh phản ánh trên mạng xã hội việc "
      "thu tiền hoạt động trải nghiệm."),
    L("2. Công tác xây dựng Đảng", bold=True, italic=True),
    P("Chi bộ đã hoàn thành kiểm điểm, đánh giá, xếp loại đảng viên năm 2024 ngày 06/12, kết quả đã báo cáo Quận "
      "ủy. Hồ sơ đề nghị công nhận đảng viên chính thức của đ/c Phùng Gia Hân đến hạn ngày 15/01/2025. Chi bộ "
      "bắt đầu chuẩn bị văn kiện đại hội chi bộ nhiệm kỳ 2025 – 2030."),
    L("3. Thảo luận", bold=True, italic=True),
    L("Đ/c Võ Thị Thanh Tuyền (tổ trưởng tổ Toán): Toán 8 chưa đạt cao vì đề chung của quận ra phần vận dụng "
      "nhiều; tổ đề nghị tăng phụ đạo chiều thứ Ba, thứ Năm."),
    L("Đ/c Trịnh Văn Hải: phụ đạo thì được, nhưng phòng học buổi chiều đã kín lịch câu lạc bộ, phải xếp lại."),
    L("Đ/c Võ Thị Thanh Tuyền: tổ Toán xin dùng phòng thư viện 2 buổi/tuần."),
    L("Đ/c Trịnh Văn Hải: thư viện thì được, miễn không trùng tiết đọc sách của khối 6."),
    L("Đ/c Lưu Minh Trí: việc phụ huynh phản ánh là do thông báo thu gửi qua Zalo lớp không nêu cụ thể từng khoản chi; "
      "đã giải thích, phụ huynh đã gỡ bài. Nên có mẫu thông báo chung toàn trường."),
    L("Đ/c Đặng Quốc Bảo (Phòng GD&ĐT quận): sĩ số lớp 9 đông chưa giải quyết được trong năm nay; trường cần "
      "ưu tiên ôn thi tuyển sinh lớp 10, gửi số liệu thi thử về Phòng."),
    L("Đ/c Ngô Thị Kim Loan: các khoản thu phải qua Ban đại diện cha mẹ học sinh, không giáo viên chủ nhiệm "
      "nào tự thu."),
    L("4. Kết luận của đồng chí Bí thư", bold=True, italic=True),
    P("Chi bộ thống nhất đánh giá học kỳ I nhà trường hoàn thành tốt nhiệm vụ; học kỳ II tập trung nâng chất "
      "lượng môn Toán khối 8 và ôn thi tuyển sinh lớp 10; chấn chỉnh ngay việc thông báo các khoản thu; chuẩn bị "
      "chu đáo các điều kiện cho đại hội chi bộ."),
    P("Biểu quyết kết luận: 26/27 đ/c tán thành, 01 đ/c có ý kiến khác."),
    L("5. Phân công", bold=True, italic=True),
    P("Yêu cầu đ/c Võ Thị Thanh Tuyền xây dựng kế hoạch phụ đạo môn Toán khối 8 (hạn chót: 27/12/2024), đ/c Trịnh "
      "Văn Hải xếp phòng thư viện cho lớp phụ đạo, xong trong tuần đầu học kỳ II."),
    P("Đ/c Lưu Minh Trí soạn mẫu thông báo các khoản thu dùng chung toàn trường, trình Ban Giám hiệu. Thời hạn: "
      "10/01/2025."),
    P("Chi ủy hoàn thiện hồ sơ đề nghị công nhận đảng viên chính thức cho đ/c Phùng Gia Hân, nộp Quận ủy đúng hạn "
      "15/01/2025."),
    P("Đến hết quý I/2025, đ/c Trịnh Văn Hải và đ/c Hồ Ngọc Diễm (tổ trưởng tổ Ngữ văn) tổ chức 03 đợt thi thử "
      "tuyển sinh lớp 10 cho khối 9, gửi kết quả về Phòng GD&ĐT."),
    P("Sinh hoạt kết thúc lúc 17:10. Biên bản lập xong vào lúc 17 giờ 15 phút cùng ngày, gồm 02 trang, lập thành "
      "02 bản: 01 bản lưu chi bộ, 01 bản gửi Quận ủy."),
    S(["THƯ KÝ", "", "", "Lưu Minh Trí"], ["T/M CHI BỘ", "BÍ THƯ", "", "Ngô Thị Kim Loan"]),
]

_XT06_T = minute(
    meeting("regular", "2024-12-20", "13:45", "17:10", "Phòng Hội đồng sư phạm nhà trường",
            "CHI BỘ CƠ SỞ TRƯỜNG THCS AN NHƠN", "ĐẢNG BỘ QUẬN GÒ VẤP"),
    "Ngô Thị Kim Loan", "Bí thư chi bộ", "Lưu Minh Trí",
    attendance(28, 27, 1, 1, 0, 0, [("Mai Thị Ngọc Bích", "nghỉ ốm (có đơn)", True)],
               [("Đặng Quốc Bảo", "Phó Trưởng Phòng Giáo dục và Đào tạo quận")]),
    True,
    [vote("Thông qua kết luận tháng 12", 26, None, 1, None)],
    [task("Võ Thị Thanh Tuyền", "xây dựng kế hoạch phụ đạo môn Toán khối 8", "27/12/2024"),
     task("Trịnh Văn Hải", "xếp phòng thư viện cho lớp phụ đạo", "tuần đầu học kỳ II"),
     task("Lưu Minh Trí", "soạn mẫu thông báo các khoản thu dùng chung toàn trường, trình Ban Giám hiệu",
          "10/01/2025"),
     task("Chi ủy", "hoàn thiện hồ sơ đề nghị công nhận đảng viên chính thức cho đ/c Phùng Gia Hân, nộp Quận ủy",
          "15/01/2025"),
     task("Trịnh Văn Hải", "tổ chức 03 đợt thi thử tuyển sinh lớp 10 cho khối 9, gửi kết quả về Phòng GD&ĐT",
          "hết quý I/2025"),
     task("Hồ Ngọc Diễm", "tổ chức 03 đợt thi thử tuyển sinh lớp 10 cho khối 9, gửi kết quả về Phòng GD&ĐT",
          "hết quý I/2025")],
    ["not_approved"],
)

# ---------------------------------------------------------------------------------------------------------------
# xt07 — Lai Châu, Giáy / Dao village; a typed form whose place-and-date line was never filled in
# ---------------------------------------------------------------------------------------------------------------

_XT07 = [
    HD(["ĐẢNG BỘ XÃ BẢN GIANG", "CHI BỘ BẢN NÀ TĂM", "Số: 01-BB/CB"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "…………, ngày …… tháng …… năm 20……"], bold_left=(1,)),
    G(4),
    C("BIÊN BẢN"),
    C("SINH HOẠT CHI BỘ THÁNG 01 NĂM 2025"),
    G(6),
    H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
    L("1. Thời gian: Bắt đầu lúc 19h00 ngày 17/01/2025."),
    L("2. Địa điểm: Nhà văn hóa bản Nà Tăm."),
    L("3. Thành phần:"),
    L("- Tổng số đảng viên: 18 đồng chí; trong đó chính thức: 16, dự bị: 02.", indent=12),
    L("- Số đảng viên được miễn sinh hoạt: 01 (đ/c Lò Văn Inh).", indent=12),
    L("- Có mặt: 16 đồng chí; vắng: 01 đồng chí (Lý do: đ/c Tẩn Láo Lở đi làm thuê ở Bắc Ninh, có báo chi ủy).",
      indent=12),
    L("- Khách mời: đ/c Lù Văn Chìu, Đảng ủy viên, Chủ tịch Hội Nông dân xã.", indent=12),
    L("4. Chủ trì: đ/c Hoàng Văn Pín – Bí thư chi bộ."),
    L("5. Thư ký: đ/c Lò Thị Phương."),
    H("II. NỘI DUNG SINH HOẠT"),
    L("1. Thông tin thời sự:"),
    P("Đ/c Bí thư thông tin: chủ trương sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị theo Nghị quyết số "
      "18-NQ/TW; chỉ đạo của Ban Bí thư về tổ chức Tết Ất Tỵ 2025; dự báo rét đậm, rét hại và băng giá trên vùng "
      "cao của tỉnh."),
    L("2. Kết quả tháng 12/2024:"),
    P("Bản thu hoạch xong 46 ha lúa mùa, năng suất bình quân 52 tạ/ha; trồng mới 3,5 ha chè Shan; 02 hộ nghèo "
      "được hỗ trợ xây nhà theo chương trình xoá nhà tạm, nhà dột nát, đã khởi công; tỷ lệ tham gia bảo hiểm y tế "
      "100%. Hạn chế: 01 vụ cháy nương (0,3 ha) do đốt thực bì không canh giữ; còn 05 hộ chưa làm chuồng trại xa "
      "nhà; một số đảng viên cao tuổi học tập nghị quyết chưa đầy đủ."),
    L("3. Phương hướng tháng 01/2025:"),
    P("Tổ chức cho nhân dân đón Tết Nguyên đán vui tươi, an toàn, tiết kiệm, không để xảy ra đốt pháo, cờ bạc; "
      "chống rét cho trâu, bò; hoàn thành 02 nhà cho hộ nghèo trước Tết; phòng cháy rừng mùa khô; thu đủ đảng "
      "phí năm 2024."),
    L("4. Thảo luận:"),
    L("- Đ/c Lò Văn Thắm: 02 nhà hộ nghèo mới xong phần móng, vật liệu chở lên bản khó vì đường đất trơn; nên huy "
      "động thanh niên gánh vật liệu ngày Chủ nhật.", indent=12),
    L("- Đ/c Hoàng Thị Sinh (Chi hội trưởng Phụ nữ): hội phụ nữ nhận nấu cơm cho người làm nhà. Ngày Tết nhiều "
      "nhà vẫn thả trâu, bò lên rừng, dễ chết rét.", indent=12),
    L("- Đ/c Tẩn A Chài: vụ cháy nương do đốt thực bì không canh; phải tuyên truyền bằng tiếng Dao cho nhóm hộ "
      "Dao ở đầu bản.", indent=12),
    L("- Đ/c Lù Văn Chìu (khách mời): Hội Nông dân xã có 30 bao cám hỗ trợ hộ nghèo nuôi trâu, bò qua rét, bản "
      "lập danh sách gửi Hội.", indent=12),
    L("5. Kết luận:"),
    P("Đ/c Hoàng Văn Pín kết luận: chi bộ thống nhất với báo cáo và phương hướng tháng 01/2025; ưu tiên hoàn thành "
      "02 nhà cho hộ nghèo trước Tết, chống rét cho gia súc, giữ an ninh trật tự dịp Tết; tuyên truyền phòng cháy "
      "rừng bằng cả tiếng Giáy, tiếng Dao."),
    L("6. Biểu quyết: 16/16 đồng chí có mặt nhất trí (100%)."),
    L("7. Phân công:"),
    L("- Đ/c Lò Văn Thắm (Bí thư Chi đoàn) huy động đoàn viên gánh vật liệu làm nhà vào các ngày Chủ nhật, xong "
      "trước 25/01/2025.", indent=12),
    L("- Đ/c Hoàng Thị Sinh lập danh sách hộ nghèo nhận cám hỗ trợ, gửi Hội Nông dân xã trước ngày 20/01.",
      indent=12),
    L("- Đ/c Tẩn A Chài cùng trưởng nhóm hộ Dao đi từng nhà tuyên truyền phòng cháy rừng, hoàn thành trong tháng "
      "01.", indent=12),
    L("- Chi ủy đôn đốc thu đảng phí năm 2024, nộp Đảng ủy xã trước Tết Nguyên đán.", indent=12),
    P("Buổi sinh hoạt kết thúc lúc 21h05 cùng ngày. Biên bản đã được thông qua trước chi bộ, 16/16 đồng chí nhất "
      "trí."),
    S(["THƯ KÝ", "", "", "Lò Thị Phương"], ["BÍ THƯ CHI BỘ", "", "", "Hoàng Văn Pín"]),
]

_XT07_T = minute(
    meeting("regular", "2025-01-17", "19:00", "21:05", "Nhà văn hóa bản Nà Tăm",
            "CHI BỘ BẢN NÀ TĂM", "ĐẢNG BỘ XÃ BẢN GIANG"),
    "Hoàng Văn Pín", "Bí thư chi bộ", "Lò Thị Phương",
    attendance(18, 16, 1, 1, 0, 1, [("Tẩn Láo Lở", "đi làm thuê ở Bắc Ninh, có báo chi ủy", True)],
               [("Lù Văn Chìu", "Đảng ủy viên, Chủ tịch Hội Nông dân xã")]),
    True,
    [vote("Thông qua kết luận tháng 01", 16, None, None, 100)],
    [task("Lò Văn Thắm", "huy động đoàn viên gánh vật liệu làm nhà vào các ngày Chủ nhật", "25/01/2025"),
     task("Hoàng Thị Sinh", "lập danh sách hộ nghèo nhận cám hỗ trợ, gửi Hội Nông dân xã", "20/01"),
     task("Tẩn A Chài", "cùng trưởng nhóm hộ Dao đi từng nhà tuyên truyền phòng cháy rừng", "tháng 01"),
     task("Chi ủy", "đôn đốc thu đảng phí năm 2024, nộp Đảng ủy xã", "Tết Nguyên đán")],
    ["unfilled_template"],
)

# ---------------------------------------------------------------------------------------------------------------
# xt08 — Cà Mau fishing hamlet, thematic meeting on IUU; opinions only counted; tasks put off to next month
# ---------------------------------------------------------------------------------------------------------------

_XT08_TOPIC = ("Đảng viên gương mẫu chấp hành các quy định chống khai thác hải sản bất hợp pháp, không báo cáo và "
               "không theo quy định (IUU)")

_XT08 = [
    HD(["ĐẢNG BỘ XÃ KHÁNH HỘI", "CHI BỘ ẤP KINH HỘI", "*"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "Khánh Hội, ngày 22 tháng 5 năm 2025"], bold_left=(1,)),
    G(4),
    C("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ"),
    C("QUÝ II NĂM 2025"),
    C("Chuyên đề: " + _XT08_TOPIC, bold=False, italic=True),
    G(6),
    L("- Thời gian: từ 8 giờ 00 đến 10 giờ 15, ngày 22/5/2025."),
    L("- Địa điểm: Hội trường ấp Kinh Hội."),
    L("- Đảng viên: tổng số 17 đ/c, có mặt 16 đ/c, vắng 01 đ/c (Danh Văn Lâm – đi biển chưa về)."),
    L("- Dự sinh hoạt: đ/c Thiếu tá Trần Văn Nhỏ, Đội trưởng Đội vận động quần chúng, Đồn Biên phòng Khánh Hội."),
    L("- Chủ trì: đ/c Quách Văn Dũng, Bí thư Chi bộ; thư ký: đ/c Nguyễn Thị Ngọc Hân."),
    H("1. Trình bày chuyên đề"),
    P("Đ/c Lê Hoàng Phúc, Phó Bí thư chi bộ, trình bày chuyên đề. Từ tháng 10/2017, Ủy ban châu Âu cảnh báo "
      "“thẻ vàng” đối với thủy sản Việt Nam; sau bốn lần kiểm tra, cảnh báo vẫn chưa được gỡ. Ấp Kinh Hội có 38 "
      "tàu cá, trong đó 11 tàu dài từ 15 m trở lên phải lắp thiết bị giám sát hành trình. Quý I/2025 trên địa bàn "
      "xã có 02 tàu mất kết nối quá 6 giờ khi hoạt động trên biển, 01 tàu bị xử phạt theo Nghị định số "
      "38/2024/NĐ-CP vì không ghi nhật ký khai thác."),
    P("Chuyên đề nêu rõ trách nhiệm của đảng viên là chủ tàu, thuyền trưởng và đảng viên có người thân đi biển: "
      "gương mẫu chấp hành, vận động gia đình và bạn thuyền không vượt ranh giới sang vùng biển nước ngoài, không "
      "tháo, tắt thiết bị giám sát hành trình, khai báo đầy đủ khi xuất bến, cập bến; coi đây là tiêu chí đánh "
      "giá, xếp loại đảng viên cuối năm."),
    H("2. Thảo luận"),
    P("Sau phần trình bày có 05 lượt ý kiến tham gia. Các ý kiến thống nhất với nội dung chuyên đề; nhiều ý kiến "
      "phản ánh thiết bị giám sát hành trình hay mất tín hiệu khi tàu ra xa bờ, phí thuê bao hằng năm cao so với "
      "thu nhập của tàu nhỏ; có ý kiến đề nghị được hướng dẫn lại cách ghi nhật ký khai thác; một đồng chí là chủ "
      "tàu cho biết đã tự lắp thêm bộ nguồn dự phòng cho thiết bị. Những thắc mắc về thủ tục được giải đáp ngay "
      "tại buổi sinh hoạt."),
    H("3. Kết luận"),
    P("Đ/c Quách Văn Dũng kết luận: chi bộ thống nhất cao với nội dung chuyên đề. Đảng viên là chủ tàu, thuyền "
      "trưởng ký cam kết không vi phạm IUU, không tháo, tắt thiết bị giám sát hành trình; đảng viên có người thân "
      "đi biển vận động gia đình chấp hành. Chi bộ kiến nghị Đồn Biên phòng Khánh Hội tập huấn lại cách ghi nhật "
      "ký khai thác cho ngư dân trong ấp. Việc phân công từng đảng viên theo dõi, nhắc nhở từng tàu cá sẽ được chi "
      "bộ bàn và phân công cụ thể tại kỳ sinh hoạt thường kỳ tháng 6/2025. Đề nghị các đồng chí đảng viên tiếp tục "
      "tuyên truyền sâu rộng trong bà con ngư dân."),
    P("Chi bộ biểu quyết nhất trí 100% với nội dung chuyên đề và kết luận của đồng chí chủ trì (16/16 đ/c)."),
    P("Buổi sinh hoạt kết thúc 10 giờ 15 phút. Biên bản được đọc lại, thông qua trước chi bộ."),
    S(["THƯ KÝ", "", "", "Nguyễn Thị Ngọc Hân"], ["CHỦ TRÌ", "", "", "Quách Văn Dũng"]),
]

_XT08_T = minute(
    meeting("thematic", "2025-05-22", "08:00", "10:15", "Hội trường ấp Kinh Hội",
            "CHI BỘ ẤP KINH HỘI", "ĐẢNG BỘ XÃ KHÁNH HỘI", topic=_XT08_TOPIC),
    "Quách Văn Dũng", "Bí thư Chi bộ", "Nguyễn Thị Ngọc Hân",
    attendance(17, 16, 1, 1, 0, 0, [("Danh Văn Lâm", "đi biển chưa về", True)],
               [("Trần Văn Nhỏ", "Đội trưởng Đội vận động quần chúng, Đồn Biên phòng Khánh Hội")]),
    True,
    [vote("Nhất trí nội dung chuyên đề và kết luận", 16, None, None, 100)],
    [],
    ["missing_assignments", "no_discussion"],
)

# ---------------------------------------------------------------------------------------------------------------
# xt09 — Thái Nguyên, a private tea enterprise (doanh nghiệp tư nhân); a long back-and-forth; three members each
# with a part of one task and one shared deadline; two votes, the second only approves the minutes; clean
# ---------------------------------------------------------------------------------------------------------------

_XT09 = [
    HD(["ĐẢNG BỘ THÀNH PHỐ THÁI NGUYÊN", "ĐẢNG ỦY XÃ TÂN CƯƠNG", "CHI BỘ DOANH NGHIỆP TƯ NHÂN", "CHÈ HOÀNG BÌNH"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tân Cương, ngày 05 tháng 6 năm 2025"], bold_left=(2, 3)),
    G(4),
    C("BIÊN BẢN"),
    C("HỌP CHI BỘ THƯỜNG KỲ THÁNG SÁU NĂM 2025"),
    G(6),
    L("Thời gian: từ 16h30 đến 18h45 ngày 05/6/2025 (sau giờ tan ca)."),
    L("Địa điểm: nhà điều hành xưởng chế biến chè, xóm Nam Đồng."),
    L("Dự họp: 08/08 đảng viên chính thức và 02/02 đảng viên dự bị; vắng: không."),
    L("Chủ trì: đ/c Hoàng Văn Bình – Bí thư chi bộ, chủ doanh nghiệp. Thư ký: đ/c Dương Thị Nga – kế toán."),
    H("§1. Tình hình sản xuất, kinh doanh tháng 5"),
    P("Đ/c Lê Đức Thịnh, Phó Bí thư, quản đốc xưởng báo cáo: tháng 5 doanh nghiệp thu mua 46 tấn chè búp tươi của "
      "180 hộ liên kết, sản xuất 9,2 tấn chè thành phẩm, xuất 02 lô đi Đài Loan (3,5 tấn); doanh thu 4,1 tỷ đồng, "
      "tăng 12% so với cùng kỳ; thu nhập bình quân của công nhân 8,6 triệu đồng/tháng. Tồn tại: nắng nóng kéo dài, "
      "02 công nhân bị bỏng nhẹ khi sao chè; trạm biến áp quá tải, mất điện 3 lần giữa ca; công nhân làm thêm "
      "giờ nhiều, có ngày quá 4 giờ."),
    H("§2. Công tác xây dựng Đảng"),
    P("Chi bộ đang bồi dưỡng 02 quần chúng ưu tú là Ma Thị Huyền và Trần Văn Phú, cả hai đã học xong lớp nhận "
      "thức về Đảng. Đ/c Nông Thị Lụa, đảng viên dự bị, đến tháng 9/2025 đủ thời gian xét chuyển chính thức."),
    H("§3. Thảo luận"),
    L("Đ/c Ma Văn Khải (tổ trưởng tổ sao sấy): hai vụ bỏng là do găng tay cũ đã thủng, dây điện lò sao số 3 bị "
      "hở; phải thay ngay, không đợi hết vụ."),
    L("Đ/c Hoàng Văn Bình: thay cả hệ thống dây điện hết khoảng 40 triệu, doanh nghiệp chi được. Nhưng đang "
      "chính vụ thì dừng lò nào?"),
    L("Đ/c Ma Văn Khải: làm từng lò vào chiều Chủ nhật, mỗi tuần một lò, không ảnh hưởng sản lượng."),
    L("Đ/c Đào Thị Thu (Chủ tịch Công đoàn): làm thêm quá 4 giờ một ngày là trái Bộ luật Lao động; phải có sổ "
      "theo dõi và trả lương làm thêm đúng quy định."),
    L("Đ/c Hoàng Văn Bình: đồng ý. Cao điểm thì tuyển thêm lao động thời vụ, không dồn giờ cho công nhân cũ."),
    L("Đ/c Nông Thị Lụa: 06 công nhân mới vào chưa được hướng dẫn an toàn bài bản, mới chỉ dặn miệng."),
    L("Đ/c Vũ Văn Tùng: năm ngoái tôi đã học lớp an toàn, vệ sinh lao động của tỉnh, hướng dẫn được."),
    L("Đ/c Dương Thị Nga: hồ sơ VietGAP vùng chè 12 ha liên kết còn thiếu sổ ghi chép của 23 hộ; nếu không xong "
      "trong quý III thì lô hàng Đài Loan tháng 10 không đủ điều kiện."),
    L("Đ/c Lê Đức Thịnh: trạm biến áp phải làm việc với Điện lực, doanh nghiệp tự nâng không được."),
    H("§4. Kết luận"),
    P("Đ/c Bí thư kết luận: tháng 5 doanh nghiệp sản xuất, kinh doanh có hiệu quả, đời sống công nhân ổn định. "
      "Tháng 6 chi bộ tập trung lãnh đạo bảo đảm an toàn lao động, phòng chống nắng nóng; không để công nhân làm "
      "thêm quá giờ quy định; hoàn thiện hồ sơ VietGAP; tiếp tục bồi dưỡng 02 quần chúng ưu tú."),
    P("Biểu quyết kết luận: 10/10 đ/c tán thành (100%)."),
    H("§5. Phân công"),
    P("Về an toàn lao động, giao đ/c Ma Văn Khải, đ/c Đào Thị Thu và đ/c Vũ Văn Tùng, mỗi đồng chí một phần việc: "
      "đ/c Khải kiểm tra, thay dây điện và găng tay, tạp dề cho các lò sao; đ/c Thu lập sổ theo dõi giờ làm thêm "
      "của công nhân; đ/c Tùng hướng dẫn an toàn cho 06 công nhân mới. Thời hạn chung cho cả ba việc: 20/6/2025."),
    P("Đ/c Dương Thị Nga chịu trách nhiệm chính hoàn thiện hồ sơ VietGAP cho vùng chè 12 ha liên kết, phối hợp với "
      "HTX chè Nam Đồng, đến hết quý III."),
    P("Đ/c Lê Đức Thịnh làm việc với Điện lực Thái Nguyên về nâng công suất trạm biến áp, sau 1 tuần báo lại chi bộ."),
    P("Buổi họp kết thúc lúc 18h45. Thư ký đọc lại biên bản; chi bộ biểu quyết thông qua biên bản: 10/10 đ/c nhất "
      "trí."),
    S(["THƯ KÝ", "", "", "Dương Thị Nga"], ["BÍ THƯ CHI BỘ", "", "", "Hoàng Văn Bình"]),
]

_XT09_T = minute(
    meeting("regular", "2025-06-05", "16:30", "18:45", "nhà điều hành xưởng chế biến chè, xóm Nam Đồng",
            "CHI BỘ DOANH NGHIỆP TƯ NHÂN CHÈ HOÀNG BÌNH", "ĐẢNG ỦY XÃ TÂN CƯƠNG"),
    "Hoàng Văn Bình", "Bí thư chi bộ", "Dương Thị Nga",
    attendance(10, 10, 0, 0, 0, 0),
    True,
    [vote("Thông qua kết luận tháng 6", 10, None, None, 100)],
    [task("Ma Văn Khải", "kiểm tra, thay dây điện và găng tay, tạp dề cho các lò sao", "20/6/2025"),
     task("Đào Thị Thu", "lập sổ theo dõi giờ làm thêm của công nhân", "20/6/2025"),
     task("Vũ Văn Tùng", "hướng dẫn an toàn cho 06 công nhân mới", "20/6/2025"),
     task("Dương Thị Nga", "hoàn thiện hồ sơ VietGAP cho vùng chè 12 ha liên kết, phối hợp với HTX chè Nam Đồng",
          "hết quý III"),
     task("Lê Đức Thịnh", "làm việc với Điện lực Thái Nguyên về nâng công suất trạm biến áp", "sau 1 tuần")],
    [],
)

# ---------------------------------------------------------------------------------------------------------------
# xt10 — Nam Định hamlet; land-consolidation plan left open ("chưa kết luận"); the month's programme is voted;
# one member absent because he "forgot"
# ---------------------------------------------------------------------------------------------------------------

_XT10 = [
    HD(["ĐẢNG BỘ XÃ XUÂN NINH", "CHI BỘ XÓM 4", "*"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "Xuân Ninh, ngày 05 tháng Tư năm 2025"], bold_left=(1,)),
    G(4),
    C("BIÊN BẢN"),
    C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 4/2025"),
    G(6),
    P("Vào hồi 19 giờ 30', ngày 05 tháng Tư năm 2025, tại Nhà văn hoá xóm 4, Chi bộ xóm 4 họp thường kỳ tháng 4."),
    P("Thành phần: tổng số đảng viên 23 đ/c, miễn sinh hoạt 02 đ/c; có mặt 19 đ/c; vắng 02 đ/c: đ/c Trần Văn Thiệu "
      "(bận việc riêng), đ/c Vũ Đình Hậu (quên lịch họp)."),
    P("Chủ trì: Đ/c Đoàn Văn Khang – Bí thư chi bộ. Thư ký: Đ/c Phạm Thị Thuỷ."),
    H("* Thông tin thời sự"),
    P("Đ/c Khang thông tin: chủ trương nghiên cứu sắp xếp đơn vị hành chính, không tổ chức cấp huyện, sáp nhập "
      "một số xã theo kết luận của Bộ Chính trị; lịch cấp nước sạch của nhà máy nước liên xã trong mùa khô; Lễ "
      "Phục sinh năm nay vào ngày 20/4, giáo họ Phú An tổ chức canh thức đêm 19/4."),
    H("* Đánh giá tháng 3"),
    P("Xóm hoàn thành cấy 42 ha lúa chiêm xuân, lúa sinh trưởng tốt; nạo vét 1,5 km kênh tưới; thu quỹ khuyến "
      "học đạt 95%; an ninh trật tự ổn định. Hạn chế: còn tình trạng đổ rác ra bờ kênh; một số hộ chưa đồng thuận "
      "với phương án dồn điền đổi thửa cánh đồng Cồn Gạo do Ban phát triển sản xuất của xóm xây dựng."),
    H("* Thảo luận phương án dồn điền đổi thửa cánh đồng Cồn Gạo"),
    L("- Đ/c Nguyễn Văn Hưng: nhất trí phương án, mỗi hộ còn tối đa 2 thửa thì máy cấy, máy gặt mới vào được."),
    L("- Đ/c Trần Thị Mến: không đồng ý chia lại theo nhân khẩu hiện nay, vì nhiều hộ có con đi làm ăn xa đã "
      "chuyển khẩu; nên giữ diện tích theo sổ đỏ, chỉ đổi vị trí."),
    L("- Đ/c Phạm Văn Toản (xóm trưởng): ruộng ven đê với ruộng trong đồng chênh nhau chất đất, đổi một lấy một "
      "thì thiệt cho hộ đang cầm ruộng trong; phải có hệ số quy đổi."),
    L("- Đ/c Vũ Thị Hằng (Chi hội trưởng Phụ nữ): chị em hỏi bao giờ đổi, sợ đổi giữa vụ thì mất lúa đã cấy; chỉ "
      "nên làm sau khi gặt vụ chiêm."),
    L("- ĐC Nguyễn Văn Hưng: chờ hết vụ thì phải chốt phương án trước tháng 5 mới kịp đo đạc."),
    P("Đ/c chủ trì ghi nhận các ý kiến. Do còn nhiều ý kiến khác nhau về phương án dồn điền đổi thửa cánh đồng Cồn "
      "Gạo, đồng chí đề nghị chưa kết luận nội dung này tại kỳ họp; Chi ủy có trách nhiệm tổng hợp, xin ý kiến "
      "Đảng ủy xã trước ngày 15/4 và báo cáo lại chi bộ."),
    H("* Chương trình công tác tháng 4"),
    P("Chăm sóc lúa chiêm xuân, phòng trừ sâu cuốn lá nhỏ lứa 1; ra quân vệ sinh kênh tưới nội đồng; bảo đảm "
      "an ninh trật tự dịp lễ Phục sinh và dịp 30/4 – 1/5."),
    P("Chi bộ biểu quyết thông qua chương trình công tác tháng 4: 18/19 đ/c tán thành, 01 đ/c không tán thành."),
    H("* Phân công"),
    L("- Giao đ/c Phạm Văn Toản, xóm trưởng, cùng Ban hành giáo họ Phú An bố trí người giữ trật tự, trông xe đêm "
      "canh thức Phục sinh (đêm 19/4/2025)."),
    L("- Đ/c Vũ Thị Hằng vận động hội viên ra quân vệ sinh kênh tưới nội đồng vào Chủ nhật 13/4."),
    L("- Đề nghị đ/c Nguyễn Văn Hưng đảm nhận hướng dẫn bà con phun thuốc trừ sâu cuốn lá nhỏ lứa 1, theo lịch của "
      "HTX."),
    P("Cuộc họp kết thúc hồi 21 giờ 40'. Biên bản đã được đọc lại cho chi bộ nghe và nhất trí thông qua."),
    S(["THƯ KÝ", "", "", "Phạm Thị Thủy"], ["BÍ THƯ", "", "", "Đoàn Văn Khang"]),
]

_XT10_T = minute(
    meeting("regular", "2025-04-05", "19:30", "21:40", "Nhà văn hoá xóm 4", "CHI BỘ XÓM 4", "ĐẢNG BỘ XÃ XUÂN NINH"),
    "Đoàn Văn Khang", "Bí thư chi bộ", "Phạm Thị Thuỷ",
    attendance(23, 19, 2, 1, 1, 2,
               [("Trần Văn Thiệu", "bận việc riêng", True), ("Vũ Đình Hậu", "quên lịch họp", False)]),
    False,
    [vote("Thông qua chương trình công tác tháng 4", 18, 1, None, None)],
    [task("Chi ủy", "tổng hợp, xin ý kiến Đảng ủy xã", "15/4"),
     task("Phạm Văn Toản", "cùng Ban hành giáo họ Phú An bố trí người giữ trật tự, trông xe đêm canh thức Phục sinh",
          "đêm 19/4/2025"),
     task("Vũ Thị Hằng", "vận động hội viên ra quân vệ sinh kênh tưới nội đồng", "Chủ nhật 13/4"),
     task("Nguyễn Văn Hưng", "hướng dẫn bà con phun thuốc trừ sâu cuốn lá nhỏ lứa 1, theo lịch của HTX", None)],
    ["missing_conclusion", "unexcused_absence"],
)

# ---------------------------------------------------------------------------------------------------------------
# xt11 — Tiền Giang, cell of a market management board; "V/v" line; the date only above the signatures; clean
# ---------------------------------------------------------------------------------------------------------------

_XT11 = [
    HD(["ĐẢNG BỘ PHƯỜNG 1", "CHI BỘ BAN QUẢN LÝ", "CHỢ MỸ THO", "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM"], bold_left=(1, 2)),
    G(2),
    C("BIÊN BẢN HỌP CHI BỘ"),
    C("Tháng 8 năm 2024", bold=False),
    C("V/v: đánh giá công tác tháng 7, triển khai nhiệm vụ tháng 8 và phương án phòng cháy, chữa cháy chợ",
      bold=False, italic=True),
    G(6),
    P("Hôm nay, lúc 14 giờ, tại văn phòng Ban Quản lý chợ, Chi bộ Ban Quản lý chợ Mỹ Tho họp định kỳ."),
    P("Có mặt 11/11 đồng chí. Đồng chí Nguyễn Thị Bích Liên, Bí thư chi bộ, Trưởng Ban Quản lý chợ chủ trì; đồng "
      "chí Lê Hữu Phát ghi biên bản."),
    H("I. Kết quả tháng 7"),
    P("Thu phí dịch vụ, tiền thuê điểm kinh doanh đạt 97% kế hoạch; 312/340 sạp hoạt động; triển khai thu phí "
      "qua mã QR ở 2 dãy sạp vải, 60% tiểu thương đã sử dụng. Tồn tại: dãy sạp cá, sạp rau còn câu móc dây điện "
      "tự phát; lối thoát nạn phía đường Lê Lợi bị lấn chiếm để hàng; 28 sạp đóng cửa kéo dài."),
    H("II. Nhiệm vụ tháng 8, phương án phòng cháy, chữa cháy"),
    P("Theo biên bản kiểm tra của Công an thành phố ngày 25/7, chợ còn 5 tồn tại về phòng cháy, chữa cháy: dây "
      "điện câu móc; 14 bình chữa cháy hết hạn; lối thoát nạn bị lấn chiếm; máy bơm chữa cháy chưa chạy thử định "
      "kỳ; lực lượng chữa cháy tại chỗ chưa diễn tập năm 2024. Tháng 8 phải khắc phục xong các tồn tại này, đồng "
      "thời duy trì thu phí, giữ vệ sinh, trật tự trong chợ."),
    H("III. Ý kiến"),
    L("Đ/c Nguyễn Văn Ba (anh Ba, Tổ trưởng tổ bảo vệ): bơm chữa cháy đã chạy thử ngày 30/7, nước đủ; nhưng ca "
      "đêm mới có 3 anh em biết vận hành."),
    L("Đ/c Trần Thanh Tùng (phụ trách điện, nước): dây câu móc chủ yếu ở dãy cá do tiểu thương tự kéo thêm tủ "
      "đông; phải có Điện lực vào lắp công tơ riêng mới dẹp dứt điểm."),
    L("Đ/c Huỳnh Thị Kim Thoa: tiểu thương dãy rau phản ánh quét mã QR hay lỗi mạng lúc sáng sớm, nên giữ song "
      "song thu tiền mặt."),
    L("Đ/c Lê Hữu Phát: thống nhất; nên đưa nội dung phòng cháy vào buổi họp tiểu thương đầu tháng."),
    H("IV. Kết luận"),
    P("Đồng chí Bí thư kết luận: chi bộ thống nhất đánh giá tháng 7 hoàn thành cơ bản nhiệm vụ. Tháng 8 tập trung "
      "khắc phục dứt điểm 5 tồn tại về phòng cháy, chữa cháy; giải tỏa lối thoát nạn; mở rộng thu phí qua mã QR "
      "nhưng vẫn nhận tiền mặt của tiểu thương lớn tuổi."),
    P("Chi bộ biểu quyết: 11/11 đồng chí tán thành; không tán thành: 0."),
    H("V. Phân công"),
    L("– Anh Ba làm đầu mối tổ chức diễn tập chữa cháy tại chỗ với lực lượng bảo vệ và tiểu thương, huấn luyện thêm "
      "người vận hành bơm cho ca đêm; sau 1 tuần báo lại chi ủy."),
    L("– Đ/c Trần Thanh Tùng chủ trì, phối hợp với Điện lực Mỹ Tho tháo dỡ dây câu móc, lắp công tơ riêng cho dãy "
      "sạp cá, xong trước 31/8."),
    L("– Đ/c Huỳnh Thị Kim Thoa vận động các hộ dãy sạp vải trả lại lối thoát nạn phía đường Lê Lợi, ngay trong "
      "tuần."),
    L("– Nhờ đ/c Lê Hữu Phát lập danh sách 14 bình chữa cháy hết hạn, trình Ban Quản lý mua thay; đến hết tháng 8 "
      "hoàn thành."),
    P("Cuộc họp kết thúc 16 giờ 10 phút. Biên bản được đọc lại và được các đồng chí dự họp nhất trí thông qua."),
    L("Mỹ Tho, ngày 09 tháng 8 năm 2024", italic=True, indent=250),
    S(["NGƯỜI GHI BIÊN BẢN", "", "", "Lê Hữu Phát"], ["BÍ THƯ CHI BỘ", "", "", "Nguyễn Thị Bích Liên"]),
]

_XT11_T = minute(
    meeting("regular", "2024-08-09", "14:00", "16:10", "văn phòng Ban Quản lý chợ",
            "CHI BỘ BAN QUẢN LÝ CHỢ MỸ THO", "ĐẢNG BỘ PHƯỜNG 1"),
    "Nguyễn Thị Bích Liên", "Bí thư chi bộ", "Lê Hữu Phát",
    attendance(11, 11, 0, 0, 0, 0),
    True,
    [vote("Thông qua kết luận tháng 8", 11, 0, None, None)],
    [task("Nguyễn Văn Ba", "làm đầu mối tổ chức diễn tập chữa cháy tại chỗ với lực lượng bảo vệ và tiểu thương, "
          "huấn luyện thêm người vận hành bơm cho ca đêm", "sau 1 tuần"),
     task("Trần Thanh Tùng", "chủ trì, phối hợp với Điện lực Mỹ Tho tháo dỡ dây câu móc, lắp công tơ riêng cho dãy "
          "sạp cá", "31/8"),
     task("Huỳnh Thị Kim Thoa", "vận động các hộ dãy sạp vải trả lại lối thoát nạn phía đường Lê Lợi",
          "ngay trong tuần"),
     task("Lê Hữu Phát", "lập danh sách 14 bình chữa cháy hết hạn, trình Ban Quản lý mua thay", "hết tháng 8")],
    [],
)

# ---------------------------------------------------------------------------------------------------------------
# xt12 — minute BOOK, Bắc Giang (Yên Thế) village cell, Jul–Nov 2024 (Nùng, Sán Dìu, Kinh names); five minutes
# typed on continuously; the August meeting is held on 03/9; Q3 has no thematic meeting; đc Hoàng Văn Sình absent
# without reason in July, September and November
# ---------------------------------------------------------------------------------------------------------------

_BG_COMMITTEE = "ĐẢNG BỘ XÃ TAM TIẾN"
_BG_CELL = "CHI BỘ THÔN ĐỒNG VANG"


def _bg_header(date_line):
    return HD([_BG_COMMITTEE, _BG_CELL], ["ĐẢNG CỘNG SẢN VIỆT NAM", date_line], bold_left=(1,))


_XT12_M1 = [
    _bg_header("Đồng Vang, ngày 06 tháng 7 năm 2024"),
    C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 7 NĂM 2024"),
    G(4),
    P("Hồi 7g30 ngày 06/7/2024, tại Nhà văn hóa thôn Đồng Vang, Chi bộ thôn sinh hoạt thường kỳ tháng Bảy."),
    P("Tổng số đảng viên: 23; miễn sinh hoạt: 02 (đc Lương Văn Tạo, đc Ninh Thị Mùi – tuổi cao); phải dự: 21; có "
      "mặt: 20; vắng: 01 – đc Hoàng Văn Sình (không lý do)."),
    P("Chủ trì: đc Hà Văn Tuyến, Bí thư chi bộ. Thư ký: đc Diệp Thị Hạnh."),
    P("a) Thông tin: đc Tuyến thông tin kết quả Kỳ họp thứ 7 Quốc hội khóa XV; giá vải thiều vụ này; dự báo mưa "
      "bão năm 2024 của Đài khí tượng thủy văn tỉnh."),
    P("b) Kết quả tháng 6: thôn thu hoạch xong 38 ha vải thiều, sản lượng ước 290 tấn, giá bình quân 18.000 đ/kg, "
      "cao hơn năm trước; trồng mới 12 ha keo sau khai thác; đổ bê tông xong 450 m đường xóm Hố Sâu. Hạn chế: một "
      "số hộ còn đổ vỏ, hạt vải ra suối Rộc; 02 hộ nuôi gà đồi chưa đăng ký tiêm phòng cúm gia cầm."),
    P("c) Phương hướng tháng 7: vệ sinh môi trường sau vụ vải, khơi thông cống rãnh trước mùa mưa; tiêm phòng đàn "
      "gà đợt 2; kỷ niệm 77 năm Ngày Thương binh – Liệt sĩ, thăm 09 gia đình chính sách."),
    P("d) Ý kiến: Đc Nông Văn Lạng đề nghị thôn đặt 3 điểm tập kết vỏ vải, hợp đồng với tổ thu gom của xã. Đc "
      "Trương Văn Quang cho rằng cống qua đường xóm Khe Cạn nhỏ, mưa to là ngập, nên đề nghị xã làm cống hộp. Đc "
      "Lỷ Thị Mai: Chi hội Phụ nữ đã có danh sách 09 gia đình chính sách, quà mỗi suất 300.000 đồng."),
    P("e) Kết luận: đc Bí thư kết luận, thống nhất với báo cáo và phương hướng tháng 7; nhấn mạnh việc giữ vệ sinh "
      "nguồn nước suối Rộc và chủ động phòng chống mưa bão. Chi bộ biểu quyết nhất trí 20/20 (100%)."),
    P("g) Phân công: đc Đặng Văn Hiếu (Trưởng thôn) chỉ đạo các xóm ra quân khơi thông cống rãnh, xong trước "
      "20/7; đc Nông Văn Lạng cùng thú y viên đến 02 hộ nuôi gà vận động tiêm phòng trong tuần này; đc Lỷ Thị Mai "
      "cùng Chi hội Phụ nữ chuẩn bị quà thăm 09 gia đình chính sách, trước ngày 27/7."),
    P("Sinh hoạt kết thúc 10g00. Biên bản được đọc lại, chi bộ nhất trí thông qua."),
    S(["THƯ KÝ", "", "Diệp Thị Hạnh"], ["BÍ THƯ", "", "Hà Văn Tuyến"]),
]

_XT12_M1_T = minute(
    meeting("regular", "2024-07-06", "07:30", "10:00", "Nhà văn hóa thôn Đồng Vang", _BG_CELL, _BG_COMMITTEE),
    "Hà Văn Tuyến", "Bí thư chi bộ", "Diệp Thị Hạnh",
    attendance(23, 20, 1, 0, 1, 2, [("Hoàng Văn Sình", "không lý do", False)]),
    True,
    [vote("Thông qua kết luận tháng 7", 20, None, None, 100)],
    [task("Đặng Văn Hiếu", "chỉ đạo các xóm ra quân khơi thông cống rãnh", "20/7"),
     task("Nông Văn Lạng", "cùng thú y viên đến 02 hộ nuôi gà vận động tiêm phòng", "tuần này"),
     task("Lỷ Thị Mai", "cùng Chi hội Phụ nữ chuẩn bị quà thăm 09 gia đình chính sách", "27/7")],
    ["unexcused_absence"],
)

_XT12_M2 = [
    _bg_header("Đồng Vang, ngày 03 tháng 9 năm 2024"),
    C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 8 NĂM 2024"),
    G(4),
    P("Do cuối tháng 8 thôn tập trung chống dịch tả lợn châu Phi và tổ chức Lễ Quốc khánh, được Thường trực Đảng "
      "ủy xã đồng ý, Chi bộ sinh hoạt kỳ tháng 8 vào hồi 8g00 ngày 03/9/2024 tại Nhà văn hóa thôn."),
    P("Có mặt: 21/21 đc phải dự (02 đc miễn sinh hoạt). Chủ trì: đc Hà Văn Tuyến – Bí thư chi bộ; thư ký: đc Diệp "
      "Thị Hạnh."),
    P("a) Thông tin: ngày 03/8/2024 Ban Chấp hành Trung ương Đảng bầu đồng chí Tô Lâm giữ chức Tổng Bí thư; dịch "
      "tả lợn châu Phi tái phát ở một số xã trong huyện."),
    P("b) Kết quả tháng 7: thôn khơi thông 2,3 km cống rãnh; tiêm phòng đàn gà đạt 96%; tặng quà 09 gia đình chính "
      "sách nhân ngày 27/7. Cuối tháng 8 có 01 hộ ở xóm Khe Cạn có lợn chết nghi dịch tả lợn châu Phi, đã tiêu hủy "
      "14 con theo quy định."),
    P("c) Nhiệm vụ thời gian tới: khoanh vùng, phun khử trùng chuồng trại; không để lợn bệnh bị bán chạy; chuẩn bị "
      "khai giảng năm học mới; phòng chống mưa bão."),
    P("d) Ý kiến: Đc Vi Văn Khoa hỏi hộ có lợn bị tiêu hủy có được hỗ trợ không. Đc Đặng Văn Hiếu trả lời: được hỗ "
      "trợ theo quyết định của UBND tỉnh, thôn đang lập hồ sơ. Đc Chu Thị Yến: các hộ phải cam kết không vứt xác "
      "lợn chết xuống suối Rộc."),
    P("e) Kết luận: Đc Bí thư kết luận: chi bộ thống nhất đánh giá tháng 7 thôn hoàn thành các việc đề ra; thời "
      "gian tới tập trung chống dịch, không để lây lan sang xóm khác. Biểu quyết: tán thành 21/21 đc, đạt 100%."),
    P("g) Phân công: đc Vi Văn Khoa (thú y viên thôn) chịu trách nhiệm chính phun khử trùng chuồng trại xóm Khe Cạn, "
      "3 ngày một lần; đc Chu Thị Yến và đc Nguyễn Thị Nhàn đến từng hộ ven suối Rộc tuyên truyền không vứt xác gia "
      "súc, trong tháng 9; đc Đặng Văn Hiếu hoàn thiện hồ sơ hỗ trợ hộ có lợn tiêu hủy, gửi UBND xã trước 10/9."),
    P("Họp xong lúc 10g20. Biên bản đã đọc lại và thông qua."),
    S(["THƯ KÝ", "", "Diệp Thị Hạnh"], ["BÍ THƯ", "", "Hà Văn Tuyến"]),
]

_XT12_M2_T = minute(
    meeting("regular", "2024-09-03", "08:00", "10:20", "Nhà văn hóa thôn", _BG_CELL, _BG_COMMITTEE, month=8),
    "Hà Văn Tuyến", "Bí thư chi bộ", "Diệp Thị Hạnh",
    attendance(23, 21, 0, 0, 0, 2),
    True,
    [vote("Thông qua kết luận kỳ tháng 8", 21, None, None, 100)],
    [task("Vi Văn Khoa", "phun khử trùng chuồng trại xóm Khe Cạn", "3 ngày một lần"),
     task("Chu Thị Yến", "đến từng hộ ven suối Rộc tuyên truyền không vứt xác gia súc", "tháng 9"),
     task("Nguyễn Thị Nhàn", "đến từng hộ ven suối Rộc tuyên truyền không vứt xác gia súc", "tháng 9"),
     task("Đặng Văn Hiếu", "hoàn thiện hồ sơ hỗ trợ hộ có lợn tiêu hủy, gửi UBND xã", "10/9")],
    [],
)

_XT12_M3 = [
    _bg_header("Đồng Vang, ngày 28 tháng 9 năm 2024"),
    C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 9 NĂM 2024"),
    G(4),
    P("Vào hồi 14g00 ngày 28/9/2024, tại Nhà văn hóa thôn Đồng Vang, Chi bộ họp thường kỳ tháng Chín."),
    P("Tổng số 23 đc, miễn sinh hoạt 02. Có mặt: 19 đc; vắng: 02 (01 có lý do, 01 không lý do) gồm: đc Chu Thị Yến "
      "– đi chăm mẹ ốm ở Hà Nội; đc Hoàng Văn Sình – không liên lạc được."),
    P("Chủ trì: Đc Hà Văn Tuyến – BT chi bộ; thư ký: Đc Diệp Thị Hạnh."),
    P("a) Thông tin: bão số 3 (Yagi) và hoàn lưu sau bão gây mưa lớn trên địa bàn tỉnh từ ngày 07 đến 11/9; Lời "
      "kêu gọi ủng hộ đồng bào bị thiệt hại của Ủy ban Trung ương MTTQ Việt Nam."),
    P("b) Tình hình thiệt hại, kết quả khắc phục: thôn có 17 hộ bị ngập, 02 hộ phải di dời khẩn cấp do sạt lở đồi "
      "sau nhà; 9 ha keo bị gãy đổ; đường xóm Hố Sâu sạt 30 m taluy; không có thiệt hại về người. Đảng viên và nhân "
      "dân đã giúp các hộ dọn bùn, dựng lại chuồng trại; chi bộ và các đoàn thể ủng hộ 12.400.000 đồng."),
    P("c) Ý kiến: Đc Nông Văn Lạng: taluy đường Hố Sâu vẫn tiếp tục nứt, phải cắm biển cảnh báo ngay. Đc Lỷ Thị "
      "Mai: 02 hộ di dời đang ở nhờ nhà người thân, cần xin xã hỗ trợ làm nhà trước Tết. Đc Trương Văn Quang: keo "
      "gãy đổ nên cho các hộ khai thác tận thu sớm, để lâu mục hết."),
    P("d) Kết luận: Đc Bí thư kết luận: chi bộ ghi nhận tinh thần tương trợ của đảng viên và nhân dân trong mưa lũ; "
      "tháng 10 tập trung khắc phục hậu quả, bảo đảm an toàn tại điểm sạt lở, hỗ trợ 02 hộ di dời ổn định chỗ ở, "
      "tận thu keo gãy đổ."),
    P("e) Phân công: đc Đặng Văn Hiếu cắm biển cảnh báo, rào tạm đoạn taluy nứt ở đường Hố Sâu, xong trong ngày "
      "29/9. Đc Lỷ Thị Mai lập hồ sơ đề nghị hỗ trợ làm nhà cho 02 hộ di dời, gửi UBND xã, hạn 15/10. Chi đoàn "
      "thanh niên giúp các hộ khai thác keo gãy đổ vào các ngày cuối tuần, đến hết tháng 10."),
    P("Sinh hoạt kết thúc lúc 16g10. Biên bản được đọc lại, các đc có mặt nhất trí thông qua biên bản."),
    S(["THƯ KÝ", "", "Diệp Thị Hạnh"], ["BÍ THƯ", "", "Hà Văn Tuyến"]),
]

_XT12_M3_T = minute(
    meeting("regular", "2024-09-28", "14:00", "16:10", "Nhà văn hóa thôn Đồng Vang", _BG_CELL, _BG_COMMITTEE),
    "Hà Văn Tuyến", "BT chi bộ", "Diệp Thị Hạnh",
    attendance(23, 19, 2, 1, 1, 2, [("Chu Thị Yến", "đi chăm mẹ ốm ở Hà Nội", True),
                                    ("Hoàng Văn Sình", "không liên lạc được", False)]),
    True, [],
    [task("Đặng Văn Hiếu", "cắm biển cảnh báo, rào tạm đoạn taluy nứt ở đường Hố Sâu", "ngày 29/9"),
     task("Lỷ Thị Mai", "lập hồ sơ đề nghị hỗ trợ làm nhà cho 02 hộ di dời, gửi UBND xã", "15/10"),
     task("Chi đoàn thanh niên", "giúp các hộ khai thác keo gãy đổ", "hết tháng 10")],
    ["missing_vote", "unexcused_absence"],
)

_XT12_TOPIC = "Phát huy vai trò đảng viên trong xây dựng thôn nông thôn mới kiểu mẫu"

_XT12_M4 = [
    _bg_header("Đồng Vang, ngày 19 tháng 10 năm 2024"),
    C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 10/2024"),
    C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ IV"),
    C("Chuyên đề: " + _XT12_TOPIC, bold=False, italic=True),
    G(4),
    P("Thời gian: 14g00 – 15g50 ngày 19/10/2024. Địa điểm: Nhà văn hóa thôn Đồng Vang."),
    P("Tổng số 23 đc (miễn sinh hoạt 02); có mặt 20/21; vắng 01: đc Trương Văn Quang – đi khám bệnh ở Bệnh viện "
      "tỉnh. Dự có đc Ngô Quang Trung, Đảng ủy viên, phụ trách thôn."),
    P("Đc Hà Văn Tuyến – Bí thư chi bộ chủ trì; đc Diệp Thị Hạnh ghi biên bản."),
    P("Phần I – Sinh hoạt thường kỳ: tháng 9 thôn đã cắm biển, rào tạm điểm sạt lở; 02 hộ di dời đã có hồ sơ đề "
      "nghị hỗ trợ; thanh niên giúp tận thu được 5/9 ha keo gãy đổ. Nhiệm vụ tháng 10: hoàn thành tận thu keo, "
      "trồng lại rừng vụ thu; thu quỹ phòng chống thiên tai."),
    P("Phần II – Chuyên đề: đc Đặng Văn Hiếu trình bày: thôn đã đạt 17/19 tiêu chí nông thôn mới nâng cao, còn "
      "thiếu tiêu chí môi trường và tiêu chí vườn mẫu; đảng viên phải đi đầu cải tạo vườn tạp, làm hố rác hữu cơ, "
      "giữ đường làng sáng – xanh – sạch."),
    P("Ý kiến: Đc Nông Văn Lạng: tổ tự quản môi trường có 7 người, đủ sức đi vận động từng hộ nếu được thôn giao "
      "việc cụ thể. Đc Nguyễn Thị Nhàn: hố rác hữu cơ nên làm mẫu ở nhà đảng viên trước. Đc Ngô Quang Trung: xã "
      "hỗ trợ mỗi vườn mẫu 5 triệu đồng, thôn đăng ký sớm."),
    P("Kết luận: Đc Bí thư kết luận: chi bộ thống nhất nội dung chuyên đề; mỗi đảng viên là một hộ gương mẫu; phấn "
      "đấu đủ tiêu chí thôn nông thôn mới kiểu mẫu trong năm 2025. Biểu quyết: 20/20 đc tán thành (100%)."),
    P("Phân công: chú Lạng chủ trì, phối hợp với tổ tự quản môi trường vận động các hộ làm hố rác hữu cơ, đến hết "
      "quý. Trước 15/11, đc Đặng Văn Hiếu hoàn thành hồ sơ đăng ký vườn mẫu gửi xã."),
    P("Kết thúc lúc 15g50. Biên bản được đọc lại và thông qua."),
    S(["THƯ KÝ", "", "Diệp Thị Hạnh"], ["BÍ THƯ", "", "Hà Văn Tuyến"]),
]

_XT12_M4_T = minute(
    meeting("regular", "2024-10-19", "14:00", "15:50", "Nhà văn hóa thôn Đồng Vang", _BG_CELL, _BG_COMMITTEE,
            topic=_XT12_TOPIC),
    "Hà Văn Tuyến", "Bí thư chi bộ", "Diệp Thị Hạnh",
    attendance(23, 20, 1, 1, 0, 2, [("Trương Văn Quang", "đi khám bệnh ở Bệnh viện tỉnh", True)],
               [("Ngô Quang Trung", "Đảng ủy viên, phụ trách thôn")]),
    True,
    [vote("Nội dung chuyên đề và kết luận", 20, None, None, 100)],
    [task("Nông Văn Lạng", "chủ trì, phối hợp với tổ tự quản môi trường vận động các hộ làm hố rác hữu cơ",
          "hết quý"),
     task("Đặng Văn Hiếu", "hoàn thành hồ sơ đăng ký vườn mẫu gửi xã", "15/11")],
    ["short_meeting"],
)

_XT12_M5 = [
    _bg_header("Đồng Vang, ngày 16 tháng 11 năm 2024"),
    C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 11 NĂM 2024"),
    G(4),
    P("Hồi 7g30 ngày 16/11/2024, tại Nhà văn hóa thôn, Chi bộ họp thường kỳ tháng Mười Một."),
    P("Tổng số đảng viên: 23 (miễn sinh hoạt 02); có mặt 17; vắng 04 (03 có lý do, 01 không lý do): đc Vi Văn Khoa "
      "đi làm ở khu công nghiệp Quang Châu, có báo; đc Chu Thị Yến – ốm; đc Trương Văn Quang đi vắng; đc Hoàng Văn "
      "Sình vắng không phép."),
    P("Chủ trì: đc Hà Văn Tuyến – Bí thư chi bộ; thư ký: đc Diệp Thị Hạnh."),
    P("a) Thông tin: Kỳ họp thứ 8 Quốc hội khóa XV đang diễn ra; Ngày hội Đại đoàn kết toàn dân tộc năm 2024."),
    P("b) Kết quả tháng 10: tận thu xong 9 ha keo gãy đổ; 02 hộ di dời được xã hỗ trợ mỗi hộ 40 triệu đồng làm "
      "nhà; 31 hộ đã làm hố rác hữu cơ; đã nộp hồ sơ đăng ký vườn mẫu."),
    P("c) Ý kiến: Đc Nguyễn Thị Nhàn: quỹ phòng chống thiên tai mới thu 60%, nhiều hộ bị thiệt hại sau bão xin "
      "hoãn. Đc Đặng Văn Hiếu: hộ bị thiệt hại thì xét miễn, còn lại phải thu đủ. Đc Nông Văn Lạng: đc Hoàng Văn "
      "Sình vắng sinh hoạt không lý do lần thứ ba trong năm, đề nghị chi ủy làm rõ, xem xét theo Điều lệ Đảng."),
    P("d) Kết luận: Đc Bí thư kết luận: thống nhất miễn quỹ phòng chống thiên tai cho các hộ bị thiệt hại nặng; tổ "
      "chức tốt Ngày hội Đại đoàn kết; Chi ủy gặp đc Hoàng Văn Sình để kiểm điểm, báo cáo chi bộ tại kỳ họp tháng "
      "12. Chi bộ biểu quyết nhất trí: 17/17 đc có mặt."),
    P("e) Phân công: đc Đặng Văn Hiếu cùng Ban công tác Mặt trận thôn tổ chức Ngày hội Đại đoàn kết vào sáng Chủ "
      "nhật 17/11; đc Nguyễn Thị Nhàn đôn đốc các hộ đóng quỹ phòng chống thiên tai năm 2024, xong trong tháng 12."),
    P("Sinh hoạt kết thúc 9g50. Biên bản được thông qua trước chi bộ."),
    S(["THƯ KÝ", "", "Diệp Thị Hạnh"], ["BÍ THƯ", "", "Hà Văn Tuyến"]),
]

_XT12_M5_T = minute(
    meeting("regular", "2024-11-16", "07:30", "09:50", "Nhà văn hóa thôn", _BG_CELL, _BG_COMMITTEE),
    "Hà Văn Tuyến", "Bí thư chi bộ", "Diệp Thị Hạnh",
    attendance(23, 17, 4, 3, 1, 2,
               [("Vi Văn Khoa", "đi làm ở khu công nghiệp Quang Châu, có báo", True), ("Chu Thị Yến", "ốm", True),
                ("Trương Văn Quang", "đi vắng", True), ("Hoàng Văn Sình", "vắng không phép", False)]),
    True,
    [vote("Thông qua kết luận tháng 11", 17, None, None, None)],
    [task("Chi ủy", "gặp đc Hoàng Văn Sình để kiểm điểm", "kỳ họp tháng 12"),
     task("Đặng Văn Hiếu", "cùng Ban công tác Mặt trận thôn tổ chức Ngày hội Đại đoàn kết", "sáng Chủ nhật 17/11"),
     task("Nguyễn Thị Nhàn", "đôn đốc các hộ đóng quỹ phòng chống thiên tai năm 2024", "tháng 12")],
    ["low_attendance", "unexcused_absence"],
)

# ---------------------------------------------------------------------------------------------------------------

DOCS: list[dict] = [
    {"name": "xt01-langson-quansuxa-roman-months-clean", "folder": "test",
     "style": {"family": "serif", "size": 13, "spacing": 1.3, "justify": True, "left": 78, "right": 55},
     "minutes": [{"blocks": _XT01, "truth": _XT01_T}]},
    {"name": "xt02-hanoi-logistics-tnhh-general-novote", "folder": "test",
     "style": {"family": "sans", "size": 11.5, "spacing": 1.3, "justify": False, "indent": 0, "left": 70,
               "right": 60, "para_gap": 4},
     "minutes": [{"blocks": _XT02, "truth": _XT02_T}]},
    {"name": "xt03-quangtri-chiboghep-opinion-table-clean", "folder": "test",
     "style": {"family": "dejavu", "size": 11.5, "spacing": 1.28, "justify": True, "left": 72, "right": 55,
               "foot": "- {n} -"},
     "minutes": [{"blocks": _XT03, "truth": _XT03_T}],
     "scans": [{"name": "xt13-quangtri-chiboghep-scan-photocopy", "folder": "test", "damage": "photocopy",
                "seed": 8313, "dpi": 250}]},
    {"name": "xt04-baclieu-khmer-counts-vs-list-low-unexcused", "folder": "test",
     "style": {"family": "serif", "size": 12.5, "spacing": 1.3, "justify": True, "left": 75, "right": 55},
     "minutes": [{"blocks": _XT04, "truth": _XT04_T}],
     "scans": [{"name": "xt14-baclieu-khmer-scan-moderate", "folder": "test", "damage": "moderate",
                "seed": 8414, "dpi": 200}]},
    {"name": "xt05-quangnam-storm-interrupted-noconclusion-novote-short", "folder": "test",
     "style": {"family": "sans", "size": 12, "spacing": 1.32, "justify": False, "left": 72, "right": 60},
     "minutes": [{"blocks": _XT05, "truth": _XT05_T}]},
    {"name": "xt06-hcm-chibocoso-school-not-approved", "folder": "test",
     "style": {"family": "serif", "size": 13, "spacing": 1.3, "justify": True, "left": 80, "right": 55,
               "foot": "Trang {n}/{N}"},
     "minutes": [{"blocks": _XT06, "truth": _XT06_T}]},
    {"name": "xt07-laichau-form-dotted-dateline-unfilled", "folder": "test",
     "style": {"family": "dejavu", "size": 11.5, "spacing": 1.3, "justify": False, "indent": 20, "left": 70,
               "right": 55},
     "minutes": [{"blocks": _XT07, "truth": _XT07_T}]},
    {"name": "xt08-camau-iuu-thematic-unnamed-deferred-tasks", "folder": "test",
     "style": {"family": "sans", "size": 11, "spacing": 1.3, "justify": True, "indent": 18, "left": 68,
               "right": 58},
     "minutes": [{"blocks": _XT08, "truth": _XT08_T}]},
    {"name": "xt09-thainguyen-dntn-tea-two-votes-clean", "folder": "test",
     "style": {"family": "serif", "size": 12.5, "spacing": 1.25, "justify": True, "left": 80, "right": 55,
               "head": "Chi bộ DNTN Chè Hoàng Bình – BB tháng 6/2025", "head_align": "right"},
     "minutes": [{"blocks": _XT09, "truth": _XT09_T}]},
    {"name": "xt10-namdinh-xom-deferred-conclusion-unexcused", "folder": "test",
     "style": {"family": "dejavu", "size": 12, "spacing": 1.3, "justify": True, "left": 75, "right": 55},
     "minutes": [{"blocks": _XT10, "truth": _XT10_T}]},
    {"name": "xt11-tiengiang-market-vv-date-at-end-clean", "folder": "test",
     "style": {"family": "serif", "size": 12.5, "spacing": 1.2, "justify": False, "left": 75, "right": 58},
     "minutes": [{"blocks": _XT11, "truth": _XT11_T}]},
    {"name": "xt12-bacgiang-village-book-jul-nov-2024", "folder": "test",
     "style": {"family": "serif", "size": 12, "spacing": 1.22, "justify": True, "left": 72, "right": 55,
               "head": "Sổ biên bản sinh hoạt Chi bộ thôn Đồng Vang – năm 2024", "head_align": "right",
               "foot": "- {n} -"},
     "between": 22,
     "minutes": [{"blocks": _XT12_M1, "truth": _XT12_M1_T}, {"blocks": _XT12_M2, "truth": _XT12_M2_T},
                 {"blocks": _XT12_M3, "truth": _XT12_M3_T}, {"blocks": _XT12_M4, "truth": _XT12_M4_T},
                 {"blocks": _XT12_M5, "truth": _XT12_M5_T}],
     "flags": ["no_thematic_in_quarter", "repeated_absence"]},
]

