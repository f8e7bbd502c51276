"""Held-out set 10, writer r (test/, `r…`): the whole country, north to south. Theme of the set: the counted
and dated facts (attendance, votes, dates and times, kind and month of the meeting) and the defects read from
them.

Written by hand, without reading the extractor (extract/**), the generator (samples/generator/**),
samples/parts/**, bench/, the tests other than tests/samples/test_heldout_sets.py, or the wording and truth
files of the earlier sets (only their READMEs, the docstrings of samples/heldout5/minutes_{f,g}.py and the block
helpers of samples/heldout2/minutes.py), and without running the extractor. Rendered with
samples/heldout2/make.py (`build`). Names, places and figures are invented or used loosely; the paperwork follows
/work/shared/DOMAIN.md. The extractor's engineer never reads this folder: only aggregate scores.

Files (name -> what varies -> minute flags / book flags):

- r01-caobang-border-post-lunch-break-two-votes-clean -> Cao Bằng border-guard post; Serif 13 justified, "- n -"
  at the foot, 2 pages; title month in Roman numerals ("THÁNG IX/2024"); numbered fields "1. … 7." with "a) Buổi
  sáng / b) Buổi chiều"; the meeting breaks for lunch (07:30-11:00, 13:30-15:15: start 07:30, end 15:15); ranks
  before every name, signatures too; total 14 split "12 chính thức, 02 dự bị", present 13 split "11 chính thức và
  02 dự bị"; one absentee named with a rank and a reason in brackets ("đã báo cáo chi ủy"); a Party guest who
  speaks; a member who only promises ("xin hứa nộp") is no task; conclusion with "một là … bốn là"; two votes by
  show of hands: the conclusion "13/13 … giơ tay tán thành, đạt 100%" and a full-member recognition "11/11 đảng
  viên chính thức có mặt tán thành, đạt 100%"; "- Rank Name …" task lines with "trước ngày", "trong tháng
  9/2024", "thường xuyên" -> — / —
- r02-hanoi-retired-cadres-spread-counts-low-unexcused -> Hà Nội ward, a cell of retired cadres; Sans 12
  ragged, no indent, "Trang n/N", 2 pages; "BIÊN BẢN HỌP CHI BỘ" + "Tháng 3 năm 2025"; "Vào hồi 8h00 sáng thứ
  Bảy"; the counts spread over five sentences (38 in the list; 07 exempt by age, unnamed; "Số đồng chí phải dự họp:
  31"; "Đến dự: 27"; "Vắng 04 …" by category: two in hospital, one caring for family, one "không báo vắng") ->
  27/31 = 87.1 %; a Party guest and a guest who is no Party member ("ông … (quần chúng)", who speaks); "1. … 7."
  bold headings; vote "tán thành 26 đồng chí; không tán thành: không; 01 đồng chí xin không biểu quyết vì đến
  muộn" (26 / 0 / 1); tasks in prose ("Giao đồng chí … cùng Ban công tác Mặt trận …", "trong tuần này",
  "Chi ủy chuẩn bị … xong trước kỳ họp tháng 4"); "NGƯỜI GHI BIÊN BẢN" / "BÍ THƯ CHI BỘ"; ends "10h15"
  -> low_attendance, unexcused_absence / —
- r03-thaibinh-village-book-apr-aug-2024 -> minute BOOK of a Thái Bình village cell, DejaVu Serif 11.5, right-
  aligned running head from page 2, "- n -" at the foot, 5 minutes on 4 pages, every minute after the first
  starting mid-page under the previous signatures (pages [1], [1-2], [2-3], [3], [3-4]); 24 members, 03 exempt;
  đ/c Phạm Văn Thuấn absent without reason in April ("(không lý do)"), July ("(không có lý do)") and August
  (table cell "Không báo cáo"), present at the July thematic meeting:
    1. 08/4/2024 regular, header, "1- … 5-" fields, exempt named, "Có mặt 19/21" (90.5 %: not low), "a) … h)"
       run-in parts, "19/19 … nhất trí (100%)", 105 min -> unexcused_absence
    2. 03/6/2024, typed on with no header, title "THÁNG 5/2024" and an italic line saying it was moved into June
       for the harvest (month 5); one prose paragraph for time, place, "20/21 … (không kể 03 đồng chí miễn sinh
       hoạt)", chair and secretary; conclusion and tasks ("xong trong tuần này", "vào sáng Chủ nhật 09/6/2024")
       but no vote: only "20/20 đồng chí có mặt nhất trí thông qua" the minutes -> missing_vote
    3. 10/7/2024 regular with its own header, "19h30" … "20h50" (80 min); says June was not held; absentees in
       "(…)" after each name; "biểu quyết bằng giơ tay: 19/19" -> short_meeting, unexcused_absence
    4. 24/7/2024 thematic ("SINH HOẠT CHUYÊN ĐỀ QUÝ III NĂM 2024" + italic "Chuyên đề: …"), 95 min (not short:
       bar 90), 21/21; named opinions; the chair only thanks and closes (no conclusion); the topic is voted
       21/21; two groups given one task ("Chi hội Cựu chiến binh và Chi đoàn thanh niên"); at the end only the
       minutes of 10/7 are read out -> missing_conclusion, not_approved
    5. 07/8/2024, typed on, "BIÊN BẢN HỌP CHI BỘ THÁNG 8/2024", "Bắt đầu: 19 giờ 30'"; "18/21 … (tổng số 24,
       miễn sinh hoạt 03)" + ruled absentee table (TT / Họ và tên / Lý do) -> 85.7 %; "tán thành 18/18 …;
       không tán thành: 0; ý kiến khác: 0"; a task for two named members ("kỳ họp tháng 9"), "trước ngày 15/8"
       -> low_attendance, unexcused_absence
  book -> missing_month (June: the May meeting held on 3 June counts for May), no_thematic_in_quarter (Q2 lies
  wholly inside April-August and has neither a thematic nor a combined meeting; Q3 is not wholly inside),
  repeated_absence (Phạm Văn Thuấn: April, July, August)
- r04-nghean-school-combined-115min-month-in-words -> Nghệ An upper-secondary school; Serif 12.5 justified, "- n -"
  at the top of page 2; title "SINH HOẠT CHI BỘ THÁNG MƯỜI NĂM 2024" + "KẾT HỢP SINH HOẠT CHUYÊN ĐỀ" + the topic
  in quotation marks on its own italic line; "bắt đầu lúc 13 giờ 45 phút, kết thúc lúc 15 giờ 40 phút" (115 min,
  bar 120 for a combined meeting); "25 (chính thức 23, dự bị 02). Có mặt: 23" + ruled absentee table (TT / Họ
  và tên / Lý do vắng, maternity leave and a training trip); "PHẦN THỨ NHẤT / PHẦN THỨ HAI"; three named
  opinions with their subject group; "KẾT LUẬN"; vote as a percentage only ("100% đảng viên có mặt nhất
  trí"); task table "TT | Công việc | Người phụ trách | Thời hạn" with "Đ/c …" cells, a group ("Đoàn trường"),
  "Trước 25/10/2024", "Tháng 11/2024", "Thường xuyên" -> short_meeting / —
- r05-hue-hospital-combined-125min-ballot-clean -> Huế central hospital, cardiology ward; DejaVu Serif 11.5,
  "Trang n/N", "Số: 11-BB/CB"; "ĐỊNH KỲ THÁNG 11/2024" + an italic bracket "(kết hợp sinh hoạt chuyên đề quý IV:
  “…”)" (topic = the quoted words); 14:00-16:05 (125 min: not short); 19 members, one exempt named (long study
  abroad), "Số phải dự: 18. Có mặt: 16 đồng chí chính thức và 01 đồng chí dự bị", one absentee "đang trực cấp
  cứu, có báo cáo"; degrees and job prefixes before names (ThS.BS., BS., ĐD.); two guests, a Party one and an
  applicant who is no member ("quần chúng …"); "I. … VI." capital headings; two votes: an admission by secret
  ballot ("phát ra 16 phiếu … 15 phiếu đồng ý kết nạp (đạt 93,75%), 01 phiếu không đồng ý") and the conclusion
  by show of hands ("17/17 … (100%)"); tasks with "xong trước ngày", "trong tuần tới", "trước ngày" -> — / —
- r06-quangngai-commune-office-form-general-call -> Quảng Ngãi commune office (UBND xã); typed printed form in
  Sans 11.5, no indent; "Số: ……-BB/CB"; numbered form fields "1. … 6." with "Thời gian bắt đầu:"; counts in form
  slots ("miễn sinh hoạt: 0", "có lý do: 01, không lý do: 0"); "Họ tên đảng viên vắng mặt và lý do (ghi rõ): đ/c
  …" filled in after the label; "Đại biểu dự: ……" (no guest); italic sub-headings "I. … VI."; two named
  opinions; a conclusion of general calls only ("đề nghị từng đảng viên …", "các bộ phận chuyên môn …"); "Tán
  thành: 11/11 đồng chí; không tán thành: 0; ý kiến khác: 0"; ends with the end time, never read back; "(Ký, ghi
  rõ họ tên)" under both titles -> missing_assignments, not_approved, unfilled_template / —
- r07-daklak-ede-village-counts-in-words -> Đắk Lắk Ê Đê village (buôn); Serif 12, one dense page; header with
  no date, the date only above the signatures ("Buôn Kpă, ngày 14 tháng 10 năm 2024"); title "BIÊN BẢN HỌP CHI
  BỘ THÁNG 10" with no year; time in words ("bảy giờ ba mươi phút sáng" … "chín giờ bốn mươi lăm phút");
  attendance all in words: 21 members, two exempt named, "phải dự là mười chín", "có mặt mười bảy", two absent
  by category ("đi làm ăn xa ở Bình Dương, đã báo chi ủy") -> 17/19 = 89.5 %; opinions only summarised
  ("Nhiều ý kiến …; một số ý kiến …; cũng có ý kiến …"); inline conclusion; vote in words ("mười bảy trên mười
  bảy đồng chí có mặt giơ tay nhất trí"); "Giao đồng chí … (Trưởng buôn) cùng tổ tự quản an ninh … trong suốt
  mùa thu hoạch", "… tại kỳ họp tháng Mười một" -> low_attendance, no_discussion / —
- r08-govap-ward-police-85min-held-next-month -> Hồ Chí Minh City (Gò Vấp) ward police; DejaVu Sans 10.5, one
  page; three-line committee header (the committee is the ward's); "SINH HOẠT CHI BỘ THÁNG 11 NĂM 2024" held on
  02/12/2024 (month 11; the reason given in brackets); "lúc 08g00" … "09g25" (85 min); "Quân số đảng viên:
  11/11, dự đủ 100%"; ranks before names; "1. … 7." run-in points; the discussion records no opinion ("nhất trí
  với báo cáo …, không có ý kiến tham gia thêm"); vote "100% đảng viên tán thành, không có ý kiến khác"; a task
  given to "Phó Trưởng Công an phường <name>" ("thực hiện thường xuyên") and one "trước ngày 15/12/2024"
  -> no_discussion, short_meeting / —
- r09-cantho-seafood-count-table-90min-clean -> Cần Thơ seafood-processing workshop; DejaVu Sans 11, "Trang
  n/N"; the company committee's name over two header lines; 14:00-15:30 (exactly 90 min: not short);
  attendance as a ruled COUNT table (Tổng số | Miễn sinh hoạt | Phải dự | Có mặt | Vắng có lý do | Vắng không
  lý do; 26 / 02 / 24 / 22 / 02 / 0, headings centred and wrapping) and "chính thức 20, dự bị 02" in a sentence
  after it, the two absentees named with reasons in brackets; a guest who is no member ("ông … (chưa là đảng
  viên)") and speaks; "Tán thành: 22/22 (100%); Không tán thành: 0; Không biểu quyết: 0"; tasks "xong trước",
  "thực hiện hằng ca", a group ("Công đoàn bộ phận phân xưởng") -> — / —
- r10-camau-hamlet-form-dotted-conclusion-vote -> Cà Mau hamlet (ấp); Sans 11, a short half-page form;
  "Thời gian: 19h"; "Tổng số đảng viên: 20 đ/c; có mặt: 18 đ/c; vắng: 02 đ/c (có lý do: 01; không lý do: 01),
  gồm đ/c … (không lý do)" -> exactly 90 % (not low), the count names only one of the two; two named opinions;
  "4. Kết luận của chủ trì: ……" and "5. Biểu quyết: tán thành ………… đ/c; …" left as dots; two tasks; "kết thúc
  lúc 21h", read back -> missing_conclusion, missing_vote, unexcused_absence, unfilled_template / —
- r11-danang-software-online-extraordinary-65min -> Đà Nẵng software company; Serif 12.5 ragged; "HỌP CHI BỘ
  BẤT THƯỜNG" + "(theo hình thức trực tuyến)"; "từ 20:00 đến 21:05, thứ Năm" (65 min); Zoom with a main room
  ("điểm cầu chính"); a reason for meeting out of turn; 12 members, 11 joining (most online), one absent on a
  flight ("đã báo cáo Bí thư chi bộ"); a question answered by the chair; conclusion that closes with a passive
  "hồ sơ sẽ được hoàn thiện và gửi …"; two votes on two delegates by Zoom poll: "11/11 … (100%)" and "10/11 …
  (90,9%), 01 đồng chí không tán thành"; minutes read back on a shared screen -> missing_assignments,
  short_meeting / —
- r12-daklak-ede-village-scan-moderate -> image-only twin of r07: moderate, 200 dpi, 1 page -> as r07
- r13-camau-hamlet-form-scan-photocopy -> image-only twin of r10: photocopy, 200 dpi, 1 page -> as r10
- r14-govap-ward-police-scan-moderate -> image-only twin of r08: moderate, 250 dpi, 1 page -> as r08

Minute flags over the 15 minutes: low_attendance 3, unexcused_absence 5, short_meeting 4, missing_vote 2,
not_approved 2, no_discussion 2, unfilled_template 2, missing_conclusion 2, missing_assignments 2; r01, r05,
r09 have none. Near the bars: 87.1 %, 89.5 %, 85.7 % (low) against 90.5 %, 90 %, 91.7 %, 92 % (not low); 80,
85, 65 min (short) and 115 min combined (short) against 90 min, 95 min thematic and 125 min combined (not short).

Labelling decisions where the READMEs are silent:
- A meeting that breaks for lunch has the morning's start as `start_time` and the afternoon's end as `end_time`;
  the duration the checks compute includes the break.
- A meeting held early in the next month for the month before keeps the month of its title (`month` 5 with a
  June date, `month` 11 with a December date); in the book it counts for that month, so the month it was held
  in may still have no regular meeting (`missing_month`). A title with no year takes the year of the date; a month
  in words ("THÁNG MƯỜI") or Roman numerals ("THÁNG IX") gives its number.
- The date written only above the signatures is the meeting's date (as heldout8); the time in words gives the
  times ("bảy giờ ba mươi phút sáng" -> 07:30); "08g00", "19h", "20:00" likewise.
- Attendance: counts spread over several sentences are read together ("Số đồng chí phải dự họp: 31" is total
  minus exempt, not a count of its own); a ruled count table gives the numbers of its cells, and it is no
  absentee table (the absentees named in the sentence after it are the absentees); probationary members counted
  apart ("16 chính thức và 01 dự bị", "chính thức 20, dự bị 02") are all present; "số phải dự … (không kể 03
  đồng chí miễn sinh hoạt)" gives exempt 3; a member on long study abroad whom the Party committee lets off
  ("được … đồng ý") is exempt.
- Absences told by category with nobody named ("02 đồng chí đang điều trị tại bệnh viện", "đi làm ăn xa …, đã
  báo chi ủy", "về quê chăm người nhà ốm") are excused and give an empty `absentees`; "01 đồng chí không báo
  vắng" is unexcused. When the count line states more absences than it names, the numbers follow the count line
  and `absentees` holds the named ones (as heldout8).
- Guests who are no Party members ("ông … (quần chúng)", "ông … (chưa là đảng viên)", "quần chúng …") are guests
  with the name alone and the role as written without the bracket.
- Votes: "100% đảng viên tán thành, không có ý kiến khác" -> `percent_for` 100 and `abstain` 0 (as "ý kiến
  khác: 0"), `for` and `against` null; "01 đồng chí xin không biểu quyết" -> `abstain` 1; "không tán thành:
  không" -> `against` 0; a secret ballot "15 phiếu đồng ý … (đạt 93,75%), 01 phiếu không đồng ý" -> 15 / 1 /
  null / 93.75 (ballots issued are no count); an online poll is a vote like a show of hands; two delegates voted
  one after the other are two resolutions; "mười bảy trên mười bảy … giơ tay nhất trí" -> `for` 17; "19/19 …
  nhất trí (100%)" -> 19 and 100. A vote on the minutes alone is no resolution (`missing_vote`), as before.
- `not_approved`: reading out the previous meeting's minutes is not reading back this one's; a form that ends
  with the end time and nothing else is not approved.
- `no_discussion`: "nhất trí với báo cáo …, không có ý kiến tham gia thêm" records no opinion; "Nhiều ý kiến …;
  một số ý kiến …; cũng có ý kiến …" names nobody. The chair answering a named member's question does not make
  the chair's words an opinion.
- `unfilled_template`: a form label "(ghi rõ)" left in place counts even when the clerk wrote the answer after
  it (the rule reads the text); a form's conclusion line left as dots is no conclusion and its vote line left
  as dots no vote.
- An extraordinary meeting (bất thường) held online is `regular`, topic null, month of its date; its location is
  the main room as written ("Phòng họp tầng 5, trụ sở Công ty").
- A combined meeting named in a bracket under a regular title ("(kết hợp sinh hoạt chuyên đề quý IV: “…”)") or on
  a line "KẾT HỢP SINH HOẠT CHUYÊN ĐỀ" above a quoted topic is `regular` with `topic` = the quoted words without
  the quotation marks.
- A member's rank or job title before a name in a task ("Phó Trưởng Công an phường Trần Quốc Huy") is dropped;
  job prefixes of the medical staff ("ThS.BS.", "BS.", "ĐD.") and ranks in the signatures likewise.
- Not assignments: conclusions whose clauses are passive ("đảng viên vắng họp … phải được gặp gỡ", "hồ sơ sẽ
  được hoàn thiện", "kết quả được đánh giá …"), a request to the Party committee above, a member's promise in
  the discussion. Deadlines: "vào sáng Chủ nhật 09/6/2024" -> "sáng Chủ nhật 09/6/2024", "xong trước ngày
  01/12/2024" -> "01/12/2024", "trong tuần tới" -> "tuần tới", "thực hiện hằng ca" -> "hằng ca".
- In the book a typed-on minute with its own header repeats the book's cell; one without a header takes it.
"""

from __future__ import annotations

from samples.heldout2.minutes import (ABSENT_COLS, C, G, H, HD, L, P, S, attendance, meeting, minute, task,
                                     vote)

DOCS: list[dict] = []


# =================================================================================================
# r01 — Cao Bằng, border-guard post; a meeting that breaks for lunch; two votes. Clean.
# =================================================================================================
_c01 = ("CHI BỘ ĐỘI VŨ TRANG", "ĐẢNG BỘ ĐỒN BIÊN PHÒNG NÀ GIÀNG")
DOCS.append({
    "name": "r01-caobang-border-post-lunch-break-two-votes-clean", "folder": "test",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 28, "spacing": 1.3, "foot": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ ĐỒN BIÊN PHÒNG NÀ GIÀNG", "CHI BỘ ĐỘI VŨ TRANG", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nà Giàng, ngày 05 tháng 9 năm 2024"]),
            G(8),
            C("BIÊN BẢN", size=15),
            C("SINH HOẠT CHI BỘ THÁNG IX/2024"),
            G(8),
            L("1. Thời gian: buổi sáng từ 07 giờ 30 phút đến 11 giờ 00 phút; nghỉ trưa; buổi chiều làm việc tiếp "
              "từ 13 giờ 30 phút đến 15 giờ 15 phút, ngày 05/9/2024."),
            L("2. Địa điểm: Hội trường Đồn Biên phòng Nà Giàng."),
            L("3. Thành phần dự họp:"),
            P("- Tổng số đảng viên của chi bộ: 14 đồng chí (12 đảng viên chính thức, 02 đảng viên dự bị)."),
            P("- Có mặt: 13 đồng chí, gồm 11 đảng viên chính thức và 02 đảng viên dự bị."),
            P("- Vắng mặt: 01 đồng chí – Trung úy Nông Văn Tài (chỉ huy tổ tuần tra song phương khu vực mốc 689, "
              "đã báo cáo chi ủy)."),
            P("- Đại biểu dự: Thiếu tá Hoàng Văn Khải – Chính trị viên Đồn, Phó Bí thư Đảng ủy Đồn."),
            P("- Chủ trì: Đại úy Lục Văn Thắng – Bí thư chi bộ, Đội trưởng Đội vũ trang."),
            P("- Thư ký: Thượng úy Đàm Văn Huân – Chi ủy viên."),
            L("4. Nội dung sinh hoạt:"),
            L("a) Buổi sáng", italic=True),
            P("Đồng chí Bí thư chi bộ nêu lý do, giới thiệu đại biểu, thông qua chương trình; quán triệt điện "
              "của Bộ Chỉ huy Bộ đội Biên phòng tỉnh về chủ động ứng phó với bão số 3 (Yagi), dự báo gây mưa rất "
              "lớn ở các tỉnh miền núi phía Bắc từ ngày 07/9; thông tin tình hình trên tuyến biên giới và kết quả "
              "hội đàm định kỳ với Trạm Biên phòng đối diện."),
            P("Thượng úy Hà Minh Tuấn, Phó Bí thư chi bộ, báo cáo kết quả lãnh đạo thực hiện nhiệm vụ tháng 8: "
              "đơn vị duy trì nghiêm chế độ trực sẵn sàng chiến đấu; tổ chức 24 lượt tuần tra, trong đó 04 lượt "
              "tuần tra song phương; phối hợp Ủy ban nhân dân xã Nà Giàng giải quyết dứt điểm 02 vụ tranh chấp "
              "nương rẫy của bà con hai bên biên giới; giúp dân 120 ngày công thu hoạch ngô; không có đảng viên "
              "vi phạm kỷ luật. Hạn chế: sổ nhật ký tuần tra của một số tổ ghi chép còn sơ sài; 01 đảng viên dự "
              "bị nộp bản thu hoạch chuyên đề chậm so với kế hoạch."),
            P("Các ý kiến thảo luận:"),
            P("- Trung úy Bế Văn Quyết: khu vực xóm Khuổi Hoa có 06 hộ làm nhà sát taluy âm, mưa to kéo dài rất "
              "dễ sạt; đề nghị chi bộ báo ngay với xã để có phương án di dời tạm thời, bộ đội sẵn sàng giúp dân "
              "chằng chống nhà cửa."),
            P("- Thượng sĩ Chu Văn Páo: nhận khuyết điểm chậm nộp bản thu hoạch, xin hứa nộp đầy đủ trong tuần."),
            P("- Thiếu tá Hoàng Văn Khải (đại biểu): ghi nhận chi bộ đã lãnh đạo đơn vị hoàn thành tốt nhiệm vụ "
              "tháng 8; lưu ý phải có phương án bảo đảm thông tin liên lạc với các tổ công tác khi bão vào, không "
              "để tổ nào bị cô lập."),
            L("b) Buổi chiều", italic=True),
            P("Chi bộ xét đề nghị công nhận đảng viên chính thức đối với Thiếu úy Lương Văn Khánh (kết nạp ngày "
              "02/9/2023). Đồng chí Khánh đọc bản tự kiểm điểm trong thời gian dự bị; Thượng úy Hà Minh Tuấn, "
              "đảng viên được phân công giúp đỡ, nhận xét đồng chí Khánh có lập trường vững vàng, hoàn thành tốt "
              "nhiệm vụ, quan hệ đúng mực với nhân dân; ý kiến nhận xét của Chi đoàn Đồn và của chi bộ nơi cư "
              "trú đều tốt. Các đảng viên góp ý thêm về tác phong, đồng chí Khánh tiếp thu."),
            L("5. Kết luận của đồng chí chủ trì:"),
            P("Đồng chí Lục Văn Thắng kết luận: tháng 8 chi bộ đã lãnh đạo đơn vị hoàn thành tốt các nhiệm vụ "
              "được giao. Tháng 9 chi bộ tập trung: một là, đặt công tác phòng, chống bão số 3 lên hàng đầu, sẵn "
              "sàng lực lượng, phương tiện giúp nhân dân; hai là, duy trì tuần tra, kiểm soát, nắm chắc tình hình "
              "biên giới; ba là, chấn chỉnh ngay việc ghi sổ nhật ký tuần tra; bốn là, hoàn thiện thủ tục công "
              "nhận đảng viên chính thức cho đồng chí Lương Văn Khánh."),
            L("6. Biểu quyết:"),
            P("- Thông qua kết luận của chi bộ: 13/13 đồng chí có mặt giơ tay tán thành, đạt 100%."),
            P("- Đề nghị công nhận đồng chí Lương Văn Khánh là đảng viên chính thức: 11/11 đảng viên chính thức "
              "có mặt tán thành, đạt 100%."),
            L("7. Phân công thực hiện:"),
            P("- Trung úy Bế Văn Quyết chỉ huy tổ công tác cùng Ủy ban nhân dân xã rà soát, giúp di dời các hộ ở "
              "vùng có nguy cơ sạt lở, hoàn thành trước ngày 07/9/2024."),
            P("- Thượng úy Hà Minh Tuấn hoàn chỉnh hồ sơ đề nghị công nhận đảng viên chính thức, báo cáo Đảng ủy "
              "Đồn trong tháng 9/2024."),
            P("- Thượng úy Đàm Văn Huân kiểm tra việc ghi sổ nhật ký tuần tra của các tổ, thực hiện thường xuyên."),
            P("Buổi sinh hoạt kết thúc lúc 15 giờ 15 phút cùng ngày. Biên bản đã được đọc lại cho chi bộ nghe, "
              "các đồng chí có mặt nhất trí thông qua."),
            S(["THƯ KÝ", "", "", "Thượng úy Đàm Văn Huân"], ["T/M CHI BỘ", "BÍ THƯ", "", "Đại úy Lục Văn Thắng"]),
        ],
        "truth": minute(
            meeting("regular", "2024-09-05", "07:30", "15:15", "Hội trường Đồn Biên phòng Nà Giàng", *_c01),
            "Lục Văn Thắng", "Bí thư chi bộ", "Đàm Văn Huân",
            attendance(14, 13, 1, 1, 0, 0,
                       [("Nông Văn Tài", "chỉ huy tổ tuần tra song phương khu vực mốc 689, đã báo cáo chi ủy", True)],
                       [("Hoàng Văn Khải", "Chính trị viên Đồn, Phó Bí thư Đảng ủy Đồn")]),
            True,
            [vote("Thông qua kết luận của chi bộ", 13, None, None, 100),
             vote("Đề nghị công nhận đảng viên chính thức đối với đồng chí Lương Văn Khánh", 11, None, None, 100)],
            [task("Bế Văn Quyết", "chỉ huy tổ công tác cùng Ủy ban nhân dân xã rà soát, giúp di dời các hộ ở vùng "
                  "có nguy cơ sạt lở", "07/9/2024"),
             task("Hà Minh Tuấn", "hoàn chỉnh hồ sơ đề nghị công nhận đảng viên chính thức, báo cáo Đảng ủy Đồn",
                  "tháng 9/2024"),
             task("Đàm Văn Huân", "kiểm tra việc ghi sổ nhật ký tuần tra của các tổ", "thường xuyên")],
            []),
    }],
})


# =================================================================================================
# r02 — Hà Nội, a cell of retired cadres; counts spread over several sentences; 27 of 31 present.
# =================================================================================================
DOCS.append({
    "name": "r02-hanoi-retired-cadres-spread-counts-low-unexcused", "folder": "test",
    "style": {"family": "sans", "size": 12, "justify": False, "indent": 0, "spacing": 1.35, "para_gap": 4,
              "left": 75, "right": 60, "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG KHƯƠNG MAI", "CHI BỘ HƯU TRÍ SỐ 2", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Khương Mai, ngày 15 tháng 3 năm 2025"]),
            G(10),
            C("BIÊN BẢN HỌP CHI BỘ", size=14),
            C("Tháng 3 năm 2025", bold=False, italic=True),
            G(8),
            P("Vào hồi 8h00 sáng thứ Bảy, ngày 15/3/2025, tại Nhà văn hóa tổ dân phố số 12, phường Khương Mai, "
              "Chi bộ Hưu trí số 2 họp thường kỳ tháng 3 năm 2025."),
            P("Tổng số đảng viên trong danh sách chi bộ quản lý hiện nay là 38 đồng chí."),
            P("Có 07 đồng chí đã được Đảng ủy phường đồng ý cho miễn sinh hoạt vì tuổi cao, sức yếu, nên không "
              "tính vào số phải dự. Số đồng chí phải dự họp: 31."),
            P("Đến dự: 27 đồng chí."),
            P("Vắng 04 đồng chí, trong đó 02 đồng chí đang điều trị tại bệnh viện, 01 đồng chí về quê chăm người "
              "nhà ốm, 01 đồng chí không báo vắng."),
            P("Dự họp có đồng chí Trịnh Thu Hà – Đảng ủy viên, phụ trách chi bộ, và ông Lê Quang Thịnh – Tổ "
              "trưởng tổ dân phố số 12 (quần chúng), được chi bộ mời dự phần thông tin tình hình địa bàn."),
            P("Đồng chí Vũ Đình Khang, Bí thư chi bộ, chủ trì; đồng chí Nguyễn Thị Thanh Nhàn ghi biên bản."),
            H("1. Thông tin thời sự"),
            P("Đồng chí Bí thư thông tin kết quả Hội nghị lần thứ mười một Ban Chấp hành Trung ương khóa XIII về "
              "sắp xếp tổ chức bộ máy và đơn vị hành chính; chủ trương không tổ chức cấp huyện, sáp nhập xã, "
              "phường. Nhiều đồng chí cao tuổi quan tâm, đề nghị chi bộ thông tin kịp thời để giải thích cho "
              "người dân khu phố."),
            H("2. Kết quả tháng 2"),
            P("Chi bộ đã tổ chức thăm hỏi 05 đồng chí đảng viên ốm đau dịp Tết Ất Tỵ; trao Huy hiệu 55 năm tuổi "
              "Đảng cho đồng chí Phùng Văn Lộc; thu đảng phí đầy đủ. Tồn tại: việc tham gia góp ý dự thảo văn kiện "
              "đại hội còn ít; một số đồng chí chưa cài đặt ứng dụng Sổ tay đảng viên điện tử."),
            H("3. Nhiệm vụ tháng 3 và thời gian tới"),
            P("Chuẩn bị Đại hội chi bộ nhiệm kỳ 2025–2027; vận động các hộ kinh doanh trên phố Khương Trung không "
              "lấn chiếm vỉa hè; tham gia góp ý dự thảo sửa đổi Hiến pháp khi có hướng dẫn; tiếp tục chăm lo đảng "
              "viên cao tuổi."),
            H("4. Ý kiến thảo luận"),
            P("- Đồng chí Phùng Văn Lộc: vỉa hè phố Khương Trung bị lấn chiếm nhiều vào buổi tối, người già đi bộ "
              "phải xuống lòng đường; đề nghị chi bộ phối hợp tổ dân phố vận động trước, sau đó mới đề nghị "
              "phường xử lý."),
            P("- Đồng chí Đặng Thị Minh Hằng: đề nghị chi bộ cử người đến thăm hai đồng chí đang nằm viện; chi "
              "bộ nên nhờ các cháu đoàn viên hướng dẫn các cụ cài ứng dụng trên điện thoại."),
            P("- Ông Lê Quang Thịnh (khách mời): tổ dân phố sẽ phối hợp; đề nghị các đảng viên gương mẫu, gia đình "
              "mình trước, rồi mới nói được hàng xóm."),
            H("5. Kết luận"),
            P("Đồng chí chủ trì kết luận: chi bộ thống nhất ba việc trọng tâm của tháng 3 là chuẩn bị đại hội chi "
              "bộ, vận động trả lại vỉa hè phố Khương Trung và chăm lo đảng viên ốm đau; các đồng chí phải dự cần "
              "báo chi ủy khi vắng họp, không để tình trạng vắng không báo như kỳ này."),
            H("6. Biểu quyết"),
            P("Chi bộ biểu quyết thông qua kết luận: tán thành 26 đồng chí; không tán thành: không; 01 đồng chí "
              "xin không biểu quyết vì đến muộn, chưa nghe đủ nội dung."),
            H("7. Phân công"),
            P("Giao đồng chí Phùng Văn Lộc cùng Ban công tác Mặt trận tổ dân phố vận động các hộ kinh doanh trên "
              "phố Khương Trung ký cam kết không lấn chiếm vỉa hè, xong trước 30/3/2025. Đồng chí Đặng Thị Minh "
              "Hằng thay mặt chi bộ thăm hỏi hai đồng chí đang điều trị tại bệnh viện trong tuần này. Chi ủy chuẩn "
              "bị dự thảo báo cáo chính trị trình đại hội chi bộ, xong trước kỳ họp tháng 4."),
            P("Hội nghị kết thúc lúc 10h15 cùng ngày. Biên bản được đọc lại và thông qua trước chi bộ, không có ý "
              "kiến bổ sung."),
            S(["NGƯỜI GHI BIÊN BẢN", "", "Nguyễn Thị Thanh Nhàn"], ["BÍ THƯ CHI BỘ", "", "Vũ Đình Khang"]),
        ],
        "truth": minute(
            meeting("regular", "2025-03-15", "08:00", "10:15",
                    "Nhà văn hóa tổ dân phố số 12, phường Khương Mai", "CHI BỘ HƯU TRÍ SỐ 2",
                    "ĐẢNG BỘ PHƯỜNG KHƯƠNG MAI"),
            "Vũ Đình Khang", "Bí thư chi bộ", "Nguyễn Thị Thanh Nhàn",
            attendance(38, 27, 4, 3, 1, 7, [],
                       [("Trịnh Thu Hà", "Đảng ủy viên, phụ trách chi bộ"),
                        ("Lê Quang Thịnh", "Tổ trưởng tổ dân phố số 12")]),
            True,
            [vote("Thông qua kết luận", 26, 0, 1, None)],
            [task("Phùng Văn Lộc", "cùng Ban công tác Mặt trận tổ dân phố vận động các hộ kinh doanh trên phố "
                  "Khương Trung ký cam kết không lấn chiếm vỉa hè", "30/3/2025"),
             task("Đặng Thị Minh Hằng", "thay mặt chi bộ thăm hỏi hai đồng chí đang điều trị tại bệnh viện",
                  "tuần này"),
             task("Chi ủy", "chuẩn bị dự thảo báo cáo chính trị trình đại hội chi bộ", "kỳ họp tháng 4")],
            ["low_attendance", "unexcused_absence"]),
    }],
})


# =================================================================================================
# r03 — Thái Bình, village cell: a minute BOOK, April–August 2024, five minutes typed on.
# =================================================================================================
_c03 = ("CHI BỘ THÔN LẠC ĐẠO", "ĐẢNG BỘ XÃ QUANG TRUNG")
_sig03 = S(["THƯ KÝ", "Phạm Thị Hồng Nhung"], ["BÍ THƯ", "Trần Văn Đức"])
_b1 = {
    "blocks": [
        HD(["ĐẢNG BỘ XÃ QUANG TRUNG", "CHI BỘ THÔN LẠC ĐẠO", "*"],
           ["ĐẢNG CỘNG SẢN VIỆT NAM", "Lạc Đạo, ngày 08 tháng 4 năm 2024"]),
        G(6),
        C("BIÊN BẢN"),
        C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 4/2024"),
        G(4),
        L("1- Thời gian: 19 giờ 30 phút, ngày 08/4/2024."),
        L("2- Địa điểm: Nhà văn hóa thôn Lạc Đạo."),
        L("3- Thành phần: chi bộ có 24 đảng viên, trong đó 03 đồng chí được miễn sinh hoạt (Phạm Văn Cừ, Đỗ Thị "
          "Nhài, Bùi Văn Sáu), phải dự 21 đồng chí. Có mặt 19/21. Vắng 02: đồng chí Vũ Thị Lụa (đi viện chăm "
          "chồng), đồng chí Phạm Văn Thuấn (không lý do)."),
        L("4- Chủ trì: đồng chí Trần Văn Đức – Bí thư chi bộ. Thư ký: đồng chí Phạm Thị Hồng Nhung."),
        L("5- Nội dung:"),
        P("a) Thông tin: đồng chí Bí thư phổ biến Kế hoạch của Đảng ủy xã về tháng cao điểm vệ sinh môi trường; "
          "thông tin giá phân bón, lịch phun thuốc phòng bệnh đạo ôn cho lúa xuân."),
        P("b) Đánh giá tháng 3: cấy xong 100% diện tích lúa xuân (112 mẫu) đúng khung thời vụ; thu quỹ làm đường "
          "trục thôn được 78%; Tết trồng cây trồng được 150 cây bóng mát. Tồn tại: chuột phá lúa ở xứ đồng Cửa "
          "Chùa chưa được diệt kịp thời; 02 đồng chí đóng đảng phí chậm."),
        P("c) Nhiệm vụ tháng 4: chăm sóc, phòng trừ sâu bệnh cho lúa; ra quân diệt chuột; hoàn thành thu quỹ làm "
          "đường; vận động các hộ phân loại rác tại nguồn."),
        P("d) Thảo luận: đồng chí Đỗ Văn Hiển (Trưởng thôn) đề nghị diệt chuột đồng loạt trong một ngày, có thưởng "
          "theo đuôi chuột nộp về thôn; đồng chí Bùi Thị Mến (Chi hội trưởng Phụ nữ) cho biết còn 19 hộ chưa đóng "
          "quỹ làm đường, phần lớn là hộ có người đi làm xa."),
        P("e) Kết luận: đồng chí Bí thư kết luận, thống nhất các nhiệm vụ tháng 4 như dự thảo; nhấn mạnh diệt chuột "
          "phải làm đồng loạt, quỹ làm đường phải thu xong trong tháng để kịp khởi công sau vụ chiêm."),
        P("g) Biểu quyết: 19/19 đồng chí có mặt nhất trí (100%)."),
        P("h) Phân công: giao đồng chí Đỗ Văn Hiển chủ trì ra quân diệt chuột toàn thôn, xong trước ngày 20/4/2024; "
          "đồng chí Bùi Thị Mến vận động hội viên phụ nữ hoàn thành đóng quỹ làm đường trước 30/4/2024."),
        P("Cuộc họp kết thúc hồi 21 giờ 15 phút. Biên bản đọc lại, chi bộ nhất trí thông qua."),
        _sig03,
    ],
    "truth": minute(
        meeting("regular", "2024-04-08", "19:30", "21:15", "Nhà văn hóa thôn Lạc Đạo", *_c03),
        "Trần Văn Đức", "Bí thư chi bộ", "Phạm Thị Hồng Nhung",
        attendance(24, 19, 2, 1, 1, 3, [("Vũ Thị Lụa", "đi viện chăm chồng", True),
                                        ("Phạm Văn Thuấn", "không lý do", False)]),
        True,
        [vote("Thông qua kết luận tháng 4", 19, None, None, 100)],
        [task("Đỗ Văn Hiển", "chủ trì ra quân diệt chuột toàn thôn", "20/4/2024"),
         task("Bùi Thị Mến", "vận động hội viên phụ nữ hoàn thành đóng quỹ làm đường", "30/4/2024")],
        ["unexcused_absence"]),
}
_b2 = {
    "blocks": [
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 5/2024"),
        C("(họp lùi sang đầu tháng 6 do thu hoạch vụ chiêm xuân)", bold=False, italic=True),
        G(4),
        P("Hôm nay, ngày 03/6/2024, từ 19 giờ 00 đến 20 giờ 45 phút, tại Nhà văn hóa thôn Lạc Đạo, Chi bộ thôn "
          "Lạc Đạo sinh hoạt thường kỳ tháng 5. Có mặt 20/21 đồng chí phải dự (không kể 03 đồng chí miễn sinh "
          "hoạt); vắng 01 đồng chí Vũ Văn Nam (đi làm ca đêm ở khu công nghiệp, có báo). Đồng chí Trần Văn Đức, "
          "Bí thư chi bộ, chủ trì; đồng chí Phạm Thị Hồng Nhung ghi biên bản."),
        P("Đồng chí Bí thư đánh giá tháng 5: đến ngày 02/6 thôn đã gặt được 85% diện tích lúa chiêm xuân, năng "
          "suất ước 68 tạ/ha; quỹ làm đường trục thôn thu đạt 100%; còn tình trạng đốt rơm rạ ngoài đồng gây khói "
          "mù trên tuyến đường liên xã. Nhiệm vụ tháng 6: gặt xong trước ngày 10/6, làm đất, gieo mạ vụ mùa; tổng "
          "vệ sinh đường làng, ngõ xóm; động viên học sinh lớp 9 ôn thi vào lớp 10."),
        P("Ý kiến: đồng chí Nguyễn Thị Thoa (Phó Bí thư) đề nghị hợp tác xã có máy cuộn rơm để bà con bán rơm thay "
          "vì đốt; đồng chí Đỗ Văn Hiển đề nghị khởi công đường trục thôn ngay sau khi gặt xong; đồng chí Vũ Đình "
          "Lâm (Bí thư Chi đoàn) cho biết chi đoàn sẵn sàng nhận phần dọn vệ sinh."),
        P("Đồng chí chủ trì kết luận: tập trung gặt nhanh, gọn, không đốt rơm rạ; khởi công đường trục thôn vào "
          "tuần cuối tháng 6; làm tốt vệ sinh môi trường trước mùa mưa."),
        P("Giao đồng chí Đỗ Văn Hiển phối hợp với hợp tác xã đưa máy cuộn rơm về các xứ đồng, xong trong tuần này; "
          "đồng chí Vũ Đình Lâm tổ chức đoàn viên tổng vệ sinh đường làng vào sáng Chủ nhật 09/6/2024."),
        P("Biên bản được đọc lại lúc 20 giờ 45 phút; 20/20 đồng chí có mặt nhất trí thông qua."),
        _sig03,
    ],
    "truth": minute(
        meeting("regular", "2024-06-03", "19:00", "20:45", "Nhà văn hóa thôn Lạc Đạo", *_c03, month=5),
        "Trần Văn Đức", "Bí thư chi bộ", "Phạm Thị Hồng Nhung",
        attendance(24, 20, 1, 1, 0, 3, [("Vũ Văn Nam", "đi làm ca đêm ở khu công nghiệp, có báo", True)]),
        True,
        [],
        [task("Đỗ Văn Hiển", "phối hợp với hợp tác xã đưa máy cuộn rơm về các xứ đồng", "tuần này"),
         task("Vũ Đình Lâm", "tổ chức đoàn viên tổng vệ sinh đường làng", "sáng Chủ nhật 09/6/2024")],
        ["missing_vote"]),
}
_b3 = {
    "blocks": [
        HD(["ĐẢNG BỘ XÃ QUANG TRUNG", "CHI BỘ THÔN LẠC ĐẠO", "*"],
           ["ĐẢNG CỘNG SẢN VIỆT NAM", "Lạc Đạo, ngày 10 tháng 7 năm 2024"]),
        G(4),
        C("BIÊN BẢN"),
        C("SINH HOẠT CHI BỘ THÁNG 7 NĂM 2024"),
        G(4),
        P("Vào lúc 19h30 ngày 10/7/2024, tại Nhà văn hóa thôn, Chi bộ thôn Lạc Đạo họp thường kỳ tháng 7. Tháng 6 "
          "chi bộ không tổ chức sinh hoạt được do trùng thời vụ và các đợt mưa lớn kéo dài; nội dung của tháng 6 "
          "đưa vào kỳ họp này."),
        P("Chi bộ có 24 đảng viên, miễn sinh hoạt 03, phải dự 21. Có mặt 19. Vắng 02, trong đó: đ/c Vũ Văn Nam "
          "(đi làm ca), đ/c Phạm Văn Thuấn (không có lý do)."),
        P("Chủ trì: đồng chí Trần Văn Đức, Bí thư chi bộ. Thư ký: đồng chí Phạm Thị Hồng Nhung."),
        P("Đồng chí Nguyễn Thị Thoa, Phó Bí thư, báo cáo tình hình tháng 6 và tháng 7: cấy xong 110 mẫu lúa mùa; "
          "mưa lớn cuối tháng 6 làm ngập úng 15 mẫu ở xứ đồng Bãi Sậy, phải cấy dặm; đường trục thôn đã đổ bê tông "
          "được 300 m. Nhiệm vụ: tiêu úng, dặm tỉa; nghiệm thu đoạn đường đã làm; tuyên truyền phòng chống đuối "
          "nước cho trẻ em trong dịp hè."),
        P("Thảo luận: đ/c Đỗ Văn Hiển đề nghị nạo vét mương tiêu Bãi Sậy trước mùa bão; đ/c Bùi Thị Mến đề nghị "
          "chi bộ nhắc nhở việc sinh hoạt đều đặn của đảng viên, có đồng chí vắng họp nhiều lần."),
        P("Đồng chí Bí thư kết luận: tập trung tiêu úng, cứu lúa; làm xong mương tiêu Bãi Sậy trong tháng 7; đảng "
          "viên vắng họp không lý do phải được gặp gỡ, tìm hiểu nguyên nhân."),
        P("Chi bộ biểu quyết bằng giơ tay: 19/19 đồng chí tán thành."),
        P("Giao đồng chí Nguyễn Thị Thoa gặp đồng chí Phạm Văn Thuấn tìm hiểu lý do vắng họp, báo cáo chi bộ trong "
          "tháng 7; đồng chí Đỗ Văn Hiển đôn đốc tổ thủy nông kiểm tra, đóng mở các cống tiêu, thực hiện thường "
          "xuyên."),
        P("Cuộc họp kết thúc lúc 20h50. Thư ký đọc lại biên bản, chi bộ nhất trí thông qua."),
        _sig03,
    ],
    "truth": minute(
        meeting("regular", "2024-07-10", "19:30", "20:50", "Nhà văn hóa thôn", *_c03),
        "Trần Văn Đức", "Bí thư chi bộ", "Phạm Thị Hồng Nhung",
        attendance(24, 19, 2, 1, 1, 3, [("Vũ Văn Nam", "đi làm ca", True),
                                        ("Phạm Văn Thuấn", "không có lý do", False)]),
        True,
        [vote("Thông qua kết luận tháng 7", 19, None, None, None)],
        [task("Nguyễn Thị Thoa", "gặp đồng chí Phạm Văn Thuấn tìm hiểu lý do vắng họp, báo cáo chi bộ",
              "tháng 7"),
         task("Đỗ Văn Hiển", "đôn đốc tổ thủy nông kiểm tra, đóng mở các cống tiêu", "thường xuyên")],
        ["short_meeting", "unexcused_absence"]),
}
_b4 = {
    "blocks": [
        C("SINH HOẠT CHUYÊN ĐỀ QUÝ III NĂM 2024"),
        C("Chuyên đề: Phát huy vai trò nêu gương của đảng viên trong xây dựng nông thôn mới kiểu mẫu",
          bold=False, italic=True),
        G(4),
        P("Thời gian: từ 19 giờ 30 phút đến 21 giờ 05 phút ngày 24/7/2024. Địa điểm: Nhà văn hóa thôn Lạc Đạo. "
          "Dự họp 21/21 đồng chí phải dự (03 đồng chí miễn sinh hoạt). Chủ trì: đồng chí Trần Văn Đức – Bí thư "
          "chi bộ; thư ký: đồng chí Phạm Thị Hồng Nhung."),
        P("Đồng chí Nguyễn Thị Thoa, Phó Bí thư chi bộ, trình bày chuyên đề: những việc đảng viên phải làm trước "
          "để nhân dân làm theo trong xây dựng nông thôn mới kiểu mẫu – hiến đất mở đường, chỉnh trang nhà cửa, "
          "vườn tược, giữ gìn cảnh quan, thực hiện nếp sống văn minh trong việc cưới, việc tang."),
        P("Ý kiến tham gia: đồng chí Phạm Văn Thuấn nhận thấy bản thân còn thiếu gương mẫu, hứa thu xếp công việc "
          "để sinh hoạt đầy đủ; đồng chí Vũ Đình Lâm đề nghị mỗi đảng viên trẻ nhận một đoạn đường hoa; đồng chí "
          "Bùi Thị Mến nêu việc một số gia đình đảng viên còn tổ chức đám cưới kéo dài ba ngày."),
        P("Đồng chí chủ trì cảm ơn đồng chí báo cáo viên và các ý kiến phát biểu, đề nghị các đồng chí về nhà đọc "
          "thêm tài liệu đã phát."),
        P("Chi bộ biểu quyết thông qua nội dung chuyên đề: 21/21 đồng chí tán thành."),
        P("Giao Chi hội Cựu chiến binh và Chi đoàn thanh niên ra quân trồng đường hoa trục chính của thôn trong "
          "tháng 8/2024."),
        P("Cuối buổi, đồng chí thư ký đọc lại biên bản kỳ sinh hoạt ngày 10/7 để chi bộ nắm lại các việc đã thống "
          "nhất. Buổi sinh hoạt chuyên đề kết thúc lúc 21 giờ 05 phút."),
        _sig03,
    ],
    "truth": minute(
        meeting("thematic", "2024-07-24", "19:30", "21:05", "Nhà văn hóa thôn Lạc Đạo", *_c03,
                topic="Phát huy vai trò nêu gương của đảng viên trong xây dựng nông thôn mới kiểu mẫu"),
        "Trần Văn Đức", "Bí thư chi bộ", "Phạm Thị Hồng Nhung",
        attendance(24, 21, 0, 0, 0, 3),
        False,
        [vote("Thông qua nội dung chuyên đề", 21, None, None, None)],
        [task("Chi hội Cựu chiến binh", "ra quân trồng đường hoa trục chính của thôn", "tháng 8/2024"),
         task("Chi đoàn thanh niên", "ra quân trồng đường hoa trục chính của thôn", "tháng 8/2024")],
        ["missing_conclusion", "not_approved"]),
}
_b5 = {
    "blocks": [
        C("BIÊN BẢN HỌP CHI BỘ THÁNG 8/2024"),
        G(4),
        P("Bắt đầu: 19 giờ 30', ngày 07/8/2024, tại Nhà văn hóa thôn Lạc Đạo."),
        P("Chủ trì: đ/c Trần Văn Đức – Bí thư chi bộ. Thư ký: đ/c Phạm Thị Hồng Nhung."),
        P("Có mặt: 18/21 đồng chí phải dự (tổng số 24, miễn sinh hoạt 03). Vắng 03 đồng chí, cụ thể:"),
        ("table", ABSENT_COLS, [["1", "Vũ Văn Nam", "Đi làm ca"], ["2", "Vũ Thị Lụa", "Ốm"],
                                ["3", "Phạm Văn Thuấn", "Không báo cáo"]]),
        P("Đồng chí Bí thư đánh giá tháng 7: lúa mùa sinh trưởng tốt sau khi tiêu úng; mương tiêu Bãi Sậy đã nạo "
          "vét xong; đường trục thôn hoàn thành 650 m. Đồng chí Nguyễn Thị Thoa báo cáo đã hai lần đến nhà nhưng "
          "chưa gặp được đồng chí Phạm Văn Thuấn. Nhiệm vụ tháng 8: phòng chống bão; phòng trừ rầy nâu; chuẩn bị "
          "Tết Trung thu cho thiếu nhi."),
        P("Thảo luận: đ/c Đỗ Văn Hiển đề nghị chuẩn bị sẵn bao cát, cọc tre ở hai điểm xung yếu đê bối; đ/c Vũ "
          "Đình Lâm đề nghị chi đoàn phụ trách Tết Trung thu, xin chi bộ hỗ trợ kinh phí."),
        P("Kết luận: đồng chí Bí thư đề nghị chủ động phương án phòng chống bão theo phương châm bốn tại chỗ; việc "
          "đảng viên vắng họp không lý do nhiều lần sẽ được xem xét theo Điều lệ Đảng; hỗ trợ chi đoàn 2 triệu đồng "
          "tổ chức Trung thu."),
        P("Biểu quyết: tán thành 18/18 đồng chí có mặt; không tán thành: 0; ý kiến khác: 0."),
        P("Phân công: đồng chí Trần Văn Đức và đồng chí Nguyễn Thị Thoa thay mặt chi ủy gặp, nghe đồng chí Phạm "
          "Văn Thuấn giải trình việc ba lần vắng họp không lý do, báo cáo chi bộ tại kỳ họp tháng 9; đồng chí Đỗ "
          "Văn Hiển chuẩn bị vật tư phòng chống bão tại hai điểm xung yếu trước ngày 15/8."),
        P("Cuộc họp kết thúc 21 giờ 10'. Biên bản được đọc lại, chi bộ thống nhất thông qua."),
        _sig03,
    ],
    "truth": minute(
        meeting("regular", "2024-08-07", "19:30", "21:10", "Nhà văn hóa thôn Lạc Đạo", *_c03),
        "Trần Văn Đức", "Bí thư chi bộ", "Phạm Thị Hồng Nhung",
        attendance(24, 18, 3, 2, 1, 3, [("Vũ Văn Nam", "Đi làm ca", True), ("Vũ Thị Lụa", "Ốm", True),
                                        ("Phạm Văn Thuấn", "Không báo cáo", False)]),
        True,
        [vote("Thông qua kết luận tháng 8", 18, 0, 0, None)],
        [task("Trần Văn Đức", "thay mặt chi ủy gặp, nghe đồng chí Phạm Văn Thuấn giải trình việc ba lần vắng họp "
              "không lý do, báo cáo chi bộ", "kỳ họp tháng 9"),
         task("Nguyễn Thị Thoa", "thay mặt chi ủy gặp, nghe đồng chí Phạm Văn Thuấn giải trình việc ba lần vắng "
              "họp không lý do, báo cáo chi bộ", "kỳ họp tháng 9"),
         task("Đỗ Văn Hiển", "chuẩn bị vật tư phòng chống bão tại hai điểm xung yếu", "15/8")],
        ["low_attendance", "unexcused_absence"]),
}
DOCS.append({
    "name": "r03-thaibinh-village-book-apr-aug-2024", "folder": "test",
    "style": {"family": "dejavu", "size": 11.5, "justify": True, "indent": 24, "spacing": 1.25,
              "left": 72, "right": 52, "top": 52, "bottom": 55,
              "head": "Sổ ghi biên bản sinh hoạt Chi bộ thôn Lạc Đạo – năm 2024", "head_align": "right",
              "foot": "- {n} -"},
    "between": 22,
    "minutes": [_b1, _b2, _b3, _b4, _b5],
    "flags": ["missing_month", "no_thematic_in_quarter", "repeated_absence"],
})


# =================================================================================================
# r04 — Nghệ An, upper-secondary school; regular meeting combined with a thematic one in 115 minutes.
# =================================================================================================
_T04 = "Nêu gương của đảng viên là nhà giáo trong đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018"
DOCS.append({
    "name": "r04-nghean-school-combined-115min-month-in-words", "folder": "test",
    "style": {"family": "serif", "size": 12.5, "justify": True, "indent": 36, "spacing": 1.3,
              "left": 78, "right": 56, "head": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ HUYỆN YÊN THÀNH", "CHI BỘ TRƯỜNG THPT BẮC YÊN THÀNH", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Yên Thành, ngày 16 tháng 10 năm 2024"]),
            G(8),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ THÁNG MƯỜI NĂM 2024"),
            C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ"),
            C("“" + _T04 + "”", bold=False, italic=True),
            G(8),
            P("Thời gian: bắt đầu lúc 13 giờ 45 phút, kết thúc lúc 15 giờ 40 phút, ngày 16/10/2024."),
            P("Địa điểm: Phòng họp Hội đồng sư phạm nhà trường."),
            P("Tổng số đảng viên: 25 đồng chí (chính thức 23, dự bị 02). Có mặt: 23 đồng chí. Vắng: 02 đồng chí, "
              "có danh sách dưới đây:"),
            ("table", [(0.09, "TT", "c"), (0.40, "Họ và tên", "l"), (0.51, "Lý do vắng", "l")],
             [["1", "Hồ Thị Thanh Tâm", "Nghỉ chế độ thai sản"],
              ["2", "Lê Đình Quý", "Dẫn đội tuyển học sinh giỏi Tin học dự tập huấn tại Vinh"]]),
            P("Chủ trì: đồng chí Nguyễn Văn Hùng – Bí thư chi bộ, Hiệu trưởng. Thư ký: đồng chí Thái Thị Mai "
              "Hương."),
            H("PHẦN THỨ NHẤT: SINH HOẠT THƯỜNG KỲ"),
            P("1. Kiểm điểm tháng 9: nhà trường tổ chức lễ khai giảng an toàn, trang trọng; ổn định nền nếp 36 "
              "lớp với 1.520 học sinh; hoàn thành kế hoạch giáo dục năm học 2024–2025; thu các khoản theo đúng "
              "quy định, không có phản ánh của phụ huynh. Hạn chế: một số lớp khối 10 còn lúng túng khi học theo "
              "sách giáo khoa mới; tỷ lệ học sinh đi học muộn ở hai xã vùng giáo còn cao."),
            P("2. Nhiệm vụ tháng 10: tổ chức kiểm tra giữa học kỳ I; phát động phong trào thi đua chào mừng ngày "
              "Nhà giáo Việt Nam 20/11; rà soát học sinh có hoàn cảnh khó khăn, có nguy cơ bỏ học; củng cố đội "
              "tuyển học sinh giỏi cấp tỉnh."),
            H("PHẦN THỨ HAI: SINH HOẠT CHUYÊN ĐỀ"),
            P("Đồng chí Trần Đình Phong, Phó Bí thư chi bộ, trình bày chuyên đề, nêu những việc đảng viên là nhà "
              "giáo phải đi đầu: dạy học theo hướng phát triển phẩm chất, năng lực; ứng dụng công nghệ số trong "
              "từng tiết học; không dạy thêm trái quy định; gần gũi, lắng nghe học sinh."),
            P("Các ý kiến tham gia:"),
            P("- Đồng chí Nguyễn Thị Lan Anh (tổ Ngữ văn): đảng viên nên dạy mẫu trước, mời đồng nghiệp dự; tổ "
              "Ngữ văn xin làm thử dạy học theo dự án ở khối 10."),
            P("- Đồng chí Đặng Quốc Bảo (tổ Toán): phòng máy chiếu còn thiếu, đề nghị chi bộ đề xuất nhà trường "
              "ưu tiên kinh phí; đảng viên trẻ nên kèm các thầy cô lớn tuổi về phần mềm."),
            P("- Đồng chí Phan Thị Hoài (tổ Hóa – Sinh): băn khoăn việc đánh giá học sinh theo thông tư mới, đề "
              "nghị tổ chức một buổi trao đổi chuyên môn cấp trường."),
            H("KẾT LUẬN"),
            P("Đồng chí Bí thư kết luận: chi bộ thống nhất nhiệm vụ tháng Mười như dự thảo; mỗi đảng viên đăng ký "
              "một việc làm nêu gương cụ thể gắn với chuyên đề, kết quả được đánh giá vào cuối học kỳ I; ưu tiên kinh "
              "phí mua thêm 04 máy chiếu trong quý IV."),
            P("Chi bộ biểu quyết thông qua kết luận với 100% đảng viên có mặt nhất trí."),
            H("PHÂN CÔNG THỰC HIỆN"),
            ("table", [(0.07, "TT", "c"), (0.45, "Công việc", "l"), (0.27, "Người phụ trách", "l"),
                       (0.21, "Thời hạn", "l")],
             [["1", "Xây dựng kế hoạch hội giảng chào mừng ngày Nhà giáo Việt Nam 20/11", "Đ/c Trần Đình Phong",
               "Trước 25/10/2024"],
              ["2", "Tổ chức dạy học theo dự án môn Ngữ văn khối 10", "Đ/c Nguyễn Thị Lan Anh", "Tháng 11/2024"],
              ["3", "Kèm cặp, giúp đỡ 02 đảng viên dự bị", "Đ/c Đặng Quốc Bảo", "Thường xuyên"],
              ["4", "Phối hợp Ban đại diện cha mẹ học sinh rà soát học sinh có nguy cơ bỏ học", "Đoàn trường",
               "Trước 31/10/2024"]]),
            P("Buổi sinh hoạt kết thúc lúc 15 giờ 40 phút. Biên bản được đọc lại, các đồng chí dự họp nhất trí với "
              "nội dung biên bản."),
            S(["THƯ KÝ", "", "Thái Thị Mai Hương"], ["CHỦ TRÌ", "", "Nguyễn Văn Hùng"]),
        ],
        "truth": minute(
            meeting("regular", "2024-10-16", "13:45", "15:40", "Phòng họp Hội đồng sư phạm nhà trường",
                    "CHI BỘ TRƯỜNG THPT BẮC YÊN THÀNH", "ĐẢNG BỘ HUYỆN YÊN THÀNH", topic=_T04),
            "Nguyễn Văn Hùng", "Bí thư chi bộ", "Thái Thị Mai Hương",
            attendance(25, 23, 2, 2, 0, 0,
                       [("Hồ Thị Thanh Tâm", "Nghỉ chế độ thai sản", True),
                        ("Lê Đình Quý", "Dẫn đội tuyển học sinh giỏi Tin học dự tập huấn tại Vinh", True)]),
            True,
            [vote("Thông qua kết luận", None, None, None, 100)],
            [task("Trần Đình Phong", "Xây dựng kế hoạch hội giảng chào mừng ngày Nhà giáo Việt Nam 20/11",
                  "25/10/2024"),
             task("Nguyễn Thị Lan Anh", "Tổ chức dạy học theo dự án môn Ngữ văn khối 10", "Tháng 11/2024"),
             task("Đặng Quốc Bảo", "Kèm cặp, giúp đỡ 02 đảng viên dự bị", "Thường xuyên"),
             task("Đoàn trường", "Phối hợp Ban đại diện cha mẹ học sinh rà soát học sinh có nguy cơ bỏ học",
                  "31/10/2024")],
            ["short_meeting"]),
    }],
})


# =================================================================================================
# r05 — Huế, hospital ward; regular + thematic in 125 minutes; a secret ballot and a show of hands.
# =================================================================================================
_T05 = "Y đức – làm theo lời Bác dạy: người thầy thuốc giỏi đồng thời phải như người mẹ hiền"
DOCS.append({
    "name": "r05-hue-hospital-combined-125min-ballot-clean", "folder": "test",
    "style": {"family": "dejavu", "size": 11.5, "justify": True, "indent": 22, "spacing": 1.3,
              "left": 76, "right": 54, "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ BỆNH VIỆN TRUNG ƯƠNG HUẾ", "CHI BỘ KHOA NỘI TIM MẠCH", "Số: 11-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Huế, ngày 21 tháng 11 năm 2024"]),
            G(8),
            C("BIÊN BẢN SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 11/2024", size=13),
            C("(kết hợp sinh hoạt chuyên đề quý IV: “" + _T05 + "”)", bold=False, italic=True),
            G(8),
            P("Vào lúc 14 giờ 00 phút ngày 21/11/2024, tại Phòng giao ban Khoa Nội Tim mạch, Chi bộ Khoa Nội Tim "
              "mạch tiến hành sinh hoạt định kỳ tháng 11 kết hợp sinh hoạt chuyên đề quý IV."),
            P("Tổng số đảng viên: 19 đồng chí. Miễn sinh hoạt: 01 đồng chí (BS. Trần Thị Kim Oanh, đang học tập "
              "trung dài hạn ở nước ngoài, được Đảng ủy Bệnh viện đồng ý). Số phải dự: 18. Có mặt: 16 đồng chí "
              "chính thức và 01 đồng chí dự bị. Vắng 01 đồng chí: ĐD. Hồ Văn Lực – đang trực cấp cứu, có báo cáo."),
            P("Khách mời: đồng chí Ngô Quang Vinh – Đảng ủy viên, Phó Giám đốc Bệnh viện; quần chúng Lê Thị Ánh "
              "Tuyết – điều dưỡng, đối tượng kết nạp Đảng."),
            P("Chủ trì: ThS.BS. Phan Đức Nhật – Bí thư chi bộ, Trưởng khoa. Thư ký: ĐD. Nguyễn Thị Thu Thủy."),
            H("I. SINH HOẠT ĐỊNH KỲ"),
            P("Đồng chí Bí thư báo cáo kết quả tháng 10: khoa điều trị nội trú 612 lượt bệnh nhân, công suất giường "
              "bệnh 118%; can thiệp mạch vành thành công 47 ca; không có sai sót chuyên môn nghiêm trọng. Hạn chế: "
              "còn 02 phản ánh của người bệnh về thái độ giao tiếp của nhân viên trực đêm; bệnh án điện tử nhập "
              "chậm ở buồng bệnh số 3. Nhiệm vụ tháng 11: chuẩn bị đón đoàn kiểm tra chất lượng bệnh viện; tổ chức "
              "hoạt động kỷ niệm ngày Nhà giáo Việt Nam cho các thầy thuốc kiêm giảng; giảm thời gian chờ làm "
              "thủ tục ra viện."),
            H("II. SINH HOẠT CHUYÊN ĐỀ"),
            P("BS. Lê Minh Trí, Phó Bí thư chi bộ, trình bày chuyên đề, liên hệ những việc làm tốt và những biểu "
              "hiện chưa đẹp trong giao tiếp với người bệnh tại khoa."),
            H("III. XÉT KẾT NẠP ĐẢNG VIÊN"),
            P("Chi ủy báo cáo quá trình rèn luyện của quần chúng Lê Thị Ánh Tuyết; quần chúng Tuyết đọc đơn xin vào "
              "Đảng và lý lịch; đại diện Chi đoàn và Công đoàn khoa đọc nhận xét. Chi bộ tiến hành bỏ phiếu kín: "
              "phát ra 16 phiếu cho 16 đảng viên chính thức có mặt, thu về 16 phiếu hợp lệ; 15 phiếu đồng ý kết nạp "
              "(đạt 93,75%), 01 phiếu không đồng ý."),
            H("IV. THẢO LUẬN"),
            P("- BS. Lê Minh Trí: đề nghị luân phiên điều dưỡng trực đêm ở buồng nặng, không để một người trực "
              "quá hai đêm liền."),
            P("- ĐD. Trương Thị Ngọc Hân: kể lại trường hợp người nhà bệnh nhân phàn nàn vì chờ giấy ra viện đến "
              "chiều; đề nghị làm thủ tục ra viện ngay buổi sáng."),
            P("- Đồng chí Ngô Quang Vinh: ghi nhận kết quả chuyên môn của khoa; yêu cầu khoa khắc phục dứt điểm "
              "việc nhập bệnh án điện tử trước đợt kiểm tra."),
            H("V. KẾT LUẬN"),
            P("Đồng chí chủ trì kết luận: tháng 11 chi bộ tập trung nâng chất lượng giao tiếp, ứng xử; thủ tục "
              "ra viện hoàn thành trước 10 giờ sáng; bệnh án điện tử nhập trong ngày. Chi bộ đề nghị Đảng ủy "
              "Bệnh viện xem xét kết nạp quần chúng Lê Thị Ánh Tuyết vào Đảng."),
            P("Chi bộ biểu quyết thông qua kết luận bằng hình thức giơ tay: 17/17 đồng chí có mặt tán thành (100%)."),
            H("VI. PHÂN CÔNG"),
            P("- Đồng chí Lê Minh Trí xây dựng lịch trực đêm luân phiên cho điều dưỡng, xong trước ngày 01/12/2024."),
            P("- Đồng chí Trương Thị Ngọc Hân hướng dẫn quy trình làm thủ tục ra viện buổi sáng cho các buồng bệnh "
              "trong tuần tới."),
            P("- Đồng chí Nguyễn Thị Thu Thủy hoàn thiện hồ sơ đề nghị kết nạp đảng viên, gửi Đảng ủy Bệnh viện "
              "trước ngày 30/11/2024."),
            P("Buổi sinh hoạt kết thúc vào lúc 16 giờ 05 phút cùng ngày. Biên bản đã được thông qua trước chi bộ, "
              "các đồng chí dự họp nhất trí 100%."),
            S(["THƯ KÝ", "", "Nguyễn Thị Thu Thủy"], ["CHỦ TRÌ", "BÍ THƯ CHI BỘ", "", "Phan Đức Nhật"]),
        ],
        "truth": minute(
            meeting("regular", "2024-11-21", "14:00", "16:05", "Phòng giao ban Khoa Nội Tim mạch",
                    "CHI BỘ KHOA NỘI TIM MẠCH", "ĐẢNG BỘ BỆNH VIỆN TRUNG ƯƠNG HUẾ", topic=_T05),
            "Phan Đức Nhật", "Bí thư chi bộ", "Nguyễn Thị Thu Thủy",
            attendance(19, 17, 1, 1, 0, 1, [("Hồ Văn Lực", "đang trực cấp cứu, có báo cáo", True)],
                       [("Ngô Quang Vinh", "Đảng ủy viên, Phó Giám đốc Bệnh viện"),
                        ("Lê Thị Ánh Tuyết", "điều dưỡng, đối tượng kết nạp Đảng")]),
            True,
            [vote("Kết nạp quần chúng Lê Thị Ánh Tuyết vào Đảng (bỏ phiếu kín)", 15, 1, None, 93.75),
             vote("Thông qua kết luận", 17, None, None, 100)],
            [task("Lê Minh Trí", "xây dựng lịch trực đêm luân phiên cho điều dưỡng", "01/12/2024"),
             task("Trương Thị Ngọc Hân", "hướng dẫn quy trình làm thủ tục ra viện buổi sáng cho các buồng bệnh",
                  "tuần tới"),
             task("Nguyễn Thị Thu Thủy", "hoàn thiện hồ sơ đề nghị kết nạp đảng viên, gửi Đảng ủy Bệnh viện",
                  "30/11/2024")],
            []),
    }],
})


# =================================================================================================
# r06 — Quảng Ngãi, commune office; a printed form typed in, dots and "(ghi rõ …)" left; no read-back.
# =================================================================================================
DOCS.append({
    "name": "r06-quangngai-commune-office-form-general-call", "folder": "test",
    "style": {"family": "sans", "size": 11.5, "justify": False, "indent": 0, "spacing": 1.4, "para_gap": 3,
              "left": 70, "right": 56},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ BÌNH CHÂU", "CHI BỘ CƠ QUAN UBND XÃ", "Số: ……-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Bình Châu, ngày 12 tháng 9 năm 2024"]),
            G(10),
            C("BIÊN BẢN SINH HOẠT CHI BỘ", size=14),
            C("Tháng 9 năm 2024", bold=False),
            G(8),
            L("1. Thời gian bắt đầu: 14 giờ 00 phút, ngày 12 tháng 9 năm 2024."),
            L("2. Địa điểm: Hội trường Ủy ban nhân dân xã Bình Châu."),
            L("3. Tổng số đảng viên của chi bộ: 12 đồng chí; miễn sinh hoạt: 0."),
            L("   Có mặt: 11 đồng chí. Vắng mặt: 01 đồng chí; trong đó có lý do: 01, không lý do: 0."),
            L("   Họ tên đảng viên vắng mặt và lý do (ghi rõ): đ/c Huỳnh Văn Tấn – đi tập huấn chuyển đổi số "
              "tại tỉnh."),
            L("4. Đại biểu dự: ……………………………………………"),
            L("5. Chủ trì: đồng chí Võ Thị Thu Sương; chức vụ: Bí thư chi bộ."),
            L("6. Thư ký: đồng chí Đinh Công Hậu."),
            H("NỘI DUNG SINH HOẠT", bold=True),
            L("I. Thông tin thời sự, quán triệt văn bản cấp trên", italic=True),
            P("Đồng chí Bí thư thông tin hậu quả bão số 3 tại các tỉnh phía Bắc và lời kêu gọi ủng hộ đồng bào bị "
              "thiệt hại của Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam; triển khai Kế hoạch của Đảng ủy xã về "
              "phòng, chống thiên tai mùa mưa bão năm 2024."),
            L("II. Đánh giá kết quả tháng 8", italic=True),
            P("Thu ngân sách 8 tháng đạt 71% dự toán; tiếp nhận 1.236 hồ sơ hành chính, giải quyết đúng hạn 98,6%, "
              "tỷ lệ hồ sơ nộp trực tuyến toàn trình 42%; hoàn thành chi trả trợ cấp cho 214 đối tượng bảo trợ xã "
              "hội. Hạn chế: còn 17 hồ sơ đất đai trễ hẹn; việc cập nhật dữ liệu dân cư ở thôn Châu Thuận Biển "
              "chậm."),
            L("III. Nhiệm vụ tháng 9", italic=True),
            P("Tập trung thu ngân sách các tháng cuối năm; giải quyết dứt điểm hồ sơ đất đai trễ hẹn; chuẩn bị "
              "phương án sơ tán dân vùng ven biển khi có bão; tổ chức vận động ủng hộ đồng bào miền Bắc."),
            L("IV. Ý kiến thảo luận", italic=True),
            P("- Đ/c Trương Quang Vũ (công chức Địa chính – Xây dựng): hồ sơ trễ hẹn phần lớn do phải chờ đo đạc "
              "lại ranh giới, đề nghị xã có văn bản mời Văn phòng đăng ký đất đai phối hợp."),
            P("- Đ/c Phạm Thị Mỹ Lệ (Văn phòng – Thống kê): đề nghị công khai tiến độ hồ sơ trên bảng điện tử tại "
              "bộ phận một cửa để người dân theo dõi."),
            L("V. Kết luận của chủ trì", italic=True),
            P("Đồng chí chủ trì kết luận: tháng 9 chi bộ tập trung lãnh đạo thu ngân sách, cải cách hành chính và "
              "phòng, chống bão lũ; đề nghị từng đảng viên căn cứ chức trách, nhiệm vụ của mình để triển khai thực "
              "hiện; các bộ phận chuyên môn chủ động phối hợp, không để hồ sơ trễ hẹn kéo dài."),
            L("VI. Biểu quyết", italic=True),
            P("Tán thành: 11/11 đồng chí; không tán thành: 0; ý kiến khác: 0."),
            P("Cuộc họp kết thúc vào lúc 16 giờ 00 phút cùng ngày."),
            S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "", "Đinh Công Hậu"],
              ["CHỦ TRÌ", "(Ký, ghi rõ họ tên)", "", "Võ Thị Thu Sương"]),
        ],
        "truth": minute(
            meeting("regular", "2024-09-12", "14:00", "16:00", "Hội trường Ủy ban nhân dân xã Bình Châu",
                    "CHI BỘ CƠ QUAN UBND XÃ", "ĐẢNG BỘ XÃ BÌNH CHÂU"),
            "Võ Thị Thu Sương", "Bí thư chi bộ", "Đinh Công Hậu",
            attendance(12, 11, 1, 1, 0, 0, [("Huỳnh Văn Tấn", "đi tập huấn chuyển đổi số tại tỉnh", True)]),
            True,
            [vote("Thông qua kết luận", 11, 0, 0, None)],
            [],
            ["missing_assignments", "not_approved", "unfilled_template"]),
    }],
})


# =================================================================================================
# r07 — Đắk Lắk, Ê Đê village; everything counted in words; 17 of 19; opinions only summarised;
# the date only above the signatures.  (r12 is its moderate scan.)
# =================================================================================================
DOCS.append({
    "name": "r07-daklak-ede-village-counts-in-words", "folder": "test",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 26, "spacing": 1.2,
              "left": 68, "right": 50, "top": 46, "bottom": 44, "para_gap": 1},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ EA TIÊU", "CHI BỘ BUÔN KPĂ", "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM"]),
            G(4),
            C("BIÊN BẢN HỌP CHI BỘ THÁNG 10", size=13),
            G(4),
            P("Hôm nay, vào lúc bảy giờ ba mươi phút sáng, tại nhà sinh hoạt cộng đồng buôn Kpă, Chi bộ buôn Kpă "
              "họp thường kỳ tháng Mười."),
            P("Chi bộ có hai mươi mốt đảng viên, trong đó hai đồng chí già yếu được miễn sinh hoạt là đồng chí Y "
              "Khu Niê và đồng chí H'Bloanh Êban. Số đảng viên phải dự là mười chín đồng chí; có mặt mười bảy đồng "
              "chí; vắng hai đồng chí, đều có lý do (đi làm ăn xa ở Bình Dương, đã báo chi ủy)."),
            P("Đồng chí Y Thanh Byă, Bí thư chi bộ, chủ trì; đồng chí H'Nga Mlô ghi biên bản."),
            P("Đồng chí Bí thư thông báo tình hình mùa thu hoạch cà phê: giá cà phê nhân năm nay lên cao, trên "
              "một trăm nghìn đồng một ký, nên đã xảy ra ba vụ trộm cà phê ở rẫy phía suối Ea Blông; nhiều hộ hái "
              "cả quả xanh để bán sớm, làm giảm chất lượng. Về công việc tháng Chín: buôn đã làm xong ba trăm mét "
              "đường bê tông theo chương trình nông thôn mới; hội Phụ nữ giúp năm hộ nghèo sửa nhà; thu quỹ đảng "
              "phí đầy đủ. Tháng Mười chi bộ lãnh đạo thu hoạch cà phê an toàn, giữ an ninh trật tự trên rẫy, vận "
              "động con em đi học đều."),
            P("Các đảng viên thảo luận sôi nổi. Nhiều ý kiến lo tình trạng trộm cắp, đề nghị tăng cường tuần tra "
              "ban đêm trên các lối mòn ra rẫy; một số ý kiến đề nghị hướng dẫn bà con chỉ hái quả chín, phơi trên "
              "sân xi măng hoặc tấm bạt; cũng có ý kiến đề nghị xã hỗ trợ thêm đèn pin và áo phản quang cho tổ "
              "tuần tra."),
            P("Đồng chí Bí thư kết luận: chi bộ thống nhất tổ chức tuần tra ban đêm suốt mùa thu hoạch; vận động "
              "mỗi hộ ký cam kết không hái cà phê xanh; buôn đề nghị xã hỗ trợ phương tiện cho tổ tuần tra."),
            P("Chi bộ biểu quyết, mười bảy trên mười bảy đồng chí có mặt giơ tay nhất trí."),
            P("Giao đồng chí Y Hải Êban (Trưởng buôn) cùng tổ tự quản an ninh tổ chức tuần tra ban đêm trong suốt "
              "mùa thu hoạch. Đồng chí H'Nga Mlô vận động chị em không hái cà phê xanh, báo cáo kết quả tại kỳ họp "
              "tháng Mười một."),
            P("Buổi họp kết thúc lúc chín giờ bốn mươi lăm phút. Biên bản được đọc lại cho chi bộ nghe và nhất trí "
              "thông qua."),
            L("Buôn Kpă, ngày 14 tháng 10 năm 2024", italic=True, indent=250),
            S(["NGƯỜI GHI BIÊN BẢN", "H'Nga Mlô"], ["BÍ THƯ CHI BỘ", "Y Thanh Byă"]),
        ],
        "truth": minute(
            meeting("regular", "2024-10-14", "07:30", "09:45", "nhà sinh hoạt cộng đồng buôn Kpă",
                    "CHI BỘ BUÔN KPĂ", "ĐẢNG BỘ XÃ EA TIÊU"),
            "Y Thanh Byă", "Bí thư chi bộ", "H'Nga Mlô",
            attendance(21, 17, 2, 2, 0, 2),
            True,
            [vote("Thông qua kết luận", 17, None, None, None)],
            [task("Y Hải Êban", "cùng tổ tự quản an ninh tổ chức tuần tra ban đêm", "suốt mùa thu hoạch"),
             task("H'Nga Mlô", "vận động chị em không hái cà phê xanh, báo cáo kết quả", "kỳ họp tháng Mười một")],
            ["low_attendance", "no_discussion"]),
    }],
    "scans": [{"name": "r12-daklak-ede-village-scan-moderate", "folder": "test", "damage": "moderate",
               "seed": 1012, "dpi": 200}],
})


# =================================================================================================
# r08 — Hồ Chí Minh City, ward police; November's meeting held on 2 December; 85 minutes; opinions
# only summarised; vote as a percentage with "không có ý kiến khác".  (r14 is its moderate scan.)
# =================================================================================================
DOCS.append({
    "name": "r08-govap-ward-police-85min-held-next-month", "folder": "test",
    "style": {"family": "dvsans", "size": 10.5, "justify": True, "indent": 20, "spacing": 1.3,
              "left": 66, "right": 50, "top": 46, "bottom": 46},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ QUẬN GÒ VẤP", "ĐẢNG BỘ PHƯỜNG 14", "CHI BỘ CÔNG AN PHƯỜNG 14", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Gò Vấp, ngày 02 tháng 12 năm 2024"], bold_left=(2,)),
            G(6),
            C("BIÊN BẢN", size=13),
            C("SINH HOẠT CHI BỘ THÁNG 11 NĂM 2024"),
            G(6),
            P("Hôm nay, lúc 08g00 ngày 02/12/2024, tại Phòng họp Công an phường 14, Chi bộ Công an phường 14 tiến "
              "hành sinh hoạt thường kỳ tháng 11/2024 (lịch sinh hoạt ngày 28/11 lùi lại do đơn vị tham gia đợt "
              "cao điểm tấn công, trấn áp tội phạm)."),
            P("Quân số đảng viên: 11/11, dự đủ 100%. Chủ trì: Thiếu tá Nguyễn Hoàng Phúc – Bí thư chi bộ, Trưởng "
              "Công an phường. Thư ký: Đại úy Lâm Thị Kim Ngân."),
            P("1. Đồng chí Bí thư quán triệt Kế hoạch của Đảng ủy Công an quận về đợt cao điểm bảo đảm an ninh, "
              "trật tự dịp Tết Dương lịch và Tết Nguyên đán Ất Tỵ 2025; thông tin về việc triển khai Nghị định "
              "168/2024/NĐ-CP xử phạt vi phạm hành chính về trật tự, an toàn giao thông từ ngày 01/01/2025."),
            P("2. Đánh giá tháng 11: trên địa bàn xảy ra 07 vụ trộm cắp tài sản (giảm 03 vụ so với tháng 10), "
              "đã làm rõ 05 vụ; 01 vụ cháy nhỏ tại dãy trọ đường Lê Đức Thọ, không thiệt hại về người; đăng ký, "
              "cấp mới 412 tài khoản định danh điện tử mức 2. Hạn chế: tình trạng tụ tập đua xe ban đêm ở tuyến "
              "đường Phan Huy Ích chưa được ngăn chặn dứt điểm; dữ liệu cư trú của một số khu nhà trọ cập nhật "
              "chưa kịp thời."),
            P("3. Nhiệm vụ tháng 12: mở đợt tuần tra, kiểm soát cao điểm; kiểm tra phòng cháy, chữa cháy tại 100% "
              "nhà trọ trên 10 phòng; tuyên truyền Nghị định 168 đến từng khu phố."),
            P("4. Thảo luận: các đồng chí đảng viên nhất trí với báo cáo và phương hướng nhiệm vụ tháng 12, không "
              "có ý kiến tham gia thêm."),
            P("5. Đồng chí Bí thư kết luận: tháng 12 chi bộ tập trung lãnh đạo đơn vị bảo đảm tuyệt đối an ninh, "
              "trật tự dịp cuối năm; kiềm chế tội phạm trộm cắp; xử lý nghiêm đua xe; tăng cường tuần tra khu vực chợ Xóm Mới sau 22 giờ; không để "
              "xảy ra cháy lớn."),
            P("6. Chi bộ biểu quyết thông qua kết luận: 100% đảng viên tán thành, không có ý kiến khác."),
            P("7. Phân công: Phó Trưởng Công an phường Trần Quốc Huy chỉ đạo Tổ tuần tra 141 tăng cường tuần tra "
              "ban đêm khu vực chợ Xóm Mới, thực hiện thường xuyên; đồng chí Lâm Thị Kim Ngân hoàn thành rà soát, "
              "cập nhật dữ liệu cư trú tại các khu nhà trọ trước ngày 15/12/2024."),
            P("Buổi sinh hoạt kết thúc lúc 09g25 cùng ngày; biên bản đã được đọc lại và thông qua trước chi bộ."),
            S(["THƯ KÝ", "Đại úy Lâm Thị Kim Ngân"], ["BÍ THƯ CHI BỘ", "Thiếu tá Nguyễn Hoàng Phúc"]),
        ],
        "truth": minute(
            meeting("regular", "2024-12-02", "08:00", "09:25", "Phòng họp Công an phường 14",
                    "CHI BỘ CÔNG AN PHƯỜNG 14", "ĐẢNG BỘ PHƯỜNG 14", month=11),
            "Nguyễn Hoàng Phúc", "Bí thư chi bộ", "Lâm Thị Kim Ngân",
            attendance(11, 11, 0, 0, 0, 0),
            True,
            [vote("Thông qua kết luận", None, None, 0, 100)],
            [task("Trần Quốc Huy", "chỉ đạo Tổ tuần tra 141 tăng cường tuần tra ban đêm khu vực chợ Xóm Mới",
                  "thường xuyên"),
             task("Lâm Thị Kim Ngân", "hoàn thành rà soát, cập nhật dữ liệu cư trú tại các khu nhà trọ",
                  "15/12/2024")],
            ["no_discussion", "short_meeting"]),
    }],
    "scans": [{"name": "r14-govap-ward-police-scan-moderate", "folder": "test", "damage": "moderate",
               "seed": 1014, "dpi": 250}],
})


# =================================================================================================
# r09 — Cần Thơ, seafood-processing workshop; attendance as a ruled count table; exactly 90 minutes;
# a guest who is no Party member. Clean.
# =================================================================================================
DOCS.append({
    "name": "r09-cantho-seafood-count-table-90min-clean", "folder": "test",
    "style": {"family": "dvsans", "size": 11, "justify": True, "indent": 24, "spacing": 1.35,
              "left": 74, "right": 54, "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG TY CỔ PHẦN", "THỦY SẢN TÂY ĐÔ XANH", "CHI BỘ PHÂN XƯỞNG CHẾ BIẾN 2"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Cần Thơ, ngày 09 tháng 01 năm 2025"], bold_left=(2,)),
            G(8),
            C("BIÊN BẢN", size=13),
            C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 01/2025"),
            G(6),
            H("I. THỜI GIAN – ĐỊA ĐIỂM – THÀNH PHẦN"),
            P("Thời gian: từ 14 giờ đến 15 giờ 30, ngày 09/01/2025. Địa điểm: Phòng họp Phân xưởng Chế biến 2, "
              "Khu công nghiệp Trà Nóc 2."),
            P("Tình hình đảng viên dự họp:"),
            ("table", [(0.15, "Tổng số", "c"), (0.19, "Miễn sinh hoạt", "c"), (0.14, "Phải dự", "c"),
                       (0.14, "Có mặt", "c"), (0.19, "Vắng có lý do", "c"), (0.19, "Vắng không lý do", "c")],
             [["26", "02", "24", "22", "02", "0"]], {"head_center": True}),
            P("Trong số đảng viên có mặt: chính thức 20, dự bị 02. Vắng: đồng chí Trần Văn Lợi (nghỉ phép năm) và "
              "đồng chí Huỳnh Thị Bé Năm (con nhỏ ốm nằm viện)."),
            P("Khách mời: ông Trần Minh Luân – Phó Giám đốc phụ trách sản xuất (chưa là đảng viên), dự phần đánh "
              "giá tình hình sản xuất."),
            P("Chủ trì: đồng chí Lê Thị Ngọc Diễm – Bí thư chi bộ. Thư ký: đồng chí Châu Văn Khởi."),
            H("II. NỘI DUNG"),
            P("1. Kết quả tháng 12/2024: phân xưởng chế biến 1.850 tấn cá tra phi lê, đạt 104% kế hoạch; 100% lô "
              "hàng xuất đi thị trường Mỹ và EU đạt kiểm tra vi sinh; không xảy ra tai nạn lao động. Tồn tại: tỷ lệ "
              "hao hụt ở khâu fillet tăng 0,8% do công nhân mới nhiều; một số tổ còn để nước đọng sàn gây trơn "
              "trượt."),
            P("2. Nhiệm vụ tháng 01/2025: hoàn thành các đơn hàng giao trước Tết Ất Tỵ; bố trí ca trực Tết bảo "
              "đảm máy cấp đông hoạt động liên tục; phối hợp công đoàn chăm lo Tết cho công nhân, ưu tiên công nhân "
              "ở trọ không về quê."),
            H("III. THẢO LUẬN"),
            P("- Đồng chí Nguyễn Văn Tư (tổ trưởng tổ fillet): đề nghị cho công nhân mới kèm cặp với thợ lành nghề "
              "thêm hai tuần để giảm hao hụt."),
            P("- Đồng chí Thạch Thị Sa Quên: đề nghị xe đưa rước công nhân ca đêm về khu trọ Trà Nóc để bảo đảm "
              "an toàn dịp cuối năm."),
            P("- Ông Trần Minh Luân (khách mời): Ban Giám đốc đồng ý tăng thưởng Tết cho công nhân có năng suất "
              "cao; đề nghị chi bộ động viên đảng viên nhận trực Tết."),
            H("IV. KẾT LUẬN"),
            P("Đồng chí Bí thư kết luận: tháng 01 chi bộ tập trung lãnh đạo hoàn thành đơn hàng Tết, giảm hao hụt "
              "ở khâu fillet xuống dưới mức tháng 11, bảo đảm an toàn lao động và an toàn cho công nhân đi ca đêm; "
              "đảng viên gương mẫu nhận trực Tết."),
            H("V. BIỂU QUYẾT"),
            P("Tán thành: 22/22 (100%); Không tán thành: 0; Không biểu quyết: 0."),
            H("VI. PHÂN CÔNG"),
            P("- Đồng chí Châu Văn Khởi lập danh sách đảng viên, công nhân trực Tết, xong trước 20/01/2025."),
            P("- Đồng chí Nguyễn Văn Tư phân công thợ lành nghề kèm cặp công nhân mới tổ fillet, thực hiện hằng ca."),
            P("- Công đoàn bộ phận phân xưởng tổ chức tặng quà Tết cho công nhân ở trọ trước ngày 25/01/2025."),
            P("Buổi sinh hoạt kết thúc vào 15 giờ 30 phút. Biên bản được đọc lại và thông qua, chi bộ nhất trí."),
            S(["THƯ KÝ", "", "Châu Văn Khởi"], ["BÍ THƯ CHI BỘ", "", "Lê Thị Ngọc Diễm"]),
        ],
        "truth": minute(
            meeting("regular", "2025-01-09", "14:00", "15:30",
                    "Phòng họp Phân xưởng Chế biến 2, Khu công nghiệp Trà Nóc 2", "CHI BỘ PHÂN XƯỞNG CHẾ BIẾN 2",
                    "ĐẢNG BỘ CÔNG TY CỔ PHẦN THỦY SẢN TÂY ĐÔ XANH"),
            "Lê Thị Ngọc Diễm", "Bí thư chi bộ", "Châu Văn Khởi",
            attendance(26, 22, 2, 2, 0, 2, [("Trần Văn Lợi", "nghỉ phép năm", True),
                                            ("Huỳnh Thị Bé Năm", "con nhỏ ốm nằm viện", True)],
                       [("Trần Minh Luân", "Phó Giám đốc phụ trách sản xuất")]),
            True,
            [vote("Thông qua kết luận", 22, 0, 0, 100)],
            [task("Châu Văn Khởi", "lập danh sách đảng viên, công nhân trực Tết", "20/01/2025"),
             task("Nguyễn Văn Tư", "phân công thợ lành nghề kèm cặp công nhân mới tổ fillet", "hằng ca"),
             task("Công đoàn bộ phận phân xưởng", "tổ chức tặng quà Tết cho công nhân ở trọ", "25/01/2025")],
            []),
    }],
})


# =================================================================================================
# r10 — Cà Mau, hamlet; a form whose conclusion and vote lines are left as dots; 18 of 20 (exactly
# 90 %); the count names one of two absentees.  (r13 is its photocopy scan.)
# =================================================================================================
DOCS.append({
    "name": "r10-camau-hamlet-form-dotted-conclusion-vote", "folder": "test",
    "style": {"family": "sans", "size": 11, "justify": False, "indent": 0, "spacing": 1.3, "para_gap": 3,
              "left": 66, "right": 50, "top": 46, "bottom": 44},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ TÂN HƯNG ĐÔNG", "CHI BỘ ẤP CƠI SÁU", "Số: 06-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Cơi Sáu, ngày 14 tháng 6 năm 2024"]),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ", size=13),
            C("Tháng 6 năm 2024", bold=False),
            G(4),
            H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            L("- Thời gian: 19h, ngày 14/6/2024."),
            L("- Địa điểm: Nhà văn hóa ấp Cơi Sáu."),
            L("- Tổng số đảng viên: 20 đ/c; có mặt: 18 đ/c; vắng: 02 đ/c (có lý do: 01; không lý do: 01), gồm "
              "đ/c Trương Thanh Hải (không lý do)."),
            L("- Chủ trì: đ/c Nguyễn Văn Út, Bí thư chi bộ. Thư ký: đ/c Đặng Thị Diễm My."),
            H("II. NỘI DUNG"),
            P("1. Đ/c Bí thư thông tin tình hình sạt lở bờ kênh Cơi Sáu sau đợt triều cường đầu tháng; đánh giá "
              "tháng 5: vụ tôm chính đã thu hoạch xong, 62% số hộ có lãi; độ mặn đầu mùa mưa giảm nhanh, một số ao "
              "tôm bị sốc môi trường; ấp hoàn thành 100% chỉ tiêu bảo hiểm y tế hộ gia đình."),
            P("2. Nhiệm vụ tháng 6: hướng dẫn bà con cải tạo ao, thả nuôi tôm – lúa đúng lịch thời vụ; gia cố các "
              "đoạn bờ kênh xung yếu; phòng chống đuối nước cho trẻ em dịp hè."),
            P("3. Ý kiến thảo luận: đ/c Trần Văn Mười (Trưởng ấp) đề nghị vận động bà con góp cừ tràm gia cố đoạn "
              "bờ kênh trước nhà ông Sáu Dũng; đ/c Lê Thị Hồng Cúc (Chi hội trưởng Phụ nữ) đề nghị mở lớp dạy bơi "
              "cho trẻ em ở bến đò ấp."),
            P("4. Kết luận của chủ trì: ………………………………………………………………………………"),
            P("5. Biểu quyết: tán thành ………… đ/c; không tán thành ………… đ/c; ý kiến khác ………… đ/c."),
            P("6. Phân công: đ/c Trần Văn Mười vận động các hộ góp cừ tràm gia cố bờ kênh, xong trước 30/6/2024; "
              "đ/c Lê Thị Hồng Cúc phối hợp Chi đoàn mở lớp dạy bơi cho trẻ em trong tháng 7/2024."),
            P("Buổi sinh hoạt kết thúc lúc 21h cùng ngày. Biên bản đã đọc lại cho chi bộ nghe, chi bộ thống nhất "
              "thông qua."),
            S(["THƯ KÝ", "Đặng Thị Diễm My"], ["BÍ THƯ", "Nguyễn Văn Út"]),
        ],
        "truth": minute(
            meeting("regular", "2024-06-14", "19:00", "21:00", "Nhà văn hóa ấp Cơi Sáu", "CHI BỘ ẤP CƠI SÁU",
                    "ĐẢNG BỘ XÃ TÂN HƯNG ĐÔNG"),
            "Nguyễn Văn Út", "Bí thư chi bộ", "Đặng Thị Diễm My",
            attendance(20, 18, 2, 1, 1, 0, [("Trương Thanh Hải", "không lý do", False)]),
            False,
            [],
            [task("Trần Văn Mười", "vận động các hộ góp cừ tràm gia cố bờ kênh", "30/6/2024"),
             task("Lê Thị Hồng Cúc", "phối hợp Chi đoàn mở lớp dạy bơi cho trẻ em", "tháng 7/2024")],
            ["missing_conclusion", "missing_vote", "unexcused_absence", "unfilled_template"]),
    }],
    "scans": [{"name": "r13-camau-hamlet-form-scan-photocopy", "folder": "test", "damage": "photocopy",
               "seed": 1013, "dpi": 200}],
})


# =================================================================================================
# r11 — Đà Nẵng, software company; an extraordinary meeting held online in 65 minutes; two votes on
# delegates, one by an online poll; no task given.
# =================================================================================================
DOCS.append({
    "name": "r11-danang-software-online-extraordinary-65min", "folder": "test",
    "style": {"family": "serif", "size": 12.5, "justify": False, "indent": 20, "spacing": 1.3,
              "left": 80, "right": 60},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG ỦY KHỐI DOANH NGHIỆP", "CHI BỘ CÔNG TY PHẦN MỀM SƠN TRÀ", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đà Nẵng, ngày 20 tháng 3 năm 2025"]),
            G(8),
            C("BIÊN BẢN", size=14),
            C("HỌP CHI BỘ BẤT THƯỜNG"),
            C("(theo hình thức trực tuyến)", bold=False, italic=True),
            G(8),
            L("Thời gian: từ 20:00 đến 21:05, thứ Năm, ngày 20/3/2025."),
            L("Hình thức: họp trực tuyến qua phần mềm Zoom; điểm cầu chính: Phòng họp tầng 5, trụ sở Công ty."),
            P("Lý do họp: Đảng ủy Khối có Công văn số 215-CV/ĐUK ngày 17/3/2025 đề nghị các chi bộ giới thiệu đảng "
              "viên để chuẩn bị nhân sự đại biểu dự Đại hội Đảng bộ Khối, gửi về trước ngày 25/3/2025; thời hạn "
              "ngắn, không kịp chờ kỳ sinh hoạt thường kỳ."),
            P("Tổng số đảng viên: 12 đồng chí. Tham dự: 11 đồng chí (03 đồng chí tại điểm cầu chính, 08 đồng chí "
              "kết nối từ nhà riêng hoặc nơi công tác, trong đó đồng chí Lê Hoàng Phi đang công tác tại Thành phố "
              "Hồ Chí Minh). Vắng: 01 đồng chí – Nguyễn Trọng Nghĩa, đang trên chuyến bay công tác sang Nhật Bản, "
              "đã báo cáo Bí thư chi bộ."),
            P("Chủ trì: đồng chí Hồ Ngọc Bảo Trâm – Bí thư chi bộ. Thư ký: đồng chí Phan Văn Quốc."),
            P("1. Đồng chí Bí thư quán triệt công văn của Đảng ủy Khối, nêu tiêu chuẩn đại biểu và cơ cấu đề nghị "
              "(ưu tiên đảng viên trẻ, trực tiếp sản xuất, kinh doanh)."),
            P("2. Chi ủy đề xuất giới thiệu 02 đồng chí: đồng chí Hồ Ngọc Bảo Trâm, Bí thư chi bộ, Phó Giám đốc "
              "Công ty; đồng chí Lê Hoàng Phi, Trưởng nhóm phát triển sản phẩm, 31 tuổi."),
            P("3. Ý kiến của các đảng viên:"),
            P("- Đồng chí Đoàn Thị Mỹ Linh nhất trí với đề xuất, cho rằng đồng chí Phi đại diện được cho khối kỹ "
              "sư trẻ, chiếm hơn nửa số đảng viên của chi bộ."),
            P("- Đồng chí Võ Tấn Lộc đề nghị chi ủy nói rõ thêm thành tích của đồng chí Phi trong năm 2024; đồng "
              "chí Bí thư trả lời: đồng chí Phi chủ trì dự án cổng dịch vụ công cho hai quận, được Công ty tặng "
              "danh hiệu Chiến sĩ thi đua."),
            P("- Đồng chí Lê Hoàng Phi cảm ơn chi bộ, xin được nhận xét thẳng thắn nếu còn điểm chưa đạt."),
            P("4. Đồng chí chủ trì kết luận: chi bộ thống nhất giới thiệu hai đồng chí theo đề xuất của chi ủy; "
              "hồ sơ sẽ được hoàn thiện và gửi Đảng ủy Khối đúng thời hạn."),
            P("5. Biểu quyết (bằng chức năng bình chọn của Zoom, có đối chiếu với điểm danh từng đồng chí):"),
            P("- Giới thiệu đồng chí Hồ Ngọc Bảo Trâm: 11/11 đồng chí tán thành (100%)."),
            P("- Giới thiệu đồng chí Lê Hoàng Phi: 10/11 đồng chí tán thành (90,9%), 01 đồng chí không tán thành."),
            P("Cuộc họp kết thúc lúc 21:05 cùng ngày. Thư ký đọc lại biên bản qua màn hình chia sẻ; các đồng chí "
              "dự họp không có ý kiến bổ sung, nhất trí thông qua."),
            S(["THƯ KÝ", "", "Phan Văn Quốc"], ["T/M CHI BỘ", "BÍ THƯ", "", "Hồ Ngọc Bảo Trâm"]),
        ],
        "truth": minute(
            meeting("regular", "2025-03-20", "20:00", "21:05", "Phòng họp tầng 5, trụ sở Công ty",
                    "CHI BỘ CÔNG TY PHẦN MỀM SƠN TRÀ", "ĐẢNG ỦY KHỐI DOANH NGHIỆP"),
            "Hồ Ngọc Bảo Trâm", "Bí thư chi bộ", "Phan Văn Quốc",
            attendance(12, 11, 1, 1, 0, 0,
                       [("Nguyễn Trọng Nghĩa", "đang trên chuyến bay công tác sang Nhật Bản, đã báo cáo Bí thư chi "
                         "bộ", True)]),
            True,
            [vote("Giới thiệu đồng chí Hồ Ngọc Bảo Trâm", 11, None, None, 100),
             vote("Giới thiệu đồng chí Lê Hoàng Phi", 10, 1, None, 90.9)],
            [],
            ["missing_assignments", "short_meeting"]),
    }],
})
