"""Held-out set 11, writer s (dev/, `s…`): the North and the North-Central coast, 2015–2020 and one 2026 minute.

Written by hand, without reading the extractor (extract/**), the generator (samples/generator/**), samples/parts/**,
the bench, the other writers' modules or the earlier sets' minute texts and truth files, and without running the
extractor. Rendered by samples/heldout2/make.py (`build`). Names, places and figures are invented or used loosely;
the paperwork follows /work/shared/DOMAIN.md. The set's theme is whole minute books as archives hand them in: where
one minute ends and the next begins, the years and the clerks, and the facts of every minute inside a book.

Files (name -> what varies -> minute flags / book flags):

- s01-hatinh-village-book-2019-2020 -> minute BOOK of a Hà Tĩnh village cell, Oct 2019 – Jun 2020, nine minutes on
  nine pages, every one after the first starts mid-page under the previous signatures; Serif 13 justified, italic
  right-aligned running head carrying the cell's name and "biên bản" from page 2, "Trang n" at the foot. Two clerks:
  the first (Oct–Dec 2019) types on with no header, "1. … 5." parts and "đ/c"; she transfers out, the new clerk
  (from Jan 2020) opens every minute with a header of her own, fields "- Thời gian: …" and Roman capital parts.
  The commune merges on 01/01/2020, so the upper committee changes from "ĐẢNG BỘ XÃ THẠCH VĨNH" to "ĐẢNG BỘ XÃ LƯU
  VĨNH SƠN" while the cell keeps its name:
    1. 05/10/2019 regular, 24 members, 3 exempt named, 19/21; Võ Văn Toàn "vắng không lý do"; three dated tasks,
       one "vào Chủ nhật 27/10"; "19/19 … (100%)" -> unexcused_absence
    2. 08/11/2019 regular combined with the Q4 thematic meeting ("(Kết hợp sinh hoạt chuyên đề quý IV)", topic in
       quotes inside "Phần II"), 19:00–21:20; "20/21 đồng chí phải dự (03 … miễn sinh hoạt)", total not written;
       signatures with "(đã ký)" under "NGƯỜI GHI" / "CHỦ TRÌ" -> —
    3. 14/12/2019 "HỌP CHI BỘ THÁNG 12 NĂM 2019" + year-end review, 8:00–11:00; a Party guest; "vắng 01 đồng chí
       (có danh sách kèm theo)" and, after the signatures, "DANH SÁCH ĐẢNG VIÊN VẮNG MẶT (Kèm theo biên bản …)"
       as a ruled table (Trần Thị Lý, "Không báo lý do"); a grading ballot "19/20 phiếu … (95%), 01 phiếu …" and
       "nhất trí 100% với kết luận"; the merger announced -> unexcused_absence
    4. "THÁNG 01 NĂM 2020" held on 04/02/2020 "(Sinh hoạt chậm do nghỉ Tết Nguyên đán Canh Tý)", a header with the
       new committee; a new clerk; "I. ĐỌC LẠI NGHỊ QUYẾT THÁNG 12/2019"; 18/20 (exactly 90 %); Toàn "(không báo)";
       "hằng ngày" -> unexcused_absence
    5. 26/02/2020 "BIÊN BẢN HỌP CHI BỘ THÁNG 2/2020", 19:30–21:00 (exactly 90 min); the conclusion names nobody
       ("đề nghị các đồng chí đảng viên …", "các đoàn thể …") -> missing_assignments
    6. 06/03/2020, shortened for Covid-19 (75 min) on the yard of the village hall; "như biên bản họp chi bộ
       tháng 2/2020 đã ghi" quoted in the body; "Chi bộ thảo luận, thống nhất cao với báo cáo của chi ủy"; Lý
       "(không có lý do)"; a task with "trong tuần này", one with none -> no_discussion, short_meeting,
       unexcused_absence
    7. 20/03/2020 "SINH HOẠT CHUYÊN ĐỀ QUÝ I NĂM 2020" + a long "Chuyên đề:" line, 105 min; conclusion and tasks,
       approved, nothing voted -> missing_vote
    8. 09/05/2020 title in mixed case; an italic note that April had no meeting (Chỉ thị 16 lockdown, tasks given
       over Zalo); Toàn "(không có lý do)" a third time; ends with the end time only -> not_approved,
       unexcused_absence
    9. 06/06/2020 title over two lines ("… THÁNG 6/2020" / "KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ II") + "Chuyên đề:"
       line, 105 min (bar 120); the Bí thư away at a course, the Phó Bí thư chairs and signs "T/M CHI BỘ / PHÓ
       BÍ THƯ" -> short_meeting
  book -> missing_month (April 2020), repeated_absence (Võ Văn Toàn without reason in Oct, Jan, May). Not flagged:
  January, held on 04/02, counts for January; Q4 2019, Q1 and Q2 2020 each have a thematic or combined meeting;
  Trần Thị Lý is absent without reason only twice, Lê Văn Sáu three times with a reason.
- s02-hanoi-residential-group-book-2017-2018 -> minute BOOK of a Hà Nội residential-group cell (Đảng uỷ phường
  Phương Liệt), Oct 2017 – Mar 2018, six minutes on four pages, only the first with a header ("Số: 10-BB/CB"), all
  typed on mid-page; Liberation Sans 11 ragged, centred running head with the cell's name from page 2, "n/N" at the
  foot; old tone marks ("Uỷ", "hoá", "Thuỷ"); 38 members, 9 exempt:
    1. 12/10/2017 "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10/2017", numbered fields "1. … 6." and "a) … e)" parts; two
       absent with reasons; "trong tuần sau" -> —
    2. 09/11/2017 "HỘI NGHỊ CHI BỘ THÁNG 11 NĂM 2017" (its title is the last line of page 1), regular + Q4
       thematic, 130 min; Phạm Quang Vinh "(không lý do)"; "vào tối 16/11/2017", "trước ngày 25/12";
       "NGƯỜI GHI BIÊN BẢN" -> unexcused_absence
    3. 17/12/2017 "Kỳ họp tháng 12/2017" + year-end review; a guest from the ward committee who speaks; Vinh "không
       báo lý do"; a secret ballot "phát ra 28 phiếu … 26 phiếu (92,86%) … Trong sạch, vững mạnh; 02 phiếu …";
       "(xem tiếp trang sau)" / page break / "(Tiếp theo trang trước)"; the Bí thư only thanks and wishes a happy
       new year; one task -> missing_conclusion, unexcused_absence
    4. 11/01/2018: no title at all, a "* * *" separator and "Hôm nay, ngày 11 tháng 01 năm 2018 … họp thường kỳ
       tháng Một"; 25/29 (86.2 %), four absent, all with reasons -> low_attendance
    5. 08/02/2018 "THÁNG HAI NĂM 2018" (23 tháng Chạp), 80 min; a member "xin nhận" a job in the discussion and
       the conclusion then gives it to him; ends with the end time only; a "THÔNG BÁO" of next month's date after
       the signatures -> not_approved, short_meeting
    6. 15/03/2018 title in mixed case; conclusion and two tasks; nothing voted -> missing_vote
  book -> no_thematic_in_quarter (Q1 2018 lies wholly inside Oct–Mar with neither a thematic nor a combined
  meeting; Q4 2017 has November's). Not flagged: every month has a regular meeting; Vinh is absent without reason
  twice; Ngô Thị Thoa is absent with a reason five times.
- s03-nghean-school-book-2015 -> minute BOOK of a Nghệ An lower-secondary school cell under the commune committee,
  Sep – Dec 2015, four minutes on three pages, only the first with a header, all typed on mid-page; DejaVu Serif
  11.5 justified, centred running head "Biên bản sinh hoạt chi bộ - Năm học …" from page 2, "Tr. n" at the foot;
  the old template: "BIÊN BẢN HỘI NGHỊ CHI BỘ", "Đảng viên tham dự", "Chủ tọa", "Thư ký hội nghị", "NGHỊ QUYẾT
  THÁNG 9":
    1. 07/09/2015, 17/17, the conclusion under "NGHỊ QUYẾT THÁNG 9" with three "- Đ/c X …" tasks (one "báo cáo chi
       bộ kỳ họp tháng 10", one without time) -> —
    2. "Kỳ họp tháng 10 năm 2015" (the last line of page 1), dated "5-10-2015"; conclusion and tasks, approved,
       never voted -> missing_vote
    3. 16/11/2015 "SINH HOẠT CHUYÊN ĐỀ" + "Chủ đề: …" (no period in the title); an italic note that November's
       regular business is put off to December; 80 min; "Hội nghị nhất trí 100% với nội dung chuyên đề và kết
       luận" -> short_meeting
    4. 10/12/2015 regular "(gồm cả nội dung tháng 11)" + year-end grading ballot "15/16 phiếu … đạt 93,75%" and
       "16/16 đồng chí tán thành"; Thái Văn Hào "(không báo cáo)" -> unexcused_absence
  book -> missing_month (November has only the thematic meeting). Not flagged: Q4 2015 has its thematic meeting;
  Q3 is only partly inside the span; nobody is absent without reason more than once.
- s04-langson-tay-village-hoinghi-2016-clean -> Lạng Sơn border commune, a Tày village; Serif 13, "- n -";
  "BIÊN BẢN HỘI NGHỊ CHI BỘ THÁNG 8 NĂM 2016", "Đảng viên tham dự: 14/15", "Chi bộ không có đảng viên miễn sinh
  hoạt", "Đại biểu dự", "Chủ toạ", "Thư ký hội nghị"; "PHẦN I: … PHẦN V: KẾT LUẬN VÀ NGHỊ QUYẾT"; star anise,
  border smuggling, concrete road; "14/14 … tán thành, không có ý kiến khác"; tasks "trước ngày 30/9/2016",
  "hằng tuần", "trong mùa hồi năm nay"; 2 pages -> — / —
- s05-hanoi-oldquarter-combined-110min-absentee-table -> Hà Nội old-quarter ward cell, Sep 2018; DejaVu Sans 10.5,
  "Trang n/N"; title over three lines (regular + "KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ III"); "* Thời gian: Bắt đầu
  19h30"; 31 members, 6 exempt for age, 23/25; a ruled absentee table "STT | Họ tên đảng viên | Lý do vắng" with
  centred headings ("Đi công tác Đà Nẵng", "Không lý do"); "PHẦN THỨ NHẤT/HAI"; "- Đồng chí X: …" tasks; "tán
  thành 22/23 …; 01 … không biểu quyết"; ends "21h20" (110 min, bar 120) -> short_meeting, unexcused_absence / —
- s06-sonla-hmong-village-low-nodiscussion-notapproved -> Sơn La border commune, a H'Mông village, Jun 2017; one
  page, Serif 12, no headings; the date in words; counts in words ("mười tám … mười lăm … ba"), 15/18 (83 %), two
  reasons "(có báo)" and one "không lý do"; "Chi bộ thảo luận và nhất trí với báo cáo"; conclusion with two tasks
  ("xong trước 30/6/2017", "làm thường xuyên"); "15/15 nhất trí"; ends with the end time only; "NGƯỜI GHI BIÊN
  BẢN" / "BÍ THƯ CHI BỘ" -> low_attendance, no_discussion, not_approved, unexcused_absence / —
- s07-namdinh-garment-form-dotted-vote -> Nam Định garment company workshop, Apr 2019, a printed form typed in
  (Liberation Mono 10); "Số: ……/BB-CB", "Khách mời: ……", count fields, the absentee filled in; 15:30–17:00
  (exactly 90 min); conclusion with three tasks; "e) Biểu quyết: Tán thành: …… đ/c; Không tán thành: …… đ/c; Ý
  kiến khác: ……"; read back; "(Ký, ghi rõ họ tên)" under both titles -> missing_vote, unfilled_template / —
- s08-hatinh-military-extraordinary-flood-70min -> Hà Tĩnh, the staff cell of a district military command, the
  October 2020 floods; Serif 13; four header lines (provincial military Party, "ĐẢNG ỦY QUÂN SỰ HUYỆN HƯƠNG KHÊ",
  the cell, "*"); "HỌP CHI BỘ BẤT THƯỜNG" + "V/v …"; ranks before every name (signatures too); "Quân số đảng
  viên: 11 …; có mặt 10 …; vắng 01 … (Đại úy … đang chỉ huy …)"; four tasks under the Bí thư's conclusion ("có
  mặt chậm nhất 07 giờ 30 phút ngày 17/10/2020", "2 giờ một lần", "suốt thời gian mưa lũ", none); "10/10 …, đạt
  100%"; 05:30–06:40 (70 min) -> short_meeting / —
- s09-ninhbinh-village-2026-conclusion-deferred -> Ninh Bình, a village cell of a merged commune under the two-tier
  local government, Jan 2026 (HD 42, the elections of 15/3/2026); Liberation Sans 11.5 ragged; three header lines
  (province, "ĐẢNG ỦY XÃ HẢI THỊNH", cell); "I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"; "có mặt: 27/27"; a guest who
  speaks; the plan ends "Chi ủy sẽ phân công cụ thể … sau"; "5. Kết luận:" holds only thanks and "chi ủy sẽ họp
  và có thông báo kết luận … sau"; "26/27 … tán thành (96,3%), 01 … không tán thành" -> missing_assignments,
  missing_conclusion / —
- s10-thanhhoa-commune-police-thematic-clean -> Thanh Hóa coastal commune, the police cell after regular police
  took over the communes; DejaVu Serif 11.5, "- n -"; "SINH HOẠT CHUYÊN ĐỀ QUÝ III NĂM 2020" + "Chuyên đề:" line;
  "07 đồng chí (06 chính thức, 01 dự bị); có mặt: 07/07"; the commune Party secretary as guest, speaking; ranks;
  "07/07 … (100%); không tán thành: 0; ý kiến khác: 0"; tasks "trước ngày 31/8/2020", "trong quý III/2020",
  "hoàn thành trước 15/9/2020"; 120 min -> — / —
- s11-nghean-school-book-scan-moderate -> image-only twin of the s03 book, moderate, 200 dpi, 3 pages -> as s03
- s12-sonla-hmong-village-scan-photocopy -> image-only twin of s06, photocopy, 200 dpi, 1 page -> as s06

Labelling decisions where the READMEs are silent:
- Book boundaries: a minute begins at its own header, or, typed on, at its title (any form: "BIÊN BẢN …", "HỌP
  CHI BỘ …", "HỘI NGHỊ CHI BỘ …", "Kỳ họp tháng …", "SINH HOẠT CHUYÊN ĐỀ", mixed case, over two lines), or, with
  no title, at a separator followed by the dated opening "Hôm nay, ngày …". Not a start: running heads (the cell's
  name, "biên bản"), page numbers in any form, "(xem tiếp trang sau)" / "(Tiếp theo trang trước)", an earlier
  minute's title quoted in the body, last month's resolution read out, an attached absentee list or a notice
  after the signatures: they belong to the minute they sit in or follow.
- An attached "DANH SÁCH ĐẢNG VIÊN VẮNG MẶT (Kèm theo biên bản …)" after the signatures gives that minute's
  absentees, its reason cell as written; the count line "vắng 01 đồng chí (có danh sách kèm theo)" gives the number.
- A commune merger inside a book changes `party_committee` (each minute as its own header writes it) but not the
  cell. Minutes typed on without a header take the book's first header; after the change every minute carries a
  header of its own, so no headerless minute has to guess.
- Month: the title's month, also for a meeting put off past Tết into the next month ("THÁNG 01 NĂM 2020" held on
  04/02/2020 -> month 1, year 2020); a month named in the opening of an untitled minute ("tháng Một") or in words
  in a title ("THÁNG HAI") is read as a number; a thematic title with no period takes the month of its date.
- A month whose business is put off to the next meeting and that holds only a thematic meeting is a missing month;
  the next regular meeting "(gồm cả nội dung tháng 11)" counts only for its own month. A month skipped for a
  lockdown, explained in the following minute, is a missing month.
- A year-end review or grading held with the monthly meeting is `regular`, topic null. A grading ballot gives `for`
  = the ballots for the grade the count line names first, `percent_for` as written; ballots for another grade are
  not `against`; a tally of members' grades is no vote. A ballot and a show of hands in one minute are two
  resolutions. "nhất trí 100% với nội dung chuyên đề và kết luận" is a resolution with `percent_for` only.
- An extraordinary meeting ("HỌP CHI BỘ BẤT THƯỜNG" + "V/v …") is `regular`, topic null, held to 90 minutes.
- Conclusion: the chair only thanking a guest and the members, or promising a written "thông báo kết luận" later,
  is none; a guest's speech is never the chair's conclusion. A deputy chairing while the Bí thư is at a course
  concludes for the cell; the Bí thư is an excused absentee.
- Assignments: a member who "xin nhận" a job in the discussion is assigned only when the conclusion gives it to
  him, and then once. A notice after the signatures asking "các đồng chí đảng viên" to attend, "mỗi đảng viên …",
  "các đoàn thể …", "chi ủy sẽ phân công cụ thể sau" and a guest telling the village to decide by a date are none.
- Deadlines drop the words in front as before and also "vào" ("vào Chủ nhật 27/10" -> "Chủ nhật 27/10", "vào
  tối 16/11/2017" -> "tối 16/11/2017", "vào ngày 11/02/2018" -> "ngày 11/02/2018", "vào đêm giao thừa" -> "đêm
  giao thừa"); "có mặt chậm nhất 07 giờ 30 phút ngày 17/10/2020" -> "07 giờ 30 phút ngày 17/10/2020"; "báo cáo
  … 2 giờ một lần" -> "2 giờ một lần"; "làm thường xuyên" -> "thường xuyên"; "suốt …" whole; a "hoàn thành" or
  "xong" that only introduces the time is left out of the task, one that names the work ("hoàn thành gieo cấy")
  stays in it.
- Chair role: the Party role beside the chair's name as written ("Bí thư", "Bí thư Chi bộ", "Phó Bí thư chi
  bộ"), null when the minute names the chair with no role; "Bí thư chi bộ kiêm Trưởng xóm" -> "Bí thư chi bộ".
  Ranks are dropped from the chair, the secretary, absentees and assignees, as before.
- Absentee reasons are kept whole with their brackets ("đi làm thuê bên Lào chưa về (có báo)"); "không báo",
  "không báo cáo", "không báo lý do" are unexcused; "nghỉ sinh con", "trực Tết tại Uỷ ban phường", "đang chỉ huy
  lực lượng cứu hộ …" excused. Counts written in words are read as numbers; a total stated only as "Chi bộ có
  mười tám đảng viên" with nothing said of exemption gives exempt 0.
"""

from __future__ import annotations

from samples.heldout2.minutes import C, G, H, HD, L, P, S, T, meeting, minute, task, vote


def A(name, reason, excused):
    return {"name": name, "reason": reason, "excused": excused}


def GU(name, role):
    return {"name": name, "role": role}


def att(total, present, absentees=(), exempt=0, guests=(), absent=None, exc=None, unexc=None):
    absentees = list(absentees)
    absent = len(absentees) if absent is None else absent
    exc = sum(1 for x in absentees if x["excused"]) if exc is None else exc
    unexc = sum(1 for x in absentees if not x["excused"]) if unexc is None else unexc
    assert total == present + absent + exempt and exc + unexc == absent, (total, present, absent, exempt)
    return {"total": total, "present": present, "absent": absent, "absent_excused": exc,
            "absent_unexcused": unexc, "exempt": exempt, "absentees": absentees, "guests": list(guests)}


def PB():
    return ("page_break",)


DOCS: list[dict] = []

# =================================================================================================
# s01 — a Hà Tĩnh village cell's book, Oct 2019 – Jun 2020: nine minutes, two clerks, a commune merger
# =================================================================================================

CELL1 = "CHI BỘ THÔN TRUNG SƠN"
OLD1 = "ĐẢNG BỘ XÃ THẠCH VĨNH"
NEW1 = "ĐẢNG BỘ XÃ LƯU VĨNH SƠN"


def hd1(committee, place_date):
    return HD([committee, CELL1, "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM", place_date])


s01 = []

# --- 1. October 2019 (first clerk: header, "1. … 5." parts, "đ/c")
s01.append({"blocks": [
    hd1(OLD1, "Thạch Vĩnh, ngày 05 tháng 10 năm 2019"),
    C("BIÊN BẢN"),
    C("SINH HOẠT CHI BỘ THÁNG 10 NĂM 2019"),
    G(4),
    P("Hôm nay, vào hồi 19 giờ 30 phút ngày 05/10/2019, tại Nhà văn hóa thôn Trung Sơn, Chi bộ thôn Trung Sơn "
      "tiến hành sinh hoạt thường kỳ tháng 10 năm 2019."),
    P("Tổng số đảng viên trong chi bộ: 24 đồng chí, trong đó miễn sinh hoạt 03 đồng chí (đ/c Trần Văn Cừ, đ/c "
      "Nguyễn Đình Nhuận, đ/c Lê Thị Vinh). Số phải dự: 21 đồng chí; có mặt 19 đồng chí; vắng 02 đồng chí: đ/c "
      "Nguyễn Thị Hoa (ốm, có báo), đ/c Võ Văn Toàn (vắng không lý do)."),
    P("Chủ trì: đ/c Trần Đình Lục – Bí thư chi bộ. Thư ký: đ/c Phan Thị Hằng – Chi ủy viên."),
    H("1. Thông tin thời sự"),
    P("Đ/c Bí thư thông tin tình hình thời sự trong nước, trong tỉnh; quán triệt Chỉ thị 35-CT/TW của Bộ Chính "
      "trị về đại hội đảng bộ các cấp tiến tới Đại hội XIII của Đảng và kế hoạch của Đảng ủy xã về đại hội chi "
      "bộ nhiệm kỳ 2020 – 2022; thông báo dự báo thời tiết: từ nay đến cuối năm còn 2 – 3 cơn bão ảnh hưởng "
      "trực tiếp đến Hà Tĩnh."),
    H("2. Kết quả thực hiện nhiệm vụ tháng 9"),
    P("Thôn đã thu hoạch xong 46 ha lúa hè thu, năng suất bình quân ước 5,2 tấn/ha; hoàn thành thu quỹ phòng, "
      "chống thiên tai năm 2019; 100% học sinh trong độ tuổi đến trường. An ninh trật tự ổn định, không có vụ "
      "việc phức tạp. Hạn chế: vệ sinh môi trường dọc kênh N4 chưa đảm bảo, rác thải còn vứt xuống lòng kênh; "
      "còn 03 hộ chưa nộp các khoản đóng góp xây dựng nông thôn mới."),
    H("3. Nhiệm vụ tháng 10"),
    P("- Chỉ đạo bà con thu hoạch lạc thu, làm đất gieo trồng cây vụ đông (ngô, khoai lang, rau màu) đảm bảo "
      "khung thời vụ."),
    P("- Chủ động phương án phòng, chống lụt bão theo phương châm 4 tại chỗ; kiểm tra các hộ ở ven đê."),
    P("- Thu đảng phí quý IV; chuẩn bị nội dung cho đại hội chi bộ."),
    H("4. Ý kiến thảo luận"),
    P("- Đ/c Lê Văn Kỳ (Trưởng thôn): đề nghị chi bộ chỉ đạo nạo vét kênh tiêu trước mùa mưa, nhiều đoạn đã bị "
      "bèo và đất lấp, mưa to là ngập ruộng màu."),
    P("- Đ/c Hồ Thị Mai: Chi hội Phụ nữ xin nhận vận động hội viên dọn vệ sinh đường làng vào cuối tháng."),
    P("- Đ/c Đặng Văn Thể: giống ngô vụ đông năm ngoái về chậm, đề nghị chi bộ kiến nghị xã hỗ trợ giống sớm "
      "để bà con kịp gieo."),
    H("5. Kết luận"),
    P("Đ/c Bí thư kết luận: chi bộ thống nhất với báo cáo và các ý kiến thảo luận; tháng 10 tập trung ba việc "
      "chính là làm vụ đông, phòng chống lụt bão và chuẩn bị đại hội chi bộ. Giao đ/c Lê Văn Kỳ chủ trì huy "
      "động nhân dân nạo vét kênh tiêu N4, xong trước ngày 20/10/2019; đ/c Hồ Thị Mai vận động hội viên phụ nữ "
      "ra quân vệ sinh đường làng vào Chủ nhật 27/10; đ/c Đặng Văn Thể nắm danh sách hộ đăng ký giống ngô vụ "
      "đông, báo cáo chi ủy trước 15/10."),
    P("Biểu quyết: 19/19 đồng chí có mặt nhất trí (100%)."),
    P("Buổi sinh hoạt kết thúc lúc 21 giờ 45 phút cùng ngày. Biên bản đã đọc lại cho chi bộ nghe, các đồng chí "
      "nhất trí thông qua."),
    S(["THƯ KÝ", "", "Phan Thị Hằng"], ["CHỦ TRÌ", "", "Trần Đình Lục"]),
], "truth": minute(
    meeting("regular", "2019-10-05", "19:30", "21:45", "Nhà văn hóa thôn Trung Sơn", CELL1, OLD1),
    "Trần Đình Lục", "Bí thư chi bộ", "Phan Thị Hằng",
    att(24, 19, [A("Nguyễn Thị Hoa", "ốm, có báo", True), A("Võ Văn Toàn", "vắng không lý do", False)], exempt=3),
    True, [vote("Nghị quyết tháng 10/2019", 19, None, None, 100)],
    [task("Lê Văn Kỳ", "chủ trì huy động nhân dân nạo vét kênh tiêu N4", "20/10/2019"),
     task("Hồ Thị Mai", "vận động hội viên phụ nữ ra quân vệ sinh đường làng", "Chủ nhật 27/10"),
     task("Đặng Văn Thể", "nắm danh sách hộ đăng ký giống ngô vụ đông, báo cáo chi ủy", "15/10")],
    ["unexcused_absence"])})

# --- 2. November 2019, combined with the Q4 thematic meeting; typed on with no header
s01.append({"blocks": [
    C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 11 NĂM 2019"),
    C("(Kết hợp sinh hoạt chuyên đề quý IV)", bold=False, italic=True),
    L("Thời gian: từ 19 giờ 00 phút đến 21 giờ 20 phút, ngày 08 tháng 11 năm 2019."),
    L("Địa điểm: Nhà văn hóa thôn."),
    L("Đảng viên có mặt: 20/21 đồng chí phải dự (03 đồng chí miễn sinh hoạt); vắng 01: đ/c Lê Văn Sáu đi làm ăn "
      "xa ở Bình Dương, có báo cáo chi ủy."),
    L("Đ/c Trần Đình Lục, Bí thư chi bộ chủ trì; đ/c Phan Thị Hằng ghi biên bản."),
    H("Phần I. Sinh hoạt thường kỳ"),
    P("Đ/c Bí thư đánh giá tháng 10: đã gieo trồng 18/25 ha cây vụ đông, chủ yếu là ngô; kênh N4 nạo vét xong "
      "ngày 18/10, trận mưa lớn giữa tháng không gây ngập ruộng màu; thu đảng phí quý IV đạt 100%. Tồn tại: "
      "một số hộ còn để ruộng bỏ hoang, chưa mạnh dạn chuyển đổi cây trồng; việc vệ sinh đường làng mới làm ở "
      "xóm 1 và xóm 2."),
    P("Nhiệm vụ tháng 11: tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư; tiêm phòng lở mồm long móng "
      "đợt 2 cho đàn trâu bò; hoàn thành gieo trồng vụ đông; rà soát hộ nghèo, cận nghèo năm 2020."),
    H("Phần II. Sinh hoạt chuyên đề"),
    P("Chuyên đề: “Nâng cao vai trò của đảng viên trong xây dựng khu dân cư nông thôn mới kiểu mẫu”. Đ/c Lê "
      "Thị Thanh Hương, Phó Bí thư chi bộ trình bày chuyên đề, nêu rõ 5 tiêu chí thôn còn thiếu, trong đó "
      "đường ngõ xóm 3 chưa đạt chiều rộng, nhiều hộ chưa làm hàng rào xanh."),
    P("Ý kiến tham gia:"),
    P("+ Đ/c Nguyễn Văn Hợi: Cựu chiến binh sẵn sàng đi đầu hiến đất, nhưng cần có người của xã về đo đạc cắm "
      "mốc cụ thể thì bà con mới tin."),
    P("+ Đ/c Trần Thị Lý: đề nghị đưa việc trồng hàng rào xanh vào tiêu chí bình xét gia đình văn hóa cuối năm."),
    P("Kết luận: Đ/c Bí thư tổng hợp các ý kiến, chi bộ thống nhất lấy xóm 3 làm điểm, mỗi đảng viên phụ trách "
      "vận động các hộ liền kề. Phân công: đ/c Lê Thị Thanh Hương xây dựng kế hoạch thực hiện chuyên đề, trình "
      "chi bộ trong tháng 11; đ/c Nguyễn Văn Hợi cùng Ban công tác Mặt trận vận động các hộ hiến đất mở rộng "
      "ngõ xóm 3, xong trước Tết Nguyên đán."),
    P("Chi bộ biểu quyết thông qua nghị quyết tháng 11 và nội dung chuyên đề: tán thành 20/20, đạt 100%."),
    P("Buổi sinh hoạt kết thúc hồi 21 giờ 20 phút, biên bản đã thông qua trước chi bộ."),
    S(["NGƯỜI GHI", "(đã ký)", "Phan Thị Hằng"], ["CHỦ TRÌ", "(đã ký)", "Trần Đình Lục"]),
], "truth": minute(
    meeting("regular", "2019-11-08", "19:00", "21:20", "Nhà văn hóa thôn", CELL1, OLD1,
            topic="Nâng cao vai trò của đảng viên trong xây dựng khu dân cư nông thôn mới kiểu mẫu"),
    "Trần Đình Lục", "Bí thư chi bộ", "Phan Thị Hằng",
    att(24, 20, [A("Lê Văn Sáu", "đi làm ăn xa ở Bình Dương, có báo cáo chi ủy", True)], exempt=3),
    True, [vote("Nghị quyết tháng 11 và chuyên đề quý IV", 20, None, None, 100)],
    [task("Lê Thị Thanh Hương", "xây dựng kế hoạch thực hiện chuyên đề, trình chi bộ", "tháng 11"),
     task("Nguyễn Văn Hợi", "cùng Ban công tác Mặt trận vận động các hộ hiến đất mở rộng ngõ xóm 3",
          "Tết Nguyên đán")],
    [])})

# --- 3. December 2019, year-end review; an attached list of absentees after the signatures
s01.append({"blocks": [
    C("HỌP CHI BỘ THÁNG 12 NĂM 2019"),
    C("Kiểm điểm tập thể chi bộ và đảng viên năm 2019", bold=False, italic=True),
    P("Hôm nay, ngày 14 tháng 12 năm 2019, từ 8 giờ 00 đến 11 giờ 00, tại Nhà văn hóa thôn, Chi bộ họp thường "
      "kỳ tháng 12 kết hợp kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm 2019."),
    P("Có mặt 20/21 đồng chí (miễn sinh hoạt 03 đồng chí); vắng 01 đồng chí (có danh sách kèm theo). Dự và chỉ "
      "đạo có đ/c Phạm Quốc Hùng, Đảng ủy viên, phụ trách chi bộ. Chủ trì: đ/c Trần Đình Lục, Bí thư. Thư ký: "
      "đ/c Phan Thị Hằng."),
    P("1. Đ/c Bí thư thông qua báo cáo kiểm điểm tập thể chi bộ năm 2019: thu nhập bình quân đầu người đạt 38 "
      "triệu đồng/năm; hộ nghèo giảm còn 05 hộ (3,1%); làm mới 1,2 km đường bê tông; kết nạp 01 đảng viên mới; "
      "thu nộp đảng phí đạt 100%. Hạn chế: chất lượng sinh hoạt có lúc chưa cao, một số đảng viên chưa dự họp "
      "đầy đủ."),
    P("2. Từng đảng viên đọc bản kiểm điểm. Góp ý: đ/c Nguyễn Văn Hợi đề nghị đ/c Trưởng thôn công khai sớm hơn "
      "các khoản thu; đ/c Đặng Văn Thể nhắc các đồng chí còn nợ tiền đóng góp xây dựng đường phải gương mẫu nộp "
      "trước Tết."),
    P("3. Kết quả bỏ phiếu đề nghị xếp loại chi bộ: 19/20 phiếu đề nghị Hoàn thành tốt nhiệm vụ (95%), 01 phiếu "
      "Hoàn thành nhiệm vụ. Đề nghị xếp loại đảng viên: 03 đồng chí Hoàn thành xuất sắc nhiệm vụ, 16 đồng chí "
      "Hoàn thành tốt nhiệm vụ, 01 đồng chí Hoàn thành nhiệm vụ."),
    P("4. Đ/c Bí thư thông báo: thực hiện Nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính "
      "cấp xã, từ ngày 01/01/2020 xã Thạch Vĩnh nhập với hai xã bạn thành xã Lưu Vĩnh Sơn."),
    P("Đồng chí chủ trì kết luận: năm 2020 chi bộ phấn đấu giữ vững danh hiệu, chuẩn bị tốt đại hội chi bộ, ổn "
      "định tư tưởng đảng viên và nhân dân khi sáp nhập xã; tháng 1 lo Tết cho hộ nghèo, gia đình chính sách. "
      "Giao đ/c Lê Văn Kỳ rà soát, lập danh sách hộ nghèo, gia đình chính sách để tặng quà Tết, xong trước "
      "10/01/2020; đ/c Phan Thị Hằng hoàn thiện hồ sơ kiểm điểm, nộp Đảng ủy xã trước ngày 25/12/2019."),
    P("Chi bộ biểu quyết nhất trí 100% với kết luận của chủ trì."),
    P("Buổi họp kết thúc lúc 11 giờ 00. Biên bản được đọc lại, chi bộ nhất trí thông qua."),
    S(["THƯ KÝ", "", "Phan Thị Hằng"], ["T/M CHI BỘ", "BÍ THƯ", "Trần Đình Lục"]),
    G(8),
    C("DANH SÁCH ĐẢNG VIÊN VẮNG MẶT"),
    C("(Kèm theo biên bản họp chi bộ tháng 12/2019)", bold=False, italic=True),
    T([(0.10, "TT", "c"), (0.45, "Họ và tên", "l"), (0.45, "Lý do", "l")], [["1", "Trần Thị Lý", "Không báo lý do"]]),
], "truth": minute(
    meeting("regular", "2019-12-14", "08:00", "11:00", "Nhà văn hóa thôn", CELL1, OLD1),
    "Trần Đình Lục", "Bí thư", "Phan Thị Hằng",
    att(24, 20, [A("Trần Thị Lý", "Không báo lý do", False)], exempt=3,
        guests=[GU("Phạm Quốc Hùng", "Đảng ủy viên, phụ trách chi bộ")]),
    True, [vote("Bỏ phiếu đề nghị xếp loại chi bộ Hoàn thành tốt nhiệm vụ", 19, None, None, 95),
           vote("Kết luận của chủ trì", None, None, None, 100)],
    [task("Lê Văn Kỳ", "rà soát, lập danh sách hộ nghèo, gia đình chính sách để tặng quà Tết", "10/01/2020"),
     task("Phan Thị Hằng", "hoàn thiện hồ sơ kiểm điểm, nộp Đảng ủy xã", "25/12/2019")],
    ["unexcused_absence"])})

# --- 4. January 2020, held on 04/02/2020 after Tết; the new commune's header; a new clerk; Roman parts
s01.append({"blocks": [
    hd1(NEW1, "Lưu Vĩnh Sơn, ngày 04 tháng 02 năm 2020"),
    C("BIÊN BẢN SINH HOẠT CHI BỘ"),
    C("THÁNG 01 NĂM 2020"),
    C("(Sinh hoạt chậm do nghỉ Tết Nguyên đán Canh Tý)", bold=False, italic=True),
    L("- Thời gian: Bắt đầu lúc 14 giờ 00, ngày 04/02/2020."),
    L("- Địa điểm: Hội trường thôn Trung Sơn."),
    L("- Thành phần: Tổng số đảng viên 23 đ/c (đ/c Phan Thị Hằng đã chuyển sinh hoạt đảng về Chi bộ Cơ quan xã "
      "từ ngày 02/01/2020); miễn sinh hoạt 03 đ/c; có mặt 18/20 đ/c. Vắng 02: Đ/c Hồ Thị Mai (đi Vinh chăm con ốm "
      "nằm viện), Đ/c Võ Văn Toàn (không báo)."),
    L("- Chủ trì: Đ/c Trần Đình Lục, Bí thư chi bộ."),
    L("- Thư ký: Đ/c Nguyễn Thị Quỳnh Trang (chi bộ cử thay đ/c Phan Thị Hằng)."),
    H("I. ĐỌC LẠI NGHỊ QUYẾT THÁNG 12/2019"),
    P("Đ/c Bí thư đọc lại nghị quyết tháng 12/2019 và thông báo quyết định của Ban Thường vụ Huyện ủy thành lập "
      "Đảng bộ xã Lưu Vĩnh Sơn; Chi bộ thôn Trung Sơn giữ nguyên tên gọi, trực thuộc Đảng bộ xã Lưu Vĩnh Sơn."),
    H("II. KẾT QUẢ THÁNG 01/2020"),
    P("Chi bộ đã lãnh đạo thăm hỏi, tặng 42 suất quà cho hộ nghèo, gia đình chính sách; đảm bảo an ninh trật tự "
      "dịp Tết, không có trường hợp đốt pháo; phong trào Tết trồng cây được thanh niên hưởng ứng. Tồn tại: một "
      "số thanh niên tụ tập uống rượu, đi xe máy tốc độ cao đêm giao thừa."),
    H("III. NHIỆM VỤ THÁNG 02/2020"),
    P("Tuyên truyền phòng, chống dịch bệnh viêm đường hô hấp cấp do chủng mới của vi rút Corona gây ra; theo "
      "dõi người từ vùng có dịch trở về; gieo cấy lúa xuân đúng lịch; tổ chức đại hội các chi hội đoàn thể."),
    H("IV. THẢO LUẬN"),
    P("- Đ/c Lê Văn Kỳ: thôn có 03 lao động ở Đài Loan, Hàn Quốc về ăn Tết, đã báo Trạm Y tế; đề nghị có hướng "
      "dẫn cụ thể về cách ly."),
    P("- Đ/c Đặng Văn Thể: nước tưới vụ xuân năm nay thiếu, đề nghị điều tiết để xóm cuối kênh cấy kịp."),
    P("- Đ/c Trần Thị Lý: đề nghị Chi đoàn tổ chức cho thanh niên ký cam kết không sử dụng rượu bia khi lái xe."),
    H("V. KẾT LUẬN"),
    P("Đ/c Bí thư kết luận: tháng 2 ưu tiên phòng dịch và sản xuất vụ xuân; không chủ quan nhưng không gây hoang "
      "mang trong nhân dân. Giao Đ/c Lê Văn Kỳ lập danh sách người từ vùng dịch về địa phương, báo cáo Trạm Y tế "
      "xã hằng ngày; Đ/c Nguyễn Văn Hợi chỉ đạo Tổ dịch vụ thủy lợi điều tiết nước, hoàn thành gieo cấy trước ngày "
      "15/02/2020."),
    P("Biểu quyết: nhất trí 100%."),
    P("Hội nghị kết thúc lúc 16 giờ 00 cùng ngày. Biên bản đã được thông qua trước chi bộ."),
    S(["THƯ KÝ", "Nguyễn Thị Quỳnh Trang"], ["CHỦ TRÌ", "Trần Đình Lục"]),
], "truth": minute(
    meeting("regular", "2020-02-04", "14:00", "16:00", "Hội trường thôn Trung Sơn", CELL1, NEW1, month=1),
    "Trần Đình Lục", "Bí thư chi bộ", "Nguyễn Thị Quỳnh Trang",
    att(23, 18, [A("Hồ Thị Mai", "đi Vinh chăm con ốm nằm viện", True), A("Võ Văn Toàn", "không báo", False)],
        exempt=3),
    True, [vote("Nghị quyết tháng 01/2020", None, None, None, 100)],
    [task("Lê Văn Kỳ", "lập danh sách người từ vùng dịch về địa phương, báo cáo Trạm Y tế xã", "hằng ngày"),
     task("Nguyễn Văn Hợi", "chỉ đạo Tổ dịch vụ thủy lợi điều tiết nước, hoàn thành gieo cấy", "15/02/2020")],
    ["unexcused_absence"])})

# --- 5. February 2020: conclusion with nobody named
s01.append({"blocks": [
    hd1(NEW1, "Lưu Vĩnh Sơn, ngày 26 tháng 02 năm 2020"),
    C("BIÊN BẢN HỌP CHI BỘ THÁNG 2/2020"),
    L("- Thời gian: 19 giờ 30 phút, ngày 26/02/2020."),
    L("- Địa điểm: Hội trường thôn Trung Sơn."),
    L("- Thành phần: 19/20 đ/c phải dự (tổng số 23 đ/c, miễn sinh hoạt 03). Vắng: Đ/c Lê Văn Sáu – đi làm ăn xa, "
      "đã báo cáo chi ủy."),
    L("- Chủ trì: Đ/c Trần Đình Lục, Bí thư chi bộ. Thư ký: Đ/c Nguyễn Thị Quỳnh Trang."),
    H("I. THÔNG TIN"),
    P("Đ/c Bí thư phổ biến Chỉ thị 06/CT-TTg của Thủ tướng Chính phủ và công văn của Đảng ủy xã về phòng, chống "
      "dịch Covid-19; thông báo lịch đại hội chi bộ nhiệm kỳ 2020 – 2022 dự kiến vào tháng 3."),
    H("II. ĐÁNH GIÁ THÁNG 2"),
    P("Cấy xong 100% diện tích lúa xuân (46 ha) trước lịch 02 ngày; 03 lao động về từ vùng có dịch đã tự theo "
      "dõi sức khỏe đủ 14 ngày, không có biểu hiện bệnh; đại hội Chi hội Nông dân và Chi hội Cựu chiến binh thành "
      "công. Còn tình trạng người dân tụ tập đánh bài, uống rượu ở quán đầu thôn."),
    H("III. PHƯƠNG HƯỚNG THÁNG 3"),
    P("Tiếp tục tuyên truyền phòng dịch; chăm sóc lúa xuân, phòng trừ chuột và ốc bươu vàng; chuẩn bị văn kiện, "
      "nhân sự đại hội chi bộ; vận động nhân dân không tổ chức đám cưới đông người."),
    H("IV. Ý KIẾN"),
    P("- Đ/c Nguyễn Văn Hợi: chuột phá nhiều ở cánh đồng Đồng Trọt, đề nghị tổ chức diệt chuột tập trung."),
    P("- Đ/c Hồ Thị Mai: khẩu trang ở hiệu thuốc hết, Chi hội Phụ nữ có thể tự may khẩu trang vải."),
    H("V. KẾT LUẬN"),
    P("Đồng chí Bí thư kết luận: thống nhất các nội dung trên; tình hình dịch còn diễn biến phức tạp, đề nghị các "
      "đồng chí đảng viên gương mẫu thực hiện, vận động gia đình và bà con làm tốt các biện pháp phòng dịch; các "
      "đoàn thể tiếp tục tuyên truyền bằng loa truyền thanh và tin nhắn."),
    P("Chi bộ biểu quyết thông qua: 19/19 đồng chí tán thành."),
    P("Buổi họp kết thúc lúc 21 giờ 00 cùng ngày. Biên bản được đọc lại và thông qua."),
    S(["THƯ KÝ", "Nguyễn Thị Quỳnh Trang"], ["BÍ THƯ", "Trần Đình Lục"]),
], "truth": minute(
    meeting("regular", "2020-02-26", "19:30", "21:00", "Hội trường thôn Trung Sơn", CELL1, NEW1),
    "Trần Đình Lục", "Bí thư chi bộ", "Nguyễn Thị Quỳnh Trang",
    att(23, 19, [A("Lê Văn Sáu", "đi làm ăn xa, đã báo cáo chi ủy", True)], exempt=3),
    True, [vote("Nghị quyết tháng 2/2020", 19)], [], ["missing_assignments"])})

# --- 6. March 2020: shortened for the epidemic, opinions not recorded
s01.append({"blocks": [
    hd1(NEW1, "Lưu Vĩnh Sơn, ngày 06 tháng 3 năm 2020"),
    C("BIÊN BẢN SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 3 NĂM 2020"),
    P("Thực hiện hướng dẫn của Đảng ủy xã về phòng, chống dịch Covid-19, chi bộ rút ngắn thời gian sinh hoạt, "
      "đảng viên đeo khẩu trang, ngồi giãn cách.", italic=True),
    L("- Thời gian: 19 giờ 30 phút đến 20 giờ 45 phút, ngày 06/3/2020."),
    L("- Địa điểm: Sân Nhà văn hóa thôn Trung Sơn."),
    L("- Thành phần: có mặt 19/20 đ/c phải dự; miễn sinh hoạt 03 đ/c; vắng 01: Đ/c Trần Thị Lý (không có lý do)."),
    L("- Chủ trì: Đ/c Trần Đình Lục, Bí thư chi bộ. Thư ký: Đ/c Nguyễn Thị Quỳnh Trang."),
    H("I. KẾT QUẢ THÁNG 2/2020"),
    P("Các nội dung như biên bản họp chi bộ tháng 2/2020 đã ghi cơ bản hoàn thành; đã tổ chức 02 đợt diệt chuột "
      "tập trung, bắt được trên 1.500 con; Chi hội Phụ nữ may và phát 300 khẩu trang vải cho người già, trẻ em."),
    H("II. NHIỆM VỤ THÁNG 3/2020"),
    P("Chăm sóc lúa xuân giai đoạn đẻ nhánh; thực hiện nghiêm các biện pháp phòng dịch, hạn chế tụ tập đông người; "
      "lùi đại hội chi bộ theo chỉ đạo của Đảng ủy xã; vệ sinh, khử khuẩn nơi công cộng."),
    P("Chi bộ thảo luận, thống nhất cao với báo cáo của chi ủy."),
    H("III. KẾT LUẬN"),
    P("Đ/c Bí thư kết luận: đồng ý các nhiệm vụ đã nêu. Giao Đ/c Đặng Văn Thể phối hợp Tổ y tế thôn phun khử khuẩn "
      "khu vực nhà văn hóa và điểm trường mầm non thôn, xong trong tuần này; Đ/c Hồ Thị Mai vận động chị em tiếp "
      "tục may khẩu trang vải phát cho người cao tuổi."),
    P("Biểu quyết: 19/19 (100%)."),
    P("Kết thúc lúc 20 giờ 45 phút. Biên bản được đọc lại, chi bộ nhất trí thông qua."),
    S(["THƯ KÝ", "Nguyễn Thị Quỳnh Trang"], ["BÍ THƯ", "Trần Đình Lục"]),
], "truth": minute(
    meeting("regular", "2020-03-06", "19:30", "20:45", "Sân Nhà văn hóa thôn Trung Sơn", CELL1, NEW1),
    "Trần Đình Lục", "Bí thư chi bộ", "Nguyễn Thị Quỳnh Trang",
    att(23, 19, [A("Trần Thị Lý", "không có lý do", False)], exempt=3),
    True, [vote("Nghị quyết tháng 3/2020", 19, None, None, 100)],
    [task("Đặng Văn Thể", "phối hợp Tổ y tế thôn phun khử khuẩn khu vực nhà văn hóa và điểm trường mầm non thôn",
          "tuần này"),
     task("Hồ Thị Mai", "vận động chị em tiếp tục may khẩu trang vải phát cho người cao tuổi", None)],
    ["no_discussion", "short_meeting", "unexcused_absence"])})

# --- 7. Q1 thematic meeting, 20/3/2020: no vote
TOPIC17 = ("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý thức tôn trọng Nhân dân, phát huy "
           "dân chủ, chăm lo đời sống Nhân dân")
s01.append({"blocks": [
    hd1(NEW1, "Lưu Vĩnh Sơn, ngày 20 tháng 3 năm 2020"),
    C("SINH HOẠT CHUYÊN ĐỀ QUÝ I NĂM 2020"),
    C("Chuyên đề: " + TOPIC17, bold=False, italic=True),
    L("Thời gian: 14 giờ 00 phút ngày 20/3/2020. Địa điểm: Hội trường thôn."),
    L("Đảng viên dự: 20/20 đ/c phải dự (miễn sinh hoạt 03 đ/c)."),
    L("Chủ trì: Đ/c Trần Đình Lục – Bí thư chi bộ; Thư ký: Đ/c Nguyễn Thị Quỳnh Trang."),
    P("Đ/c Lê Thị Thanh Hương, Phó Bí thư chi bộ trình bày chuyên đề; liên hệ thực tế ở thôn: việc công khai các "
      "khoản thu, chi chưa thường xuyên; có lúc họp dân chỉ thông báo, chưa để bà con bàn bạc; một số đảng viên "
      "ngại va chạm khi góp ý."),
    P("Đồng chí nhấn mạnh: tôn trọng Nhân dân trước hết là lắng nghe, giải quyết kịp thời những kiến nghị chính "
      "đáng; những việc liên quan đến đóng góp, đền bù, bình xét hộ nghèo phải bàn với dân từ đầu, làm đến đâu "
      "công khai đến đó; đảng viên là cán bộ thôn phải gần dân, không hách dịch, không để dân phải đi lại nhiều "
      "lần."),
    P("Các ý kiến:"),
    P("- Đ/c Lê Văn Kỳ: Ban cán sự thôn nhận khuyết điểm về công khai quỹ, sẽ dán bảng thu chi tại nhà văn hóa."),
    P("- Đ/c Trần Thị Lý: đề nghị họp dân vào buổi tối để người đi làm ăn về kịp dự."),
    P("- Đ/c Nguyễn Thị Hoa: mỗi đảng viên nên đăng ký một việc làm cụ thể để chi bộ theo dõi."),
    P("Đồng chí chủ trì kết luận: chi bộ tiếp thu, mỗi đảng viên viết bản cam kết làm theo; Ban cán sự thôn thực "
      "hiện đúng quy chế dân chủ ở cơ sở. Đ/c Lê Văn Kỳ công khai các khoản đóng góp của nhân dân năm 2020 tại nhà "
      "văn hóa trước ngày 31/3/2020; Đ/c Lê Thị Thanh Hương tổng hợp bản cam kết làm theo của đảng viên, nộp chi "
      "ủy trong tháng 4/2020."),
    P("Buổi sinh hoạt chuyên đề kết thúc lúc 15 giờ 45 phút. Biên bản được đọc lại, chi bộ thống nhất thông qua."),
    S(["THƯ KÝ", "Nguyễn Thị Quỳnh Trang"], ["CHỦ TRÌ", "Trần Đình Lục"]),
], "truth": minute(
    meeting("thematic", "2020-03-20", "14:00", "15:45", "Hội trường thôn", CELL1, NEW1, topic=TOPIC17),
    "Trần Đình Lục", "Bí thư chi bộ", "Nguyễn Thị Quỳnh Trang",
    att(23, 20, [], exempt=3),
    True, [],
    [task("Lê Văn Kỳ", "công khai các khoản đóng góp của nhân dân năm 2020 tại nhà văn hóa", "31/3/2020"),
     task("Lê Thị Thanh Hương", "tổng hợp bản cam kết làm theo của đảng viên, nộp chi ủy", "tháng 4/2020")],
    ["missing_vote"])})

# --- 8. May 2020, after the April lockdown (no meeting in April); ends without a read-back
s01.append({"blocks": [
    hd1(NEW1, "Lưu Vĩnh Sơn, ngày 09 tháng 5 năm 2020"),
    C("Biên bản sinh hoạt chi bộ tháng 5 năm 2020"),
    P("Tháng 4/2020 chi bộ không tổ chức sinh hoạt do thực hiện cách ly xã hội theo Chỉ thị số 16/CT-TTg của Thủ "
      "tướng Chính phủ; chi ủy triển khai nhiệm vụ tháng 4 qua điện thoại và nhóm Zalo của chi bộ.", italic=True),
    L("Thời gian: 19 giờ 30, ngày 09/5/2020. Địa điểm: Hội trường thôn Trung Sơn."),
    L("Có mặt 18/20 đ/c phải dự (tổng số 23, miễn 03). Vắng: Đ/c Nguyễn Thị Hoa (ốm), Đ/c Võ Văn Toàn (không có lý "
      "do)."),
    L("Chủ trì: Đ/c Trần Đình Lục, Bí thư chi bộ. Thư ký: Đ/c Nguyễn Thị Quỳnh Trang."),
    H("1. Thông tin"),
    P("Đ/c Bí thư thông tin: từ ngày 23/4/2020 Hà Tĩnh thuộc nhóm địa phương nguy cơ thấp, các hoạt động sản xuất, "
      "kinh doanh trở lại bình thường nhưng vẫn phải đeo khẩu trang nơi công cộng; Đảng ủy xã cho phép các chi bộ "
      "tổ chức đại hội nhiệm kỳ 2020 – 2022 trong tháng 5 và tháng 6; chi bộ thôn Trung Sơn dự kiến đại hội vào "
      "cuối tháng 6."),
    H("2. Tình hình tháng 4 và đầu tháng 5"),
    P("Thôn không có ca nghi nhiễm; 05 người từ Hà Nội, Bình Dương về đã khai báo y tế, cách ly tại nhà đủ thời "
      "gian. Lúa xuân trỗ đều, dự kiến thu hoạch từ 20/5. Đã rà soát 31 hộ thuộc diện hỗ trợ theo Nghị quyết "
      "42/NQ-CP. Hạn chế: việc bình xét ở xóm 2 còn thắc mắc, chưa công khai kịp thời."),
    H("3. Nhiệm vụ tháng 5"),
    P("Thu hoạch lúa xuân nhanh gọn trước mùa mưa; phòng, chống đuối nước cho trẻ em trong dịp hè; tiếp tục "
      "phòng dịch, không lơ là; chuẩn bị đại hội chi bộ khi Đảng ủy xã cho phép."),
    H("4. Thảo luận"),
    P("Đ/c Nguyễn Văn Hợi đề nghị huy động thanh niên gặt giúp các hộ neo đơn. Đ/c Lê Thị Thanh Hương đề nghị "
      "niêm yết lại danh sách hỗ trợ để bà con xóm 2 cùng xem. Đ/c Đặng Văn Thể báo cáo máy gặt đăng ký đủ."),
    H("5. Kết luận"),
    P("Đ/c Bí thư kết luận: nhất trí các ý kiến. Giao Đ/c Lê Văn Kỳ rà soát, niêm yết công khai danh sách hộ được "
      "hỗ trợ theo Nghị quyết 42/NQ-CP, xong trước ngày 15/5/2020; Đ/c Nguyễn Văn Hợi cùng Chi đoàn thanh niên "
      "tổ chức gặt giúp các gia đình neo đơn, xong trong tháng 5/2020."),
    P("Chi bộ biểu quyết: 18/18 đ/c tán thành."),
    P("Buổi sinh hoạt kết thúc lúc 21 giờ 30 phút."),
    S(["THƯ KÝ", "Nguyễn Thị Quỳnh Trang"], ["CHỦ TRÌ", "Trần Đình Lục"]),
], "truth": minute(
    meeting("regular", "2020-05-09", "19:30", "21:30", "Hội trường thôn Trung Sơn", CELL1, NEW1),
    "Trần Đình Lục", "Bí thư chi bộ", "Nguyễn Thị Quỳnh Trang",
    att(23, 18, [A("Nguyễn Thị Hoa", "ốm", True), A("Võ Văn Toàn", "không có lý do", False)], exempt=3),
    True, [vote("Nghị quyết tháng 5/2020", 18)],
    [task("Lê Văn Kỳ", "rà soát, niêm yết công khai danh sách hộ được hỗ trợ theo Nghị quyết 42/NQ-CP",
          "15/5/2020"),
     task("Nguyễn Văn Hợi", "cùng Chi đoàn thanh niên tổ chức gặt giúp các gia đình neo đơn", "tháng 5/2020")],
    ["not_approved", "unexcused_absence"])})

# --- 9. June 2020, combined with the Q2 thematic meeting in 105 minutes; the deputy presides
TOPIC19 = "Phát huy vai trò đảng viên trong phòng, chống dịch Covid-19 gắn với phát triển kinh tế hộ gia đình"
s01.append({"blocks": [
    hd1(NEW1, "Lưu Vĩnh Sơn, ngày 06 tháng 6 năm 2020"),
    C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 6/2020"),
    C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ II"),
    C("Chuyên đề: " + TOPIC19, bold=False, italic=True),
    L("Thời gian: từ 19 giờ 30 phút đến 21 giờ 15 phút ngày 06/6/2020."),
    L("Địa điểm: Hội trường thôn Trung Sơn."),
    L("Thành phần: tổng số 23 đ/c, miễn sinh hoạt 03, có mặt 18/20. Vắng 02: Đ/c Trần Đình Lục, Bí thư chi bộ (dự "
      "lớp bồi dưỡng tại Trung tâm Chính trị huyện), Đ/c Lê Văn Sáu (đi làm ăn xa, có báo)."),
    L("Chủ trì: Đ/c Lê Thị Thanh Hương, Phó Bí thư chi bộ. Thư ký: Đ/c Nguyễn Thị Quỳnh Trang."),
    H("A. Phần thường kỳ"),
    P("Tháng 5 thu hoạch xong 46 ha lúa xuân, năng suất 6,1 tấn/ha, cao nhất từ trước tới nay; danh sách hỗ trợ "
      "theo Nghị quyết 42 đã niêm yết, không còn thắc mắc. Tháng 6: làm đất gieo cấy vụ hè thu; tổ chức hoạt "
      "động hè cho thiếu nhi; đôn đốc các hộ nộp quỹ làm đường ngõ xóm 3."),
    H("B. Phần chuyên đề"),
    P("Đ/c Nguyễn Văn Hợi trình bày chuyên đề: vai trò của đảng viên trong những ngày cách ly; gợi ý mô hình nuôi "
      "gà thả vườn, trồng rau an toàn để tăng thu nhập sau dịch."),
    P("Ý kiến: Đ/c Đặng Văn Thể đề nghị liên kết với hợp tác xã để bao tiêu rau. Đ/c Hồ Thị Mai cho biết Chi hội "
      "Phụ nữ có 12 hội viên muốn vay vốn làm chuồng trại."),
    P("Đ/c Phó Bí thư kết luận: chi bộ chọn 05 hộ đảng viên làm trước mô hình rau an toàn để bà con học theo. "
      "Giao Đ/c Đặng Văn Thể làm việc với hợp tác xã về bao tiêu rau, báo cáo chi bộ kỳ họp tháng 7; Đ/c Hồ Thị "
      "Mai lập danh sách hội viên vay vốn, gửi Ngân hàng Chính sách xã trước ngày 20/6/2020."),
    P("Biểu quyết thông qua nghị quyết tháng 6: 18/18 đ/c tán thành (100%)."),
    P("Sinh hoạt kết thúc lúc 21 giờ 15 phút. Biên bản đọc lại, chi bộ nhất trí thông qua."),
    S(["THƯ KÝ", "", "Nguyễn Thị Quỳnh Trang"], ["T/M CHI BỘ", "PHÓ BÍ THƯ", "Lê Thị Thanh Hương"]),
], "truth": minute(
    meeting("regular", "2020-06-06", "19:30", "21:15", "Hội trường thôn Trung Sơn", CELL1, NEW1, topic=TOPIC19),
    "Lê Thị Thanh Hương", "Phó Bí thư chi bộ", "Nguyễn Thị Quỳnh Trang",
    att(23, 18, [A("Trần Đình Lục", "dự lớp bồi dưỡng tại Trung tâm Chính trị huyện", True),
                 A("Lê Văn Sáu", "đi làm ăn xa, có báo", True)], exempt=3),
    True, [vote("Nghị quyết tháng 6/2020", 18, None, None, 100)],
    [task("Đặng Văn Thể", "làm việc với hợp tác xã về bao tiêu rau, báo cáo chi bộ", "kỳ họp tháng 7"),
     task("Hồ Thị Mai", "lập danh sách hội viên vay vốn, gửi Ngân hàng Chính sách xã", "20/6/2020")],
    ["short_meeting"])})

DOCS.append({
    "name": "s01-hatinh-village-book-2019-2020", "folder": "dev",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 30, "spacing": 1.35,
              "head": "Sổ ghi biên bản sinh hoạt Chi bộ thôn Trung Sơn", "head_align": "right",
              "foot": "Trang {n}"},
    "between": 22,
    "minutes": s01,
    "flags": ["missing_month", "repeated_absence"],
})

# =================================================================================================
# s02 — a Hà Nội residential-group cell's book, Oct 2017 – Mar 2018: six minutes, typed on without headers
# =================================================================================================

CELL2 = "CHI BỘ TỔ DÂN PHỐ SỐ 9"
COM2 = "ĐẢNG UỶ PHƯỜNG PHƯƠNG LIỆT"
s02 = []

# --- 1. October 2017: numbered fields, "a) … e)" parts
s02.append({"blocks": [
    HD([COM2, CELL2, "Số: 10-BB/CB"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hà Nội, ngày 12 tháng 10 năm 2017"]),
    C("BIÊN BẢN"),
    C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10/2017"),
    G(4),
    L("1. Thời gian: 19 giờ 30 phút ngày 12/10/2017."),
    L("2. Địa điểm: Nhà văn hoá tổ dân phố số 9."),
    L("3. Thành phần:"),
    L("- Tổng số đảng viên: 38 đồng chí; miễn sinh hoạt: 09 đồng chí."),
    L("- Có mặt: 27/29 đồng chí phải dự, đạt 93,1%."),
    L("- Vắng: 02 đồng chí có lý do (đ/c Ngô Thị Thoa ốm nằm viện Bạch Mai; đ/c Trịnh Văn Bảo sang Đức thăm con)."),
    L("4. Chủ trì: đ/c Đỗ Văn Khiêm – Bí thư Chi bộ."),
    L("5. Thư ký: đ/c Vũ Thị Ngọc Lan."),
    L("6. Nội dung:"),
    P("a) Đ/c Bí thư thông tin: Hội nghị Trung ương 6 khoá XII vừa bế mạc, ban hành các nghị quyết về tinh gọn bộ "
      "máy, về công tác bảo vệ, chăm sóc sức khoẻ nhân dân; mưa lũ lớn ở các tỉnh miền núi phía Bắc gây thiệt hại "
      "nặng, Uỷ ban MTTQ phường phát động ủng hộ."),
    P("b) Kết quả tháng 9: tổ chức Tết Trung thu cho 86 cháu thiếu nhi; tổng vệ sinh ngõ 40 và ngõ 62; thu đảng phí "
      "đạt 100%; tổ dân phố không có tội phạm, tệ nạn. Tồn tại: còn 07 hộ kinh doanh để hàng, xe máy lấn chiếm vỉa "
      "hè; việc phân loại rác tại nguồn mới có khoảng một nửa số hộ thực hiện."),
    P("c) Nhiệm vụ tháng 10: vận động ủng hộ đồng bào vùng lũ; kỷ niệm Ngày thành lập Hội LHPN Việt Nam 20/10; giải "
      "toả lấn chiếm vỉa hè theo kế hoạch của phường; chuẩn bị Ngày hội Đại đoàn kết."),
    P("d) Thảo luận:"),
    P("- đ/c Nguyễn Hữu Tường: vỉa hè đầu ngõ 40 bị chiếm làm chỗ trông xe, người già đi bộ phải xuống lòng đường, "
      "đề nghị chi bộ có ý kiến với phường."),
    P("- đ/c Lê Thị Kim Oanh: nhiều hộ chưa biết cách phân loại rác, nên in tờ hướng dẫn phát đến từng nhà."),
    P("- đ/c Hoàng Minh Đức (Tổ trưởng tổ dân phố): tổ đã lập biên bản nhắc nhở 03 hộ, sẽ phối hợp với Công an "
      "phường xử lý dứt điểm."),
    P("đ) Kết luận: đ/c Bí thư kết luận, nhất trí các nhiệm vụ tháng 10 đã nêu, trọng tâm là vỉa hè và ủng hộ "
      "vùng lũ. Giao đ/c Hoàng Minh Đức phối hợp Công an phường vận động các hộ ngõ 40 trả lại vỉa hè, xong trước "
      "ngày 30/10/2017; đ/c Bùi Thị Thanh Thuỷ (Chi hội trưởng Phụ nữ) tổ chức quyên góp ủng hộ đồng bào vùng lũ, "
      "nộp về Uỷ ban MTTQ phường trong tuần sau."),
    P("e) Biểu quyết: 27/27 đồng chí tán thành, đạt 100%."),
    P("Hội nghị kết thúc lúc 21 giờ 15 phút. Biên bản đã được thông qua toàn chi bộ."),
    S(["THƯ KÝ", "", "Vũ Thị Ngọc Lan"], ["T/M CHI BỘ", "BÍ THƯ", "Đỗ Văn Khiêm"]),
], "truth": minute(
    meeting("regular", "2017-10-12", "19:30", "21:15", "Nhà văn hoá tổ dân phố số 9", CELL2, COM2),
    "Đỗ Văn Khiêm", "Bí thư Chi bộ", "Vũ Thị Ngọc Lan",
    att(38, 27, [A("Ngô Thị Thoa", "ốm nằm viện Bạch Mai", True), A("Trịnh Văn Bảo", "sang Đức thăm con", True)],
        exempt=9),
    True, [vote("Nghị quyết tháng 10/2017", 27, None, None, 100)],
    [task("Hoàng Minh Đức", "phối hợp Công an phường vận động các hộ ngõ 40 trả lại vỉa hè", "30/10/2017"),
     task("Bùi Thị Thanh Thuỷ", "tổ chức quyên góp ủng hộ đồng bào vùng lũ, nộp về Uỷ ban MTTQ phường",
          "tuần sau")],
    [])})

# --- 2. November 2017: "HỘI NGHỊ CHI BỘ", regular + Q4 thematic
TOPIC22 = ("Xây dựng phong cách, tác phong công tác của cán bộ, đảng viên theo tư tưởng, đạo đức, phong cách Hồ "
           "Chí Minh")
s02.append({"blocks": [
    C("HỘI NGHỊ CHI BỘ THÁNG 11 NĂM 2017"),
    C("(Sinh hoạt thường kỳ kết hợp sinh hoạt chuyên đề quý IV)", bold=False, italic=True),
    P("Vào hồi 19 giờ 30 phút ngày 09/11/2017, tại Nhà văn hoá tổ dân phố, chi bộ họp thường kỳ kết hợp sinh hoạt "
      "chuyên đề. Đảng viên tham dự: 27/29 đồng chí phải dự (miễn sinh hoạt 09). Vắng 02: đ/c Ngô Thị Thoa (ốm), "
      "đ/c Phạm Quang Vinh (không lý do)."),
    P("Đ/c Đỗ Văn Khiêm, Bí thư chủ trì; đ/c Vũ Thị Ngọc Lan làm thư ký."),
    L("I. Phần thường kỳ", bold=True),
    P("Tháng 10 đã quyên góp được 18.650.000 đồng ủng hộ đồng bào vùng lũ, nộp Uỷ ban MTTQ phường ngày 20/10; 05/07 "
      "hộ đã trả lại vỉa hè, còn 02 hộ bán hàng ăn sáng chưa chấp hành. Tháng 11: tổ chức Ngày hội Đại đoàn kết; "
      "thu quỹ Vì người nghèo; đôn đốc thu đảng phí quý IV; tổng vệ sinh cuối tháng."),
    L("II. Phần chuyên đề", bold=True),
    P("Chuyên đề: " + TOPIC22 + ". Đ/c Hoàng Minh Đức trình bày; liên hệ: có đảng viên còn nói nhiều làm ít, "
      "ngại đi họp tổ dân phố, chưa gương mẫu phân loại rác."),
    P("Ý kiến:"),
    P("+ đ/c Trịnh Văn Bảo: đảng viên về hưu càng phải giữ phong cách, không nên ngồi quán nước bàn chuyện phiếm "
      "về cán bộ."),
    P("+ đ/c Nguyễn Hữu Tường: đề nghị mỗi đảng viên đăng ký một việc làm theo cụ thể, cuối năm chi bộ đánh giá."),
    P("Chủ trì kết luận: chi bộ nhất trí mỗi đảng viên đăng ký việc làm theo, gắn với kiểm điểm cuối năm; kiên quyết "
      "xử lý 02 hộ còn lấn chiếm vỉa hè. Phân công: đ/c Hoàng Minh Đức chuẩn bị tổ chức Ngày hội Đại đoàn kết toàn "
      "dân tộc ở khu dân cư vào tối 16/11/2017; đ/c Lê Thị Kim Oanh đôn đốc thu đảng phí quý IV, nộp Đảng uỷ phường "
      "trước ngày 25/12."),
    P("Biểu quyết nhất trí 100% (27/27)."),
    P("Kết thúc lúc 21 giờ 40 phút, biên bản đọc lại, hội nghị nhất trí."),
    S(["NGƯỜI GHI BIÊN BẢN", "Vũ Thị Ngọc Lan"], ["CHỦ TRÌ", "Đỗ Văn Khiêm"]),
], "truth": minute(
    meeting("regular", "2017-11-09", "19:30", "21:40", "Nhà văn hoá tổ dân phố", CELL2, COM2, topic=TOPIC22),
    "Đỗ Văn Khiêm", "Bí thư", "Vũ Thị Ngọc Lan",
    att(38, 27, [A("Ngô Thị Thoa", "ốm", True), A("Phạm Quang Vinh", "không lý do", False)], exempt=9),
    True, [vote("Nghị quyết tháng 11 và chuyên đề quý IV", 27, None, None, 100)],
    [task("Hoàng Minh Đức", "chuẩn bị tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư", "tối 16/11/2017"),
     task("Lê Thị Kim Oanh", "đôn đốc thu đảng phí quý IV, nộp Đảng uỷ phường", "25/12")],
    ["unexcused_absence"])})

# --- 3. December 2017: "Kỳ họp tháng 12/2017", year-end grading; the chair only thanks
s02.append({"blocks": [
    C("Kỳ họp tháng 12/2017"),
    C("Kiểm điểm, đánh giá chất lượng tổ chức đảng và đảng viên năm 2017", bold=False, italic=True),
    P("Thời gian: từ 8 giờ 00 đến 10 giờ 45 phút, Chủ nhật ngày 17/12/2017. Địa điểm: Nhà văn hoá tổ dân phố số 9."),
    P("Có mặt 28/29 đồng chí phải dự; 09 đồng chí miễn sinh hoạt; vắng 01: đ/c Phạm Quang Vinh, không báo lý do. "
      "Dự có đ/c Nguyễn Thị Minh Hằng, Phó Bí thư Đảng uỷ phường."),
    P("Chủ trì: đ/c Đỗ Văn Khiêm. Thư ký: đ/c Vũ Thị Ngọc Lan."),
    P("1) Đ/c Bí thư đọc báo cáo kiểm điểm của chi bộ năm 2017. Ưu điểm: duy trì sinh hoạt đều, tổ dân phố giữ "
      "danh hiệu Tổ dân phố văn hoá; vận động 100% hộ ký cam kết không lấn chiếm vỉa hè. Khuyết điểm: một đảng viên "
      "nhiều lần vắng sinh hoạt không lý do chưa được xử lý kịp thời; tỷ lệ phân loại rác còn thấp."),
    P("2) Các đảng viên tự kiểm điểm và góp ý. Đ/c Lê Thị Kim Oanh đề nghị chi uỷ gặp riêng đ/c Phạm Quang Vinh "
      "để tìm hiểu lý do. Đ/c Nguyễn Hữu Tường đề nghị ghi nhận đ/c Bùi Thị Thanh Thuỷ có nhiều đóng góp cho "
      "phong trào phụ nữ."),
    P("3) Đ/c Nguyễn Thị Minh Hằng phát biểu, ghi nhận kết quả của chi bộ và đề nghị năm 2018 chú trọng sinh hoạt "
      "nền nếp, xử lý nghiêm đảng viên vi phạm."),
    L("(xem tiếp trang sau)", italic=True),
    PB(),
    L("(Tiếp theo trang trước)", italic=True),
    P("4) Bỏ phiếu kín đề nghị xếp loại chi bộ: phát ra 28 phiếu, thu về 28 phiếu; 26 phiếu (92,86%) đề nghị chi "
      "bộ đạt Trong sạch, vững mạnh; 02 phiếu đề nghị Hoàn thành tốt nhiệm vụ."),
    P("5) Phân công: đ/c Vũ Thị Ngọc Lan hoàn thiện hồ sơ kiểm điểm của chi bộ và đảng viên, nộp Đảng uỷ phường "
      "trước 22/12/2017."),
    P("Cuối buổi, đ/c Bí thư cảm ơn đ/c Phó Bí thư Đảng uỷ phường và các đồng chí đảng viên, chúc mọi người mạnh "
      "khoẻ, đón năm mới vui tươi."),
    P("Buổi sinh hoạt kết thúc lúc 10 giờ 45 phút. Biên bản đã được đọc lại, các đồng chí dự họp thông qua."),
    S(["THƯ KÝ", "Vũ Thị Ngọc Lan"], ["BÍ THƯ", "Đỗ Văn Khiêm"]),
], "truth": minute(
    meeting("regular", "2017-12-17", "08:00", "10:45", "Nhà văn hoá tổ dân phố số 9", CELL2, COM2),
    "Đỗ Văn Khiêm", None, "Vũ Thị Ngọc Lan",
    att(38, 28, [A("Phạm Quang Vinh", "không báo lý do", False)], exempt=9,
        guests=[GU("Nguyễn Thị Minh Hằng", "Phó Bí thư Đảng uỷ phường")]),
    False, [vote("Bỏ phiếu đề nghị xếp loại chi bộ Trong sạch, vững mạnh", 26, None, None, 92.86)],
    [task("Vũ Thị Ngọc Lan", "hoàn thiện hồ sơ kiểm điểm của chi bộ và đảng viên, nộp Đảng uỷ phường",
          "22/12/2017")],
    ["missing_conclusion", "unexcused_absence"])})

# --- 4. January 2018: no title, a separator and a dated opening line; four absent with reasons (86.2 %)
s02.append({"blocks": [
    C("* * *", bold=False),
    P("Hôm nay, ngày 11 tháng 01 năm 2018, vào hồi 19 giờ 30, tại Nhà văn hoá tổ dân phố số 9, Chi bộ Tổ dân phố "
      "số 9 họp thường kỳ tháng Một năm 2018."),
    P("Tham dự có 25/29 đồng chí phải dự (09 đồng chí được miễn sinh hoạt). Vắng 04 đồng chí, đều có lý do: đ/c "
      "Ngô Thị Thoa (ốm), đ/c Nguyễn Hữu Tường (về quê có việc hiếu), đ/c Lê Thị Kim Oanh (chăm chồng nằm viện), đ/c "
      "Trịnh Văn Bảo (bị cúm)."),
    P("Đồng chí Đỗ Văn Khiêm, Bí thư Chi bộ điều hành; đồng chí Vũ Thị Ngọc Lan ghi biên bản."),
    P("Đồng chí Bí thư đánh giá tháng 12: hoàn thành kiểm điểm cuối năm đúng thời hạn; thu quỹ Vì người nghèo được "
      "9.200.000 đồng; đ/c Phạm Quang Vinh đã được chi uỷ gặp, hứa sẽ sinh hoạt đầy đủ. Nhiệm vụ tháng 1: chuẩn bị "
      "đón Tết Mậu Tuất an toàn, tiết kiệm; thăm hỏi 12 gia đình chính sách, đảng viên cao tuổi; tổng vệ sinh ngõ "
      "xóm trước Tết; tuyên truyền không đốt pháo, không thả đèn trời."),
    P("Ý kiến: đ/c Trịnh Thị Hạnh đề nghị tổ chức cho cháu thiếu nhi viết câu đối, gói bánh chưng tặng người già neo "
      "đơn. Đ/c Phạm Quang Vinh đề nghị lắp thêm đèn chiếu sáng cuối ngõ 62 vì tối tăm, dễ mất trộm dịp Tết."),
    P("Đồng chí Bí thư kết luận: thống nhất nhiệm vụ tháng 1, lo Tết chu đáo cho người già, gia đình chính sách, "
      "giữ trật tự dịp Tết. Giao đ/c Hoàng Minh Đức làm đề xuất lắp đèn cuối ngõ 62 gửi Uỷ ban phường trước ngày "
      "20/01/2018; đ/c Bùi Thị Thanh Thuỷ cùng Chi đoàn tổ chức gói bánh chưng tặng người già neo đơn vào ngày "
      "11/02/2018."),
    P("Biểu quyết: 25/25 đồng chí nhất trí."),
    P("Họp xong lúc 21 giờ 10 phút. Biên bản được đọc lại và thông qua."),
    S(["THƯ KÝ", "(đã ký)", "Vũ Thị Ngọc Lan"], ["BÍ THƯ", "(đã ký)", "Đỗ Văn Khiêm"]),
], "truth": minute(
    meeting("regular", "2018-01-11", "19:30", "21:10", "Nhà văn hoá tổ dân phố số 9", CELL2, COM2),
    "Đỗ Văn Khiêm", "Bí thư Chi bộ", "Vũ Thị Ngọc Lan",
    att(38, 25, [A("Ngô Thị Thoa", "ốm", True), A("Nguyễn Hữu Tường", "về quê có việc hiếu", True),
                 A("Lê Thị Kim Oanh", "chăm chồng nằm viện", True), A("Trịnh Văn Bảo", "bị cúm", True)], exempt=9),
    True, [vote("Nghị quyết tháng 01/2018", 25)],
    [task("Hoàng Minh Đức", "làm đề xuất lắp đèn cuối ngõ 62 gửi Uỷ ban phường", "20/01/2018"),
     task("Bùi Thị Thanh Thuỷ", "cùng Chi đoàn tổ chức gói bánh chưng tặng người già neo đơn", "ngày 11/02/2018")],
    ["low_attendance"])})

# --- 5. February 2018 ("THÁNG HAI"), before Tết: 80 minutes, no read-back
s02.append({"blocks": [
    C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG HAI NĂM 2018"),
    P("Thời gian: 19 giờ 30 phút đến 20 giờ 50 phút ngày 08/02/2018 (23 tháng Chạp). Địa điểm: Nhà văn hoá tổ "
      "dân phố số 9."),
    P("Đảng viên có mặt 27/29 (miễn sinh hoạt 09). Vắng: đ/c Ngô Thị Thoa – ốm; đ/c Hoàng Minh Đức – trực Tết tại "
      "Uỷ ban phường."),
    P("Chủ trì: đ/c Đỗ Văn Khiêm, Bí thư Chi bộ. Thư ký: đ/c Vũ Thị Ngọc Lan."),
    P("- Kết quả tháng 1: đã thăm, tặng quà 12 gia đình chính sách; Uỷ ban phường đồng ý lắp 02 bóng đèn cuối ngõ "
      "62, đã sáng từ ngày 02/02; tổng vệ sinh xong ngày 04/02."),
    P("- Nhiệm vụ tháng 2: đảm bảo an ninh, phòng cháy nổ trong dịp Tết; không đốt vàng mã trên vỉa hè; sau Tết "
      "tổ chức gặp mặt đầu xuân và phát động Tết trồng cây."),
    P("- Ý kiến: đ/c Lê Thị Kim Oanh nhắc các hộ kinh doanh kiểm tra bình cứu hoả. Đ/c Phạm Quang Vinh xin nhận "
      "trực đêm giao thừa cùng tổ bảo vệ dân phố."),
    P("- Kết luận của đ/c Bí thư: chi bộ nhất trí các nhiệm vụ trên. Giao đ/c Phạm Quang Vinh cùng tổ bảo vệ dân "
      "phố trực an ninh vào đêm giao thừa; đ/c Trịnh Văn Bảo chuẩn bị buổi gặp mặt đầu xuân của chi bộ vào "
      "sáng 24/02/2018."),
    P("- Biểu quyết: 27/27 tán thành."),
    P("Buổi họp kết thúc lúc 20 giờ 50 phút."),
    S(["THƯ KÝ", "Vũ Thị Ngọc Lan"], ["BÍ THƯ", "Đỗ Văn Khiêm"]),
    G(6),
    L("THÔNG BÁO", bold=True),
    L("Sinh hoạt chi bộ tháng 3/2018 chuyển sang tối thứ Năm 15/3/2018 do trùng lịch họp tổ dân phố. Đề nghị các "
      "đồng chí đảng viên sắp xếp thời gian dự họp đầy đủ.", italic=True),
], "truth": minute(
    meeting("regular", "2018-02-08", "19:30", "20:50", "Nhà văn hoá tổ dân phố số 9", CELL2, COM2),
    "Đỗ Văn Khiêm", "Bí thư Chi bộ", "Vũ Thị Ngọc Lan",
    att(38, 27, [A("Ngô Thị Thoa", "ốm", True), A("Hoàng Minh Đức", "trực Tết tại Uỷ ban phường", True)], exempt=9),
    True, [vote("Nghị quyết tháng 2/2018", 27)],
    [task("Phạm Quang Vinh", "cùng tổ bảo vệ dân phố trực an ninh", "đêm giao thừa"),
     task("Trịnh Văn Bảo", "chuẩn bị buổi gặp mặt đầu xuân của chi bộ", "sáng 24/02/2018")],
    ["not_approved", "short_meeting"])})

# --- 6. March 2018: title in mixed case; nothing voted
s02.append({"blocks": [
    C("Biên bản họp Chi bộ tháng 3 năm 2018"),
    P("Hôm nay, 19 giờ 30 phút ngày 15/3/2018, tại Nhà văn hoá tổ dân phố số 9, Chi bộ họp định kỳ tháng 3."),
    P("Có mặt: 28/29 đồng chí phải dự, 09 đồng chí miễn sinh hoạt; vắng 01 đồng chí Ngô Thị Thoa (đang điều trị "
      "tại nhà)."),
    P("Chủ trì: đồng chí Đỗ Văn Khiêm, Bí thư Chi bộ; thư ký: đồng chí Vũ Thị Ngọc Lan."),
    P("1. Đồng chí Bí thư thông báo kết quả đánh giá, xếp loại năm 2017 của Đảng uỷ phường: chi bộ đạt Trong sạch, "
      "vững mạnh; 03 đảng viên đủ tư cách hoàn thành xuất sắc nhiệm vụ. Đại hội các chi hội đoàn thể đã xong."),
    P("2. Nhiệm vụ tháng 3, tháng 4: đăng ký tổ dân phố văn hoá năm 2018; tiếp tục giữ vỉa hè thông thoáng; vận "
      "động các hộ tham gia bảo hiểm y tế hộ gia đình; chuẩn bị kỷ niệm 43 năm Ngày giải phóng miền Nam."),
    P("3. Thảo luận: đ/c Nguyễn Hữu Tường đề nghị mời bác sĩ Trạm Y tế phường về nói chuyện phòng bệnh cho người "
      "cao tuổi. Đ/c Bùi Thị Thanh Thuỷ cho biết Chi hội Phụ nữ đã đăng ký 40 hộ tham gia bảo hiểm y tế."),
    P("4. Đồng chí Bí thư kết luận: chi bộ thống nhất các nhiệm vụ trên, lấy việc giữ danh hiệu Tổ dân phố văn hoá "
      "làm trọng tâm. Giao đ/c Nguyễn Hữu Tường liên hệ Trạm Y tế phường tổ chức buổi nói chuyện cho người cao tuổi "
      "trong tháng 4/2018; đ/c Hoàng Minh Đức hoàn thiện hồ sơ đăng ký tổ dân phố văn hoá năm 2018, nộp phường "
      "trước ngày 31/3/2018."),
    P("Buổi sinh hoạt kết thúc lúc 21 giờ 05 phút. Biên bản đã đọc lại cho chi bộ nghe và thông qua."),
    S(["THƯ KÝ", "", "Vũ Thị Ngọc Lan"], ["T/M CHI BỘ", "BÍ THƯ", "Đỗ Văn Khiêm"]),
], "truth": minute(
    meeting("regular", "2018-03-15", "19:30", "21:05", "Nhà văn hoá tổ dân phố số 9", CELL2, COM2),
    "Đỗ Văn Khiêm", "Bí thư Chi bộ", "Vũ Thị Ngọc Lan",
    att(38, 28, [A("Ngô Thị Thoa", "đang điều trị tại nhà", True)], exempt=9),
    True, [],
    [task("Nguyễn Hữu Tường", "liên hệ Trạm Y tế phường tổ chức buổi nói chuyện cho người cao tuổi",
          "tháng 4/2018"),
     task("Hoàng Minh Đức", "hoàn thiện hồ sơ đăng ký tổ dân phố văn hoá năm 2018, nộp phường", "31/3/2018")],
    ["missing_vote"])})

DOCS.append({
    "name": "s02-hanoi-residential-group-book-2017-2018", "folder": "dev",
    "style": {"family": "sans", "size": 11, "justify": False, "indent": 20, "spacing": 1.3, "para_gap": 3,
              "head": "Chi bộ Tổ dân phố số 9 – Phường Phương Liệt", "foot": "{n}/{N}"},
    "between": 30,
    "minutes": s02,
    "flags": ["no_thematic_in_quarter"],
})

# =================================================================================================
# s03 — a Nghệ An lower-secondary school cell's book, Sep – Dec 2015: the old "Hội nghị" template;
# November holds only a thematic meeting
# =================================================================================================

CELL3 = "CHI BỘ TRƯỜNG THCS DIỄN HOÀ"
COM3 = "ĐẢNG BỘ XÃ DIỄN HOÀ"
TOPIC33 = ("Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về trung thực, trách nhiệm; gắn bó với nhân dân; "
           "đoàn kết, xây dựng Đảng trong sạch, vững mạnh")
s03 = []

# --- 1. September 2015
s03.append({"blocks": [
    HD([COM3, CELL3, "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Diễn Hoà, ngày 07 tháng 9 năm 2015"]),
    C("BIÊN BẢN HỘI NGHỊ CHI BỘ"),
    C("THÁNG 9 NĂM 2015"),
    G(4),
    P("Thời gian: Khai mạc lúc 16 giờ 30 phút ngày 07 tháng 9 năm 2015."),
    P("Địa điểm: Phòng Hội đồng nhà trường."),
    P("Đảng viên tham dự: 17/17 đồng chí, đạt 100%."),
    P("Chủ tọa: đồng chí Hồ Văn Thắng - Bí thư chi bộ, Hiệu trưởng."),
    P("Thư ký hội nghị: đồng chí Nguyễn Thị Thu Hiền."),
    C("NỘI DUNG HỘI NGHỊ", size=12),
    P("1. Đồng chí Bí thư đánh giá công tác tháng 8: tuyển sinh lớp 6 được 168 em, đạt 100% kế hoạch; tu sửa 06 "
      "phòng học, lát lại sân trường bằng nguồn xã hội hoá; tổ chức khai giảng năm học 2015 - 2016 ngày 05/9 trang "
      "trọng, an toàn. Tồn tại: phòng thực hành Hoá - Sinh còn thiếu hoá chất; 03 học sinh lớp 8, lớp 9 có biểu "
      "hiện muốn bỏ học đi làm ăn."),
    P("2. Phương hướng tháng 9: ổn định nền nếp dạy và học; kiện toàn các tổ chuyên môn; thu các khoản theo quy "
      "định, công khai trước cha mẹ học sinh, không để lạm thu; khảo sát chất lượng đầu năm; tiếp tục cuộc vận "
      "động \"Mỗi thầy cô giáo là tấm gương đạo đức, tự học và sáng tạo\"."),
    P("3. Thảo luận:"),
    P("- Đ/c Cao Xuân Tâm (Phó Hiệu trưởng): đề nghị các tổ nộp kế hoạch sớm để kịp duyệt, tránh tình trạng như "
      "năm trước đến tháng 10 mới xong."),
    P("- Đ/c Đậu Đức Thiện: phòng thực hành thiếu hoá chất, nhiều bài thí nghiệm phải dạy chay, đề nghị nhà trường "
      "mua bổ sung."),
    P("- Đ/c Phan Thị Lê Na: cả 03 em có nguy cơ bỏ học đều thuộc hộ nghèo, đề nghị miễn giảm các khoản đóng góp "
      "và vận động Hội Khuyến học xã hỗ trợ."),
    C("NGHỊ QUYẾT THÁNG 9", size=12),
    P("Đồng chí Chủ tọa kết luận và thông qua nghị quyết tháng 9 gồm các nội dung: tập trung ổn định nền nếp, "
      "không để học sinh bỏ học; công khai tài chính; mua bổ sung hoá chất thực hành trong tháng 9. Cụ thể:"),
    P("- Đ/c Cao Xuân Tâm chỉ đạo các tổ chuyên môn hoàn thành kế hoạch giảng dạy trước 15/9/2015."),
    P("- Đ/c Phan Thị Lê Na phối hợp giáo viên chủ nhiệm vận động 03 em có nguy cơ bỏ học trở lại lớp, báo cáo chi "
      "bộ kỳ họp tháng 10."),
    P("- Đ/c Thái Văn Hào (kế toán) công khai các khoản thu trên bảng tin nhà trường."),
    P("Hội nghị biểu quyết: 17/17 đồng chí tán thành nghị quyết (100%)."),
    P("Hội nghị kết thúc lúc 18 giờ 15 phút cùng ngày. Biên bản đã được thông qua trước hội nghị."),
    S(["THƯ KÝ HỘI NGHỊ", "Nguyễn Thị Thu Hiền"], ["CHỦ TỌA", "Hồ Văn Thắng"]),
], "truth": minute(
    meeting("regular", "2015-09-07", "16:30", "18:15", "Phòng Hội đồng nhà trường", CELL3, COM3),
    "Hồ Văn Thắng", "Bí thư chi bộ", "Nguyễn Thị Thu Hiền",
    att(17, 17),
    True, [vote("Nghị quyết tháng 9/2015", 17, None, None, 100)],
    [task("Cao Xuân Tâm", "chỉ đạo các tổ chuyên môn hoàn thành kế hoạch giảng dạy", "15/9/2015"),
     task("Phan Thị Lê Na", "phối hợp giáo viên chủ nhiệm vận động 03 em có nguy cơ bỏ học trở lại lớp, báo cáo "
          "chi bộ", "kỳ họp tháng 10"),
     task("Thái Văn Hào", "công khai các khoản thu trên bảng tin nhà trường", None)],
    [])})

# --- 2. October 2015: "Kỳ họp tháng 10", approved but nothing voted
s03.append({"blocks": [
    C("Kỳ họp tháng 10 năm 2015"),
    P("Thời gian: 16 giờ 45 phút đến 18 giờ 30 phút ngày 5-10-2015, tại Phòng Hội đồng."),
    P("Đảng viên tham dự: 16/17; vắng 01 đ/c Trần Quốc Việt (đi tập huấn chuyên môn tại Sở GD&ĐT)."),
    P("Chủ tọa: đ/c Hồ Văn Thắng. Thư ký: đ/c Nguyễn Thị Thu Hiền."),
    P("1. Đánh giá tháng 9: các tổ chuyên môn đã nộp kế hoạch đúng hạn; 02/03 em có nguy cơ bỏ học đã trở lại lớp, "
      "01 em theo gia đình vào Bình Dương; công khai các khoản thu ngày 12/9; khảo sát đầu năm môn Toán lớp 9 còn "
      "thấp, 38% dưới trung bình."),
    P("2. Nhiệm vụ tháng 10: tổ chức hội giảng chào mừng Ngày Nhà giáo Việt Nam 20/11; phụ đạo học sinh yếu môn "
      "Toán, Ngữ văn lớp 9; kiểm tra nội bộ 04 giáo viên; phòng, chống dịch sốt xuất huyết trong trường học."),
    P("3. Ý kiến:"),
    P("- Đ/c Võ Thị Hồng Nhung: đề nghị phụ đạo vào chiều thứ Bảy để học sinh ở xa đi lại thuận tiện."),
    P("- Đ/c Lê Đình Cường: Liên đội sẽ phát động phong trào đôi bạn cùng tiến ở các lớp 9."),
    P("4. Đ/c Chủ tọa kết luận: chất lượng lớp 9 là nhiệm vụ số một của năm học, phụ đạo phải có giáo án riêng, "
      "kiểm tra kết quả hằng tháng. Giao đ/c Cao Xuân Tâm xếp thời khoá biểu phụ đạo chiều thứ Bảy, xong trong tuần "
      "này; đ/c Đậu Đức Thiện phụ trách phong trào vệ sinh, diệt lăng quăng trong khuôn viên trường."),
    P("Hội nghị kết thúc lúc 18 giờ 30 phút. Biên bản đọc lại, hội nghị nhất trí thông qua."),
    S(["THƯ KÝ", "Nguyễn Thị Thu Hiền"], ["CHỦ TỌA", "Hồ Văn Thắng"]),
], "truth": minute(
    meeting("regular", "2015-10-05", "16:45", "18:30", "Phòng Hội đồng", CELL3, COM3),
    "Hồ Văn Thắng", None, "Nguyễn Thị Thu Hiền",
    att(17, 16, [A("Trần Quốc Việt", "đi tập huấn chuyên môn tại Sở GD&ĐT", True)]),
    True, [],
    [task("Cao Xuân Tâm", "xếp thời khoá biểu phụ đạo chiều thứ Bảy", "tuần này"),
     task("Đậu Đức Thiện", "phụ trách phong trào vệ sinh, diệt lăng quăng trong khuôn viên trường", None)],
    ["missing_vote"])})

# --- 3. November 2015: only the thematic meeting (the regular one is put off to December), 80 minutes
s03.append({"blocks": [
    C("SINH HOẠT CHUYÊN ĐỀ"),
    C("Chủ đề: " + TOPIC33, bold=False, italic=True),
    P("Do tháng 11 nhà trường tập trung tổ chức hội giảng chào mừng Ngày Nhà giáo Việt Nam, chi bộ thống nhất "
      "tháng này chỉ sinh hoạt chuyên đề, nội dung sinh hoạt thường kỳ tháng 11 đưa vào kỳ họp tháng 12.",
      italic=True),
    P("Thời gian: từ 16 giờ 00 đến 17 giờ 20 phút, ngày 16/11/2015. Địa điểm: Phòng Hội đồng."),
    P("Đảng viên tham dự: 16/17 đồng chí; vắng: đ/c Võ Thị Hồng Nhung (nghỉ sinh con)."),
    P("Chủ tọa: đ/c Hồ Văn Thắng, Bí thư chi bộ. Thư ký hội nghị: đ/c Nguyễn Thị Thu Hiền."),
    P("Đồng chí Cao Xuân Tâm trình bày nội dung chủ đề năm 2015 và liên hệ: đa số đảng viên trung thực trong đánh "
      "giá học sinh, không chạy theo thành tích; còn có giáo viên dạy thêm chưa đúng quy định, có lúc chưa gần gũi "
      "cha mẹ học sinh."),
    P("Ý kiến: đ/c Trần Quốc Việt đề nghị đưa nội dung làm theo vào tiêu chí thi đua của từng tổ chuyên môn. Đ/c "
      "Hoàng Thị Thanh Thuỷ đề nghị chấm dứt dạy thêm tại nhà đối với học sinh lớp mình chủ nhiệm."),
    P("Đồng chí Chủ tọa kết luận: mỗi đảng viên đăng ký ít nhất một việc làm theo gương Bác, gắn với hội giảng và "
      "kết quả dạy học; nghiêm cấm dạy thêm trái quy định. Giao đ/c Lê Đình Cường (Bí thư Chi đoàn) tổ chức cho "
      "đoàn viên, học sinh đăng ký việc làm theo gương Bác, xong trước 30/11/2015."),
    P("Hội nghị nhất trí 100% với nội dung chuyên đề và kết luận của đồng chí Chủ tọa."),
    P("Kết thúc lúc 17 giờ 20 phút. Biên bản đã được đọc lại và thông qua."),
    S(["THƯ KÝ HỘI NGHỊ", "Nguyễn Thị Thu Hiền"], ["CHỦ TỌA", "Hồ Văn Thắng"]),
], "truth": minute(
    meeting("thematic", "2015-11-16", "16:00", "17:20", "Phòng Hội đồng", CELL3, COM3, topic=TOPIC33),
    "Hồ Văn Thắng", "Bí thư chi bộ", "Nguyễn Thị Thu Hiền",
    att(17, 16, [A("Võ Thị Hồng Nhung", "nghỉ sinh con", True)]),
    True, [vote("Nội dung chuyên đề và kết luận", None, None, None, 100)],
    [task("Lê Đình Cường", "tổ chức cho đoàn viên, học sinh đăng ký việc làm theo gương Bác", "30/11/2015")],
    ["short_meeting"])})

# --- 4. December 2015: year-end grading; one teacher absent "không báo cáo"
s03.append({"blocks": [
    C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 12/2015"),
    P("Hôm nay, ngày 10 tháng 12 năm 2015, từ 14 giờ 00 đến 17 giờ 00, tại Phòng Hội đồng nhà trường, Chi bộ "
      "Trường THCS Diễn Hoà họp thường kỳ (gồm cả nội dung tháng 11) và kiểm điểm cuối năm 2015."),
    P("Đảng viên tham dự: 16/17; vắng 01: đ/c Thái Văn Hào (không báo cáo). Chủ tọa: đồng chí Hồ Văn Thắng, Bí "
      "thư chi bộ. Thư ký: đồng chí Nguyễn Thị Thu Hiền."),
    P("1. Kết quả tháng 11: hội giảng có 14 tiết dạy, xếp loại giỏi 09 tiết; 100% đoàn viên, học sinh đăng ký việc "
      "làm theo gương Bác; phụ đạo lớp 9 đều đặn, bài kiểm tra Toán dưới trung bình giảm còn 21%."),
    P("2. Kiểm điểm năm 2015: đồng chí Bí thư đọc báo cáo kiểm điểm của chi bộ; từng đảng viên tự nhận xét. Đ/c "
      "Trần Quốc Việt góp ý: đ/c Thái Văn Hào nhiều lần nộp hồ sơ chậm, lần này vắng không báo. Đ/c Đậu Đức Thiện "
      "đề nghị chi bộ sớm giới thiệu quần chúng ưu tú đi học lớp cảm tình Đảng."),
    P("3. Bỏ phiếu đề nghị xếp loại chi bộ: 15/16 phiếu đề nghị chi bộ Trong sạch, vững mạnh, đạt 93,75%."),
    P("4. Phương hướng tháng 12 và tháng 01/2016: thi học kỳ I nghiêm túc; sơ kết học kỳ; chuẩn bị Tết Bính Thân "
      "cho học sinh nghèo; giới thiệu 02 quần chúng đi học lớp cảm tình Đảng."),
    P("Đồng chí Chủ tọa kết luận: chi bộ hoàn thành tốt nhiệm vụ năm 2015, cần khắc phục việc một số đảng viên chấp "
      "hành chưa nghiêm chế độ báo cáo. Giao đ/c Cao Xuân Tâm chỉ đạo ra đề, coi và chấm thi học kỳ I theo đúng "
      "quy chế; đ/c Lê Đình Cường lập danh sách 02 quần chúng ưu tú, trình chi bộ trước ngày 25/12/2015."),
    P("Hội nghị biểu quyết thông qua nghị quyết tháng 12: 16/16 đồng chí tán thành."),
    P("Hội nghị kết thúc lúc 17 giờ 00. Biên bản đã đọc lại, hội nghị thông qua."),
    S(["THƯ KÝ HỘI NGHỊ", "", "Nguyễn Thị Thu Hiền"], ["T/M CHI BỘ", "BÍ THƯ", "Hồ Văn Thắng"]),
], "truth": minute(
    meeting("regular", "2015-12-10", "14:00", "17:00", "Phòng Hội đồng nhà trường", CELL3, COM3),
    "Hồ Văn Thắng", "Bí thư chi bộ", "Nguyễn Thị Thu Hiền",
    att(17, 16, [A("Thái Văn Hào", "không báo cáo", False)]),
    True, [vote("Bỏ phiếu đề nghị xếp loại chi bộ Trong sạch, vững mạnh", 15, None, None, 93.75),
           vote("Nghị quyết tháng 12/2015", 16)],
    [task("Cao Xuân Tâm", "chỉ đạo ra đề, coi và chấm thi học kỳ I theo đúng quy chế", None),
     task("Lê Đình Cường", "lập danh sách 02 quần chúng ưu tú, trình chi bộ", "25/12/2015")],
    ["unexcused_absence"])})

DOCS.append({
    "name": "s03-nghean-school-book-2015", "folder": "dev",
    "style": {"family": "dejavu", "size": 11.5, "justify": True, "indent": 26, "spacing": 1.3,
              "head": "Biên bản sinh hoạt chi bộ - Năm học 2015-2016", "foot": "Tr. {n}"},
    "between": 24,
    "minutes": s03,
    "flags": ["missing_month"],
    "scans": [{"name": "s11-nghean-school-book-scan-moderate", "folder": "dev", "damage": "moderate",
               "seed": 1103, "dpi": 200}],
})

# =================================================================================================
# single minutes
# =================================================================================================

# --- s04: Lạng Sơn, a Tày border village, August 2016; the old "Hội nghị" wording; clean
DOCS.append({
    "name": "s04-langson-tay-village-hoinghi-2016-clean", "folder": "dev",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 32, "spacing": 1.3, "foot": "- {n} -"},
    "minutes": [{"blocks": [
        HD(["ĐẢNG UỶ XÃ TÂN THANH", "CHI BỘ THÔN NÀ PÀN", "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM",
                                                            "Tân Thanh, ngày 06 tháng 8 năm 2016"]),
        C("BIÊN BẢN HỘI NGHỊ CHI BỘ THÁNG 8 NĂM 2016"),
        G(4),
        P("Hôm nay, vào hồi 08 giờ 00 ngày 06/8/2016, tại Nhà văn hoá thôn Nà Pàn, Chi bộ thôn Nà Pàn tiến hành hội "
          "nghị thường kỳ tháng 8 năm 2016."),
        P("Đảng viên tham dự: 14/15 đồng chí. Vắng 01 đồng chí: Lương Văn Toản (đi làm thuê ở cửa khẩu, có báo). "
          "Chi bộ không có đảng viên miễn sinh hoạt."),
        P("Đại biểu dự: đồng chí Hoàng Thị Lụa, Đảng uỷ viên, phụ trách thôn."),
        P("Chủ toạ: đồng chí Nông Văn Hậu - Bí thư chi bộ."),
        P("Thư ký hội nghị: đồng chí Hoàng Thị Mến."),
        H("PHẦN I: THÔNG TIN THỜI SỰ"),
        P("Đồng chí Bí thư thông tin kết quả bầu cử đại biểu Quốc hội khoá XIV và đại biểu HĐND các cấp nhiệm kỳ "
          "2016 - 2021; tình hình biên giới, thủ đoạn vận chuyển hàng lậu, pháo nổ qua đường mòn; giá hồi khô năm "
          "nay giảm so với năm trước, tư thương ép giá hồi tươi."),
        H("PHẦN II: KẾT QUẢ THÁNG 7"),
        P("Thôn trồng mới 12 ha keo, 03 ha hồi; làm được 180 m đường bê tông từ nguồn xi măng hỗ trợ của huyện; "
          "không có trường hợp tiếp tay vận chuyển hàng cấm. Hạn chế: một số hộ thả rông trâu bò phá rừng trồng; 02 "
          "thanh niên sang bên kia biên giới làm thuê không khai báo với thôn."),
        H("PHẦN III: NHIỆM VỤ THÁNG 8"),
        P("- Thu hái hồi vụ mùa, không hái non; khuyến khích phơi khô để bán được giá."),
        P("- Tiếp tục làm đường bê tông theo phương châm Nhà nước và nhân dân cùng làm."),
        P("- Phòng, chống lũ quét, sạt lở đất; di dời 02 hộ ở chân đồi Phja Khao khi có mưa to."),
        P("- Quản lý nhân khẩu, người lạ ra vào thôn; không tiếp tay cho buôn lậu."),
        H("PHẦN IV: THẢO LUẬN"),
        P("- Đồng chí Lộc Văn Sình (Trưởng thôn): xi măng của xã đã về 40 tấn, thôn thiếu ngày công, đề nghị mỗi hộ "
          "góp 05 công lao động."),
        P("- Đồng chí Vi Thị Hằng: nhiều chị em bán hồi tươi vì cần tiền gấp, đề nghị vận động phơi khô, Chi hội Phụ "
          "nữ sẽ hướng dẫn cách sấy."),
        P("- Đồng chí Chu Văn Páo (Công an viên): tuần trước có người lạ vào thôn hỏi thuê người gùi hàng qua biên "
          "giới, đã báo Đồn Biên phòng."),
        H("PHẦN V: KẾT LUẬN VÀ NGHỊ QUYẾT"),
        P("Đồng chí chủ toạ kết luận: hội nghị thống nhất nghị quyết tháng 8 với ba nhiệm vụ trọng tâm: thu hái và "
          "bảo quản hồi; hoàn thành đường bê tông đầu thôn; giữ vững an ninh biên giới. Phân công:"),
        P("- Đồng chí Lộc Văn Sình vận động các hộ góp ngày công, hoàn thành 350 m đường bê tông từ đầu thôn đến "
          "khe Khuổi Mạ trước ngày 30/9/2016."),
        P("- Đồng chí Chu Văn Páo nắm tình hình người lạ ra vào thôn, báo cáo chi bộ hằng tuần."),
        P("- Đồng chí Vi Thị Hằng cùng Chi hội Phụ nữ hướng dẫn các hộ phơi sấy hồi đúng kỹ thuật trong mùa hồi năm "
          "nay."),
        P("Hội nghị biểu quyết thông qua nghị quyết: 14/14 đồng chí tán thành, không có ý kiến khác."),
        P("Hội nghị kết thúc hồi 10 giờ 15 phút cùng ngày. Biên bản đã được đọc lại cho hội nghị nghe và nhất trí "
          "thông qua."),
        S(["THƯ KÝ HỘI NGHỊ", "Hoàng Thị Mến"], ["CHỦ TOẠ", "Nông Văn Hậu"]),
    ], "truth": minute(
        meeting("regular", "2016-08-06", "08:00", "10:15", "Nhà văn hoá thôn Nà Pàn", "CHI BỘ THÔN NÀ PÀN",
                "ĐẢNG UỶ XÃ TÂN THANH"),
        "Nông Văn Hậu", "Bí thư chi bộ", "Hoàng Thị Mến",
        att(15, 14, [A("Lương Văn Toản", "đi làm thuê ở cửa khẩu, có báo", True)],
            guests=[GU("Hoàng Thị Lụa", "Đảng uỷ viên, phụ trách thôn")]),
        True, [vote("Nghị quyết tháng 8/2016", 14, None, 0)],
        [task("Lộc Văn Sình", "vận động các hộ góp ngày công, hoàn thành 350 m đường bê tông từ đầu thôn đến khe "
              "Khuổi Mạ", "30/9/2016"),
         task("Chu Văn Páo", "nắm tình hình người lạ ra vào thôn, báo cáo chi bộ", "hằng tuần"),
         task("Vi Thị Hằng", "cùng Chi hội Phụ nữ hướng dẫn các hộ phơi sấy hồi đúng kỹ thuật", "mùa hồi năm nay")],
        [])}],
})

# --- s05: Hà Nội old quarter ward, September 2018, regular + Q3 thematic in 110 minutes; absentee table
TOPIC5 = "Giữ gìn nếp sống người Hà Nội thanh lịch, văn minh ở khu phố cổ"
DOCS.append({
    "name": "s05-hanoi-oldquarter-combined-110min-absentee-table", "folder": "dev",
    "style": {"family": "dvsans", "size": 10.5, "justify": True, "indent": 0, "spacing": 1.4, "para_gap": 4,
              "foot": "Trang {n}/{N}"},
    "minutes": [{"blocks": [
        HD(["ĐẢNG BỘ PHƯỜNG ĐỒNG XUÂN", "CHI BỘ SỐ 5", "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM",
                                                        "Hà Nội, ngày 13 tháng 9 năm 2018"]),
        C("BIÊN BẢN"),
        C("SINH HOẠT CHI BỘ THÁNG 9 NĂM 2018"),
        C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ III"),
        G(6),
        L("* Thời gian: Bắt đầu 19h30, ngày 13/9/2018."),
        L("* Địa điểm: Trụ sở Tổ dân phố số 5, số 12 Hàng Chiếu."),
        L("* Thành phần:"),
        P("Tổng số đảng viên: 31 đồng chí, trong đó 06 đồng chí miễn sinh hoạt do tuổi cao, sức yếu. Đảng viên có "
          "mặt: 23/25 đồng chí phải dự; vắng 02 đồng chí, cụ thể như sau:", indent=16),
        ("table", [(0.10, "STT", "c"), (0.45, "Họ tên đảng viên", "l"), (0.45, "Lý do vắng", "l")],
         [["1", "Đào Thị Bích Ngọc", "Đi công tác Đà Nẵng"], ["2", "Lê Mạnh Cường", "Không lý do"]],
         {"head_center": True}),
        P("Chủ trì: đồng chí Tạ Quang Minh – Bí thư Chi bộ. Thư ký: đồng chí Nguyễn Thị Hồng Hạnh.", indent=16),
        H("PHẦN THỨ NHẤT: SINH HOẠT THƯỜNG KỲ"),
        P("1. Thông tin: đồng chí Bí thư phổ biến chỉ đạo của Quận uỷ về phòng cháy, chữa cháy tại các khu phố cổ "
          "sau vụ cháy nhà ống trên phố Hàng Lược; kế hoạch tổ chức Trung thu phố cổ năm 2018.", indent=16),
        P("2. Kết quả tháng 8: tổ chức trang trọng kỷ niệm 73 năm Cách mạng tháng Tám và Quốc khánh 2/9, 100% hộ treo "
          "cờ; vận động 14 hộ kinh doanh dọn hàng khỏi vỉa hè; thu đảng phí đầy đủ. Hạn chế: hàng rong tái diễn quanh "
          "chợ Đồng Xuân; còn nhiều hộ ở tầng trên chưa có bình chữa cháy, lối thoát nạn bị chắn bằng khung sắt.",
          indent=16),
        P("3. Nhiệm vụ tháng 9: vận động 100% hộ trang bị bình chữa cháy; tổ chức Trung thu cho thiếu nhi; tuyên "
          "truyền quy tắc ứng xử nơi công cộng trên địa bàn thành phố.", indent=16),
        H("PHẦN THỨ HAI: SINH HOẠT CHUYÊN ĐỀ"),
        P("Chuyên đề: “" + TOPIC5 + "”. Đồng chí Nguyễn Thị Hồng Hạnh trình bày, liên hệ thực tế: còn tình trạng "
          "chèo kéo, nói thách với khách du lịch; quán ăn đêm gây ồn; một số gia đình chưa quan tâm dạy con cháu ăn "
          "nói lễ phép.", indent=16),
        H("THẢO LUẬN"),
        P("- Đồng chí Phùng Văn Thạch: các hộ cho thuê mặt bằng phải chịu trách nhiệm về người thuê, đưa vào cam kết "
          "gia đình văn hoá.", indent=16),
        P("- Đồng chí Trần Thị Tuyết Mai: đề nghị tổ chức Trung thu truyền thống, có thi bày cỗ, làm đèn ông sao để "
          "các cháu biết nếp xưa của phố.", indent=16),
        P("- Đồng chí Lã Đức Long (Tổ trưởng tổ dân phố): qua kiểm tra có 23 hộ chưa có bình chữa cháy, phần lớn là "
          "hộ cho thuê trọ.", indent=16),
        H("KẾT LUẬN"),
        P("Đồng chí Bí thư kết luận: chi bộ thống nhất các nhiệm vụ tháng 9 và nội dung chuyên đề; mỗi đảng viên gương "
          "mẫu, nhắc nhở gia đình mình trước. Phân công:", indent=16),
        P("- Đồng chí Lã Đức Long: lập danh sách hộ chưa có bình chữa cháy, phối hợp Cảnh sát khu vực kiểm tra, xong "
          "trước 30/9/2018.", indent=16),
        P("- Đồng chí Trần Thị Tuyết Mai: tổ chức Trung thu cho thiếu nhi tổ dân phố vào tối 23/9/2018.", indent=16),
        P("- Đồng chí Phùng Văn Thạch: vận động các hộ kinh doanh ký cam kết không chèo kéo khách, trong tháng 9.",
          indent=16),
        P("Biểu quyết: tán thành 22/23 đồng chí; 01 đồng chí không biểu quyết.", indent=16),
        P("Buổi sinh hoạt kết thúc lúc 21h20 cùng ngày. Biên bản đã được đọc lại và thông qua.", indent=16),
        S(["THƯ KÝ", "", "Nguyễn Thị Hồng Hạnh"], ["T/M CHI BỘ", "BÍ THƯ", "Tạ Quang Minh"]),
    ], "truth": minute(
        meeting("regular", "2018-09-13", "19:30", "21:20", "Trụ sở Tổ dân phố số 5, số 12 Hàng Chiếu", "CHI BỘ SỐ 5",
                "ĐẢNG BỘ PHƯỜNG ĐỒNG XUÂN", topic=TOPIC5),
        "Tạ Quang Minh", "Bí thư Chi bộ", "Nguyễn Thị Hồng Hạnh",
        att(31, 23, [A("Đào Thị Bích Ngọc", "Đi công tác Đà Nẵng", True), A("Lê Mạnh Cường", "Không lý do", False)],
            exempt=6),
        True, [vote("Nghị quyết tháng 9 và chuyên đề quý III", 22, None, 1)],
        [task("Lã Đức Long", "lập danh sách hộ chưa có bình chữa cháy, phối hợp Cảnh sát khu vực kiểm tra",
              "30/9/2018"),
         task("Trần Thị Tuyết Mai", "tổ chức Trung thu cho thiếu nhi tổ dân phố", "tối 23/9/2018"),
         task("Phùng Văn Thạch", "vận động các hộ kinh doanh ký cam kết không chèo kéo khách", "tháng 9")],
        ["short_meeting", "unexcused_absence"])}],
})

# --- s06: Sơn La, a H'Mông border village, June 2017; date in words, no headings
DOCS.append({
    "name": "s06-sonla-hmong-village-low-nodiscussion-notapproved", "folder": "dev",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 24, "spacing": 1.3},
    "minutes": [{"blocks": [
        HD(["ĐẢNG UỶ XÃ LÓNG SẬP", "CHI BỘ BẢN HUA KHAO"], ["ĐẢNG CỘNG SẢN VIỆT NAM",
                                                           "Lóng Sập, ngày 20 tháng 6 năm 2017"]),
        C("BIÊN BẢN HỌP CHI BỘ THÁNG 6 NĂM 2017"),
        G(4),
        P("Hôm nay, ngày hai mươi tháng sáu năm hai nghìn không trăm mười bảy, từ 19 giờ đến 20 giờ 45, tại nhà văn "
          "hoá bản Hua Khao, Chi bộ bản Hua Khao họp sinh hoạt thường kỳ tháng 6."),
        P("Chi bộ có mười tám đảng viên. Có mặt mười lăm đồng chí. Vắng ba đồng chí: Sồng A Dê đi làm thuê bên "
          "Lào chưa về (có "
          "báo), Lầu A Tráng đi nương xa (có báo), Vàng A Pó không lý do."),
        P("Đồng chí Giàng A Chứ, Bí thư chi bộ chủ trì, đồng chí Mùa A Sình ghi biên bản."),
        P("Đồng chí Bí thư báo cáo tình hình tháng 5: bà con đã trồng xong 46 ha ngô trên nương, 4 ha lúa nương; "
          "trồng mới 2,5 ha mận hậu theo dự án của huyện; 100% trẻ em trong độ tuổi được tiêm chủng. Tồn tại: còn 2 "
          "gia đình để con tảo hôn; đường vào bản bị sạt 2 chỗ sau trận mưa ngày 28/5, xe máy đi lại khó khăn; một "
          "số hộ chưa làm chuồng trâu xa nhà."),
        P("Nhiệm vụ tháng 6: làm cỏ, bón phân cho ngô; kiểm tra, phát hiện và nhổ bỏ cây thuốc phiện trồng xen trên "
          "nương; vận động không tảo hôn, không kết hôn cận huyết thống; huy động bà con sửa đường, khơi rãnh thoát "
          "nước trước mùa mưa to; tiêm phòng cho đàn trâu bò, đàn lợn."),
        P("Chi bộ thảo luận và nhất trí với báo cáo của đồng chí Bí thư."),
        P("Đồng chí Bí thư kết luận: tháng 6 việc quan trọng nhất là giữ bản không có cây thuốc phiện và không có "
          "tảo hôn, đảng viên phải làm trước để bà con làm theo. Giao đồng chí Thào A Sử (Trưởng bản) phối hợp Đồn "
          "Biên phòng kiểm tra các nương giáp biên, phát hiện cây thuốc phiện trồng xen, xong trước 30/6/2017; giao "
          "đồng chí Mùa Thị Dua vận động các gia đình không cho con tảo hôn, làm thường xuyên."),
        P("Chi bộ biểu quyết 15/15 nhất trí."),
        P("Cuộc họp kết thúc lúc 20 giờ 45 phút."),
        S(["NGƯỜI GHI BIÊN BẢN", "Mùa A Sình"], ["BÍ THƯ CHI BỘ", "Giàng A Chứ"]),
    ], "truth": minute(
        meeting("regular", "2017-06-20", "19:00", "20:45", "nhà văn hoá bản Hua Khao", "CHI BỘ BẢN HUA KHAO",
                "ĐẢNG UỶ XÃ LÓNG SẬP"),
        "Giàng A Chứ", "Bí thư chi bộ", "Mùa A Sình",
        att(18, 15, [A("Sồng A Dê", "đi làm thuê bên Lào chưa về (có báo)", True),
                     A("Lầu A Tráng", "đi nương xa (có báo)", True), A("Vàng A Pó", "không lý do", False)]),
        True, [vote("Nghị quyết tháng 6/2017", 15)],
        [task("Thào A Sử", "phối hợp Đồn Biên phòng kiểm tra các nương giáp biên, phát hiện cây thuốc phiện trồng "
              "xen", "30/6/2017"),
         task("Mùa Thị Dua", "vận động các gia đình không cho con tảo hôn", "thường xuyên")],
        ["low_attendance", "no_discussion", "not_approved", "unexcused_absence"])}],
    "scans": [{"name": "s12-sonla-hmong-village-scan-photocopy", "folder": "dev", "damage": "photocopy",
               "seed": 1206, "dpi": 200}],
})

# --- s07: Nam Định garment company, April 2019: a printed form typed in; the vote line left as dots
DOCS.append({
    "name": "s07-namdinh-garment-form-dotted-vote", "folder": "dev",
    "style": {"family": "mono", "size": 10, "justify": False, "indent": 0, "spacing": 1.35, "para_gap": 3,
              "left": 70, "right": 50},
    "minutes": [{"blocks": [
        HD(["ĐẢNG BỘ CÔNG TY CP MAY NAM THÀNH", "CHI BỘ XƯỞNG MAY 2", "Số: ……/BB-CB"],
           ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nam Định, ngày 12 tháng 4 năm 2019"]),
        C("BIÊN BẢN SINH HOẠT CHI BỘ"),
        C("Tháng 04 năm 2019", bold=False),
        G(6),
        L("1. Thời gian: bắt đầu lúc 15 giờ 30 phút, ngày 12/4/2019; kết thúc lúc 17 giờ 00 phút."),
        L("2. Địa điểm: Phòng họp Xưởng May 2."),
        L("3. Thành phần:"),
        L("- Tổng số đảng viên của chi bộ: 22 đ/c; miễn sinh hoạt: 0 đ/c."),
        L("- Có mặt: 21 đ/c; vắng: 01 đ/c (có lý do: 01; không lý do: 0)."),
        L("- Họ tên đảng viên vắng, lý do: Phạm Thị Duyên – nghỉ ốm."),
        L("- Khách mời: ……"),
        L("4. Chủ trì: đ/c Đoàn Văn Phúc – Bí thư chi bộ, Quản đốc xưởng."),
        L("5. Thư ký: đ/c Trần Thị Mai Phương."),
        L("6. Nội dung:"),
        L("a) Thông tin thời sự, phổ biến văn bản: đ/c Bí thư phổ biến Nghị quyết của Đảng uỷ Công ty về sản xuất quý "
          "II; thông tin các đơn hàng xuất khẩu đi Mỹ, Nhật Bản tăng, yêu cầu chất lượng cao hơn.", hang=14),
        L("b) Đánh giá tháng 3: xưởng hoàn thành 102% kế hoạch sản lượng, xuất 03 container áo jacket đúng hẹn; thu "
          "nhập bình quân công nhân 6,8 triệu đồng/tháng. Tồn tại: tỷ lệ hàng lỗi chuyền 4 còn cao (4,5%) do nhiều "
          "công nhân mới; 02 công nhân bị kim đâm vào tay do tháo tấm chắn kim.", hang=14),
        L("c) Phương hướng tháng 4: giao đủ 02 đơn hàng áo sơ mi trước 30/4; giảm tỷ lệ hàng lỗi; kiểm tra an toàn "
          "lao động, phòng cháy chữa cháy; phát triển đảng viên trong công nhân trực tiếp sản xuất.", hang=14),
        L("d) Ý kiến thảo luận:", hang=14),
        L("- Đ/c Vũ Văn Khải: tấm chắn kim một số máy bị lỏng, công nhân tháo ra cho nhanh, cần kiểm tra thường "
          "xuyên và xử lý người tự ý tháo.", hang=14),
        L("- Đ/c Trần Thị Thu Trang (Tổ trưởng tổ 4): công nhân mới cần có người kèm từng thao tác, đề nghị mỗi "
          "đảng viên trong tổ nhận kèm 01 người.", hang=14),
        L("- Đ/c Lưu Đức Mạnh: Chi đoàn đã chọn được 02 quần chúng ưu tú, đề nghị chi bộ cho đi học lớp nhận thức "
          "về Đảng đợt tới.", hang=14),
        L("đ) Kết luận của đồng chí chủ trì: chi bộ thống nhất các nhiệm vụ tháng 4, trọng tâm là chất lượng hàng và "
          "an toàn lao động. Giao đ/c Trần Thị Thu Trang kèm cặp công nhân mới chuyền 4, đưa tỷ lệ hàng lỗi xuống "
          "dưới 2% trong tháng 4/2019; đ/c Vũ Văn Khải kiểm tra tấm chắn kim, hệ thống điện các chuyền may hằng "
          "tuần; đ/c Lưu Đức Mạnh hoàn thiện hồ sơ 02 quần chúng ưu tú đi học lớp nhận thức về Đảng trước ngày "
          "25/4/2019.", hang=14),
        L("e) Biểu quyết: Tán thành: …… đ/c; Không tán thành: …… đ/c; Ý kiến khác: ……", hang=14),
        L("Biên bản kết thúc lúc 17 giờ 00 phút, đã đọc lại cho các đồng chí dự họp nghe và nhất trí thông qua."),
        S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "Trần Thị Mai Phương"], ["CHỦ TRÌ", "(Ký, ghi rõ họ tên)",
                                                                    "Đoàn Văn Phúc"]),
    ], "truth": minute(
        meeting("regular", "2019-04-12", "15:30", "17:00", "Phòng họp Xưởng May 2", "CHI BỘ XƯỞNG MAY 2",
                "ĐẢNG BỘ CÔNG TY CP MAY NAM THÀNH"),
        "Đoàn Văn Phúc", "Bí thư chi bộ", "Trần Thị Mai Phương",
        att(22, 21, [A("Phạm Thị Duyên", "nghỉ ốm", True)]),
        True, [],
        [task("Trần Thị Thu Trang", "kèm cặp công nhân mới chuyền 4, đưa tỷ lệ hàng lỗi xuống dưới 2%",
              "tháng 4/2019"),
         task("Vũ Văn Khải", "kiểm tra tấm chắn kim, hệ thống điện các chuyền may", "hằng tuần"),
         task("Lưu Đức Mạnh", "hoàn thiện hồ sơ 02 quần chúng ưu tú đi học lớp nhận thức về Đảng", "25/4/2019")],
        ["missing_vote", "unfilled_template"])}],
})

# --- s08: Hà Tĩnh, district military command staff cell, an extraordinary meeting in the October 2020 floods
DOCS.append({
    "name": "s08-hatinh-military-extraordinary-flood-70min", "folder": "dev",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 36, "spacing": 1.25},
    "minutes": [{"blocks": [
        HD(["ĐẢNG BỘ QUÂN SỰ TỈNH HÀ TĨNH", "ĐẢNG ỦY QUÂN SỰ HUYỆN HƯƠNG KHÊ", "CHI BỘ BAN THAM MƯU", "*"],
           ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hương Khê, ngày 17 tháng 10 năm 2020"], bold_left=(2,), size=11.5),
        C("BIÊN BẢN"),
        C("HỌP CHI BỘ BẤT THƯỜNG"),
        C("V/v lãnh đạo lực lượng ứng phó mưa lũ, cứu hộ, cứu nạn", bold=False, italic=True),
        G(4),
        P("Thời gian: từ 05 giờ 30 phút đến 06 giờ 40 phút, ngày 17/10/2020."),
        P("Địa điểm: Phòng họp Ban Chỉ huy Quân sự huyện."),
        P("Quân số đảng viên: 11 đồng chí; có mặt 10 đồng chí; vắng 01 đồng chí (Đại úy Nguyễn Hữu Nam đang chỉ huy "
          "lực lượng cứu hộ tại xã Hương Thủy)."),
        P("Chủ trì: Thượng tá Phan Văn Hòa, Bí thư chi bộ, Phó Chỉ huy trưởng - Tham mưu trưởng. Thư ký: Trung úy Lê "
          "Quang Vũ."),
        H("1. Tình hình"),
        P("Do ảnh hưởng của không khí lạnh kết hợp với áp thấp nhiệt đới, từ ngày 14/10 đến nay trên địa bàn huyện "
          "mưa rất to, nước sông Ngàn Sâu dâng cao; 12 xã bị ngập sâu, nhiều thôn bị chia cắt; đường Hồ Chí Minh đoạn "
          "qua huyện ngập từ 0,5 đến 1,5 m. Đêm qua xã Hương Trạch còn 37 hộ chưa sơ tán, trong đó có người già, trẻ "
          "nhỏ. Lực lượng thường trực của cơ quan đã điều 02 tổ đi các xã Hương Thủy, Hương Đô."),
        H("2. Ý kiến"),
        P("- Thiếu tá Đinh Xuân Trường (Trợ lý tác chiến): còn 02 xuồng máy, 01 xuồng cần sửa gấp; đề nghị xin thêm "
          "phao cứu sinh của tỉnh."),
        P("- Đại úy Hồ Sỹ Tuấn: thông tin từ các xã báo về chậm vì mất điện, mất sóng, cần cử người trực bộ đàm."),
        P("- Thượng úy Nguyễn Thị Lan (Trợ lý quân y): chuẩn bị được 03 cơ số thuốc, thiếu thuốc tiêu chảy và thuốc "
          "sát khuẩn cho vùng ngập."),
        H("3. Kết luận của đồng chí Bí thư"),
        P("Chi bộ thống nhất tập trung toàn bộ lực lượng, phương tiện cho cứu hộ, ưu tiên sơ tán dân ở Hương Trạch "
          "trong buổi sáng; tuyệt đối an toàn cho người và phương tiện; đảng viên phải đi đầu ở nơi khó khăn nhất."),
        P("- Thiếu tá Đinh Xuân Trường chỉ huy 01 tổ xuồng (12 đồng chí) cơ động đến xã Hương Trạch sơ tán dân vùng "
          "ngập, có mặt chậm nhất 07 giờ 30 phút ngày 17/10/2020."),
        P("- Đại úy Hồ Sỹ Tuấn nắm tình hình mưa lũ ở các xã, báo cáo Ban Chỉ huy 2 giờ một lần."),
        P("- Thượng úy Nguyễn Thị Lan chuẩn bị cơ số thuốc, dụng cụ sơ cứu, đi cùng tổ xuồng suốt thời gian mưa lũ."),
        P("- Trung úy Lê Quang Vũ đảm bảo thông tin liên lạc, ghi nhật ký chỉ huy."),
        P("Chi bộ biểu quyết thông qua nghị quyết lãnh đạo: 10/10 đồng chí tán thành, đạt 100%."),
        P("Cuộc họp kết thúc lúc 06 giờ 40 phút. Biên bản đã đọc lại cho các đồng chí dự họp nghe và nhất trí."),
        S(["THƯ KÝ", "Trung úy Lê Quang Vũ"], ["BÍ THƯ", "Thượng tá Phan Văn Hòa"]),
    ], "truth": minute(
        meeting("regular", "2020-10-17", "05:30", "06:40", "Phòng họp Ban Chỉ huy Quân sự huyện",
                "CHI BỘ BAN THAM MƯU", "ĐẢNG ỦY QUÂN SỰ HUYỆN HƯƠNG KHÊ"),
        "Phan Văn Hòa", "Bí thư chi bộ", "Lê Quang Vũ",
        att(11, 10, [A("Nguyễn Hữu Nam", "đang chỉ huy lực lượng cứu hộ tại xã Hương Thủy", True)]),
        True, [vote("Nghị quyết lãnh đạo ứng phó mưa lũ", 10, None, None, 100)],
        [task("Đinh Xuân Trường", "chỉ huy 01 tổ xuồng (12 đồng chí) cơ động đến xã Hương Trạch sơ tán dân vùng "
              "ngập", "07 giờ 30 phút ngày 17/10/2020"),
         task("Hồ Sỹ Tuấn", "nắm tình hình mưa lũ ở các xã, báo cáo Ban Chỉ huy", "2 giờ một lần"),
         task("Nguyễn Thị Lan", "chuẩn bị cơ số thuốc, dụng cụ sơ cứu, đi cùng tổ xuồng", "suốt thời gian mưa lũ"),
         task("Lê Quang Vũ", "đảm bảo thông tin liên lạc, ghi nhật ký chỉ huy", None)],
        ["short_meeting"])}],
})

# --- s09: Ninh Bình, a village cell of a merged commune, January 2026 (the two-tier government, HD 42 era);
# the conclusion put off, tasks left for later
DOCS.append({
    "name": "s09-ninhbinh-village-2026-conclusion-deferred", "folder": "dev",
    "style": {"family": "sans", "size": 11.5, "justify": False, "indent": 22, "spacing": 1.3, "para_gap": 3},
    "minutes": [{"blocks": [
        HD(["ĐẢNG BỘ TỈNH NINH BÌNH", "ĐẢNG ỦY XÃ HẢI THỊNH", "CHI BỘ XÓM 7"],
           ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hải Thịnh, ngày 08 tháng 01 năm 2026"], bold_left=(2,)),
        C("BIÊN BẢN"),
        C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 01/2026"),
        G(6),
        H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
        L("1. Thời gian: Từ 19 giờ 30 phút đến 21 giờ 40 phút, ngày 08/01/2026."),
        L("2. Địa điểm: Nhà văn hóa xóm 7."),
        L("3. Thành phần:"),
        L("- Tổng số đảng viên: 34; miễn sinh hoạt: 07; phải dự: 27; có mặt: 27/27, đạt 100%."),
        L("- Khách mời: đồng chí Đinh Thị Hải Yến, Đảng ủy viên, Phó Chủ tịch UBND xã."),
        L("4. Chủ trì: đồng chí Trần Văn Thuận, Bí thư chi bộ kiêm Trưởng xóm."),
        L("5. Thư ký: đồng chí Phạm Thị Thu Hương."),
        H("II. NỘI DUNG"),
        P("1. Thông tin thời sự, quán triệt văn bản: công tác chuẩn bị Đại hội đại biểu toàn quốc lần thứ XIV của "
          "Đảng; Hướng dẫn 42-HD/BTCTW về nâng cao chất lượng sinh hoạt chi bộ; kế hoạch bầu cử đại biểu Quốc hội khóa "
          "XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 – 2031, ngày bầu cử 15/3/2026."),
        P("2. Kết quả tháng 12/2025: trồng 12 ha cây vụ đông (khoai tây, su hào, bắp cải); tỷ lệ tham gia bảo hiểm y "
          "tế đạt 93,5%; 96% người dân trong độ tuổi đã kích hoạt tài khoản định danh điện tử mức 2; không có vụ việc "
          "mất an ninh trật tự. Hạn chế: vỏ bao bì thuốc bảo vệ thực vật còn vứt bừa bãi ở bờ kênh; 02 hộ xây dựng "
          "công trình phụ trên đất nông nghiệp chưa được xử lý dứt điểm; tuyến đường trục xóm xuống cấp."),
        P("3. Phương hướng nhiệm vụ tháng 02/2026:"),
        P("- Tổ chức cho nhân dân đón Tết Nguyên đán Bính Ngọ vui tươi, an toàn, tiết kiệm;"),
        P("- Tuyên truyền về cuộc bầu cử, rà soát danh sách cử tri của xóm;"),
        P("- Chăm sóc, thu hoạch cây vụ đông, chuẩn bị giống, đất cho vụ xuân;"),
        P("- Bàn phương án đóng góp cải tạo đường trục xóm (dài 850 m);"),
        P("- Chi ủy sẽ phân công cụ thể từng đồng chí sau khi có kế hoạch của Đảng ủy xã."),
        P("4. Thảo luận:"),
        P("- Đồng chí Vũ Văn Thịnh: đề nghị mức đóng góp làm đường tính theo nhân khẩu, hộ nghèo được miễn."),
        P("- Đồng chí Nguyễn Thị Lành: tính theo hộ thì công bằng hơn vì nhiều hộ đông con đang đi làm xa; đề nghị "
          "lấy ý kiến cả xóm."),
        P("- Đồng chí Đinh Thị Hải Yến phát biểu: xã có cơ chế hỗ trợ xi măng cho đường trục xóm, xóm cần thống nhất "
          "phương án trước ngày 30/01 để kịp đăng ký."),
        P("5. Kết luận: đồng chí chủ trì cảm ơn ý kiến của đồng chí Phó Chủ tịch UBND xã và các đồng chí đảng viên; "
          "các ý kiến còn khác nhau về mức đóng góp làm đường, chi ủy sẽ họp và có thông báo kết luận gửi các đồng chí "
          "đảng viên sau."),
        P("6. Biểu quyết phương hướng nhiệm vụ tháng 02/2026: 26/27 đồng chí tán thành (96,3%), 01 đồng chí không "
          "tán thành."),
        P("Buổi sinh hoạt kết thúc lúc 21 giờ 40 phút cùng ngày. Biên bản đã được đọc lại trước chi bộ và được các "
          "đồng chí dự họp nhất trí thông qua."),
        S(["THƯ KÝ", "", "Phạm Thị Thu Hương"], ["T/M CHI BỘ", "BÍ THƯ", "Trần Văn Thuận"]),
    ], "truth": minute(
        meeting("regular", "2026-01-08", "19:30", "21:40", "Nhà văn hóa xóm 7", "CHI BỘ XÓM 7",
                "ĐẢNG ỦY XÃ HẢI THỊNH"),
        "Trần Văn Thuận", "Bí thư chi bộ", "Phạm Thị Thu Hương",
        att(34, 27, [], exempt=7, guests=[GU("Đinh Thị Hải Yến", "Đảng ủy viên, Phó Chủ tịch UBND xã")]),
        False, [vote("Phương hướng nhiệm vụ tháng 02/2026", 26, 1, None, 96.3)],
        [],
        ["missing_assignments", "missing_conclusion"])}],
})

# --- s10: Thanh Hóa, the commune police cell, Q3 2020 thematic meeting; ranks before names; clean
TOPIC10 = "Nâng cao tinh thần trách nhiệm, bám địa bàn, gần dân của đảng viên Công an chính quy về xã"
DOCS.append({
    "name": "s10-thanhhoa-commune-police-thematic-clean", "folder": "dev",
    "style": {"family": "dejavu", "size": 11.5, "justify": True, "indent": 28, "spacing": 1.35, "foot": "- {n} -"},
    "minutes": [{"blocks": [
        HD(["ĐẢNG BỘ XÃ QUẢNG LỢI", "CHI BỘ CÔNG AN XÃ", "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM",
                                                          "Quảng Lợi, ngày 21 tháng 8 năm 2020"]),
        C("BIÊN BẢN"),
        C("SINH HOẠT CHUYÊN ĐỀ QUÝ III NĂM 2020"),
        C("Chuyên đề: " + TOPIC10, bold=False, italic=True),
        G(4),
        P("Vào lúc 14 giờ 00 phút, ngày 21/8/2020, tại Hội trường Công an xã Quảng Lợi, Chi bộ Công an xã tổ chức "
          "sinh hoạt chuyên đề quý III năm 2020."),
        P("Tổng số đảng viên: 07 đồng chí (06 chính thức, 01 dự bị); có mặt: 07/07 đồng chí."),
        P("Dự có đồng chí Lê Đình Hải, Bí thư Đảng ủy, Chủ tịch HĐND xã."),
        P("Chủ trì: Thiếu tá Lê Văn Tuấn, Bí thư chi bộ, Trưởng Công an xã. Thư ký: Thượng úy Hoàng Thị Nga."),
        H("1. Trình bày chuyên đề"),
        P("Đại úy Nguyễn Văn Quân, Phó Bí thư chi bộ trình bày chuyên đề. Sau gần một năm bố trí Công an chính quy về "
          "xã, đơn vị đã tiếp nhận, giải quyết 14 vụ việc về an ninh trật tự, hòa giải thành 09 vụ; tiếp nhận 236 hồ "
          "sơ đăng ký cư trú; phối hợp xây dựng mô hình \"Camera an ninh\" ở 03 thôn. Hạn chế: có đảng viên chưa nắm "
          "hết hộ, người ở thôn được phân công phụ trách; việc tuần tra ban đêm ở các thôn ven biển chưa thường "
          "xuyên; có lúc tiếp dân còn nói giọng mệnh lệnh."),
        H("2. Thảo luận"),
        P("- Trung úy Phạm Văn Hiếu: mùa cá nục có nhiều lao động nơi khác đến tạm trú, chủ tàu chưa khai báo đầy đủ; "
          "đề nghị phối hợp với Ban quản lý cảng cá."),
        P("- Thượng úy Hoàng Thị Nga: dữ liệu dân cư nhập vào phần mềm còn sai sót, cần đối chiếu lại với sổ hộ khẩu "
          "từng thôn."),
        P("- Đồng chí Lê Đình Hải: Đảng ủy xã đánh giá cao Công an xã; đề nghị mỗi đồng chí gắn bó với một thôn như "
          "người của thôn, dự họp thôn đầy đủ."),
        H("3. Kết luận"),
        P("Đồng chí chủ trì kết luận: chi bộ tiếp thu ý kiến của đồng chí Bí thư Đảng ủy xã; từ tháng 9 mỗi đảng viên "
          "phụ trách cụ thể thôn, định kỳ dự họp thôn, nắm từng hộ; thái độ tiếp dân phải đúng mực. Giao đồng chí "
          "Nguyễn Văn Quân xây dựng lịch trực, phân công địa bàn phụ trách của từng đảng viên, báo cáo chi bộ trước "
          "ngày 31/8/2020; đồng chí Phạm Văn Hiếu phối hợp Ban công tác Mặt trận các thôn lắp đặt camera an ninh tại "
          "04 thôn ven biển trong quý III/2020; đồng chí Hoàng Thị Nga rà soát, cập nhật dữ liệu dân cư, hoàn thành "
          "trước 15/9/2020."),
        P("Biểu quyết: 07/07 đồng chí tán thành (100%); không tán thành: 0; ý kiến khác: 0."),
        P("Buổi sinh hoạt chuyên đề kết thúc lúc 16 giờ 00 phút cùng ngày; biên bản được thông qua trước chi bộ, các "
          "đồng chí nhất trí."),
        S(["THƯ KÝ", "Thượng úy Hoàng Thị Nga"], ["BÍ THƯ", "Thiếu tá Lê Văn Tuấn"]),
    ], "truth": minute(
        meeting("thematic", "2020-08-21", "14:00", "16:00", "Hội trường Công an xã Quảng Lợi", "CHI BỘ CÔNG AN XÃ",
                "ĐẢNG BỘ XÃ QUẢNG LỢI", topic=TOPIC10),
        "Lê Văn Tuấn", "Bí thư chi bộ", "Hoàng Thị Nga",
        att(7, 7, [], guests=[GU("Lê Đình Hải", "Bí thư Đảng ủy, Chủ tịch HĐND xã")]),
        True, [vote("Nội dung chuyên đề và kết luận", 7, 0, 0, 100)],
        [task("Nguyễn Văn Quân", "xây dựng lịch trực, phân công địa bàn phụ trách của từng đảng viên, báo cáo chi bộ",
              "31/8/2020"),
         task("Phạm Văn Hiếu", "phối hợp Ban công tác Mặt trận các thôn lắp đặt camera an ninh tại 04 thôn ven biển",
              "quý III/2020"),
         task("Hoàng Thị Nga", "rà soát, cập nhật dữ liệu dân cư", "15/9/2020")],
        [])}],
})
