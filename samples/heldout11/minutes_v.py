"""Held-out set 11, writer v (test/, `v…`): the whole country, 2015–2026. Theme: whole minute books across the years.

Written by hand, without reading the extractor (extract/**), the generator (samples/generator/**), samples/parts/**,
the bench, the other writers' modules or the earlier sets' minutes and truth files, and without running the
extractor. Rendered by samples/heldout2/make.py (`build`); blocks and truth helpers from samples/heldout2/minutes.py.
Names, places and figures are invented or used loosely; the paperwork follows /work/shared/DOMAIN.md.

Files (name -> what varies -> minute flags / book flags):

- v01-thanhhoa-village-book-2019-2020 -> minute BOOK of a Thanh Hóa village cell, Sep 2019 – May 2020, nine minutes
  on twelve pages; Serif 12.5 justified, right-aligned italic running head carrying the cell's name and the words
  "Sổ ghi biên bản" from page 2, "Trang n" at the foot. Two clerks and two secretaries: the first clerk writes a
  header only on the first minute and types the next ones on; the commune is merged on 01/01/2020 (the notice is
  typed under the December signatures), a new Bí thư is appointed and a new clerk puts the header (with the new
  upper committee) on every minute from January on. Per minute:
    1. 05/9/2019, header + two-line title, prose opening, I.–VI. headings, dash opinions and tasks, 22/22 -> —
    2. 08/10/2019, typed on mid-page under the signatures, no header; regular + Q4 thematic (italic sub-title and a
       "Chuyên đề:" line), 150 min; last month's resolution read out at the start; "A./B./C." parts, "+" opinions,
       tasks in one "Phân công:" sentence; one member "không lý do" -> unexcused_absence
    3. 06/11/2019, top of a new page, title with the date inside, dash fields; a paragraph opening with an earlier
       minute's title quoted ("Theo Biên bản … tháng 10/2019 đã ghi"); opinions only "Có ý kiến …" -> no_discussion
    4. 10/12/2019, mid-page after a blank gap and "* * *", no title, only a dated "Hôm nay …" line; December meeting
       with the year-end review; a secret ballot on the cell's grade and a vote on the conclusion; a "(Tiếp theo trang
       trước)" line tops its last page; a "THÔNG BÁO" typed under the signatures; one absent "không báo"
       -> unexcused_absence
    5. "THÁNG 01/2020" held 04/02/2020 after Tết, top of a new page, new header (new committee), new clerk and
       secretary, "1.–5." fields + "a)–g)" parts, a guest; the minute is read back but nothing is voted -> missing_vote
    6. 26/02/2020, header mid-page under the previous signatures; "Kỳ họp tháng 02/2020"; meeting cut short for
       Covid-19 (80 min); absentees only "(có danh sách kèm theo)", with a ruled "DANH SÁCH ĐẢNG VIÊN VẮNG MẶT" table
       on a page of its own after the signatures -> short_meeting, unexcused_absence
    7. 05/3/2020 ("5-3-2020"), top of a new page, mixed-case title; 20 of 23 (three excused); exactly 90 min
       -> low_attendance
    8. 19/3/2020 separate thematic meeting Q1/2020, 75 min, only "đề nghị mỗi đảng viên …" -> missing_assignments,
       short_meeting
    9. 08/5/2020, top of a new page; says April was not held (social distancing); the chair only takes in the
       opinions and thanks; the month's direction voted in words -> missing_conclusion
  book -> missing_month (April 2020). No other: Q4 2019 has the October combined meeting, Q1 2020 the March
  thematic one, Q3 2019 and Q2 2020 are not wholly inside the span; the January meeting held in February counts for
  January; the member absent without reason in October and February (only two minutes) and the one absent with a
  reason in seven minutes give no repeated_absence.
- v02-longan-ward-book-2015-2016 -> minute BOOK of a Long An ward neighbourhood cell, Oct 2015 – Mar 2016, five
  minutes on five pages; older wording ("Hội nghị chi bộ", "Đảng viên tham dự", "Chủ tọa", "Thư ký hội nghị",
  "Nghị quyết tháng"), old tone-mark placement ("hoá", "Thuý", "uỷ") mixed with the new in places, typed copies
  signed "(đã ký)", "- n -" at the foot; change of clerk in February. Per minute:
    1. 09/10/2015, header, "I. THÀNH PHẦN HỘI NGHỊ:" with dash fields; "Thông qua Nghị quyết tháng 9/2015" read out;
       "tán thành 26/26 …; không tán thành: không" -> unexcused_absence
    2. 06/11/2015, mid-page under the signatures, one-line title "HỘI NGHỊ CHI BỘ THÁNG 11/2015", no header; the
       conclusion ends in a general call -> missing_assignments
    3. 08/01/2016, top of a new page, header with "Số: 01-BB/CB"; says December was not held; one absentee named with
       no reason; ends with the end time, never read back -> not_approved, unexcused_absence
    4. 19-02-2016, mid-page, title broken over two lines (it falls at a page foot), counts in words, new clerk named
       with the reason of the change; "thảo luận, thống nhất cao …, không có ý kiến khác" -> no_discussion
    5. 11/3/2016, top of a new page, regular + Q1 thematic in one title, 110 min; 25 of 28 -> low_attendance,
       short_meeting, unexcused_absence
  book -> missing_month (December 2015), no_thematic_in_quarter (Q4 2015 wholly inside the span, no thematic or
  combined meeting; Q1 2016 has the March combined one), repeated_absence (Trương Văn Tư without reason in October,
  January and March; excused in February).
- v03-daklak-buon-book-2025-2026 -> minute BOOK of an Ê Đê village cell in Đắk Lắk after the 2025 reorganisation,
  Dec 2025 – Feb 2026, three minutes on two compact pages (Sans 10.5 ragged, "n/N" at the foot); only the first has a
  header, the others start mid-page under the signatures. Per minute:
    1. 05/12/2025, opening cites Hướng dẫn 42-HD/BTCTW; the village elder exempt; "(không lý do)" -> unexcused_absence
    2. "Kỳ sinh hoạt tháng Một năm 2026" (month in words) under a "BIÊN BẢN HỌP CHI BỘ" line; the same member named
       with no reason; signatures as plain mixed-case captions; ends with the end time only -> not_approved,
       unexcused_absence
    3. 06-02-2026, one-line title with no "biên bản"; "vắng không phép"; the exempt elder attends and speaks; end time
       only in the approval sentence; 14 of 16 -> low_attendance, unexcused_absence
  book -> repeated_absence (Y Sơn Mlô in all three). No missing month; no quarter lies wholly inside Dec–Feb.
- v04-hanoi-tdp-october-2023 -> Hà Nội ward residential group; DejaVu Sans 10.5, no indent, "Tr. n" at the foot;
  "Số: 10-BB/CB"; fields I./1.–5.; 41 members, 12 exempt, 27/29 with a percentage, two absentees named with reasons;
  a Party guest who speaks; a single "…" ellipsis in prose (no template blank); "Tán thành: 27/27 (100%); không tán
  thành: 0; ý kiến khác: 0"; ruled task table (two members in one cell, a group, "Trước …", "Tháng 10, 11/2023",
  "Thường xuyên") -> — / —
- v05-quangnam-school-thematic-2017 -> Quảng Nam lower-secondary school; DejaVu Serif 11; cell name over two header
  lines; "BIÊN BẢN HỘI NGHỊ" + "SINH HOẠT CHUYÊN ĐỀ QUÝ II NĂM 2017" + the topic in quotes; 14:00–15:30 exactly
  90 min; 13/14 -> — / —
- v06-cantho-seafood-combined-2026 -> Cần Thơ seafood company workshop; Sans 11 justified; committee over two header
  lines; regular + Q1/2026 thematic, 13:30–15:30 exactly 120 min; 27/30 "đạt 90%" with three excused absentees;
  two votes (the month's resolution; the thematic part with "không có ý kiến khác"); tasks to members and a group
  in one sentence -> — / —
- v07-langson-border-village-2021 -> Lạng Sơn border village (Tày, Nùng names) during the 2021 Covid-19 wave; Serif
  13.5 ragged, "- n -" at the foot; 17/19 (89.5 %), one absentee "không báo lý do"; 19:30–20:55 -> low_attendance,
  short_meeting, unexcused_absence
- v08-nghean-hamlet-form-2018 -> Nghệ An coastal hamlet, the first months of the HD12 form; "Số: ……/BB-CB",
  "Khách mời: ……", the vote line left as dots, "(Ký, ghi rõ họ tên)" under both titles; ends with the end time
  -> missing_vote, not_approved, unfilled_template
- v09-quangninh-extraordinary-2024 -> Hạ Long neighbourhood cell, "HỌP CHI BỘ BẤT THƯỜNG" + "V/v" line the morning
  after storm Yagi; 07:30–08:30; opinions then straight to "Phân công khắc phục:" and a vote on the plan, no summing
  up by the chair -> missing_conclusion, short_meeting
- v10-kontum-village-2022 -> Kon Tum Xơ Đăng village; one page, Serif 13, no headings; "Chi bộ thảo luận, thống nhất
  với báo cáo …"; conclusion ends in a general call; "nhất trí 100%" -> missing_assignments, no_discussion
- v11-nghean-hamlet-form-scan -> image-only twin of v08, photocopy, 200 dpi -> as v08
- v12-quangninh-extraordinary-scan -> image-only twin of v09, moderate, 200 dpi -> as v09
- v13-kontum-village-scan -> image-only twin of v10, moderate, 200 dpi -> as v10
- v14-daklak-buon-book-scan -> image-only twin of the v03 book, moderate, 200 dpi -> as v03

Labelling decisions where the READMEs are silent:
- Minute boundaries: a minute runs from its header, title or dated opening line to the last thing typed before the
  next one begins; a notice, an attached absentee list or a "(Tiếp theo …)" line after or inside it belongs to it.
  Running heads, page numbers, a quoted earlier title and last month's resolution read out start nothing.
- Upper committee: a minute with its own header takes the committee of that header (after the merger the new
  one); a minute typed on without a header takes the book's first header. The cell's name never changes in a book.
- An attached "DANH SÁCH ĐẢNG VIÊN VẮNG MẶT" table after the signatures gives the minute's absentees (names and
  reasons from its cells, "Không lý do" unexcused) when the body only says "(có danh sách kèm theo)".
- An exempt member who attends and speaks is not counted among the present; present is the count written.
- Reasons: "không báo", "không báo lý do", "vắng không phép" and a name with no reason are unexcused; "chưa về quê,
  có báo", "đang cách ly y tế tại nhà", "đang ứng trực tại …", "lên rẫy xa, có báo" are excused. A bracketed
  remark after the place ("(họp ngoài trời, …)") or a sentence after it is no part of `location`.
- `chair.role` is the Party role exactly as the opening writes it ("Bí thư", "Bí thư chi bộ", "Bí thư Chi bộ");
  null when the page gives only "Chủ tọa: đ/c X".
- A "Chuyên đề: …" line or a topic in quotes under the title gives `topic` without the label, the quotes and the
  final stop.
- Votes: a secret ballot on the cell's grade "20/21 phiếu … (đạt 95,2%), 01 phiếu đề nghị <other grade>" -> for 20,
  percent 95.2, against null; a vote on the month's direction with no conclusion is a resolution; counts in words
  are read as numbers; a dotted vote line is no vote.
- No conclusion: the chair only "tiếp thu các ý kiến, cảm ơn …"; a task list straight after the opinions.
- Tasks: after "phụ trách" the task is what follows; partners after "cùng"/"phối hợp" stay in the task; "Chi ủy" is
  an assignee; two members in one sentence or cell give one assignment each.
- Deadlines drop the words in front: "từ nay đến Tết Dương lịch" -> "Tết Dương lịch", "từ nay đến hết vụ thu
  hoạch" -> "hết vụ thu hoạch", "từ nay đến kỳ thi tuyển sinh lớp 10" -> "kỳ thi tuyển sinh lớp 10", "trong ngày
  09/9/2024" -> "ngày 09/9/2024", "trước 17 giờ hằng ngày" -> "17 giờ hằng ngày", "báo cáo kết quả tại hội nghị
  tháng 11" -> "hội nghị tháng 11", a table cell "Trước 31/10/2023" -> "31/10/2023", "Tháng 10, 11/2023" as written.
- Months: the title's month also for a meeting held early in the next month; a month the book says was not held
  (social distancing, the neighbourhood's year-end work) is still a missing month.
"""
from __future__ import annotations

from samples.heldout2.minutes import C, G, H, HD, L, P, S, T, meeting, minute, task, vote

PB = ("page_break",)


def ab(name, reason, excused):
    return {"name": name, "reason": reason, "excused": excused}


def guest(name, role):
    return {"name": name, "role": role}


def att(total, present, exempt=0, absentees=(), excused=None, unexcused=None, guests=()):
    """Attendance label; absent = total - present - exempt; the excused/unexcused split follows the named
    absentees unless the page gives other counts."""
    absent = total - present - exempt
    if excused is None:
        excused = sum(1 for a in absentees if a["excused"])
    if unexcused is None:
        unexcused = sum(1 for a in absentees if not a["excused"])
    assert excused + unexcused == absent, (excused, unexcused, absent)
    return {"total": total, "present": present, "absent": absent, "absent_excused": excused,
            "absent_unexcused": unexcused, "exempt": exempt, "absentees": list(absentees),
            "guests": list(guests)}


def D(text, **kw):          # a dash/plus line flush left
    return L(text, **kw)


DOCS: list[dict] = []


# =================================================================================================
# v01 — minute book of a Thanh Hóa village cell, Sep 2019 – May 2020: nine minutes, two clerks, two
# secretaries, the commune merged on 01/01/2020 (new upper committee from the January minute on).
# =================================================================================================

A_CELL = "CHI BỘ THÔN YÊN TRUNG"
A_OLD = "ĐẢNG BỘ XÃ ĐỊNH TIẾN"
A_NEW = "ĐẢNG BỘ XÃ TIẾN LONG"
A_NVH = "Nhà văn hóa thôn Yên Trung"


def a_head(date_line):
    return HD([A_NEW, A_CELL, "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM", date_line])


A_SIG1 = S(["THƯ KÝ", "", "", "Lê Thị Hoa"], ["T/M CHI BỘ", "BÍ THƯ", "", "", "Trịnh Văn Quế"])

A1 = {
    "blocks": [
        HD([A_OLD, A_CELL, "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Định Tiến, ngày 05 tháng 9 năm 2019"]),
        G(4),
        C("BIÊN BẢN", size=14),
        C("SINH HOẠT CHI BỘ THÁNG 9 NĂM 2019"),
        G(6),
        P("Hồi 19 giờ 30 phút ngày 05 tháng 9 năm 2019, tại Nhà văn hóa thôn Yên Trung, Chi bộ thôn Yên Trung "
          "tiến hành sinh hoạt định kỳ tháng 9 năm 2019."),
        P("Tổng số đảng viên của chi bộ: 26 đồng chí, trong đó miễn sinh hoạt 03 đồng chí (đ/c Lê Văn Kỷ, đ/c "
          "Trịnh Văn Đức, đ/c Nguyễn Thị Lộc). Đảng viên phải dự: 23 đồng chí; có mặt: 22 đồng chí; vắng 01 đồng "
          "chí: đ/c Lê Văn Cường (đi làm ăn xa ở Bình Dương, có báo cáo chi ủy)."),
        P("Chủ trì: đồng chí Trịnh Văn Quế – Bí thư chi bộ. Thư ký: đồng chí Lê Thị Hoa – Chi ủy viên."),
        H("I. Thông tin thời sự, phổ biến văn bản mới"),
        P("Đồng chí Bí thư thông tin một số nét chính về tình hình trong nước, trong tỉnh tháng 8/2019; phổ biến "
          "chủ trương sắp xếp đơn vị hành chính cấp xã giai đoạn 2019 – 2021, theo đó xã Định Tiến và xã Định Long "
          "dự kiến nhập thành một xã. Đề nghị đảng viên nắm chắc chủ trương để giải thích cho bà con, không nghe "
          "và không truyền tin đồn thất thiệt về việc chia tách thôn, điều chỉnh đất đai."),
        H("II. Đánh giá kết quả thực hiện nhiệm vụ tháng 8/2019"),
        P("Lúa mùa toàn thôn cấy 48,5 ha, sinh trưởng khá, sâu cuốn lá lứa 5 được phun trừ kịp thời. Trận mưa lớn "
          "ngày 29/8 làm úng cục bộ khoảng 3 ha ở cánh đồng Mả Vôi, đến nay đã tiêu thoát hết. Các cháu học sinh "
          "ra lớp đầy đủ, sáng nay đã dự lễ khai giảng năm học 2019 – 2020. Trong tháng thôn có 01 ca sốt xuất "
          "huyết ở xóm Đông, y tế xã đã phun hóa chất xử lý ổ dịch. An ninh trật tự ổn định, không có vụ việc "
          "phức tạp."),
        P("Hạn chế: rác thải vẫn còn đổ dọc bờ kênh Nam; việc nộp đảng phí của một số đồng chí còn chậm, đến nay "
          "mới thu được 78%."),
        H("III. Phương hướng, nhiệm vụ tháng 9/2019"),
        P("Tập trung thu hoạch lúa mùa khi chín, làm đất gieo trồng cây vụ đông (ngô, khoai tây, rau màu) phấn "
          "đấu đạt 25 ha; chủ động phương án phòng chống lụt bão, khơi thông kênh tiêu; diệt bọ gậy, phòng sốt "
          "xuất huyết; tổ chức vui Tết Trung thu cho thiếu nhi; hoàn thành thu đảng phí quý III."),
        H("IV. Thảo luận"),
        D("- Đ/c Lê Văn Toản (Trưởng thôn): nhất trí với báo cáo. Đề nghị chi bộ chỉ đạo các xóm thu hoạch gọn, "
          "làm đất ngay để kịp khung thời vụ ngô đông trước 05/10; thôn sẽ liên hệ hợp tác xã để bà con nhận "
          "giống ngô theo chương trình hỗ trợ của huyện."),
        D("- Đ/c Phạm Thị Nga (Bí thư Chi đoàn): chi đoàn nhận tổ chức đêm Trung thu tại sân nhà văn hóa, đề nghị "
          "chi bộ vận động các hộ ủng hộ quà cho các cháu."),
        D("- Đ/c Trịnh Văn Tuấn: đoạn kênh tiêu qua xóm Bắc bị bèo và rác bồi lấp, nếu mưa lớn sẽ ngập lại như "
          "cuối tháng 8, cần huy động nhân lực nạo vét sớm."),
        H("V. Kết luận của đồng chí chủ trì"),
        P("Đồng chí Bí thư tiếp thu các ý kiến và kết luận: tháng 9 chi bộ tập trung lãnh đạo thu hoạch lúa mùa, "
          "làm đất vụ đông đúng khung thời vụ; nạo vét đoạn kênh tiêu xóm Bắc trước mùa mưa bão; tổ chức Trung "
          "thu vui tươi, tiết kiệm; vận động nhân dân đồng thuận với chủ trương sáp nhập xã; mỗi đảng viên nộp "
          "đảng phí đầy đủ, đúng hạn."),
        P("Chi bộ biểu quyết thông qua kết luận: 22/22 đồng chí có mặt nhất trí, đạt 100%."),
        H("VI. Phân công thực hiện"),
        D("- Đ/c Lê Văn Toản chỉ đạo các tổ sản xuất thu hoạch lúa mùa, làm đất vụ đông, xong trước ngày "
          "10/10/2019."),
        D("- Đ/c Trịnh Văn Tuấn cùng Chi hội Cựu chiến binh huy động nhân lực nạo vét đoạn kênh tiêu xóm Bắc "
          "trong tháng 9."),
        D("- Đ/c Phạm Thị Nga cùng chi đoàn tổ chức Tết Trung thu cho thiếu nhi vào tối 13/9."),
        D("- Đ/c Lê Thị Hoa thu đảng phí quý III, nộp Đảng ủy xã trước ngày 25/9/2019."),
        P("Buổi sinh hoạt kết thúc lúc 21 giờ 30 phút cùng ngày. Biên bản đã đọc lại cho chi bộ nghe, các đồng "
          "chí nhất trí thông qua."),
        A_SIG1,
    ],
    "truth": minute(
        meeting("regular", "2019-09-05", "19:30", "21:30", A_NVH, A_CELL, A_OLD),
        "Trịnh Văn Quế", "Bí thư chi bộ", "Lê Thị Hoa",
        att(26, 22, 3, [ab("Lê Văn Cường", "đi làm ăn xa ở Bình Dương, có báo cáo chi ủy", True)]),
        True, [vote("kết luận tháng 9/2019", for_=22, pct=100)],
        [task("Lê Văn Toản", "chỉ đạo các tổ sản xuất thu hoạch lúa mùa, làm đất vụ đông", "10/10/2019"),
         task("Trịnh Văn Tuấn", "cùng Chi hội Cựu chiến binh huy động nhân lực nạo vét đoạn kênh tiêu xóm Bắc",
              "tháng 9"),
         task("Phạm Thị Nga", "cùng chi đoàn tổ chức Tết Trung thu cho thiếu nhi", "tối 13/9"),
         task("Lê Thị Hoa", "thu đảng phí quý III, nộp Đảng ủy xã", "25/9/2019")],
        []),
}

A2_TOPIC = ("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về xây dựng ý thức tôn trọng Nhân dân, "
            "phát huy dân chủ, chăm lo đời sống Nhân dân")
A2 = {
    "blocks": [
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 10/2019"),
        C("(Kết hợp sinh hoạt chuyên đề quý IV năm 2019)", bold=False, italic=True),
        L("Chuyên đề: " + A2_TOPIC + ".", italic=True),
        P("Vào lúc 19 giờ 00 ngày 08/10/2019, tại nhà văn hóa thôn, chi bộ họp thường kỳ tháng 10 kết hợp sinh "
          "hoạt chuyên đề quý IV."),
        P("Đảng viên có mặt: 21/23 đồng chí phải dự (03 đồng chí miễn sinh hoạt). Vắng: đ/c Lê Văn Cường – đi "
          "làm ăn xa; đ/c Trịnh Đình Phú – không lý do."),
        P("Đồng chí Trịnh Văn Quế, Bí thư chi bộ chủ trì; đồng chí Lê Thị Hoa ghi biên bản."),
        H("A. Phần sinh hoạt thường kỳ"),
        P("1. Đồng chí Phó Bí thư Lê Đình Thắng đọc lại Nghị quyết tháng 9/2019 của chi bộ và báo cáo kết quả "
          "thực hiện: lúa mùa đã thu hoạch được 65% diện tích, năng suất ước đạt 57 tạ/ha; vụ đông đã gieo 12 ha "
          "ngô; đoạn kênh tiêu xóm Bắc nạo vét xong ngày 21/9; đêm Trung thu tổ chức vui vẻ, an toàn; đảng phí "
          "quý III thu đạt 100%."),
        P("2. Nhiệm vụ tháng 10: thu hoạch dứt điểm lúa mùa; gieo trồng vụ đông đạt chỉ tiêu 25 ha; thu quỹ quốc "
          "phòng – an ninh năm 2019; gặp mặt kỷ niệm ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam 20/10; rà soát "
          "nhân khẩu, hộ khẩu chuẩn bị cho việc sáp nhập xã."),
        H("B. Phần sinh hoạt chuyên đề"),
        P("Đồng chí Lê Đình Thắng trình bày chuyên đề, liên hệ việc thực hiện quy chế dân chủ ở cơ sở của thôn: "
          "các khoản đóng góp làm đường giao thông nội đồng năm 2019 đều được bàn trong hội nghị thôn, công khai "
          "tại nhà văn hóa; việc bình xét hộ nghèo, cận nghèo có lúc chưa mời đủ đại diện các xóm."),
        P("Ý kiến tham gia:"),
        P("+ Đ/c Lê Bá Dũng: Ban công tác Mặt trận nhận được 02 ý kiến của bà con xóm Đông về việc thu tiền làm "
          "đường chưa nói rõ mức đóng của hộ có người già neo đơn; đề nghị thôn xem xét miễn, giảm cho các hộ "
          "này.", indent=14),
        P("+ Đ/c Mai Thị Lan: đảng viên phải là người đi đầu lắng nghe dân; đề nghị mỗi đảng viên nhận theo dõi, "
          "giúp đỡ ít nhất một hộ khó khăn trong xóm mình ở.", indent=14),
        P("+ Đ/c Lê Văn Nghĩa: thời điểm chuẩn bị sáp nhập xã có người tung tin sai về việc chuyển trụ sở, đề "
          "nghị các đảng viên không chia sẻ thông tin chưa kiểm chứng lên mạng xã hội.", indent=14),
        H("C. Kết luận"),
        P("Đồng chí Bí thư kết luận: chi bộ thống nhất với nhiệm vụ tháng 10 như báo cáo; các khoản đóng góp phải "
          "được rà soát, miễn, giảm cho hộ neo đơn và công khai trước hội nghị thôn; mỗi đảng viên đăng ký một "
          "việc làm cụ thể làm theo chuyên đề, gửi chi ủy trong tháng 10. Chi bộ biểu quyết thông qua nghị quyết "
          "tháng 10 và nội dung chuyên đề: 21/21 đồng chí tán thành."),
        P("Phân công: giao đồng chí Lê Văn Toản chỉ đạo thu hoạch dứt điểm lúa mùa, đôn đốc các hộ gieo trồng vụ "
          "đông đạt 25 ha trong tháng 10; đồng chí Lê Bá Dũng rà soát danh sách hộ neo đơn đề nghị miễn, giảm "
          "đóng góp làm đường, báo cáo chi ủy trước ngày 20/10/2019; đồng chí Lê Văn Nghĩa nắm tình hình an ninh "
          "các xóm, báo cáo chi ủy hằng tuần."),
        P("Hội nghị kết thúc lúc 21 giờ 30 phút. Biên bản đọc lại, chi bộ nhất trí."),
        S(["THƯ KÝ", "", "", "Lê Thị Hoa"], ["BÍ THƯ", "", "", "Trịnh Văn Quế"]),
    ],
    "truth": minute(
        meeting("regular", "2019-10-08", "19:00", "21:30", "nhà văn hóa thôn", A_CELL, A_OLD, topic=A2_TOPIC),
        "Trịnh Văn Quế", "Bí thư chi bộ", "Lê Thị Hoa",
        att(26, 21, 3, [ab("Lê Văn Cường", "đi làm ăn xa", True), ab("Trịnh Đình Phú", "không lý do", False)]),
        True, [vote("nghị quyết tháng 10 và nội dung chuyên đề", for_=21)],
        [task("Lê Văn Toản", "chỉ đạo thu hoạch dứt điểm lúa mùa, đôn đốc các hộ gieo trồng vụ đông đạt 25 ha",
              "tháng 10"),
         task("Lê Bá Dũng", "rà soát danh sách hộ neo đơn đề nghị miễn, giảm đóng góp làm đường, báo cáo chi ủy",
              "20/10/2019"),
         task("Lê Văn Nghĩa", "nắm tình hình an ninh các xóm, báo cáo chi ủy", "hằng tuần")],
        ["unexcused_absence"]),
}

A3 = {
    "blocks": [
        PB,
        C("BIÊN BẢN HỌP CHI BỘ NGÀY 06 THÁNG 11 NĂM 2019"),
        G(4),
        L("- Thời gian: từ 19 giờ 30 phút đến 21 giờ 15 phút."),
        L("- Địa điểm: Nhà văn hóa thôn Yên Trung."),
        L("- Thành phần: tổng số 26 đ/c, miễn sinh hoạt 03 đ/c, phải dự 23 đ/c; có mặt 22 đ/c; vắng 01 đ/c (đ/c "
          "Lê Văn Cường, đi làm ăn xa)."),
        L("- Chủ trì: đ/c Trịnh Văn Quế, Bí thư. Thư ký: đ/c Lê Thị Hoa."),
        H("1. Kiểm điểm việc thực hiện nghị quyết tháng 10"),
        P("Theo Biên bản sinh hoạt chi bộ tháng 10/2019 đã ghi, chi bộ giao 3 việc cụ thể. Kết quả: lúa mùa thu "
          "hoạch xong 100% ngày 16/10; vụ đông gieo trồng 23/25 ha, còn 2 ha ruộng trũng chưa làm được do đất "
          "ướt; danh sách 06 hộ neo đơn đã được hội nghị thôn nhất trí miễn khoản đóng góp làm đường; an ninh các "
          "xóm ổn định, không có đơn thư. Quỹ quốc phòng – an ninh thu được 81%."),
        H("2. Nhiệm vụ tháng 11/2019"),
        P("Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư; chăm sóc cây vụ đông, phòng rét cho trâu bò; "
          "thu nốt quỹ quốc phòng – an ninh và thuế sử dụng đất phi nông nghiệp; phối hợp rà soát, hoàn thiện danh "
          "sách hộ gia đình, bàn giao hồ sơ thôn phục vụ việc sáp nhập xã từ 01/01/2020."),
        H("3. Thảo luận"),
        P("Chi bộ thảo luận sôi nổi, các ý kiến đều thống nhất với báo cáo của chi ủy. Có ý kiến đề nghị Ngày hội "
          "năm nay tổ chức gọn, dành kinh phí tặng quà cho hộ nghèo; có ý kiến lo ngại việc bàn giao hồ sơ đất "
          "đai khi nhập xã, đề nghị chi ủy hỏi ý kiến Đảng ủy xã."),
        H("4. Kết luận"),
        P("Đồng chí Bí thư kết luận: Ngày hội Đại đoàn kết tổ chức trong một buổi, phần văn nghệ do chi đoàn và "
          "chi hội phụ nữ đảm nhận, tiết kiệm kinh phí để tặng quà 06 hộ nghèo; hồ sơ đất đai của thôn giữ nguyên "
          "hiện trạng, chi ủy sẽ báo cáo Đảng ủy xã hướng dẫn; đảng viên gương mẫu nộp thuế và các khoản quỹ "
          "trước ngày 30/11."),
        P("Biểu quyết: 22/22 đồng chí nhất trí (100%)."),
        H("5. Phân công"),
        P("Đ/c Lê Bá Dũng, Trưởng ban công tác Mặt trận, chuẩn bị và tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở "
          "khu dân cư trước ngày 18/11/2019. Đ/c Trịnh Thị Thu Hằng giúp thôn rà soát, lập danh sách hộ gia đình "
          "phục vụ việc sáp nhập xã, xong trong tháng 11."),
        P("Cuộc họp kết thúc lúc 21 giờ 15 phút, biên bản được thông qua trước chi bộ."),
        S(["THƯ KÝ", "", "", "Lê Thị Hoa"], ["CHỦ TRÌ", "", "", "Trịnh Văn Quế"]),
    ],
    "truth": minute(
        meeting("regular", "2019-11-06", "19:30", "21:15", A_NVH, A_CELL, A_OLD),
        "Trịnh Văn Quế", "Bí thư", "Lê Thị Hoa",
        att(26, 22, 3, [ab("Lê Văn Cường", "đi làm ăn xa", True)]),
        True, [vote("nhiệm vụ tháng 11/2019", for_=22, pct=100)],
        [task("Lê Bá Dũng", "chuẩn bị và tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư", "18/11/2019"),
         task("Trịnh Thị Thu Hằng", "giúp thôn rà soát, lập danh sách hộ gia đình phục vụ việc sáp nhập xã",
              "tháng 11")],
        ["no_discussion"]),
}

A4 = {
    "blocks": [
        G(34),
        C("* * *", bold=False),
        G(4),
        P("Hôm nay, ngày 10 tháng 12 năm 2019, vào hồi 14 giờ, tại Nhà văn hóa thôn Yên Trung, Chi bộ thôn Yên "
          "Trung họp định kỳ tháng 12 năm 2019 kết hợp kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và "
          "đảng viên năm 2019."),
        P("Chi bộ có 26 đảng viên, 03 đồng chí được miễn sinh hoạt; phải dự 23, có mặt 21; vắng 02 đồng chí gồm "
          "đ/c Lê Thị Mơ (ốm, đang nằm viện huyện) và đ/c Mai Văn Tùng (không báo)."),
        P("Đồng chí Trịnh Văn Quế, Bí thư chi bộ, chủ trì hội nghị; đồng chí Lê Thị Hoa làm thư ký."),
        P("1. Đồng chí Bí thư báo cáo kiểm điểm năm 2019 của chi bộ. Năm 2019 thôn đạt và vượt 9/10 chỉ tiêu nghị "
          "quyết: tổng sản lượng lương thực 612 tấn; thu nhập bình quân 41,5 triệu đồng/người/năm; hộ nghèo giảm "
          "còn 07 hộ (2,1%); làm mới 1,2 km đường giao thông nội đồng; 100% hộ dùng nước hợp vệ sinh. Chỉ tiêu "
          "chưa đạt: kết nạp đảng viên mới (chỉ tiêu 02, chưa kết nạp được đồng chí nào vì các quần chúng ưu tú "
          "đều đi lao động xa)."),
        P("2. Các đảng viên lần lượt tự kiểm điểm theo bản kiểm điểm cá nhân đã chuẩn bị; chi bộ góp ý từng đồng "
          "chí. Tổng hợp đề nghị: 04 đồng chí Hoàn thành xuất sắc nhiệm vụ, 16 đồng chí Hoàn thành tốt nhiệm vụ, "
          "02 đồng chí Hoàn thành nhiệm vụ, 01 đồng chí Không hoàn thành nhiệm vụ (đ/c Mai Văn Tùng, bỏ sinh "
          "hoạt nhiều lần, chưa nộp bản kiểm điểm)."),
        P("3. Ý kiến:"),
        D("- Đ/c Lê Đình Thắng: chi bộ cần thẳng thắn hơn trong phê bình; việc đ/c Mai Văn Tùng bỏ sinh hoạt nhiều "
          "lần mà chưa được gặp gỡ, nhắc nhở kịp thời là trách nhiệm của chi ủy."),
        D("- Đ/c Nguyễn Văn Lự: đề nghị năm 2020 chi bộ sớm có kế hoạch bồi dưỡng quần chúng ưu tú là đoàn viên "
          "đang làm việc tại địa phương, không chờ người đi làm xa về."),
        P("4. Đồng chí Bí thư thông báo: do tuổi cao, sức khỏe yếu, đồng chí xin thôi giữ chức Bí thư chi bộ từ "
          "tháng 01/2020 và đã được Đảng ủy xã đồng ý; đồng chí Lê Thị Hoa chuyển công tác ra thành phố Thanh "
          "Hóa, chi ủy phân công đồng chí Trịnh Thị Thu Hằng ghi biên bản từ kỳ họp sau."),
        P("5. Kết luận: đồng chí chủ trì kết luận chi bộ cơ bản hoàn thành tốt nhiệm vụ năm 2019; năm 2020 tập "
          "trung ổn định tổ chức khi sáp nhập xã, chỉ đạo sản xuất vụ chiêm xuân, giữ vững an ninh dịp Tết; khắc "
          "phục ngay tình trạng đảng viên bỏ sinh hoạt không lý do."),
        P("6. Biểu quyết: chi bộ bỏ phiếu kín đề nghị mức xếp loại chi bộ năm 2019: 20/21 phiếu đề nghị Hoàn thành "
          "tốt nhiệm vụ (đạt 95,2%), 01 phiếu đề nghị Hoàn thành nhiệm vụ. Biểu quyết thông qua kết luận của đồng "
          "chí chủ trì: 21/21 đồng chí tán thành."),
        P("7. Phân công:"),
        D("- Đ/c Lê Đình Thắng hoàn thiện hồ sơ kiểm điểm, xếp loại, nộp Đảng ủy xã trước ngày 20/12/2019;"),
        D("- Chi ủy gặp gỡ, nhắc nhở đ/c Mai Văn Tùng, báo cáo chi bộ tại kỳ họp tháng 01/2020;"),
        D("- Đ/c Lê Văn Nghĩa cùng tổ an ninh thôn tuần tra ban đêm từ nay đến Tết Dương lịch."),
        PB,
        L("(Tiếp theo trang trước)", italic=True),
        P("Hội nghị kết thúc lúc 17 giờ 00 phút. Biên bản được đọc lại, 21/21 đồng chí nhất trí thông qua."),
        A_SIG1,
        G(10),
        C("THÔNG BÁO", size=12),
        P("Thực hiện Nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã, từ ngày "
          "01/01/2020 xã Định Tiến và xã Định Long nhập thành xã Tiến Long; Chi bộ thôn Yên Trung trực thuộc Đảng "
          "bộ xã Tiến Long. Kỳ sinh hoạt tháng 01/2020 lùi sang sau Tết Nguyên đán Canh Tý, chi ủy sẽ báo lịch cụ "
          "thể.", italic=True),
    ],
    "truth": minute(
        meeting("regular", "2019-12-10", "14:00", "17:00", A_NVH, A_CELL, A_OLD),
        "Trịnh Văn Quế", "Bí thư chi bộ", "Lê Thị Hoa",
        att(26, 21, 3, [ab("Lê Thị Mơ", "ốm, đang nằm viện huyện", True), ab("Mai Văn Tùng", "không báo", False)]),
        True, [vote("xếp loại chi bộ năm 2019 (bỏ phiếu kín)", for_=20, pct=95.2),
               vote("kết luận của đồng chí chủ trì", for_=21)],
        [task("Lê Đình Thắng", "hoàn thiện hồ sơ kiểm điểm, xếp loại, nộp Đảng ủy xã", "20/12/2019"),
         task("Chi ủy", "gặp gỡ, nhắc nhở đ/c Mai Văn Tùng, báo cáo chi bộ", "kỳ họp tháng 01/2020"),
         task("Lê Văn Nghĩa", "cùng tổ an ninh thôn tuần tra ban đêm", "Tết Dương lịch")],
        ["unexcused_absence"]),
}

A5 = {
    "blocks": [
        PB,
        a_head("Tiến Long, ngày 04 tháng 02 năm 2020"),
        C("BIÊN BẢN"),
        C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 01/2020"),
        C("(Họp lùi sau Tết Nguyên đán Canh Tý)", bold=False, italic=True),
        G(4),
        L("1. Thời gian: bắt đầu 08h00 ngày 04/02/2020."),
        L("2. Địa điểm: Nhà văn hóa thôn Yên Trung."),
        L("3. Thành phần: tổng số đảng viên 26 đ/c; miễn sinh hoạt 03 đ/c; có mặt 22/23 đ/c phải dự; vắng 01 đ/c: "
          "Lê Văn Cường (chưa về quê, có báo). Dự họp có đ/c Nguyễn Văn Thành – Đảng ủy viên, phụ trách chi bộ."),
        L("4. Chủ trì: đ/c Lê Đình Thắng – Bí thư chi bộ. Thư ký: đ/c Trịnh Thị Thu Hằng."),
        L("5. Nội dung:"),
        P("a) Đ/c Nguyễn Văn Thành công bố quyết định của Ban Thường vụ Đảng ủy xã Tiến Long chỉ định đ/c Lê Đình "
          "Thắng giữ chức Bí thư Chi bộ thôn Yên Trung nhiệm kỳ 2017 – 2020; thông tin tình hình dịch bệnh viêm "
          "đường hô hấp cấp do chủng mới của vi rút Corona (nCoV) và chỉ đạo của huyện về phòng, chống dịch."),
        P("b) Kết quả tháng 01: thôn tặng 14 suất quà Tết cho hộ nghèo, hộ cận nghèo và gia đình chính sách; không "
          "có trường hợp đốt pháo nổ; 03 thanh niên trúng tuyển nghĩa vụ quân sự; vụ chiêm xuân đã gieo cấy được "
          "80% diện tích. Việc bàn giao hồ sơ thôn về xã mới hoàn thành ngày 31/12/2019."),
        P("c) Nhiệm vụ tháng 02: cấy xong diện tích còn lại, chăm sóc lúa chiêm xuân; tổ chức tiễn thanh niên lên "
          "đường nhập ngũ; tuyên truyền để nhân dân không hoang mang, làm đúng hướng dẫn phòng dịch của ngành y "
          "tế; thu đảng phí tháng 01, 02 theo mức mới của xã."),
        P("d) Ý kiến thảo luận:"),
        D("- Đ/c Lê Văn Toản: còn khoảng 9 ha chân ruộng cao thiếu nước, đề nghị xã cho trạm bơm Yên Trung chạy "
          "sớm hơn lịch."),
        D("- Đ/c Trịnh Văn Tuấn: Chi hội Cựu chiến binh đề nghị được cùng đoàn thanh niên tổ chức buổi tiễn tân "
          "binh tại nhà văn hóa."),
        D("- Đ/c Phạm Thị Nga: nhiều gia đình có con đi làm ở các tỉnh phía Bắc chưa quay lại, chi đoàn sẽ lập "
          "danh sách người đi, về để báo y tế thôn."),
        P("e) Đồng chí Bí thư kết luận: tháng 02 chi bộ tập trung hoàn thành gieo cấy vụ chiêm xuân; chủ động phòng "
          "dịch nhưng không gây hoang mang; bảo đảm lễ tiễn tân binh trang trọng, tiết kiệm; mọi đảng viên nộp "
          "đảng phí theo mức mới."),
        P("g) Phân công:"),
        D("- Đ/c Lê Văn Toản: đề nghị xã điều tiết trạm bơm, chỉ đạo cấy xong diện tích còn lại trước 15/02/2020."),
        D("- Đ/c Trịnh Văn Tuấn: cùng chi đoàn tổ chức tiễn 03 tân binh lên đường nhập ngũ."),
        D("- Đ/c Phạm Thị Nga: lập danh sách người đi, về từ các địa phương khác, gửi y tế thôn hằng tuần."),
        P("Buổi sinh hoạt kết thúc lúc 10h15 cùng ngày. Biên bản đã đọc lại cho các đồng chí dự họp nghe và nhất "
          "trí."),
        S(["NGƯỜI GHI BIÊN BẢN", "", "", "Trịnh Thị Thu Hằng"], ["BÍ THƯ CHI BỘ", "", "", "Lê Đình Thắng"]),
    ],
    "truth": minute(
        meeting("regular", "2020-02-04", "08:00", "10:15", A_NVH, A_CELL, A_NEW, month=1),
        "Lê Đình Thắng", "Bí thư chi bộ", "Trịnh Thị Thu Hằng",
        att(26, 22, 3, [ab("Lê Văn Cường", "chưa về quê, có báo", True)],
            guests=[guest("Nguyễn Văn Thành", "Đảng ủy viên, phụ trách chi bộ")]),
        True, [],
        [task("Lê Văn Toản", "đề nghị xã điều tiết trạm bơm, chỉ đạo cấy xong diện tích còn lại", "15/02/2020"),
         task("Trịnh Văn Tuấn", "cùng chi đoàn tổ chức tiễn 03 tân binh lên đường nhập ngũ", None),
         task("Phạm Thị Nga", "lập danh sách người đi, về từ các địa phương khác, gửi y tế thôn", "hằng tuần")],
        ["missing_vote"]),
}

A6 = {
    "blocks": [
        a_head("Tiến Long, ngày 26 tháng 02 năm 2020"),
        C("BIÊN BẢN HỌP CHI BỘ"),
        C("Kỳ họp tháng 02/2020", bold=False, italic=True),
        G(4),
        L("1. Thời gian: 19h30 ngày 26/02/2020 (rút ngắn thời gian họp để phòng, chống dịch Covid-19)."),
        L("2. Địa điểm: sân Nhà văn hóa thôn (họp ngoài trời, các đồng chí đeo khẩu trang, ngồi giãn cách)."),
        L("3. Thành phần: có mặt 21/23 đ/c phải dự (03 đ/c miễn sinh hoạt); vắng 02 đ/c (có danh sách kèm theo)."),
        L("4. Chủ trì: đ/c Lê Đình Thắng – Bí thư chi bộ; thư ký: đ/c Trịnh Thị Thu Hằng."),
        L("5. Nội dung:"),
        P("Đồng chí Bí thư quán triệt chỉ đạo của Đảng ủy xã về phòng, chống dịch Covid-19: học sinh tiếp tục nghỉ "
          "học; người từ vùng có dịch về địa phương phải khai báo y tế; không tụ tập đông người. Kết quả tháng 02: "
          "lúa chiêm xuân cấy xong 100% diện tích ngày 12/02; lễ tiễn 03 tân binh tổ chức chu đáo; thôn đã lập "
          "danh sách 11 người từ các tỉnh khác về và 02 người từ Hàn Quốc về, đều được y tế xã hướng dẫn tự theo "
          "dõi sức khỏe tại nhà."),
        P("Nhiệm vụ tháng 3: chăm sóc lúa, diệt chuột bằng biện pháp thủ công; tổng vệ sinh môi trường, phun khử "
          "khuẩn nhà văn hóa, nhà trẻ; tiếp tục theo dõi người về từ vùng dịch."),
        P("Ý kiến: đ/c Lê Văn Nghĩa (công an viên) đề nghị gia đình nào có người thân ở nước ngoài về phải báo "
          "ngay cho thôn, không để xã phát hiện trước; đ/c Mai Thị Lan đề nghị chi hội phụ nữ may khẩu trang vải "
          "phát cho người già vì hiệu thuốc đã hết hàng."),
        P("Đồng chí Bí thư kết luận: chi bộ thống nhất nhiệm vụ tháng 3 như báo cáo, ưu tiên phòng dịch; đảng viên "
          "không đưa tin chưa kiểm chứng về dịch bệnh lên mạng xã hội. Chi bộ biểu quyết: 21/21 đồng chí tán "
          "thành."),
        P("Phân công: giao đ/c Lê Văn Nghĩa phối hợp y tế thôn theo dõi người từ vùng dịch về địa phương, báo cáo "
          "Ban chỉ đạo xã hằng ngày; đ/c Hoàng Thị Thanh vận động hội viên phụ nữ may khẩu trang vải phát cho "
          "người cao tuổi, xong trước 05/3/2020."),
        P("Cuộc họp kết thúc lúc 20h50. Biên bản thông qua, chi bộ nhất trí."),
        S(["THƯ KÝ", "", "", "Trịnh Thị Thu Hằng"], ["BÍ THƯ", "", "", "Lê Đình Thắng"]),
        PB,
        C("DANH SÁCH ĐẢNG VIÊN VẮNG MẶT KỲ HỌP THÁNG 02/2020", size=12),
        C("(Kèm theo Biên bản họp chi bộ ngày 26/02/2020)", bold=False, italic=True, size=11),
        T([(0.1, "TT", "c"), (0.45, "Họ và tên", "l"), (0.45, "Lý do", "l")],
          [["1", "Trịnh Đình Phú", "Không lý do"], ["2", "Lê Văn Cường", "Đi làm ăn xa (Bình Dương)"]]),
    ],
    "truth": minute(
        meeting("regular", "2020-02-26", "19:30", "20:50", "sân Nhà văn hóa thôn", A_CELL, A_NEW),
        "Lê Đình Thắng", "Bí thư chi bộ", "Trịnh Thị Thu Hằng",
        att(26, 21, 3, [ab("Trịnh Đình Phú", "Không lý do", False),
                        ab("Lê Văn Cường", "Đi làm ăn xa (Bình Dương)", True)]),
        True, [vote("nhiệm vụ tháng 3/2020", for_=21)],
        [task("Lê Văn Nghĩa", "phối hợp y tế thôn theo dõi người từ vùng dịch về địa phương, báo cáo Ban chỉ đạo "
              "xã", "hằng ngày"),
         task("Hoàng Thị Thanh", "vận động hội viên phụ nữ may khẩu trang vải phát cho người cao tuổi", "05/3/2020")],
        ["short_meeting", "unexcused_absence"]),
}

A7 = {
    "blocks": [
        PB,
        a_head("Tiến Long, ngày 05 tháng 3 năm 2020"),
        C("Biên bản sinh hoạt chi bộ tháng 3 năm 2020"),
        G(4),
        P("Vào hồi 19 giờ 30, ngày 5-3-2020, tại Nhà văn hóa thôn Yên Trung, chi bộ tiến hành sinh hoạt thường "
          "kỳ tháng 3/2020."),
        P("Tổng số đảng viên: 26; miễn sinh hoạt: 03; có mặt: 20; vắng: 03 đồng chí, gồm: đ/c Lê Văn Cường (làm "
          "việc tại Bình Dương), đ/c Lê Văn Hải (đang cách ly y tế tại nhà), đ/c Hoàng Văn Sỹ (ốm)."),
        P("Đồng chí Lê Đình Thắng, Bí thư chi bộ chủ trì. Đồng chí Trịnh Thị Thu Hằng ghi biên bản."),
        H("1. Đánh giá tháng 02/2020"),
        P("Các việc chi bộ giao tháng trước đều hoàn thành: khẩu trang vải đã phát 180 chiếc cho người cao tuổi; "
          "người về từ vùng dịch được theo dõi đủ 14 ngày, không ai có biểu hiện bệnh. Lúa chiêm xuân sinh trưởng "
          "tốt, một số chân ruộng ven đê bị chuột phá. Thôn đã phun khử khuẩn nhà văn hóa, nhà trẻ ngày "
          "01/3/2020."),
        H("2. Nhiệm vụ tháng 3/2020"),
        P("Tiếp tục phòng, chống dịch theo chỉ đạo của cấp trên; diệt chuột bảo vệ lúa; chuẩn bị mặt bằng, vật "
          "liệu để làm 350 m đường bê tông xóm Bắc trong chương trình xây dựng nông thôn mới nâng cao; vận động "
          "ủng hộ quỹ phòng, chống dịch Covid-19 do Ủy ban Mặt trận Tổ quốc xã phát động."),
        H("3. Ý kiến đảng viên"),
        P("Đ/c Trịnh Văn Quế: nhất trí; đề nghị làm đường xóm Bắc phải họp dân bàn mức đóng góp, hộ nào hiến đất "
          "thì ghi công khai, tránh để sau này khiếu nại."),
        P("Đ/c Lê Bá Dũng: Ban công tác Mặt trận đã nhận ủng hộ ban đầu 4,2 triệu đồng; đề nghị đảng viên gương "
          "mẫu ủng hộ trước để vận động bà con."),
        H("4. Kết luận"),
        P("Đồng chí chủ trì kết luận: chi bộ thống nhất nhiệm vụ tháng 3; việc làm đường xóm Bắc phải tổ chức họp "
          "dân, công khai mức đóng góp trước khi khởi công; đảng viên gương mẫu ủng hộ quỹ phòng, chống dịch. "
          "Biểu quyết: nhất trí 100%."),
        H("5. Phân công"),
        P("Đ/c Lê Văn Toản họp dân xóm Bắc bàn phương án làm đường, khởi công trong quý II/2020. Đ/c Lê Bá Dũng "
          "tổng hợp tiền ủng hộ quỹ phòng, chống dịch, nộp Ủy ban Mặt trận Tổ quốc xã trước ngày 20/3/2020."),
        P("Sinh hoạt kết thúc lúc 21 giờ 00 phút. Biên bản đã đọc lại, chi bộ nhất trí thông qua."),
        S(["THƯ KÝ", "", "", "Trịnh Thị Thu Hằng"], ["BÍ THƯ", "", "", "Lê Đình Thắng"]),
    ],
    "truth": minute(
        meeting("regular", "2020-03-05", "19:30", "21:00", A_NVH, A_CELL, A_NEW),
        "Lê Đình Thắng", "Bí thư chi bộ", "Trịnh Thị Thu Hằng",
        att(26, 20, 3, [ab("Lê Văn Cường", "làm việc tại Bình Dương", True),
                        ab("Lê Văn Hải", "đang cách ly y tế tại nhà", True), ab("Hoàng Văn Sỹ", "ốm", True)]),
        True, [vote("nhiệm vụ tháng 3/2020", pct=100)],
        [task("Lê Văn Toản", "họp dân xóm Bắc bàn phương án làm đường, khởi công", "quý II/2020"),
         task("Lê Bá Dũng", "tổng hợp tiền ủng hộ quỹ phòng, chống dịch, nộp Ủy ban Mặt trận Tổ quốc xã",
              "20/3/2020")],
        ["low_attendance"]),
}

A8_TOPIC = "Nêu cao tinh thần trách nhiệm, gương mẫu của cán bộ, đảng viên trong phòng, chống dịch bệnh Covid-19"
A8 = {
    "blocks": [
        a_head("Tiến Long, ngày 19 tháng 3 năm 2020"),
        C("BIÊN BẢN"),
        C("SINH HOẠT CHUYÊN ĐỀ QUÝ I NĂM 2020"),
        L("Chuyên đề: " + A8_TOPIC, italic=True),
        G(4),
        L("- Thời gian: từ 8 giờ 00 đến 9 giờ 15 phút, ngày 19/3/2020."),
        L("- Địa điểm: Hội trường Nhà văn hóa thôn."),
        L("- Thành phần: chi bộ có 26 đảng viên, miễn sinh hoạt 03; dự sinh hoạt 21/23 đồng chí; vắng 02 đồng chí "
          "có lý do: Lê Văn Cường (ở Bình Dương), Lê Văn Hải (cách ly tại nhà)."),
        L("- Chủ trì: đ/c Lê Đình Thắng, Bí thư. Thư ký: đ/c Trịnh Thị Thu Hằng."),
        P("Do yêu cầu phòng dịch, buổi sinh hoạt được rút gọn; các đồng chí ngồi cách nhau, đeo khẩu trang, rửa "
          "tay sát khuẩn trước khi vào hội trường."),
        P("Đồng chí Nguyễn Văn Lự, chi ủy viên, trình bày chuyên đề: nêu những việc đảng viên trong thôn đã làm tốt "
          "từ khi có dịch (tự giác khai báo, đi đầu ủng hộ, nhắc nhở người thân không tụ tập), đồng thời chỉ ra "
          "biểu hiện chủ quan như vẫn tổ chức ăn uống đông người trong dịp mừng thọ, chưa đeo khẩu trang khi ra "
          "chợ."),
        P("Ý kiến tham gia: đ/c Phạm Thị Nga cho biết chi đoàn đã lập nhóm Zalo để nhắc lịch khai báo y tế cho "
          "thanh niên đi làm ăn xa; đ/c Mai Văn Tùng nhận khuyết điểm đã bỏ sinh hoạt năm 2019, hứa tham gia đầy "
          "đủ các kỳ họp của chi bộ."),
        P("Đồng chí Bí thư kết luận: chi bộ ghi nhận tinh thần tự giác của đảng viên; những biểu hiện chủ quan phải "
          "được chấn chỉnh ngay trong gia đình mỗi đảng viên. Đề nghị mỗi đảng viên đăng ký ít nhất một việc làm "
          "cụ thể theo chuyên đề; các đồng chí đảng viên gương mẫu chấp hành các quy định phòng dịch của Nhà "
          "nước."),
        P("Chi bộ nhất trí 100% với nội dung chuyên đề và kết luận của đồng chí Bí thư."),
        P("Buổi sinh hoạt kết thúc lúc 9 giờ 15 phút. Biên bản được thông qua tại buổi sinh hoạt."),
        S(["THƯ KÝ", "", "", "Trịnh Thị Thu Hằng"], ["CHỦ TRÌ", "", "", "Lê Đình Thắng"]),
    ],
    "truth": minute(
        meeting("thematic", "2020-03-19", "08:00", "09:15", "Hội trường Nhà văn hóa thôn", A_CELL, A_NEW,
                topic=A8_TOPIC),
        "Lê Đình Thắng", "Bí thư", "Trịnh Thị Thu Hằng",
        att(26, 21, 3, [ab("Lê Văn Cường", "ở Bình Dương", True), ab("Lê Văn Hải", "cách ly tại nhà", True)]),
        True, [vote("nội dung chuyên đề và kết luận", pct=100)],
        [],
        ["missing_assignments", "short_meeting"]),
}

A9 = {
    "blocks": [
        PB,
        a_head("Tiến Long, ngày 08 tháng 5 năm 2020"),
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 5/2020"),
        G(4),
        P("Hôm nay, ngày 08/5/2020, lúc 19 giờ 30 phút, tại Nhà văn hóa thôn Yên Trung, chi bộ sinh hoạt định kỳ "
          "tháng 5/2020. Tháng 4/2020 thực hiện cách ly xã hội theo Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ, chi "
          "bộ không tổ chức sinh hoạt."),
        P("Đảng viên: tổng số 26, miễn sinh hoạt 03, có mặt 22/23; vắng 01: đ/c Trịnh Đình Phú (bận việc gia đình, "
          "có xin phép)."),
        P("Chủ trì: đ/c Lê Đình Thắng – Bí thư chi bộ. Thư ký: đ/c Trịnh Thị Thu Hằng."),
        H("I. Tình hình từ sau kỳ họp tháng 3"),
        P("Thôn không có người mắc bệnh; 05 người đi làm ăn xa đã trở về và cách ly đủ thời gian. Đường bê tông xóm "
          "Bắc khởi công ngày 28/4/2020 sau khi nới giãn cách, đã đổ được 150 m. Lúa chiêm xuân trổ đều, dự kiến "
          "thu hoạch từ 25/5; học sinh đi học trở lại từ ngày 04/5."),
        H("II. Nhiệm vụ tháng 5"),
        P("Thu hoạch lúa chiêm xuân, chuẩn bị vụ mùa; hoàn thành đường xóm Bắc; rà soát, lập danh sách người lao "
          "động mất việc, hộ kinh doanh phải tạm dừng hoạt động để đề nghị hỗ trợ theo Nghị quyết 42/NQ-CP của "
          "Chính phủ; chuẩn bị Đại hội Chi bộ nhiệm kỳ 2020 – 2022 theo kế hoạch của Đảng ủy xã."),
        H("III. Ý kiến"),
        D("- Đ/c Lê Văn Cường: bản thân bị mất việc ở Bình Dương từ tháng 3, nay ở hẳn quê, xin được tham gia tổ "
          "sản xuất của thôn."),
        D("- Đ/c Lê Văn Toản: danh sách đề nghị hỗ trợ phải họp xóm bình xét công khai, tránh bỏ sót hoặc trùng."),
        D("- Đ/c Hoàng Thị Thanh: nhiều hộ còn khó khăn sau dịch, đề nghị chi hội phụ nữ cho vay vốn quay vòng."),
        P("Đồng chí Bí thư tiếp thu các ý kiến, cảm ơn các đồng chí đảng viên đã gương mẫu trong những ngày giãn "
          "cách xã hội."),
        H("IV. Phân công"),
        D("- Đ/c Lê Văn Toản: họp các xóm bình xét danh sách đề nghị hỗ trợ theo Nghị quyết 42/NQ-CP, niêm yết "
          "công khai trước ngày 15/5/2020."),
        D("- Đ/c Nguyễn Văn Lự: chuẩn bị dự thảo báo cáo chính trị trình Đại hội Chi bộ, gửi chi ủy trong tháng 5."),
        P("Chi bộ biểu quyết phương hướng, nhiệm vụ tháng 5: hai mươi hai trên hai mươi hai đồng chí tán thành."),
        P("Buổi họp kết thúc lúc 21 giờ 20 phút. Biên bản đã được thông qua."),
        S(["THƯ KÝ", "", "", "Trịnh Thị Thu Hằng"], ["T/M CHI BỘ", "BÍ THƯ", "", "", "Lê Đình Thắng"]),
    ],
    "truth": minute(
        meeting("regular", "2020-05-08", "19:30", "21:20", A_NVH, A_CELL, A_NEW),
        "Lê Đình Thắng", "Bí thư chi bộ", "Trịnh Thị Thu Hằng",
        att(26, 22, 3, [ab("Trịnh Đình Phú", "bận việc gia đình, có xin phép", True)]),
        False, [vote("phương hướng, nhiệm vụ tháng 5", for_=22)],
        [task("Lê Văn Toản", "họp các xóm bình xét danh sách đề nghị hỗ trợ theo Nghị quyết 42/NQ-CP, niêm yết "
              "công khai", "15/5/2020"),
         task("Nguyễn Văn Lự", "chuẩn bị dự thảo báo cáo chính trị trình Đại hội Chi bộ, gửi chi ủy", "tháng 5")],
        ["missing_conclusion"]),
}

DOCS.append({
    "name": "v01-thanhhoa-village-book-2019-2020", "folder": "test",
    "style": {"family": "serif", "size": 12.5, "justify": True, "indent": 26, "spacing": 1.28,
              "head": "Sổ ghi biên bản – Chi bộ thôn Yên Trung (2019 – 2020)", "head_align": "right",
              "foot": "Trang {n}"},
    "between": 22,
    "minutes": [A1, A2, A3, A4, A5, A6, A7, A8, A9],
    "flags": ["missing_month"],
})


# =================================================================================================
# v02 — minute book of a Long An ward neighbourhood cell, Oct 2015 – Mar 2016: five minutes in the older
# "Hội nghị / Chủ tọa / Thư ký hội nghị" wording, old tone-mark placement, typed copies signed "(đã ký)".
# =================================================================================================

B_CELL = "CHI BỘ KHU PHỐ 4"
B_COMM = "ĐẢNG BỘ PHƯỜNG 6"
B_VP = "văn phòng Khu phố 4"

B1 = {
    "blocks": [
        HD([B_COMM, B_CELL, "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phường 6, ngày 09 tháng 10 năm 2015"]),
        G(4),
        C("BIÊN BẢN HỘI NGHỊ CHI BỘ"),
        C("Định kỳ tháng 10 năm 2015", bold=False, italic=True),
        G(6),
        P("Hôm nay, lúc 19 giờ 00 ngày 09 tháng 10 năm 2015, tại văn phòng Khu phố 4, Chi bộ Khu phố 4 tiến hành "
          "hội nghị định kỳ tháng 10/2015."),
        H("I. THÀNH PHẦN HỘI NGHỊ:"),
        D("- Tổng số đảng viên: 34 đồng chí (miễn sinh hoạt 06 đồng chí)."),
        D("- Đảng viên tham dự: 26/28 đồng chí."),
        D("- Vắng: 02 đồng chí: đ/c Nguyễn Thị Hoà (đi thăm con ở Cần Thơ, có xin phép); đ/c Trương Văn Tư (vắng "
          "không lý do)."),
        D("- Chủ tọa: đ/c Phan Thanh Hùng – Bí thư Chi bộ."),
        D("- Thư ký hội nghị: đ/c Đỗ Thị Hồng Nhung."),
        H("II. NỘI DUNG HỘI NGHỊ:"),
        P("1. Thông qua Nghị quyết tháng 9/2015 và kiểm điểm việc thực hiện: chi bộ đã vận động 41 hộ đăng ký gia "
          "đình văn hoá; tuyến hẻm 12 được bà con góp tiền đổ đá, nâng nền 60 m; thu đảng phí đạt 92%; trong "
          "tháng xảy ra 02 vụ trộm xe máy ở khu vực chợ, công an phường đã bắt được 01 đối tượng."),
        P("2. Thông tin: Đại hội đại biểu Đảng bộ tỉnh lần thứ X, nhiệm kỳ 2015 – 2020 thành công tốt đẹp; triển "
          "khai lấy ý kiến góp ý dự thảo các văn kiện trình Đại hội XII của Đảng tại nơi cư trú."),
        P("3. Phương hướng tháng 10/2015: chủ động phòng chống triều cường, mùa nước nổi; diệt lăng quăng, phòng "
          "bệnh sốt xuất huyết; vận động đóng góp quỹ “Vì người nghèo” trong tháng cao điểm; họp mặt kỷ niệm 85 "
          "năm ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 – 20/10/2015)."),
        P("4. Ý kiến thảo luận:"),
        D("- Đ/c Trần Thị Kim Phượng (Trưởng khu phố): cống hẻm 12 nghẹt rác, mỗi lần triều lên nước tràn vào nhà "
          "5 hộ; đề nghị khu phố tổ chức khơi thông trước đợt triều cường giữa tháng."),
        D("- Đ/c Lê Văn Chín: Chi hội Cựu chiến binh xin nhận phần việc khơi thông cống, đề nghị phường hỗ trợ xe "
          "chở rác."),
        D("- Đ/c Võ Thị Thuý Hằng: chi hội phụ nữ đã có danh sách 07 chị em khó khăn để tặng quà dịp 20/10."),
        P("5. Chủ tọa kết luận: hội nghị thống nhất các nhiệm vụ tháng 10; ưu tiên khơi thông cống hẻm 12 trước "
          "triều cường; vận động quỹ Vì người nghèo, công khai số tiền từng hộ đóng góp tại văn phòng khu phố; "
          "mỗi đảng viên góp ý vào dự thảo văn kiện bằng văn bản."),
        P("6. Hội nghị biểu quyết thông qua Nghị quyết tháng 10/2015: tán thành 26/26 đồng chí; không tán thành: "
          "không."),
        P("7. Phân công: đ/c Trần Thị Kim Phượng – Trưởng khu phố phụ trách vận động đóng góp quỹ Vì người nghèo, "
          "báo cáo kết quả tại hội nghị tháng 11; đ/c Lê Văn Chín cùng tổ dân phòng khơi thông cống hẻm 12, xong "
          "trước ngày 20/10/2015; đ/c Phạm Minh Luân, Bí thư chi đoàn, tổ chức đoàn viên ra quân diệt lăng quăng "
          "vào sáng Chủ nhật hằng tuần."),
        P("Hội nghị kết thúc lúc 21 giờ 00 cùng ngày. Biên bản đã được thông qua trước hội nghị, các đồng chí nhất "
          "trí."),
        S(["THƯ KÝ HỘI NGHỊ", "(đã ký)", "Đỗ Thị Hồng Nhung"], ["CHỦ TỌA", "(đã ký)", "Phan Thanh Hùng"]),
    ],
    "truth": minute(
        meeting("regular", "2015-10-09", "19:00", "21:00", B_VP, B_CELL, B_COMM),
        "Phan Thanh Hùng", "Bí thư Chi bộ", "Đỗ Thị Hồng Nhung",
        att(34, 26, 6, [ab("Nguyễn Thị Hoà", "đi thăm con ở Cần Thơ, có xin phép", True),
                        ab("Trương Văn Tư", "vắng không lý do", False)]),
        True, [vote("Nghị quyết tháng 10/2015", for_=26, against=0)],
        [task("Trần Thị Kim Phượng", "vận động đóng góp quỹ Vì người nghèo, báo cáo kết quả", "hội nghị tháng 11"),
         task("Lê Văn Chín", "cùng tổ dân phòng khơi thông cống hẻm 12", "20/10/2015"),
         task("Phạm Minh Luân", "tổ chức đoàn viên ra quân diệt lăng quăng", "sáng Chủ nhật hằng tuần")],
        ["unexcused_absence"]),
}

B2 = {
    "blocks": [
        C("HỘI NGHỊ CHI BỘ THÁNG 11/2015"),
        G(4),
        P("Thời gian: 19 giờ 00, ngày 06/11/2015. Địa điểm: văn phòng Khu phố 4."),
        P("Đảng viên tham dự: 27/28 đồng chí (miễn sinh hoạt 06 đ/c); vắng 01: đ/c Huỳnh Văn Sáu – đi công tác."),
        P("Chủ tọa: đ/c Phan Thanh Hùng. Thư ký: đ/c Đỗ Thị Hồng Nhung."),
        P("1. Kiểm điểm Nghị quyết tháng 10: cống hẻm 12 khơi thông xong ngày 17/10, đợt triều cường rằm tháng Chín "
          "không còn ngập nhà dân; quỹ Vì người nghèo vận động được 12.450.000 đồng; họp mặt 20/10 tổ chức chu "
          "đáo."),
        P("2. Phương hướng tháng 11: tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại khu phố; chào mừng Ngày Nhà "
          "giáo Việt Nam 20/11; hoàn thành thu đảng phí năm 2015; bình xét danh hiệu “Gia đình văn hoá”, “Khu phố "
          "văn hoá” năm 2015."),
        P("3. Thảo luận:"),
        D("- Đ/c Nguyễn Văn Út: đề nghị bình xét gia đình văn hoá phải đúng thực chất, hộ nào còn để rác ra hẻm "
          "không đúng giờ thì không xét."),
        D("- Đ/c Võ Văn Bảy: Ngày hội năm nay nên kết hợp trao quà cho 06 hộ nghèo đã được quỹ Vì người nghèo hỗ "
          "trợ."),
        P("4. Chủ tọa kết luận: hội nghị thống nhất tổ chức Ngày hội Đại đoàn kết vào sáng 15/11/2015 tại sân văn "
          "phòng khu phố, kết hợp trao quà hộ nghèo; việc bình xét gia đình văn hoá thực hiện công khai, đúng tiêu "
          "chuẩn. Đề nghị các đồng chí đảng viên gương mẫu, vận động gia đình và bà con trong khu phố tham gia đầy "
          "đủ các hoạt động."),
        P("Biểu quyết: 27/27 đ/c thống nhất (100%)."),
        P("Hội nghị bế mạc lúc 20 giờ 45. Biên bản đã thông qua."),
        S(["THƯ KÝ", "(đã ký)", "Đỗ Thị Hồng Nhung"], ["CHỦ TỌA", "(đã ký)", "Phan Thanh Hùng"]),
    ],
    "truth": minute(
        meeting("regular", "2015-11-06", "19:00", "20:45", B_VP, B_CELL, B_COMM),
        "Phan Thanh Hùng", None, "Đỗ Thị Hồng Nhung",
        att(34, 27, 6, [ab("Huỳnh Văn Sáu", "đi công tác", True)]),
        True, [vote("nhiệm vụ tháng 11/2015", for_=27, pct=100)],
        [],
        ["missing_assignments"]),
}

B3 = {
    "blocks": [
        PB,
        HD([B_COMM, B_CELL, "Số: 01-BB/CB"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phường 6, ngày 08 tháng 01 năm 2016"]),
        G(4),
        C("BIÊN BẢN"),
        C("HỘI NGHỊ CHI BỘ THƯỜNG KỲ THÁNG 01/2016"),
        G(6),
        P("Vào lúc 7 giờ 30 phút ngày 08/01/2016, tại hội trường Ban điều hành Khu phố 4, Chi bộ tiến hành hội nghị "
          "thường kỳ tháng 01 năm 2016."),
        P("Đảng viên tham dự: 26/28 đ/c; miễn sinh hoạt 06 đ/c. Vắng 02 đ/c: đ/c Lê Thị Mười (ốm), đ/c Trương Văn "
          "Tư."),
        P("Chủ tọa: đ/c Phan Thanh Hùng – Bí thư Chi bộ. Thư ký hội nghị: đ/c Đỗ Thị Hồng Nhung."),
        H("1. Thông qua Nghị quyết tháng 11/2015 và tình hình từ sau hội nghị trước"),
        P("Ngày hội Đại đoàn kết tổ chức sáng 15/11/2015, trao 06 phần quà cho hộ nghèo; khu phố có 187/203 hộ đạt "
          "gia đình văn hoá năm 2015; thu đảng phí năm 2015 đạt 100%. Tháng 12/2015 chi bộ không tổ chức hội nghị "
          "do Ban điều hành khu phố tập trung tổng kết năm và bầu Trưởng khu phố."),
        H("2. Nhiệm vụ tháng 01/2016"),
        P("Theo dõi, tuyên truyền Đại hội đại biểu toàn quốc lần thứ XII của Đảng (từ ngày 20 đến 28/01/2016); chăm "
          "lo Tết Bính Thân cho hộ nghèo, gia đình chính sách; giữ gìn an ninh trật tự, không để xảy ra đốt pháo; "
          "vận động bà con treo cờ, trang trí đón Tết."),
        H("3. Ý kiến"),
        D("- Đ/c Võ Văn Bảy (tổ trưởng tổ bảo vệ dân phố): dịp cận Tết trộm cắp thường tăng, đề nghị tăng cường "
          "tuần tra ban đêm ở các hẻm 8, 10, 12."),
        D("- Đ/c Võ Thị Thuý Hằng: chi hội phụ nữ vận động được 12 phần quà, đề nghị chi bộ thống nhất danh sách hộ "
          "nhận."),
        H("4. Kết luận"),
        P("Đồng chí Chủ tọa kết luận: tháng 01/2016 chi bộ tập trung tuyên truyền Đại hội XII; chăm lo Tết cho hộ "
          "nghèo, không để hộ nào không có Tết; tăng cường tuần tra từ 23 tháng Chạp đến mùng 6 Tết. Hội nghị biểu "
          "quyết: 26/26 đ/c tán thành, đạt 100%."),
        H("5. Phân công"),
        D("- Đ/c Võ Văn Bảy cùng tổ bảo vệ dân phố tuần tra ban đêm từ nay đến mùng 6 Tết."),
        D("- Đ/c Võ Thị Thuý Hằng trao 12 phần quà Tết cho hộ nghèo, hộ cận nghèo trước ngày 05/02/2016."),
        P("Hội nghị kết thúc lúc 9 giờ 30 phút."),
        S(["THƯ KÝ HỘI NGHỊ", "(đã ký)", "Đỗ Thị Hồng Nhung"], ["CHỦ TỌA", "(đã ký)", "Phan Thanh Hùng"]),
    ],
    "truth": minute(
        meeting("regular", "2016-01-08", "07:30", "09:30", "hội trường Ban điều hành Khu phố 4", B_CELL, B_COMM),
        "Phan Thanh Hùng", "Bí thư Chi bộ", "Đỗ Thị Hồng Nhung",
        att(34, 26, 6, [ab("Lê Thị Mười", "ốm", True), ab("Trương Văn Tư", None, False)]),
        True, [vote("nhiệm vụ tháng 01/2016", for_=26, pct=100)],
        [task("Võ Văn Bảy", "cùng tổ bảo vệ dân phố tuần tra ban đêm", "mùng 6 Tết"),
         task("Võ Thị Thuý Hằng", "trao 12 phần quà Tết cho hộ nghèo, hộ cận nghèo", "05/02/2016")],
        ["not_approved", "unexcused_absence"]),
}

B4 = {
    "blocks": [
        C("BIÊN BẢN HỘI NGHỊ CHI BỘ"),
        C("THÁNG 02 NĂM 2016"),
        G(4),
        P("Hôm nay, ngày 19-02-2016, lúc 19 giờ, tại văn phòng Khu phố 4, Chi bộ Khu phố 4 họp hội nghị thường kỳ "
          "tháng 02/2016."),
        P("Đảng viên tham dự: hai mươi sáu trên hai mươi tám đồng chí (sáu đồng chí miễn sinh hoạt); vắng hai đồng "
          "chí: đ/c Trương Văn Tư (đi Thành phố Hồ Chí Minh chữa bệnh, có báo), đ/c Nguyễn Hoàng Phúc (đi công "
          "tác)."),
        P("Chủ tọa: đ/c Phan Thanh Hùng, Bí thư Chi bộ. Thư ký hội nghị: đ/c Lâm Thị Ngọc Hân (hội nghị cử thay đ/c "
          "Đỗ Thị Hồng Nhung đã chuyển sinh hoạt đảng về Chi bộ Khu phố 1)."),
        P("1. Tình hình tháng 01 và dịp Tết Bính Thân: khu phố trao 12 phần quà Tết và 08 phần quà của Ủy ban nhân "
          "dân phường cho hộ nghèo, gia đình chính sách; đêm giao thừa không có đốt pháo; 01 vụ trộm điện thoại "
          "tại hẻm 10 đã được công an phường giải quyết. Đảng viên theo dõi đầy đủ Đại hội XII qua truyền hình."),
        P("2. Nhiệm vụ tháng 02: học tập, quán triệt Nghị quyết Đại hội XII theo kế hoạch của Đảng uỷ phường; chuẩn "
          "bị bầu cử đại biểu Quốc hội khoá XIV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2016 – 2021 (ngày "
          "bầu cử 22/5/2016): tổ chức hội nghị cử tri nơi cư trú, lập danh sách cử tri; vận động bà con đóng thuế "
          "nhà đất năm 2016."),
        P("3. Các đồng chí trong chi bộ thảo luận, thống nhất cao với báo cáo, không có ý kiến khác."),
        P("4. Đồng chí Chủ tọa kết luận: đây là năm bầu cử, chi bộ phải làm tốt công tác tuyên truyền, bảo đảm danh "
          "sách cử tri chính xác, không bỏ sót người tạm trú dài hạn; mỗi đảng viên vận động gia đình mình và 3 hộ "
          "lân cận nộp thuế đúng hạn."),
        P("5. Biểu quyết: chi bộ thống nhất thông qua nghị quyết tháng 02/2016 với 26/26 đồng chí tán thành."),
        P("6. Phân công: đ/c Trần Thị Kim Phượng phối hợp tổ công tác bầu cử lập danh sách cử tri Khu phố 4, xong "
          "trong tháng 3/2016; đ/c Phạm Minh Luân tổ chức đoàn viên tuyên truyền về bầu cử trên loa phát thanh "
          "khu phố hằng tuần."),
        P("Hội nghị kết thúc lúc 20 giờ 40 phút. Biên bản đọc lại, hội nghị nhất trí thông qua."),
        S(["THƯ KÝ HỘI NGHỊ", "(đã ký)", "Lâm Thị Ngọc Hân"], ["CHỦ TỌA", "(đã ký)", "Phan Thanh Hùng"]),
    ],
    "truth": minute(
        meeting("regular", "2016-02-19", "19:00", "20:40", B_VP, B_CELL, B_COMM),
        "Phan Thanh Hùng", "Bí thư Chi bộ", "Lâm Thị Ngọc Hân",
        att(34, 26, 6, [ab("Trương Văn Tư", "đi Thành phố Hồ Chí Minh chữa bệnh, có báo", True),
                        ab("Nguyễn Hoàng Phúc", "đi công tác", True)]),
        True, [vote("nghị quyết tháng 02/2016", for_=26)],
        [task("Trần Thị Kim Phượng", "phối hợp tổ công tác bầu cử lập danh sách cử tri Khu phố 4", "tháng 3/2016"),
         task("Phạm Minh Luân", "tổ chức đoàn viên tuyên truyền về bầu cử trên loa phát thanh khu phố",
              "hằng tuần")],
        ["no_discussion"]),
}

B5_TOPIC = "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về trung thực, trách nhiệm, gắn bó với nhân dân"
B5 = {
    "blocks": [
        PB,
        C("BIÊN BẢN"),
        C("HỘI NGHỊ CHI BỘ THÁNG 3/2016 KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ I"),
        L("Chuyên đề: " + B5_TOPIC, italic=True),
        G(4),
        P("Thời gian: 14 giờ 00 – 15 giờ 50, ngày 11/3/2016. Địa điểm: văn phòng Khu phố 4."),
        P("Đảng viên tham dự: 25/28 đồng chí (miễn sinh hoạt 06 đ/c). Vắng 03 đồng chí: đ/c Trương Văn Tư (không lý "
          "do), đ/c Lê Thị Mười (nằm viện), đ/c Đặng Văn Lành (về quê Bến Tre)."),
        P("Chủ tọa: đ/c Phan Thanh Hùng – Bí thư Chi bộ; thư ký: đ/c Lâm Thị Ngọc Hân."),
        H("Phần I. Sinh hoạt thường kỳ"),
        P("Nghị quyết tháng 02 thực hiện đạt yêu cầu: danh sách cử tri khu phố đã lập xong với 1.326 cử tri, đang "
          "rà soát lần hai; hội nghị cử tri nơi cư trú tổ chức ngày 05/3 có 142 cử tri dự; thuế nhà đất thu được "
          "64%. Nhiệm vụ tháng 3: niêm yết danh sách cử tri đúng thời gian luật định; tiếp tục thu thuế nhà đất; "
          "phòng cháy nhà dân trong mùa khô; tổ chức kỷ niệm 85 năm ngày thành lập Đoàn Thanh niên Cộng sản Hồ "
          "Chí Minh (26/3)."),
        H("Phần II. Sinh hoạt chuyên đề"),
        P("Đ/c Trần Thị Kim Phượng, Phó Bí thư Chi bộ, trình bày chuyên đề, liên hệ thực tế: đảng viên là cán bộ "
          "khu phố phải trung thực khi bình xét hộ nghèo, không nể nang người quen; có trách nhiệm đến cùng với "
          "những việc dân phản ánh như cống nghẹt, đèn hẻm hư."),
        D("- Đ/c Nguyễn Văn Út: đề nghị mỗi đảng viên nhận “phụ trách” vài hộ quanh nhà, nghe dân nói và báo lại "
          "chi bộ, nhất là hộ người già sống một mình."),
        D("- Đ/c Võ Thị Thuý Hằng: cần phê bình thẳng những đồng chí đảng viên vắng hội nghị nhiều lần, vì dân nhìn "
          "vào đó mà đánh giá chi bộ."),
        P("Kết luận: đồng chí Chủ tọa kết luận chi bộ thống nhất nội dung chuyên đề; từ quý II mỗi đảng viên đăng ký "
          "theo dõi các hộ lân cận; chi uỷ sẽ xem xét trách nhiệm đảng viên vắng hội nghị không lý do. Biểu quyết: "
          "Tán thành: 25/25, đạt tỷ lệ 100%."),
        P("Phân công: chi bộ giao đ/c Bí thư Phan Thanh Hùng gặp, nhắc nhở đ/c Trương Văn Tư về việc vắng hội nghị "
          "không lý do nhiều lần, báo cáo tại hội nghị tháng 4; đ/c Nguyễn Hoàng Phúc rà soát hộ tạm trú, tạm vắng "
          "trên địa bàn trước bầu cử, xong trong tháng 4/2016."),
        P("Hội nghị kết thúc lúc 15 giờ 50 phút; biên bản được thông qua."),
        S(["THƯ KÝ", "(đã ký)", "Lâm Thị Ngọc Hân"], ["CHỦ TỌA", "(đã ký)", "Phan Thanh Hùng"]),
    ],
    "truth": minute(
        meeting("regular", "2016-03-11", "14:00", "15:50", B_VP, B_CELL, B_COMM, topic=B5_TOPIC),
        "Phan Thanh Hùng", "Bí thư Chi bộ", "Lâm Thị Ngọc Hân",
        att(34, 25, 6, [ab("Trương Văn Tư", "không lý do", False), ab("Lê Thị Mười", "nằm viện", True),
                        ab("Đặng Văn Lành", "về quê Bến Tre", True)]),
        True, [vote("nghị quyết tháng 3 và chuyên đề", for_=25, pct=100)],
        [task("Phan Thanh Hùng", "gặp, nhắc nhở đ/c Trương Văn Tư về việc vắng hội nghị không lý do nhiều lần, "
              "báo cáo", "hội nghị tháng 4"),
         task("Nguyễn Hoàng Phúc", "rà soát hộ tạm trú, tạm vắng trên địa bàn trước bầu cử", "tháng 4/2016")],
        ["low_attendance", "short_meeting", "unexcused_absence"]),
}

DOCS.append({
    "name": "v02-longan-ward-book-2015-2016", "folder": "test",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 30, "spacing": 1.25, "left": 85,
              "foot": "- {n} -"},
    "between": 30,
    "minutes": [B1, B2, B3, B4, B5],
    "flags": ["missing_month", "no_thematic_in_quarter", "repeated_absence"],
})


# =================================================================================================
# v03 — minute book of an Ê Đê village cell in Đắk Lắk, Dec 2025 – Feb 2026 (after the two-level local
# government): three minutes across the year's end.
# =================================================================================================

K_CELL = "CHI BỘ BUÔN KRÔNG JING"
K_COMM = "ĐẢNG ỦY XÃ HÒA PHÚ"

K1 = {
    "blocks": [
        HD([K_COMM, K_CELL, "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hòa Phú, ngày 05 tháng 12 năm 2025"]),
        G(4),
        C("BIÊN BẢN"),
        C("SINH HOẠT CHI BỘ THÁNG 12 NĂM 2025"),
        G(6),
        P("Thực hiện Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025 của Ban Bí thư, vào lúc 19 giờ 00 phút ngày "
          "05/12/2025, tại Nhà sinh hoạt cộng đồng buôn Krông Jing, Chi bộ buôn Krông Jing tổ chức sinh hoạt "
          "thường kỳ tháng 12 năm 2025."),
        P("Tổng số đảng viên: 17 đồng chí; đồng chí Y Blu Niê (già làng) được miễn sinh hoạt. Có mặt: 15/16 đồng "
          "chí. Vắng: đồng chí Y Sơn Mlô (không lý do)."),
        P("Chủ trì: đồng chí Y Khương Niê – Bí thư chi bộ, Trưởng buôn. Thư ký: đồng chí H'Liên Êban."),
        H("1. Thông tin thời sự"),
        P("Đồng chí Bí thư thông tin: Đại hội đại biểu toàn quốc lần thứ XIV của Đảng dự kiến khai mạc tháng "
          "01/2026; cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 – "
          "2031 tổ chức ngày 15/3/2026; các xã phía Đông tỉnh bị thiệt hại nặng do mưa lũ cuối tháng 11, Ủy ban "
          "MTTQ xã phát động ủng hộ đồng bào vùng lũ."),
        H("2. Kết quả tháng 11/2025"),
        P("Buôn đã thu hoạch khoảng 45% diện tích cà phê, giá cà phê nhân cao nên bà con phấn khởi. Xảy ra 02 vụ "
          "trộm cà phê quả tươi tại rẫy ven suối Ea Nuôl, công an xã đang xác minh. Chi đoàn giúp 03 hộ neo đơn "
          "hái cà phê. Đảng phí tháng 11 thu đủ."),
        H("3. Nhiệm vụ tháng 12/2025"),
        P("Thu hoạch, phơi sấy cà phê bảo đảm chất lượng, không hái xanh; tuần tra bảo vệ vườn cà phê; vận động ủng "
          "hộ đồng bào vùng lũ; tổ chức kiểm điểm, đánh giá, xếp loại đảng viên cuối năm theo hướng dẫn của Đảng "
          "ủy xã; chuẩn bị lập danh sách cử tri."),
        H("4. Thảo luận"),
        D("- Đ/c H'Nhi Byă (Chi hội trưởng phụ nữ): chị em nhiều nhà đang bận hái cà phê, xin cho chi hội thu ủng "
          "hộ vùng lũ bằng gạo và tiền tùy khả năng, không chia bình quân."),
        D("- Đ/c Y Phơn Ktla: tổ tự quản có 6 người, chia hai ca tuần tra nhưng thiếu đèn pin, đề nghị buôn hỗ trợ."),
        D("- Đ/c Nguyễn Văn Hưng: đề nghị các hộ có sân phơi gần đường ghi lại biển số xe lạ vào buôn ban đêm."),
        H("5. Kết luận"),
        P("Đ/c Bí thư kết luận: tháng 12 tập trung thu hoạch cà phê đúng độ chín, giữ an ninh vườn rẫy; ủng hộ "
          "vùng lũ theo tinh thần tự nguyện; buôn trích quỹ mua 04 đèn pin cho tổ tự quản; chuẩn bị chu đáo kiểm "
          "điểm cuối năm, đảng viên nào vắng sinh hoạt không lý do phải kiểm điểm trước chi bộ."),
        P("Biểu quyết: 15/15 đồng chí tán thành, đạt 100%."),
        H("6. Phân công"),
        D("- Đ/c Y Phơn Ktla cùng tổ tự quản an ninh buôn tuần tra vườn cà phê ban đêm từ nay đến hết vụ thu "
          "hoạch."),
        D("- Đ/c H'Nhi Byă vận động chị em ủng hộ đồng bào vùng lũ, nộp về Ủy ban MTTQ xã trước ngày 15/12/2025."),
        D("- Đ/c Y Thuật Êban tổ chức chi đoàn giúp các hộ neo đơn thu hái cà phê trong tháng 12."),
        P("Buổi sinh hoạt kết thúc lúc 21 giờ 00 phút. Biên bản đã được đọc lại và thông qua."),
        S(["THƯ KÝ", "", "", "H'Liên Êban"], ["T/M CHI ỦY", "BÍ THƯ", "", "", "Y Khương Niê"]),
    ],
    "truth": minute(
        meeting("regular", "2025-12-05", "19:00", "21:00", "Nhà sinh hoạt cộng đồng buôn Krông Jing", K_CELL, K_COMM),
        "Y Khương Niê", "Bí thư chi bộ", "H'Liên Êban",
        att(17, 15, 1, [ab("Y Sơn Mlô", "không lý do", False)]),
        True, [vote("nhiệm vụ tháng 12/2025", for_=15, pct=100)],
        [task("Y Phơn Ktla", "cùng tổ tự quản an ninh buôn tuần tra vườn cà phê ban đêm", "hết vụ thu hoạch"),
         task("H'Nhi Byă", "vận động chị em ủng hộ đồng bào vùng lũ, nộp về Ủy ban MTTQ xã", "15/12/2025"),
         task("Y Thuật Êban", "tổ chức chi đoàn giúp các hộ neo đơn thu hái cà phê", "tháng 12")],
        ["unexcused_absence"]),
}

K2 = {
    "blocks": [
        C("BIÊN BẢN HỌP CHI BỘ"),
        C("Kỳ sinh hoạt tháng Một năm 2026", bold=False),
        G(4),
        P("Ngày 09 tháng 01 năm 2026, từ 19 giờ 30 phút đến 21 giờ 15 phút, tại Nhà sinh hoạt cộng đồng buôn, Chi "
          "bộ buôn Krông Jing họp định kỳ."),
        P("Có mặt 15/16 đồng chí phải dự (miễn sinh hoạt 01: đ/c Y Blu Niê); vắng: đ/c Y Sơn Mlô."),
        P("Đồng chí Y Khương Niê, Bí thư chi bộ chủ trì; đồng chí H'Liên Êban ghi biên bản."),
        P("a) Kết quả tháng 12: buôn ủng hộ đồng bào vùng lũ 8.700.000 đồng và 650 kg gạo; cà phê thu hoạch được "
          "khoảng 85% diện tích, không còn xảy ra trộm; kiểm điểm cuối năm xong ngày 22/12, chi bộ được Đảng ủy xã "
          "đề nghị xếp loại Hoàn thành tốt nhiệm vụ. Chi ủy đã đến nhà đ/c Y Sơn Mlô hai lần nhưng không gặp."),
        P("b) Nhiệm vụ tháng 01/2026: theo dõi, tuyên truyền Đại hội XIV của Đảng; tưới đợt 1 cho cà phê, sử dụng "
          "nước tiết kiệm vì hồ Ea Nuôl xuống thấp; chuẩn bị đón Tết Nguyên đán Bính Ngọ, không đốt pháo, không "
          "uống rượu say gây mất trật tự; phối hợp lập danh sách cử tri của buôn."),
        P("c) Ý kiến:"),
        D("- Đ/c Y Phơn Ktla: nhiều hộ mới mua máy bơm dầu, cần nhắc bà con không bơm cùng lúc kẻo cạn suối."),
        D("- Đ/c Trần Thị Thu: đề nghị giữ lịch sinh hoạt chi bộ vào thứ Sáu đầu tháng để đảng viên đi rẫy sắp xếp "
          "được."),
        P("d) Đồng chí Bí thư kết luận: chi bộ thống nhất nhiệm vụ tháng 01; lịch tưới chia theo cụm rẫy, buôn "
          "thông báo trên loa; lịch sinh hoạt giữ vào thứ Sáu đầu tháng. Chi bộ nhất trí 100%."),
        P("e) Phân công: đ/c Y Phơn Ktla lập lịch tưới theo cụm rẫy, thông báo cho các hộ trước ngày 15/01/2026; "
          "đ/c Nguyễn Văn Hưng phối hợp công an xã rà soát nhân khẩu để lập danh sách cử tri trong tháng 01."),
        P("Buổi họp kết thúc lúc 21 giờ 15 phút."),
        S(["Người ghi biên bản", "H'Liên Êban"], ["Chủ trì", "Y Khương Niê"]),
    ],
    "truth": minute(
        meeting("regular", "2026-01-09", "19:30", "21:15", "Nhà sinh hoạt cộng đồng buôn", K_CELL, K_COMM),
        "Y Khương Niê", "Bí thư chi bộ", "H'Liên Êban",
        att(17, 15, 1, [ab("Y Sơn Mlô", None, False)]),
        True, [vote("nhiệm vụ tháng 01/2026", pct=100)],
        [task("Y Phơn Ktla", "lập lịch tưới theo cụm rẫy, thông báo cho các hộ", "15/01/2026"),
         task("Nguyễn Văn Hưng", "phối hợp công an xã rà soát nhân khẩu để lập danh sách cử tri", "tháng 01")],
        ["not_approved", "unexcused_absence"]),
}

K3 = {
    "blocks": [
        C("SINH HOẠT CHI BỘ THÁNG 02/2026"),
        G(4),
        P("Hôm nay, ngày 06-02-2026, vào lúc 19h00, tại Nhà sinh hoạt cộng đồng buôn Krông Jing, chi bộ tiến hành "
          "sinh hoạt thường kỳ tháng 02/2026."),
        P("Đảng viên phải dự: 16 (01 đồng chí miễn sinh hoạt); có mặt: 14; vắng 02: đ/c Y Sơn Mlô – vắng không "
          "phép; đ/c Trần Thị Thu – về quê Quảng Nam ăn Tết sớm, có báo."),
        P("Chủ trì: đ/c Y Khương Niê, Bí thư chi bộ. Thư ký: đ/c H'Liên Êban."),
        P("1. Đồng chí Bí thư thông báo kết quả Đại hội đại biểu toàn quốc lần thứ XIV của Đảng; Đảng ủy xã sẽ tổ "
          "chức hội nghị học tập, quán triệt sau Tết, yêu cầu đảng viên dự đầy đủ."),
        P("2. Tình hình tháng 01: lịch tưới theo cụm rẫy được bà con thực hiện nghiêm, không còn tranh chấp nước; "
          "danh sách cử tri của buôn có 612 người, đã gửi Ủy ban nhân dân xã; cà phê thu hoạch xong. Hạn chế: vẫn "
          "còn 02 đảng viên nộp đảng phí chậm; đ/c Y Sơn Mlô tiếp tục vắng sinh hoạt."),
        P("3. Nhiệm vụ tháng 02: tổ chức đón Tết Bính Ngọ vui tươi, an toàn; thăm, tặng quà 05 hộ nghèo và già làng; "
          "tuyên truyền bầu cử ngày 15/3/2026; tưới đợt 2 cho cà phê; phòng cháy rẫy trong mùa khô."),
        P("4. Ý kiến:"),
        D("- Đ/c H'Nhi Byă: chi hội phụ nữ góp được 05 phần quà, đề nghị chi bộ đi cùng khi trao."),
        D("- Đ/c Y Thuật Êban: chi đoàn xin tổ chức đêm văn nghệ cồng chiêng mừng Đảng, mừng Xuân vào tối 14/02."),
        D("- Đ/c Y Blu Niê (già làng, miễn sinh hoạt, đến dự): đề nghị chi bộ gặp gia đình đ/c Y Sơn Mlô, vì "
          "theo luật tục của buôn người có việc phải nói với buôn."),
        P("5. Đồng chí Bí thư kết luận: chi bộ thống nhất nhiệm vụ tháng 02; Tết phải vui nhưng an toàn, không để "
          "cháy rẫy; đêm văn nghệ tổ chức gọn, kết thúc trước 22 giờ; chi bộ cử người gặp đ/c Y Sơn Mlô và gia "
          "đình để làm rõ lý do bỏ sinh hoạt ba kỳ liền."),
        P("6. Biểu quyết: 14/14 đồng chí tán thành (100%)."),
        P("7. Phân công: giao đ/c Y Khương Niê và đ/c Y Phơn Ktla gặp gỡ, động viên đ/c Y Sơn Mlô trở lại sinh "
          "hoạt, báo cáo chi bộ kỳ họp tháng 3; đ/c Y Thuật Êban tổ chức đêm văn nghệ cồng chiêng vào tối "
          "14/02/2026."),
        P("Biên bản đã đọc lại, chi bộ nhất trí thông qua lúc 20 giờ 45 phút."),
        S(["THƯ KÝ", "", "", "H'Liên Êban"], ["BÍ THƯ", "", "", "Y Khương Niê"]),
    ],
    "truth": minute(
        meeting("regular", "2026-02-06", "19:00", "20:45", "Nhà sinh hoạt cộng đồng buôn Krông Jing", K_CELL, K_COMM),
        "Y Khương Niê", "Bí thư chi bộ", "H'Liên Êban",
        att(17, 14, 1, [ab("Y Sơn Mlô", "vắng không phép", False),
                        ab("Trần Thị Thu", "về quê Quảng Nam ăn Tết sớm, có báo", True)]),
        True, [vote("nhiệm vụ tháng 02/2026", for_=14, pct=100)],
        [task("Y Khương Niê", "gặp gỡ, động viên đ/c Y Sơn Mlô trở lại sinh hoạt, báo cáo chi bộ", "kỳ họp tháng 3"),
         task("Y Phơn Ktla", "gặp gỡ, động viên đ/c Y Sơn Mlô trở lại sinh hoạt, báo cáo chi bộ", "kỳ họp tháng 3"),
         task("Y Thuật Êban", "tổ chức đêm văn nghệ cồng chiêng", "tối 14/02/2026")],
        ["low_attendance", "unexcused_absence"]),
}

DOCS.append({
    "name": "v03-daklak-buon-book-2025-2026", "folder": "test",
    "style": {"family": "sans", "size": 10.5, "justify": False, "indent": 18, "spacing": 1.2, "left": 68,
              "right": 48, "top": 46, "bottom": 50, "para_gap": 1, "foot": "{n}/{N}"},
    "between": 14,
    "minutes": [K1, K2, K3],
    "flags": ["repeated_absence"],
    "scans": [{"name": "v14-daklak-buon-book-scan", "folder": "test", "damage": "moderate", "seed": 1114,
               "dpi": 200}],
})


# =================================================================================================
# Single minutes
# =================================================================================================

# v04 — Hà Nội, residential-group cell, October 2023; modern template, ruled task table. Clean.
DOCS.append({
    "name": "v04-hanoi-tdp-october-2023", "folder": "test",
    "style": {"family": "dvsans", "size": 10.5, "justify": True, "indent": 0, "spacing": 1.35, "para_gap": 3,
              "foot": "Tr. {n}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG ĐỊNH CÔNG", "CHI BỘ TỔ DÂN PHỐ SỐ 14", "Số: 10-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hà Nội, ngày 13 tháng 10 năm 2023"]),
            G(6),
            C("BIÊN BẢN", size=13),
            C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 10/2023", size=12),
            G(6),
            H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            L("1. Thời gian: từ 19 giờ 30 phút đến 21 giờ 30 phút, ngày 13/10/2023."),
            L("2. Địa điểm: Nhà văn hóa Tổ dân phố số 14."),
            L("3. Thành phần:"),
            L("- Tổng số đảng viên: 41 đồng chí; miễn sinh hoạt: 12 đồng chí (tuổi cao, sức yếu); đảng viên phải dự: "
              "29 đồng chí."),
            L("- Có mặt: 27/29 đồng chí (đạt 93,1%), trong đó 01 đảng viên dự bị."),
            L("- Vắng 02 đồng chí có lý do: đ/c Nguyễn Thị Bích Ngọc (điều trị tại Bệnh viện Bạch Mai); đ/c Đào Mạnh "
              "Hùng (đi công tác Đà Nẵng)."),
            L("- Khách mời: đ/c Phạm Thị Hà – Đảng ủy viên, phụ trách địa bàn."),
            L("4. Chủ trì: đ/c Vũ Đức Thịnh – Bí thư chi bộ."),
            L("5. Thư ký: đ/c Trần Thu Trang – chi ủy viên."),
            H("II. NỘI DUNG"),
            L("1. Thông tin thời sự, quán triệt văn bản", bold=True),
            P("Đồng chí Bí thư thông tin tình hình thời sự trong nước, của Thành phố; quán triệt chỉ đạo của Thành ủy, "
              "Quận ủy về tổng kiểm tra, rà soát an toàn phòng cháy, chữa cháy đối với chung cư mini, nhà ở kết hợp "
              "kinh doanh và nhà trọ sau vụ cháy đặc biệt nghiêm trọng ở quận Thanh Xuân tháng 9/2023; kế hoạch của "
              "phường về phân loại rác tại nguồn theo ba loại: rác hữu cơ, rác tái chế, rác còn lại…"),
            L("2. Kết quả thực hiện nhiệm vụ tháng 9/2023", bold=True),
            P("Tổ dân phố phối hợp Công an phường kiểm tra 23 nhà trọ và 04 chung cư mini; phát hiện 06 cơ sở chưa có "
              "lối thoát nạn thứ hai, đã lập biên bản yêu cầu khắc phục. Tổ chức Trung thu cho 112 cháu thiếu nhi; thu "
              "quỹ “Vì người nghèo” được 18,6 triệu đồng. Hạn chế: vẫn còn 03 điểm tập kết rác tự phát ở ngõ 41 và "
              "ngõ 43; 02 đảng viên nộp đảng phí chậm."),
            L("3. Phương hướng, nhiệm vụ tháng 10/2023", bold=True),
            P("Đôn đốc các cơ sở khắc phục tồn tại về phòng cháy, chữa cháy; tuyên truyền, hướng dẫn các hộ phân loại "
              "rác; tổ chức gặp mặt kỷ niệm 93 năm ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10); thu đảng phí "
              "quý IV; chuẩn bị tổng kết công tác năm 2023 của tổ dân phố."),
            L("4. Thảo luận", bold=True),
            L("- Đ/c Lương Văn Khải (Tổ trưởng tổ dân phố): có 02 chủ nhà trọ chưa hợp tác, đề nghị chi bộ báo cáo "
              "Đảng ủy phường để có văn bản đôn đốc."),
            L("- Đ/c Hoàng Thị Mai Anh: nhiều hộ để xe điện sạc qua đêm ở tầng một; đề nghị đưa nội dung này vào buổi "
              "tuyên truyền phòng cháy."),
            L("- Đ/c Phạm Thị Hà (khách mời): ghi nhận chi bộ đã chủ động, đề nghị công khai danh sách cơ sở chưa "
              "khắc phục tại bảng tin tổ dân phố."),
            L("5. Kết luận của đồng chí chủ trì", bold=True),
            P("Đồng chí Bí thư kết luận: chi bộ thống nhất đánh giá và phương hướng tháng 10; trọng tâm là phòng cháy, "
              "chữa cháy tại nhà trọ, chung cư mini và việc sạc xe điện trong nhà; công khai danh sách cơ sở chưa khắc "
              "phục; xóa các điểm tập kết rác tự phát trước mùa mưa rét. Đảng viên nộp đảng phí đúng kỳ."),
            L("6. Biểu quyết", bold=True),
            P("Tán thành: 27/27 đồng chí (100%); không tán thành: 0; ý kiến khác: 0."),
            L("7. Phân công nhiệm vụ", bold=True),
            T([(0.07, "TT", "c"), (0.45, "Nội dung công việc", "l"), (0.28, "Người thực hiện", "l"),
               (0.20, "Thời hạn", "l")],
              [["1", "Đôn đốc 06 cơ sở khắc phục lối thoát nạn, báo cáo Đảng ủy phường",
                "Đ/c Lương Văn Khải, đ/c Ngô Quang Vinh", "Trước 31/10/2023"],
               ["2", "Tuyên truyền, hướng dẫn phân loại rác tại nguồn ở các ngõ 41, 43", "Chi hội Phụ nữ",
                "Tháng 10, 11/2023"],
               ["3", "Thu đảng phí quý IV, đối chiếu sổ đảng phí", "Đ/c Trần Thu Trang", "Trước 20/10/2023"],
               ["4", "Xóa 03 điểm tập kết rác tự phát, phối hợp công ty môi trường", "Đ/c Hoàng Thị Mai Anh",
                "Thường xuyên"]]),
            P("Buổi sinh hoạt kết thúc lúc 21 giờ 30 phút cùng ngày. Biên bản đã được đọc lại trước chi bộ và được "
              "27/27 đồng chí nhất trí thông qua."),
            S(["THƯ KÝ", "", "", "Trần Thu Trang"], ["T/M CHI BỘ", "BÍ THƯ", "", "", "Vũ Đức Thịnh"]),
        ],
        "truth": minute(
            meeting("regular", "2023-10-13", "19:30", "21:30", "Nhà văn hóa Tổ dân phố số 14",
                    "CHI BỘ TỔ DÂN PHỐ SỐ 14", "ĐẢNG BỘ PHƯỜNG ĐỊNH CÔNG"),
            "Vũ Đức Thịnh", "Bí thư chi bộ", "Trần Thu Trang",
            att(41, 27, 12, [ab("Nguyễn Thị Bích Ngọc", "điều trị tại Bệnh viện Bạch Mai", True),
                             ab("Đào Mạnh Hùng", "đi công tác Đà Nẵng", True)],
                guests=[guest("Phạm Thị Hà", "Đảng ủy viên, phụ trách địa bàn")]),
            True, [vote("đánh giá và phương hướng tháng 10/2023", for_=27, against=0, abstain=0, pct=100)],
            [task("Lương Văn Khải", "Đôn đốc 06 cơ sở khắc phục lối thoát nạn, báo cáo Đảng ủy phường", "31/10/2023"),
             task("Ngô Quang Vinh", "Đôn đốc 06 cơ sở khắc phục lối thoát nạn, báo cáo Đảng ủy phường", "31/10/2023"),
             task("Chi hội Phụ nữ", "Tuyên truyền, hướng dẫn phân loại rác tại nguồn ở các ngõ 41, 43",
                  "Tháng 10, 11/2023"),
             task("Trần Thu Trang", "Thu đảng phí quý IV, đối chiếu sổ đảng phí", "20/10/2023"),
             task("Hoàng Thị Mai Anh", "Xóa 03 điểm tập kết rác tự phát, phối hợp công ty môi trường",
                  "Thường xuyên")],
            []),
    }],
})

# v05 — Quảng Nam, lower-secondary school, thematic meeting Q2/2017 in the older "Hội nghị" wording. Clean.
V05_TOPIC = "Phát huy vai trò nêu gương của nhà giáo là đảng viên theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"
DOCS.append({
    "name": "v05-quangnam-school-thematic-2017", "folder": "test",
    "style": {"family": "dejavu", "size": 11, "justify": True, "indent": 24, "spacing": 1.25, "top": 48,
              "bottom": 50},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ TAM PHÚ", "CHI BỘ TRƯỜNG THCS", "LÝ TỰ TRỌNG", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tam Phú, ngày 12 tháng 5 năm 2017"], bold_left=(1, 2)),
            G(4),
            C("BIÊN BẢN HỘI NGHỊ"),
            C("SINH HOẠT CHUYÊN ĐỀ QUÝ II NĂM 2017"),
            C("“" + V05_TOPIC + "”", bold=False, italic=True),
            G(6),
            P("Hôm nay, vào lúc 14 giờ 00 ngày 12/5/2017, tại phòng họp Hội đồng sư phạm nhà trường, Chi bộ Trường "
              "THCS Lý Tự Trọng tổ chức hội nghị sinh hoạt chuyên đề quý II năm 2017."),
            P("Đảng viên tham dự: 13/14 đồng chí; vắng 01 đồng chí: đ/c Nguyễn Thị Thu Hà (nghỉ sinh con)."),
            P("Chủ tọa: đ/c Trần Văn Lực – Bí thư Chi bộ, Hiệu trưởng. Thư ký hội nghị: đ/c Huỳnh Thị Mỹ Lệ."),
            H("I. NỘI DUNG CHUYÊN ĐỀ"),
            P("Đ/c Lê Thị Kim Oanh, Phó Bí thư Chi bộ, trình bày chuyên đề. Trên cơ sở Chỉ thị số 05-CT/TW ngày "
              "15/5/2016 của Bộ Chính trị, chuyên đề nêu những việc nhà giáo là đảng viên phải làm gương: đúng giờ, "
              "soạn giảng chu đáo, không dạy thêm trái quy định, ứng xử mực thước với học sinh và phụ huynh. Chi bộ "
              "tự đánh giá năm học 2016 – 2017 không có đảng viên vi phạm quy định dạy thêm; còn 02 đồng chí chưa "
              "thật sự mẫu mực trong ứng xử khi học sinh vi phạm nội quy."),
            H("II. THẢO LUẬN"),
            P("Đ/c Phan Văn Tài (Tổ trưởng tổ Toán – Tin): đề nghị đảng viên nhận kèm học sinh yếu khối 9 không thu "
              "tiền, coi đó là việc làm theo chuyên đề."),
            P("Đ/c Võ Thị Ngọc Bích: nêu gương cả trên mạng xã hội, giáo viên không bình luận, chia sẻ nội dung phản "
              "cảm về học sinh, đồng nghiệp."),
            P("Đ/c Nguyễn Quang Huy (Tổng phụ trách Đội): hè năm nay cần có đảng viên cùng Đội theo dõi học sinh ở "
              "địa phương, nhất là việc tắm sông, tắm biển."),
            H("III. KẾT LUẬN"),
            P("Đồng chí Chủ tọa kết luận: hội nghị thống nhất nội dung chuyên đề; mỗi đảng viên đăng ký ít nhất hai "
              "việc làm nêu gương cụ thể, gắn với kết quả tổng kết năm học; chi bộ không để xảy ra dạy thêm trái quy "
              "định, ứng xử thiếu chuẩn mực; tập trung ôn thi tuyển sinh lớp 10 và quản lý học sinh trong hè."),
            H("IV. BIỂU QUYẾT"),
            P("Hội nghị biểu quyết thông qua kết luận: 13/13 đồng chí tán thành (100%)."),
            H("V. PHÂN CÔNG"),
            P("Đ/c Phan Văn Tài phụ trách lớp ôn thi cho học sinh khối 9, từ nay đến kỳ thi tuyển sinh lớp 10. Đ/c Võ "
              "Thị Ngọc Bích tổng hợp bản đăng ký nêu gương của đảng viên, báo cáo chi ủy trước ngày 20/5/2017. Đ/c "
              "Nguyễn Quang Huy phối hợp Đoàn xã tổ chức sinh hoạt hè cho học sinh trong tháng 6 và tháng 7."),
            P("Hội nghị kết thúc lúc 15 giờ 30 phút cùng ngày. Biên bản đã được thông qua trước hội nghị."),
            S(["THƯ KÝ HỘI NGHỊ", "", "", "Huỳnh Thị Mỹ Lệ"], ["CHỦ TỌA", "", "", "Trần Văn Lực"]),
        ],
        "truth": minute(
            meeting("thematic", "2017-05-12", "14:00", "15:30", "phòng họp Hội đồng sư phạm nhà trường",
                    "CHI BỘ TRƯỜNG THCS LÝ TỰ TRỌNG", "ĐẢNG BỘ XÃ TAM PHÚ", topic=V05_TOPIC),
            "Trần Văn Lực", "Bí thư Chi bộ", "Huỳnh Thị Mỹ Lệ",
            att(14, 13, 0, [ab("Nguyễn Thị Thu Hà", "nghỉ sinh con", True)]),
            True, [vote("kết luận chuyên đề", for_=13, pct=100)],
            [task("Phan Văn Tài", "lớp ôn thi cho học sinh khối 9", "kỳ thi tuyển sinh lớp 10"),
             task("Võ Thị Ngọc Bích", "tổng hợp bản đăng ký nêu gương của đảng viên, báo cáo chi ủy", "20/5/2017"),
             task("Nguyễn Quang Huy", "phối hợp Đoàn xã tổ chức sinh hoạt hè cho học sinh", "tháng 6 và tháng 7")],
            []),
    }],
})

# v06 — Cần Thơ, seafood company workshop, March 2026: regular + thematic combined. Clean.
V06_TOPIC = ("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về thực hành tiết kiệm, chống lãng phí "
             "trong sản xuất")
V06_COMM = "ĐẢNG BỘ CÔNG TY CỔ PHẦN THỦY SẢN TÂY ĐÔ"
DOCS.append({
    "name": "v06-cantho-seafood-combined-2026", "folder": "test",
    "style": {"family": "sans", "size": 11, "justify": True, "indent": 20, "spacing": 1.3, "left": 75,
              "right": 50},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG TY CỔ PHẦN", "THỦY SẢN TÂY ĐÔ", "CHI BỘ PHÂN XƯỞNG CHẾ BIẾN 2", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Cần Thơ, ngày 20 tháng 3 năm 2026"], bold_left=(2,)),
            G(4),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3/2026"),
            C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ I/2026"),
            L("Chuyên đề: " + V06_TOPIC, italic=True),
            G(4),
            P("Thời gian: bắt đầu lúc 13 giờ 30 phút, kết thúc lúc 15 giờ 30 phút ngày 20/3/2026 (sau ca sáng)."),
            P("Địa điểm: Phòng họp Phân xưởng Chế biến 2."),
            P("Thành phần: tổng số đảng viên 30 đồng chí (chính thức 28, dự bị 02), không có đồng chí nào miễn sinh "
              "hoạt. Có mặt 27/30 đồng chí, đạt 90%. Vắng 03 đồng chí, đều có lý do: đ/c Trần Minh Luân (nghỉ phép "
              "năm), đ/c Thạch Thị Sa Vy (nghỉ thai sản), đ/c Nguyễn Hữu Nghĩa (đi học lớp trung cấp lý luận chính "
              "trị)."),
            P("Chủ trì: đ/c Lê Hoàng Nam – Bí thư chi bộ, Quản đốc phân xưởng. Thư ký: đ/c Huỳnh Ngọc Trâm."),
            H("PHẦN THỨ NHẤT: SINH HOẠT THƯỜNG KỲ"),
            P("Tháng 02/2026 phân xưởng chế biến được 1.850 tấn cá tra fillet thành phẩm, đạt 104% kế hoạch; không xảy "
              "ra tai nạn lao động; 100% đảng viên và công nhân trong độ tuổi đã đi bầu cử đại biểu Quốc hội và Hội "
              "đồng nhân dân các cấp ngày 15/3/2026. Hạn chế: tỷ lệ hao hụt ở khâu fillet còn 1,8%, cao hơn định mức; "
              "tiền điện tháng 02 tăng do dàn đèn chiếu sáng cũ."),
            P("Nhiệm vụ tháng 3 và tháng 4: hoàn thành đơn hàng xuất khẩu đi thị trường châu Âu; chuẩn bị đợt đánh giá "
              "vệ sinh an toàn thực phẩm của khách hàng EU; thực hành tiết kiệm điện, nước, bao bì."),
            H("PHẦN THỨ HAI: SINH HOẠT CHUYÊN ĐỀ"),
            P("Đ/c Trương Thị Bảo Ngọc, Phó Bí thư chi bộ, trình bày chuyên đề, nêu các việc tiết kiệm làm được ngay "
              "tại phân xưởng: tắt máy cấp đông khi chờ hàng, tận dụng phụ phẩm, giảm hao hụt ở khâu fillet và "
              "khâu tạo hình."),
            P("Ý kiến thảo luận:"),
            L("- Đ/c Thạch Sô Phal (Tổ trưởng tổ fillet): hao hụt cao chủ yếu do công nhân mới; tổ sẽ ghép mỗi công "
              "nhân mới với một thợ lành nghề."),
            L("- Đ/c Đặng Văn Hiếu (KCS): đề nghị làm sớm việc rà soát quy trình vệ sinh, vì đợt đánh giá của khách "
              "hàng EU có thể đến không báo trước."),
            L("- Đ/c Võ Thanh Tùng (Tổ cơ điện): thay đèn LED cho toàn phân xưởng ước tiết kiệm được khoảng 12% tiền "
              "điện chiếu sáng."),
            H("KẾT LUẬN"),
            P("Đồng chí Bí thư kết luận: chi bộ thống nhất đánh giá tháng 02 và nhiệm vụ tháng 3, tháng 4; tiết kiệm "
              "phải thành việc làm hằng ca, có số liệu theo dõi; giảm hao hụt khâu fillet là chỉ tiêu trọng tâm của "
              "quý II; chuẩn bị kỹ cho đợt đánh giá của khách hàng EU."),
            P("Biểu quyết nghị quyết tháng 3: 27/27 đồng chí tán thành (100%). Biểu quyết nội dung chuyên đề và bản "
              "đăng ký làm theo: 27/27 đồng chí tán thành, không có ý kiến khác."),
            H("PHÂN CÔNG"),
            P("Giao đ/c Thạch Sô Phal giảm tỷ lệ hao hụt ở khâu fillet xuống dưới 1,5% trong quý II/2026; đ/c Đặng Văn "
              "Hiếu cùng Tổ QC rà soát quy trình vệ sinh, sẵn sàng cho đợt đánh giá của khách hàng EU, xong trước "
              "ngày 10/4/2026; Tổ Cơ điện kiểm tra, thay hệ thống đèn chiếu sáng cũ bằng đèn LED tiết kiệm điện "
              "trong tháng 4/2026; đ/c Huỳnh Ngọc Trâm theo dõi việc thực hiện đăng ký làm theo của đảng viên, báo "
              "cáo chi ủy hằng tháng."),
            P("Biên bản được đọc lại và thông qua; buổi sinh hoạt kết thúc lúc 15 giờ 30 phút."),
            S(["THƯ KÝ", "", "", "Huỳnh Ngọc Trâm"], ["T/M CHI BỘ", "BÍ THƯ", "", "", "Lê Hoàng Nam"]),
        ],
        "truth": minute(
            meeting("regular", "2026-03-20", "13:30", "15:30", "Phòng họp Phân xưởng Chế biến 2",
                    "CHI BỘ PHÂN XƯỞNG CHẾ BIẾN 2", V06_COMM, topic=V06_TOPIC),
            "Lê Hoàng Nam", "Bí thư chi bộ", "Huỳnh Ngọc Trâm",
            att(30, 27, 0, [ab("Trần Minh Luân", "nghỉ phép năm", True), ab("Thạch Thị Sa Vy", "nghỉ thai sản", True),
                            ab("Nguyễn Hữu Nghĩa", "đi học lớp trung cấp lý luận chính trị", True)]),
            True, [vote("nghị quyết tháng 3/2026", for_=27, pct=100),
                   vote("nội dung chuyên đề và bản đăng ký làm theo", for_=27, abstain=0)],
            [task("Thạch Sô Phal", "giảm tỷ lệ hao hụt ở khâu fillet xuống dưới 1,5%", "quý II/2026"),
             task("Đặng Văn Hiếu", "cùng Tổ QC rà soát quy trình vệ sinh, sẵn sàng cho đợt đánh giá của khách hàng "
                  "EU", "10/4/2026"),
             task("Tổ Cơ điện", "kiểm tra, thay hệ thống đèn chiếu sáng cũ bằng đèn LED tiết kiệm điện", "tháng 4/2026"),
             task("Huỳnh Ngọc Trâm", "theo dõi việc thực hiện đăng ký làm theo của đảng viên, báo cáo chi ủy",
                  "hằng tháng")],
            []),
    }],
})

# v07 — Lạng Sơn border village, August 2021, during the Covid-19 wave: 17 of 19, one absent without
# reason, the meeting cut to 85 minutes.
DOCS.append({
    "name": "v07-langson-border-village-2021", "folder": "test",
    "style": {"family": "serif", "size": 13.5, "justify": False, "indent": 30, "spacing": 1.3, "left": 82,
              "foot": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ THỤY HÙNG", "CHI BỘ THÔN NÀ PÀN", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thụy Hùng, ngày 12 tháng 8 năm 2021"]),
            G(4),
            C("BIÊN BẢN HỌP CHI BỘ"),
            C("THÁNG 8 NĂM 2021"),
            G(6),
            P("Hồi 19 giờ 30 phút ngày 12/8/2021, tại nhà văn hóa thôn Nà Pàn, Chi bộ thôn Nà Pàn họp thường kỳ tháng "
              "8/2021. Thực hiện quy định phòng, chống dịch Covid-19, các đồng chí đeo khẩu trang, khai báo y tế và "
              "ngồi giãn cách."),
            P("Chi bộ có 21 đảng viên; 02 đồng chí miễn sinh hoạt (đ/c Hoàng Văn Pẻn, đ/c Nông Thị Sáu). Dự họp 17/19 "
              "đồng chí. Vắng 02: đ/c Lộc Văn Thịnh (đi làm ở khu công nghiệp Bắc Ninh, có báo) và đ/c Vi Văn Hảo "
              "(không báo lý do)."),
            P("Đồng chí Hoàng Văn Quyết – Bí thư chi bộ chủ trì; đồng chí Lăng Thị Hiền – chi ủy viên làm thư ký."),
            H("1. Tình hình tháng 7/2021"),
            P("Thôn không có ca mắc Covid-19; 46 người đã tiêm mũi 1 vắc xin. Tổ tự quản đường biên, cột mốc phối hợp "
              "Đồn Biên phòng duy trì chốt chặn, trong tháng phát hiện và bàn giao 03 người từ bên kia biên giới về "
              "trái phép qua đường mòn để cách ly tập trung. Lúa mùa cấy xong 100%; hồi bắt đầu vào vụ chính nhưng giá "
              "thấp, thương lái ép giá. Đảng phí thu đạt 90%."),
            H("2. Nhiệm vụ tháng 8/2021"),
            P("Quản lý chặt người ra vào thôn, nhất là người từ các tỉnh có dịch về; tiếp tục tuần tra đường mòn, lối "
              "mở; vận động người dân tiêm vắc xin khi đến lượt; thu hái hồi đúng độ chín, bảo quản hồi khô chờ giá; "
              "chăm sóc lúa mùa, phòng sâu bệnh."),
            H("3. Ý kiến tham gia"),
            L("- Đ/c Nông Văn Sầm (Trưởng thôn): có 04 thanh niên làm ở Bắc Ninh xin về quê, đề nghị chi bộ thống "
              "nhất cho về theo đoàn của huyện để cách ly tập trung, không tự đi xe máy."),
            L("- Đ/c Hoàng Thị Mến (Chi hội trưởng phụ nữ): chị em đề nghị hợp tác xã thu mua hồi khô theo giá sàn, "
              "tránh bán hồi tươi lúc rớt giá."),
            L("- Đ/c Lý Văn Tài (dân quân): đêm 08/8 phát hiện dấu chân mới ở lối mòn khe Pò Nặm, cần tăng tuần tra "
              "đoạn này."),
            H("4. Kết luận"),
            P("Đồng chí Bí thư kết luận: tháng 8 ưu tiên số một là phòng dịch và giữ chốt biên giới; người về từ vùng "
              "dịch phải theo đúng hướng dẫn của xã; vận động bà con bán hồi có kế hoạch; đảng viên vắng họp không lý "
              "do phải kiểm điểm tại kỳ họp sau."),
            P("Chi bộ biểu quyết: 17/17 đồng chí tán thành."),
            H("5. Phân công"),
            P("Giao đồng chí Lý Văn Tài cùng tổ tự quản tuần tra đường mòn khu vực khe Pò Nặm hằng đêm; đồng chí Nông "
              "Văn Sầm lập danh sách người từ vùng dịch về, báo trạm y tế xã trước 17 giờ hằng ngày; đồng chí Hoàng "
              "Thị Mến vận động hội viên thu hái hồi đúng độ chín trong vụ hồi chính năm 2021."),
            P("Do yêu cầu phòng dịch, buổi họp kết thúc sớm lúc 20 giờ 55 phút. Biên bản đã đọc lại, chi bộ nhất trí "
              "thông qua."),
            S(["THƯ KÝ", "", "", "Lăng Thị Hiền"], ["BÍ THƯ", "", "", "Hoàng Văn Quyết"]),
        ],
        "truth": minute(
            meeting("regular", "2021-08-12", "19:30", "20:55", "nhà văn hóa thôn Nà Pàn", "CHI BỘ THÔN NÀ PÀN",
                    "ĐẢNG BỘ XÃ THỤY HÙNG"),
            "Hoàng Văn Quyết", "Bí thư chi bộ", "Lăng Thị Hiền",
            att(21, 17, 2, [ab("Lộc Văn Thịnh", "đi làm ở khu công nghiệp Bắc Ninh, có báo", True),
                            ab("Vi Văn Hảo", "không báo lý do", False)]),
            True, [vote("nhiệm vụ tháng 8/2021", for_=17)],
            [task("Lý Văn Tài", "cùng tổ tự quản tuần tra đường mòn khu vực khe Pò Nặm", "hằng đêm"),
             task("Nông Văn Sầm", "lập danh sách người từ vùng dịch về, báo trạm y tế xã", "17 giờ hằng ngày"),
             task("Hoàng Thị Mến", "vận động hội viên thu hái hồi đúng độ chín", "vụ hồi chính năm 2021")],
            ["low_attendance", "short_meeting", "unexcused_absence"]),
    }],
})

# v08 — Nghệ An coastal hamlet, November 2018: the new HD12 form typed in, blanks left as dots, the vote line
# never filled, the minute never read back.
DOCS.append({
    "name": "v08-nghean-hamlet-form-2018", "folder": "test",
    "style": {"family": "serif", "size": 11, "justify": True, "indent": 22, "spacing": 1.2, "top": 48,
              "bottom": 48, "para_gap": 1},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ DIỄN HỒNG", "CHI BỘ XÓM 7", "Số: ……/BB-CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Diễn Hồng, ngày 09 tháng 11 năm 2018"]),
            G(2),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 11 NĂM 2018"),
            G(4),
            H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            L("1. Thời gian: bắt đầu lúc 19 giờ 30 phút, ngày 09 tháng 11 năm 2018."),
            L("2. Địa điểm: Hội quán xóm 7."),
            L("3. Chủ trì: đồng chí Cao Xuân Bình; chức vụ: Bí thư chi bộ."),
            L("4. Thư ký: đồng chí Hồ Thị Phương; chức vụ: Chi ủy viên."),
            L("5. Tổng số đảng viên của chi bộ: 19 đ/c; miễn sinh hoạt: 02 đ/c; đảng viên phải dự: 17 đ/c."),
            L("Có mặt: 16 đ/c; vắng: 01 đ/c (có lý do: 01 đ/c; không lý do: 0 đ/c)."),
            L("Đảng viên vắng: đ/c Nguyễn Văn Hùng – đi biển chưa về."),
            L("6. Khách mời: ……"),
            H("II. NỘI DUNG SINH HOẠT"),
            L("1. Đánh giá tình hình thực hiện nhiệm vụ tháng 10/2018:", bold=True),
            P("Vụ đông gieo trồng được 18 ha ngô, 6 ha khoai lang; đợt mưa lớn giữa tháng 10 làm ngập 3 ha ngô mới "
              "gieo, bà con đã gieo dặm. Thuyền đánh bắt ven bờ đạt sản lượng khá; 100% tàu thuyền có đăng ký, đăng "
              "kiểm. Thu bảo hiểm y tế hộ gia đình đạt 87%. Từ tháng này chi bộ ghi biên bản theo mẫu mới thực hiện "
              "Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương. Hạn chế: còn 02 hộ chăn nuôi lợn xả "
              "thải ra mương chung."),
            L("2. Phương hướng nhiệm vụ tháng 11/2018:", bold=True),
            P("Chăm sóc cây vụ đông; giữ vệ sinh môi trường, xử lý dứt điểm 02 hộ xả thải; tổ chức Ngày hội Đại đoàn "
              "kết toàn dân tộc ở khu dân cư; thu quỹ quốc phòng – an ninh, quỹ đền ơn đáp nghĩa; chuẩn bị kiểm điểm, "
              "đánh giá, xếp loại đảng viên cuối năm."),
            L("3. Thảo luận:", bold=True),
            L("- Đ/c Phan Đình Lực (Xóm trưởng): đề nghị lập biên bản với 02 hộ xả thải, nếu tái phạm thì báo xã xử "
              "lý."),
            L("- Đ/c Trần Thị Hoa: chi hội phụ nữ lo phần văn nghệ Ngày hội, xin chi bộ hỗ trợ kinh phí thuê âm "
              "thanh."),
            L("4. Kết luận của đồng chí chủ trì:", bold=True),
            P("Chi bộ thống nhất nhiệm vụ tháng 11; yêu cầu 02 hộ chăn nuôi làm hầm biogas hoặc bể lắng trước khi tái "
              "đàn; Ngày hội tổ chức tiết kiệm, kết hợp trao 05 suất quà cho hộ nghèo."),
            L("5. Biểu quyết: tán thành: …… đ/c; không tán thành: …… đ/c; ý kiến khác: ……"),
            L("6. Phân công thực hiện:", bold=True),
            L("- Đ/c Phan Đình Lực lập biên bản, đôn đốc 02 hộ chăn nuôi làm bể lắng, xong trước ngày 30/11/2018."),
            L("- Đ/c Trần Thị Hoa chuẩn bị chương trình văn nghệ cho Ngày hội Đại đoàn kết."),
            L("- Đ/c Hồ Thị Phương thu quỹ quốc phòng – an ninh trong tháng 11."),
            P("Buổi sinh hoạt kết thúc lúc 21 giờ 15 phút."),
            S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "", "Hồ Thị Phương"],
              ["CHỦ TRÌ", "(Ký, ghi rõ họ tên)", "", "Cao Xuân Bình"]),
        ],
        "truth": minute(
            meeting("regular", "2018-11-09", "19:30", "21:15", "Hội quán xóm 7", "CHI BỘ XÓM 7",
                    "ĐẢNG BỘ XÃ DIỄN HỒNG"),
            "Cao Xuân Bình", "Bí thư chi bộ", "Hồ Thị Phương",
            att(19, 16, 2, [ab("Nguyễn Văn Hùng", "đi biển chưa về", True)]),
            True, [],
            [task("Phan Đình Lực", "lập biên bản, đôn đốc 02 hộ chăn nuôi làm bể lắng", "30/11/2018"),
             task("Trần Thị Hoa", "chuẩn bị chương trình văn nghệ cho Ngày hội Đại đoàn kết", None),
             task("Hồ Thị Phương", "thu quỹ quốc phòng – an ninh", "tháng 11")],
            ["missing_vote", "not_approved", "unfilled_template"]),
    }],
    "scans": [{"name": "v11-nghean-hamlet-form-scan", "folder": "test", "damage": "photocopy", "seed": 1111,
               "dpi": 200}],
})

# v09 — Quảng Ninh (Hạ Long) neighbourhood cell, extraordinary meeting the morning after storm Yagi: one hour,
# straight from the opinions to the tasks.
DOCS.append({
    "name": "v09-quangninh-extraordinary-2024", "folder": "test",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 0, "spacing": 1.25, "para_gap": 4},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG HÀ PHONG", "CHI BỘ KHU 6", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hạ Long, ngày 09 tháng 9 năm 2024"]),
            G(4),
            C("BIÊN BẢN"),
            C("HỌP CHI BỘ BẤT THƯỜNG"),
            C("V/v khắc phục hậu quả cơn bão số 3 (bão Yagi)", bold=False, italic=True),
            G(6),
            P("Thời gian: từ 7 giờ 30 phút đến 8 giờ 30 phút, ngày 09/9/2024."),
            P("Địa điểm: Nhà văn hóa khu 6. Mái tôn nhà văn hóa bị tốc một phần, chi bộ họp ở gian phía trong."),
            P("Thành phần: chi bộ có 24 đảng viên, không có đồng chí nào miễn sinh hoạt; có mặt 22 đồng chí; vắng 02 "
              "đồng chí: đ/c Bùi Văn Hưởng (đang ứng trực tại cảng Cái Lân), đ/c Đỗ Thị Nhàn (nhà bị sập mái, đang ở "
              "nhờ nhà con gái ở Cẩm Phả, có báo)."),
            P("Chủ trì: đ/c Ngô Văn Toàn – Bí thư chi bộ. Thư ký: đ/c Phạm Thị Thu Hường."),
            P("Đồng chí Bí thư thông báo thiệt hại trên địa bàn khu sau bão: 37 nhà bị tốc mái, 02 nhà sập một phần, "
              "hơn 150 cây xanh gãy đổ chắn các ngõ; mất điện, mất nước từ trưa 07/9; không có thiệt hại về người. "
              "Phường yêu cầu các khu ra quân dọn dẹp, ưu tiên giúp các hộ neo đơn lợp lại mái trước đợt mưa tiếp "
              "theo."),
            P("Ý kiến các đồng chí đảng viên:"),
            L("- Đ/c Vũ Văn Lâm (Trưởng khu): khu có 2 cưa máy, cần thêm người cắt cây ở ngõ 12, 15, 18 vì xe cứu "
              "thương chưa vào được."),
            L("- Đ/c Lê Thị Xuân: một số cửa hàng tạp hóa tăng giá nến, nước uống; đề nghị phản ánh với phường."),
            L("- Đ/c Đinh Công Khánh (Bí thư chi đoàn): chi đoàn có 15 đoàn viên sẵn sàng giúp lợp mái."),
            H("Phân công khắc phục:"),
            L("- Đ/c Vũ Văn Lâm chỉ huy lực lượng thu dọn cây đổ, thông các ngõ 12, 15, 18 trong ngày 09/9/2024."),
            L("- Đ/c Đinh Công Khánh tổ chức đoàn viên giúp 06 hộ neo đơn lợp lại mái, xong trước tối 11/9."),
            L("- Đ/c Lê Thị Xuân lập danh sách hộ bị thiệt hại, gửi Ủy ban nhân dân phường trước 17 giờ ngày "
              "10/9/2024."),
            P("Biểu quyết: 22/22 đồng chí có mặt tán thành phương án khắc phục."),
            P("Cuộc họp kết thúc lúc 8 giờ 30 phút để các đồng chí về ngay địa bàn. Biên bản được đọc lại và thông "
              "qua."),
            S(["THƯ KÝ", "", "", "Phạm Thị Thu Hường"], ["BÍ THƯ", "", "", "Ngô Văn Toàn"]),
        ],
        "truth": minute(
            meeting("regular", "2024-09-09", "07:30", "08:30", "Nhà văn hóa khu 6", "CHI BỘ KHU 6",
                    "ĐẢNG BỘ PHƯỜNG HÀ PHONG"),
            "Ngô Văn Toàn", "Bí thư chi bộ", "Phạm Thị Thu Hường",
            att(24, 22, 0, [ab("Bùi Văn Hưởng", "đang ứng trực tại cảng Cái Lân", True),
                            ab("Đỗ Thị Nhàn", "nhà bị sập mái, đang ở nhờ nhà con gái ở Cẩm Phả, có báo", True)]),
            False, [vote("phương án khắc phục hậu quả bão", for_=22)],
            [task("Vũ Văn Lâm", "chỉ huy lực lượng thu dọn cây đổ, thông các ngõ 12, 15, 18", "ngày 09/9/2024"),
             task("Đinh Công Khánh", "tổ chức đoàn viên giúp 06 hộ neo đơn lợp lại mái", "tối 11/9"),
             task("Lê Thị Xuân", "lập danh sách hộ bị thiệt hại, gửi Ủy ban nhân dân phường", "17 giờ ngày 10/9/2024")],
            ["missing_conclusion", "short_meeting"]),
    }],
    "scans": [{"name": "v12-quangninh-extraordinary-scan", "folder": "test", "damage": "moderate", "seed": 1112,
               "dpi": 200}],
})

# v10 — Kon Tum, Xơ Đăng village, June 2022: one page, no headings; the cell "thảo luận, thống nhất" and the
# conclusion ends in a general call.
DOCS.append({
    "name": "v10-kontum-village-2022", "folder": "test",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 32, "spacing": 1.3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ ĐĂK NA", "CHI BỘ THÔN ĐĂK PRẤP", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đăk Na, ngày 10 tháng 6 năm 2022"]),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 6 NĂM 2022"),
            G(8),
            P("Vào lúc 8 giờ 00 phút ngày 10/6/2022, tại nhà rông thôn Đăk Prấp, Chi bộ thôn Đăk Prấp tổ chức sinh "
              "hoạt thường kỳ tháng 6/2022."),
            P("Tổng số đảng viên 15 đồng chí, có mặt 14 đồng chí, vắng 01 đồng chí là đồng chí A Hùng (lên rẫy xa, có "
              "báo)."),
            P("Đồng chí A Blưk – Bí thư chi bộ chủ trì, đồng chí Y Thoa ghi biên bản."),
            P("Đồng chí Bí thư báo cáo tình hình tháng 5: bà con trồng xong 4,5 ha sâm dây, chăm sóc 2 ha sâm Ngọc Linh "
              "dưới tán rừng; tiêm vắc xin Covid-19 mũi 3 cho người lớn đạt 78%; 08 hộ nghèo được nhận bò giống theo "
              "Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số và miền núi; tổ bảo vệ rừng tuần tra 6 "
              "lượt, không có cháy rừng. Còn 03 hộ chưa làm chuồng bò, thả rông vào rẫy người khác."),
            P("Phương hướng tháng 6: chăm sóc sâm, trồng rừng đầu mùa mưa; vận động người dân tiêm đủ mũi vắc xin; "
              "quản lý con em trong hè, không để trẻ em tắm suối Đăk Psi một mình; làm chuồng trại cho bò giống; nộp "
              "đảng phí đầy đủ."),
            P("Chi bộ thảo luận, thống nhất với báo cáo và phương hướng tháng 6."),
            P("Đồng chí Bí thư kết luận: tháng 6 tập trung chăm sóc sâm và trồng rừng khi có mưa; vận động bà con đi "
              "tiêm đủ mũi; 03 hộ chưa làm chuồng phải làm xong trong tháng; giữ an toàn cho trẻ em dịp hè. Đề nghị "
              "các đồng chí đảng viên gương mẫu đi đầu, về vận động gia đình và bà con trong thôn cùng làm."),
            P("Chi bộ biểu quyết nhất trí 100%."),
            P("Buổi sinh hoạt kết thúc lúc 10 giờ 00 phút. Biên bản đã đọc lại cho chi bộ nghe và được thông qua."),
            S(["THƯ KÝ", "", "", "Y Thoa"], ["BÍ THƯ", "", "", "A Blưk"]),
        ],
        "truth": minute(
            meeting("regular", "2022-06-10", "08:00", "10:00", "nhà rông thôn Đăk Prấp", "CHI BỘ THÔN ĐĂK PRẤP",
                    "ĐẢNG BỘ XÃ ĐĂK NA"),
            "A Blưk", "Bí thư chi bộ", "Y Thoa",
            att(15, 14, 0, [ab("A Hùng", "lên rẫy xa, có báo", True)]),
            True, [vote("báo cáo và phương hướng tháng 6", pct=100)],
            [],
            ["missing_assignments", "no_discussion"]),
    }],
    "scans": [{"name": "v13-kontum-village-scan", "folder": "test", "damage": "moderate", "seed": 1113,
               "dpi": 200}],
})
