"""Held-out set 6, writer j (dev/, `j…`): the Central Highlands, the South-Central coast, Hồ Chí Minh City and
the Mekong delta — a provincial hospital, a bus depot, a Khmer hamlet, a Chăm pottery quarter, a flower
cooperative, a ward cell of retirees, a coffee-company team (the book), a Chăm Muslim hamlet, a military agency
and a Xơ Đăng village.

Written by hand, without reading the extractor (extract/**), the generator (samples/generator/**), the bench,
the tests or the minute texts and truth files of the earlier sets, and without running the extractor.
Rendered with `samples/heldout2/make.py` (`build`). Names, places, numbers and document numbers are invented or
used loosely; the paperwork follows /work/shared/DOMAIN.md.

Files (name -> what varies -> minute flags / book flags):

- j01-gialai-hospital-secret-ballot-table-clean -> Gia Lai provincial hospital, intensive-care ward; DejaVu Serif
  11.5 justified, "Trang n/N" at the foot, 3 pages (the task table breaks between pages 2 and 3); committee
  over two header lines; "- Thời gian: từ 14h00 đến 16h15"; "21 đồng chí (chính thức 18, dự bị 03)", "không có
  đồng chí nào được miễn sinh hoạt"; degrees before names
  (BSCKII., BS., ĐD.); Jrai names; a guest from the hospital's Party committee who speaks; opinions as a dash list
  with a question and answer and a quoted opinion; admission of a new member by **secret ballot** ("đồng ý kết nạp
  16 phiếu (đạt 94,1%), không đồng ý 01 phiếu"); numbered "III. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ"; show of hands
  "tán thành 20/20 … (100%); không tán thành: 0; không biểu quyết: 0"; ruled task table with the columns
  "TT | Người thực hiện | Nội dung công việc | Phối hợp | Thời hạn" (assignee before the task, an extra "Phối hợp"
  column, two people in one cell, a group, "Trong tháng 10/2024", "Hằng tháng"); "T/M CHI BỘ / BÍ THƯ" -> —
- j02-hcm-bus-depot-deferred-conclusion-80min -> Hồ Chí Minh City bus company, maintenance depot; Liberation Sans 11,
  ragged, no indent; "BIÊN BẢN HỌP CHI BỘ" + italic "Kỳ họp tháng 3 năm 2025"; meeting after the shift change,
  "lúc 16 giờ 40 phút" … "kết thúc vào lúc 18 giờ 00" (80 min); a member arriving 15 minutes late; "Phần 1 – … 3 –";
  opinions with "+", one by name and role, a quote, an indirect question and answer, one unnamed; the chair "ghi nhận
  các ý kiến và hẹn sẽ có kết luận bằng văn bản" later — no conclusion in the minutes; the month's tasks voted
  "15/15"; "Phân công như sau:" + "- Đ/c X: …" / "- Tổ …: …" lines (a partner after "cùng", two people, "chậm nhất
  ngày 31/3", "trước mùa nắng nóng", "hằng tuần"); "NGƯỜI GHI BIÊN BẢN / CHỦ TỌA"
  -> missing_conclusion, short_meeting
- j03-soctrang-khmer-hamlet-combined-110min-volunteers -> Sóc Trăng (Vĩnh Châu) Khmer hamlet; Serif 13 justified,
  "- n -" at the foot; three-line header; regular meeting combined with the quarter's thematic one (title over three
  lines + italic "Chuyên đề: …"), "Vào hồi 7 giờ 30 phút" … approved "vào lúc 9 giờ 20 phút" (110 min < 120); 2
  exempt named; absentee table with an extra column "TT | Đảng viên vắng | Lý do | Báo chi ủy" ("Chưa có lý do" /
  "Không"); two guests (Party committee, the Achar of the pagoda); "A. B. C. D." parts; the thematic topic presented
  by the deputy; opinions by name and role, the Achar's, the guest's; the conclusion has only calls to "các đoàn thể
  ấp", "mỗi đảng viên", "Đề nghị các đồng chí …", a petition to the commune committee, and a member volunteers in the
  discussion ("xin nhận") -> nobody is given a task; vote "20/20 … một trăm phần trăm"
  -> missing_assignments, short_meeting, unexcused_absence
- j04-ninhthuan-cham-pottery-thematic-unnamed-not-approved -> Ninh Thuận, Chăm pottery quarter of Bàu Trúc; DejaVu
  Serif 12; thematic "QUÝ II NĂM 2024" + "(Chuyên đề: …)" in brackets; numbered fields "1. … 5." and "a) … d)";
  "bắt đầu 19 giờ"; "có mặt 26/27 đồng chí phải dự", 2 exempt counted only; two guests (Women's Union, the district
  culture centre); the discussion is "có 05 lượt ý kiến … Nhiều ý kiến … có ý kiến … một số ý kiến …" with nobody
  named; conclusion as a dash list with tasks (a job title before a name, a partner after "cùng", a mass
  organisation, a youth union with "cập nhật hằng tuần", a member with no deadline, the cell's petition), lunar
  deadline "trước ngày 15 tháng 7 âm lịch", "trong dịp hè năm 2024"; "26/26 đồng chí tán thành"; ends with the end
  time only -> no_discussion, not_approved
- j05-lamdong-flower-coop-form-blank-vote -> Đà Lạt flower cooperative, a typed printed form; Serif 12 ragged;
  "Số: 04-BB/CB"; "Hồi 8 giờ 00"; counts "(có lý do: 01; không lý do: 0)" and the absentee on a line of its own; K'Ho
  Lạch names; "Khách mời: ………… (ghi rõ họ tên, chức vụ)" left as printed; "5. Kết luận của chủ trì" with a person
  and a group in one task, "báo cáo kỳ họp tháng 5", a cooperative board; "6. Biểu quyết" left as dots ("Tán thành:
  ……… đ/c; …") — only the minutes are approved "11/11"; "NGƯỜI GHI BIÊN BẢN / BÍ THƯ"
  -> missing_vote, unfilled_template
- j06-hcm-ward-retirees-low-past-tasks -> Hồ Chí Minh City (Bình Thạnh) neighbourhood cell of retirees; Serif 13,
  spacing 1.4, right-aligned running head on page 2; "Vào lúc 8 giờ sáng Chủ nhật"; 38 members, 9 exempt, "Dự họp có
  24 đồng chí" (24/29 = 82.8 %), five absentees named in one sentence, every one with a reason; guests from the ward
  committee and the neighbourhood board; "I – … IV –" capital headings; the review reports **last month's tasks**
  ("đồng chí X phối hợp … – đã vận động được …"); opinions in prose, a question answered by the guest, a member
  volunteering; "Thay mặt chi ủy, đồng chí Bí thư tóm tắt và kết luận" with only general calls, unnamed late payers,
  "mỗi đảng viên …" and a petition -> nobody is given a new task; "24/24 …, đạt 100%"; "THƯ KÝ HỘI NGHỊ / CHỦ TRÌ
  HỘI NGHỊ" -> low_attendance, missing_assignments
- j07-daklak-coffee-team-book-jan-jun-2025 -> **minute book** of a coffee-company production team (Đắk Lắk, Ê Đê,
  Tày/Nùng and Kinh names), Serif 11.5 justified, running head from page 2 (right-aligned, italic), "- n -" at the
  foot; five minutes typed on continuously, every one after the first starts mid-page under the previous signatures;
  minutes 1, 2, 4 have the two-line committee header, minutes 3 and 5 only a title (typed on):
    1. 07/01/2025 regular, fields "Thời gian: 13 giờ 30", "Vắng: đ/c Y Khuê Niê – không lý do"; tasks with lunar
       deadlines "trước 23 tháng Chạp", "trước Tết Nguyên đán Ất Tỵ", "trong suốt dịp Tết Nguyên đán"
       -> unexcused_absence
    2. 05/3/2025 regular, "Hồi 7h30'", "Có mặt: 15/15 đ/c (đủ)"; explains that February had no meeting; numbered
       conclusion "1) … 4)" with tasks folded in ("trong tuần này", "báo cáo chi bộ kỳ họp tháng 4"); vote in words
       "mười lăm trên mười lăm … (100%)"; "Họp xong lúc 10 giờ" -> —
    3. 08/4/2025 regular, "từ 14h00 đến 16h20" in one prose sentence, "(không báo cáo)"; conclusion with three
       tasks in prose; only the minutes are approved "14/14" -> missing_vote, unexcused_absence
    4. 13/5/2025 regular combined with the Q2 thematic meeting, 13:30-16:00 (150 min); two guests, one speaks;
       "Giao đ/c …" sentences, "đến hết mùa khô" -> —
    5. 10/6/2025 regular, 12/15 present, absentee table "TT | Họ và tên | Lý do" ("Không có lý do"); Y Khuê Niê's
       third unexcused absence discussed -> low_attendance, unexcused_absence
  book -> missing_month (February), no_thematic_in_quarter (Q1 2025 lies wholly inside Jan-Jun and has neither a
  thematic nor a combined meeting; Q2 has the combined one of May), repeated_absence (Y Khuê Niê: Jan, Apr, Jun)
- j08-angiang-cham-hamlet-ramadan-clean -> An Giang (Tân Châu) Chăm Muslim hamlet; Liberation Sans 11.5 justified,
  "Trang n" at the foot; "Đúng 7h30'"; "– Có mặt: 18/19 đ/c phải dự", one exempt named, a member arriving late; a
  guest from the commune committee and the Hakim of the mosque; **recognition of a full member** "16/16 đảng viên
  chính thức có mặt tán thành, đạt 100%"; Q&A and a quoted opinion; inline "tiếp thu các ý kiến và kết luận" +
  "Phân công như sau:" (passive "được giao", "Hai đồng chí A và B", a women's savings group, "ngay sau cuộc
  họp", "vào sáng thứ Hai hằng tuần", "trong suốt tháng Ramadan"); "tán thành 18 đ/c; không tán thành 0; không
  biểu quyết 0"; end time from the read-back sentence -> —
- j09-phuyen-military-agency-no-conclusion -> Phú Yên, the agency cell of a town military command; Serif 13, "- n -"
  at the top of page 2; header
  "ĐẢNG ỦY QUÂN SỰ TỈNH …" + "ĐẢNG ỦY BAN CHQS …"; "BIÊN BẢN HỘI NGHỊ CHI BỘ"; ranks before every name (signatures
  too); "Hồi 8 giờ 00"; "Quân số đảng viên: 14"; Roman headings I.-VI.; the only "kết luận" are a higher committee's
  "Thông báo kết luận số …" and an inspection team's finding; discussion goes straight to "V. BIỂU QUYẾT" of the
  month's resolution (13/13) and "VI. PHÂN CÔNG" (a role only "Chính trị viên", a staff section, two officers)
  -> missing_conclusion
- j10-kontum-xodang-village-three-votes-clean -> Kon Tum, Xơ Đăng village; Serif 13.5 ragged, "Trang n/N"; no
  headings, run-in paragraphs; "Vào lúc 19 giờ"; "chính thức 19, dự bị 02", one exempt named, "Có mặt 20/20 đồng chí
  phải dự"; guests incl. the village elder, who speaks (quoted); a village chief named with his job title; "–" task
  lines with a partner after "cùng", "suốt mùa khô 2024 – 2025", "Tết Nguyên đán Ất Tỵ"; **three votes** in one
  paragraph: the conclusion (20/20, 100%), the cell's self-grading (19 for, 01 against, 95%), sending a young
  villager to the Party-awareness class (20/20) -> —
- j11-gialai-hospital-scan-moderate -> image-only twin of j01, moderate, 200 dpi -> as j01
- j12-hcm-ward-retirees-scan-photocopy -> image-only twin of j06, photocopy, 300 dpi -> as j06

Fourteen minutes; five have no flag (j01, j08, j10, book minutes 2 and 4).

Labelling decisions where the READMEs are silent:
- A promise of a conclusion later ("ghi nhận các ý kiến và hẹn sẽ có kết luận bằng văn bản gửi các đảng viên sau",
  j02) is no conclusion; the chair's promise is not an assignment either (nobody is given the work). A vote on the
  month's tasks still makes a resolution there, so missing_conclusion without missing_vote.
- A higher committee's "Thông báo kết luận số …" being passed on, and an inspection team that "kết luận" something,
  are not the chair's conclusion (j09); a "V. BIỂU QUYẾT" heading right after the discussion does not make one.
- A vote section of a printed form left as dots ("Tán thành: ……… đ/c; Không tán thành: ……… đ/c; …", j05) records no
  vote: `resolutions` is empty and the minute has missing_vote as well as unfilled_template.
- "Chưa có lý do" (a table reason cell, j03) is an absence without reason: `excused` false, reason as written. An
  extra table column ("Báo chi ủy: Có/Không") is not part of the reason. "(không báo cáo)" is unexcused too.
- A reason written in brackets after the name is kept whole, including "có báo cáo", "có báo trước", "có đơn xin
  vắng" ("chạy ca chiều tuyến số 94, có báo trước").
- A member who arrives late ("đến muộn 15 phút", "đến trễ 20 phút") is present.
- Tasks reported on from last month ("Tại kỳ họp tháng 10, chi bộ đã phân công … – đã vận động được …", j06) are not
  assignments of this minute. "Đồng chí X xin nhận …" in the discussion is a volunteer (j03, j06). "Các đoàn thể ấp
  cần phối hợp …" names no group. Unnamed late payers ("các đồng chí chậm đóng đảng phí nộp đủ") are not assignees.
- A task table's "Phối hợp" column (j01) names partners, never assignees; the task is the "Nội dung công việc" cell.
- In a dash list of conclusion points, a line that names two doers in two clauses ("Chi đoàn khu phố lập …, cập nhật
  hằng tuần; đồng chí Lưu Quang Sơn hướng dẫn …", j04) gives one assignment per clause; "cập nhật hằng tuần" gives the
  deadline "hằng tuần" to the first.
- A job title before a name ("Đồng chí Phó Bí thư Đàng Thị Tuyết", "Đồng chí Trưởng thôn A Quyết") is dropped from the
  assignee; a rank before a name is dropped everywhere (guests, chair, secretary, absentees, assignees).
- Deadlines drop the words in front as before: "xong trước 23 tháng Chạp" -> "23 tháng Chạp", "trước ngày 15 tháng 7
  âm lịch" -> "ngày 15 tháng 7 âm lịch", "trong dịp hè năm 2024" -> "dịp hè năm 2024", "vào sáng thứ Hai hằng tuần"
  -> "sáng thứ Hai hằng tuần", "chậm nhất ngày 31/3" -> "31/3", "trước mùa nắng nóng" -> "mùa nắng nóng", "đến hết
  mùa khô" -> "hết mùa khô"; "suốt …" is kept whole ("suốt dịp Tết Nguyên đán", "suốt tháng Ramadan", "suốt mùa khô
  2024 – 2025"); "ngay sau cuộc họp" whole.
- In the book, a minute typed on with only a title (book minutes 3 and 5) carries the book's cell and committee; its
  location is as its own sentence writes it ("hội trường Đội").
- A cell's vote on its own year-end grading ("Tự đánh giá chi bộ năm 2024 đạt mức …", j10) is a resolution of its own,
  like sending a villager to the Party-awareness class.
- The village elder and the Achar/Hakim invited to the meeting are guests with their roles as written ("già làng",
  "Achar chùa Prey Chóp", "Hakim thánh đường Mubarak").
"""

from __future__ import annotations

from samples.heldout2.minutes import C, G, H, HD, L, P, S, T, attendance, meeting, minute, task, vote

__all__ = ["DOCS"]

# ------------------------------------------------------------------------------------------------------------------
# j01 — Gia Lai provincial hospital, intensive-care ward: secret ballot for admission, task table, clean
# ------------------------------------------------------------------------------------------------------------------

J01_TASK_COLS = [(0.06, "TT", "c"), (0.22, "Người thực hiện", "l"), (0.37, "Nội dung công việc", "l"),
                 (0.19, "Phối hợp", "l"), (0.16, "Thời hạn", "l")]

J01 = {
    "name": "j01-gialai-hospital-secret-ballot-table-clean",
    "folder": "dev",
    "style": {"family": "dejavu", "size": 11.5, "spacing": 1.3, "justify": True, "indent": 22,
              "left": 72, "right": 52, "foot": "Trang {n}/{N}"},
    "scans": [{"name": "j11-gialai-hospital-scan-moderate", "folder": "dev", "damage": "moderate",
               "seed": 6101, "dpi": 200}],
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ BỆNH VIỆN", "ĐA KHOA TỈNH GIA LAI", "CHI BỘ KHOA HỒI SỨC TÍCH CỰC", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Pleiku, ngày 08 tháng 10 năm 2024"], bold_left=(2,)),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 10 NĂM 2024"),
            G(6),
            H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            L("- Thời gian: từ 14h00 đến 16h15 ngày 08/10/2024."),
            L("- Địa điểm: Phòng giao ban Khoa Hồi sức tích cực, tầng 2 nhà B."),
            L("- Tổng số đảng viên của chi bộ: 21 đồng chí (chính thức 18, dự bị 03); không có đồng chí nào được "
              "miễn sinh hoạt."),
            L("- Có mặt: 20/21 đồng chí. Vắng 01 đồng chí có lý do: BS. Rơ Châm H'Lin (đi tập huấn lọc máu tại "
              "Bệnh viện Chợ Rẫy)."),
            L("- Khách mời: đồng chí Ksor Thị Hạnh – Đảng ủy viên, Phó Giám đốc Bệnh viện, dự và chỉ đạo."),
            L("- Chủ trì: đồng chí BSCKII. Lê Minh Tâm – Bí thư chi bộ, Trưởng khoa."),
            L("- Thư ký: đồng chí ĐD. Siu H'Yơn – Chi ủy viên, Điều dưỡng trưởng khoa."),
            H("II. NỘI DUNG SINH HOẠT"),
            H("1. Thông tin thời sự, văn bản mới", italic=True),
            P("Đồng chí Bí thư thông tin tóm tắt tình hình kinh tế – xã hội 9 tháng đầu năm của tỉnh; phổ biến Kế "
              "hoạch của Đảng ủy Bệnh viện về tổ chức đại hội chi bộ nhiệm kỳ 2025 – 2027 và Công văn của Sở Y tế "
              "về tăng cường phòng, chống sốt xuất huyết, tay chân miệng trong mùa mưa."),
            H("2. Kết quả thực hiện nhiệm vụ tháng 9/2024", italic=True),
            P("Trong tháng, khoa tiếp nhận 286 lượt người bệnh nặng, trong đó 41 ca chuyển từ tuyến huyện; công "
              "suất sử dụng giường 118%. Thực hiện 37 ca lọc máu liên tục, 12 ca thở máy kéo dài trên 7 ngày; tỷ "
              "lệ tử vong và nặng xin về giảm 1,3% so với cùng kỳ. Không có sai sót chuyên môn phải xử lý."),
            P("Hạn chế: hồ sơ bệnh án một số ca còn hoàn thiện chậm; có 02 phản ánh của người nhà bệnh nhân về "
              "thái độ giao tiếp của nhân viên ca đêm, khoa đã làm việc, rút kinh nghiệm. Việc tự học ngoại ngữ, "
              "tin học theo đề án của Bệnh viện chưa đều."),
            H("3. Phương hướng nhiệm vụ tháng 10/2024", italic=True),
            P("Tập trung thu dung, điều trị người bệnh nặng mùa mưa; rà soát quy trình tiếp nhận người bệnh chuyển "
              "tuyến; hoàn thiện phác đồ lọc máu liên tục; thực hiện đúng quy tắc ứng xử, bảo đảm 100% hồ sơ bệnh "
              "án hoàn thành trong 24 giờ; chuẩn bị đại hội chi bộ theo kế hoạch của Đảng ủy."),
            H("4. Xét đề nghị kết nạp quần chúng Nguyễn Thị Ngọc Ánh", italic=True),
            P("Đồng chí Đặng Văn Lực, đảng viên được phân công giúp đỡ, đọc bản nhận xét quá trình phấn đấu của "
              "quần chúng Nguyễn Thị Ngọc Ánh, điều dưỡng hạng IV, đã học lớp bồi dưỡng nhận thức về Đảng tháng "
              "5/2024 (đạt loại giỏi). Chi bộ đã nhận được nhận xét của Chi đoàn khoa và của chi ủy nơi cư trú, "
              "đều đề nghị kết nạp."),
            P("Chi bộ bầu Ban kiểm phiếu gồm 03 đồng chí (Trần Quốc Việt – Trưởng ban, Nay Blum, Đinh Thị Thu "
              "Trang) và tiến hành bỏ phiếu kín. Kết quả: số đảng viên chính thức có mặt 17, số phiếu phát ra 17, "
              "thu về 17, hợp lệ 17; đồng ý kết nạp 16 phiếu (đạt 94,1%), không đồng ý 01 phiếu. Chi bộ ra nghị "
              "quyết đề nghị Đảng ủy Bệnh viện xem xét, đề nghị cấp trên quyết định kết nạp quần chúng Nguyễn Thị "
              "Ngọc Ánh vào Đảng."),
            H("5. Ý kiến thảo luận", italic=True),
            L("- Đồng chí Nay Blum (bác sĩ điều trị): đề nghị khoa bố trí thêm 01 điều dưỡng cho đơn vị lọc máu "
              "trong giờ cao điểm; hiện mỗi ca đêm chỉ có 02 điều dưỡng theo dõi 6 máy."),
            L("- Đồng chí Trần Quốc Việt hỏi: người bệnh chuyển từ Chư Păh, Ia Grai thường đến muộn, không kèm tóm "
              "tắt bệnh án, khoa có đề xuất gì với Phòng Kế hoạch tổng hợp không? Đồng chí Trưởng khoa trả lời: "
              "khoa đã đề nghị lập nhóm hội chẩn trực tuyến trước khi chuyển, sẽ thí điểm ngay trong tháng 10."),
            L("- Đồng chí Đinh Thị Thu Trang: “Hai phản ánh về giao tiếp là bài học chung, không riêng gì ca đêm. "
              "Tôi đề nghị mỗi tháng khoa bình chọn một gương điều dưỡng ứng xử tốt để nhân rộng.”"),
            L("- Đồng chí Ksor Thị Hạnh, Phó Giám đốc Bệnh viện, ghi nhận kết quả của khoa, đề nghị chi bộ quan "
              "tâm tạo nguồn phát triển đảng viên trong đội ngũ điều dưỡng trẻ là người dân tộc thiểu số."),
            H("III. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ"),
            P("Đồng chí Bí thư chi bộ tiếp thu ý kiến của đồng chí Phó Giám đốc và các đảng viên, kết luận:"),
            L("1. Chi bộ thống nhất với báo cáo kết quả tháng 9 và phương hướng tháng 10/2024; bổ sung nhiệm vụ "
              "thí điểm hội chẩn trước chuyển tuyến với các trung tâm y tế huyện."),
            L("2. Khoa đề xuất Ban Giám đốc bổ sung nhân lực cho đơn vị lọc máu; trước mắt điều chuyển nội bộ 01 "
              "điều dưỡng sang ca đêm."),
            L("3. Thực hiện nghiêm quy tắc ứng xử; từ tháng 10 bình chọn gương điều dưỡng ứng xử tốt mỗi tháng."),
            L("4. Chuẩn bị chu đáo đại hội chi bộ; quan tâm bồi dưỡng quần chúng ưu tú là người dân tộc thiểu số."),
            P("Chi bộ biểu quyết bằng hình thức giơ tay thông qua kết luận: tán thành 20/20 đồng chí có mặt (100%); "
              "không tán thành: 0; không biểu quyết: 0."),
            H("IV. PHÂN CÔNG THỰC HIỆN"),
            T(J01_TASK_COLS, [
                ["1", "Đ/c Lê Minh Tâm", "Làm việc với Phòng Kế hoạch tổng hợp, xây dựng quy trình hội chẩn trước "
                 "chuyển tuyến", "Trung tâm y tế các huyện", "Trước 20/10/2024"],
                ["2", "Đ/c Nay Blum, đ/c Trần Quốc Việt", "Hoàn thiện phác đồ lọc máu liên tục, tập huấn cho điều "
                 "dưỡng mới", "Đơn vị Thận nhân tạo", "Tháng 11/2024"],
                ["3", "Đ/c Siu H'Yơn", "Bố trí lại lịch trực, điều chuyển 01 điều dưỡng sang ca đêm đơn vị lọc máu",
                 "Phòng Tổ chức cán bộ", "Trong tháng 10/2024"],
                ["4", "Công đoàn khoa", "Tổ chức bình chọn gương điều dưỡng ứng xử tốt", "Chi đoàn khoa",
                 "Hằng tháng"],
                ["5", "Đ/c Đặng Văn Lực", "Hoàn chỉnh hồ sơ kết nạp quần chúng Nguyễn Thị Ngọc Ánh, trình Đảng ủy "
                 "Bệnh viện", "", "15/10/2024"],
            ]),
            P("Buổi sinh hoạt kết thúc lúc 16 giờ 15 phút cùng ngày. Biên bản đã được đọc lại trước chi bộ và được "
              "20/20 đồng chí có mặt nhất trí thông qua."),
            S(["THƯ KÝ", "", "", "Siu H'Yơn"], ["T/M CHI BỘ", "BÍ THƯ", "", "", "Lê Minh Tâm"]),
        ],
        "truth": minute(
            meeting("regular", "2024-10-08", "14:00", "16:15",
                    "Phòng giao ban Khoa Hồi sức tích cực, tầng 2 nhà B", "CHI BỘ KHOA HỒI SỨC TÍCH CỰC",
                    "ĐẢNG BỘ BỆNH VIỆN ĐA KHOA TỈNH GIA LAI"),
            "Lê Minh Tâm", "Bí thư chi bộ", "Siu H'Yơn",
            attendance(21, 20, 1, 1, 0, 0,
                       [("Rơ Châm H'Lin", "đi tập huấn lọc máu tại Bệnh viện Chợ Rẫy", True)],
                       [("Ksor Thị Hạnh", "Đảng ủy viên, Phó Giám đốc Bệnh viện")]),
            True,
            [vote("Kết nạp quần chúng Nguyễn Thị Ngọc Ánh vào Đảng (bỏ phiếu kín)", 16, 1, None, 94.1),
             vote("Thông qua kết luận của đồng chí chủ trì", 20, 0, 0, 100)],
            [task("Lê Minh Tâm", "Làm việc với Phòng Kế hoạch tổng hợp, xây dựng quy trình hội chẩn trước chuyển "
                  "tuyến", "20/10/2024"),
             task("Nay Blum", "Hoàn thiện phác đồ lọc máu liên tục, tập huấn cho điều dưỡng mới", "Tháng 11/2024"),
             task("Trần Quốc Việt", "Hoàn thiện phác đồ lọc máu liên tục, tập huấn cho điều dưỡng mới",
                  "Tháng 11/2024"),
             task("Siu H'Yơn", "Bố trí lại lịch trực, điều chuyển 01 điều dưỡng sang ca đêm đơn vị lọc máu",
                  "tháng 10/2024"),
             task("Công đoàn khoa", "Tổ chức bình chọn gương điều dưỡng ứng xử tốt", "Hằng tháng"),
             task("Đặng Văn Lực", "Hoàn chỉnh hồ sơ kết nạp quần chúng Nguyễn Thị Ngọc Ánh, trình Đảng ủy Bệnh "
                  "viện", "15/10/2024")],
            []),
    }],
}

# ------------------------------------------------------------------------------------------------------------------
# j02 — Hồ Chí Minh City bus depot: conclusion deferred to a later letter, 80 minutes after the shift change
# ------------------------------------------------------------------------------------------------------------------

J02 = {
    "name": "j02-hcm-bus-depot-deferred-conclusion-80min",
    "folder": "dev",
    "style": {"family": "sans", "size": 11, "spacing": 1.35, "justify": False, "indent": 0,
              "left": 70, "right": 58, "top": 50},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG TY CỔ PHẦN", "XE BUÝT PHƯƠNG NAM", "CHI BỘ XƯỞNG BẢO DƯỠNG"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "TP. Hồ Chí Minh, ngày 18 tháng 3 năm 2025"], bold_left=(2,)),
            C("BIÊN BẢN HỌP CHI BỘ", size=13),
            C("Kỳ họp tháng 3 năm 2025", bold=False, italic=True),
            G(8),
            P("Hôm nay, lúc 16 giờ 40 phút ngày 18/3/2025 (sau giờ giao ca), tại phòng họp Xưởng bảo dưỡng – bãi "
              "xe An Sương, Chi bộ Xưởng bảo dưỡng họp kỳ tháng 3/2025."),
            P("Chi bộ hiện có 16 đảng viên (14 chính thức, 2 dự bị). Dự họp 15 đồng chí; vắng 01 là đồng chí Hồ Văn "
              "Sang (chạy ca chiều tuyến số 94, có báo trước). Đồng chí Lý Thanh Tùng đến muộn 15 phút vì kẹt xe "
              "trên Quốc lộ 22, dự từ phần 2."),
            P("Đồng chí Võ Hoàng Phúc, Bí thư chi bộ, Quản đốc xưởng, chủ tọa. Đồng chí Đỗ Thị Mỹ Duyên, chi ủy "
              "viên, ghi biên bản."),
            H("Phần 1 – Thông tin và báo cáo của chi ủy"),
            P("Đồng chí Bí thư thông tin nhanh: Thành phố tiếp tục lộ trình chuyển đổi xe buýt sang năng lượng "
              "xanh, Công ty dự kiến nhận 20 xe điện đầu tiên trong quý III/2025; Đảng ủy Công ty ban hành kế hoạch "
              "thực hiện Nghị quyết 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển "
              "đổi số."),
            P("Tháng 2/2025 xưởng bảo dưỡng cấp 1 cho 214 lượt xe, cấp 2 cho 31 xe, sửa chữa đột xuất 46 trường "
              "hợp; tỷ lệ xe xuất bến đúng giờ đạt 98,6%. Tồn tại: 03 xe phải dừng giữa tuyến do hỏng phanh khí "
              "nén; vật tư thay thế về chậm; sổ theo dõi bảo dưỡng điện tử chưa cập nhật đủ."),
            P("Nhiệm vụ tháng 3: không để xe hỏng giữa tuyến vì lỗi bảo dưỡng; chuẩn bị nhân lực, dụng cụ cho xe "
              "điện; tiết kiệm vật tư, nhiên liệu; thu nộp đảng phí quý I đúng hạn."),
            H("Phần 2 – Ý kiến đảng viên"),
            L("+ Đồng chí Trần Văn Hậu, tổ trưởng tổ gầm – phanh: 3 xe hỏng phanh đều thuộc lô xe đã chạy trên "
              "60.000 km, đề nghị kiểm tra lại toàn bộ má phanh của lô này, không đợi đến kỳ bảo dưỡng."),
            L("+ Đồng chí Lý Thanh Tùng: “Anh em tổ điện chưa ai được học về pin cao áp. Nếu quý III xe điện về mà "
              "mình chưa học thì phải thuê ngoài hết.”"),
            L("+ Đồng chí Nguyễn Thị Bích Tuyền hỏi vì sao vật tư về chậm; đồng chí Quản đốc giải thích do nhà cung "
              "cấp đổi mẫu hóa đơn điện tử, nay đã xử lý xong."),
            L("+ Một số ý kiến đề nghị xem xét tăng phụ cấp ca đêm cho thợ máy."),
            H("Phần 3 – Biểu quyết và phân công"),
            P("Do đã hết giờ, đồng chí chủ tọa ghi nhận các ý kiến và hẹn sẽ có kết luận bằng văn bản gửi các đảng "
              "viên sau khi làm việc với Ban Giám đốc Công ty."),
            P("Chi bộ biểu quyết thông qua nhiệm vụ tháng 3/2025 như báo cáo: 15/15 đồng chí tán thành."),
            P("Phân công như sau:"),
            L("- Đ/c Lý Thanh Tùng: lập kế hoạch bảo dưỡng cấp 2 cho 12 xe tuyến 13 và tuyến 122, xong trong tháng "
              "3/2025."),
            L("- Đ/c Trần Văn Hậu: cùng tổ gầm – phanh kiểm tra lại toàn bộ má phanh lô xe đã chạy trên 60.000 km; "
              "báo cáo kết quả hằng tuần."),
            L("- Tổ điện – điện lạnh: vệ sinh, nạp ga điều hòa cho cả đoàn xe trước mùa nắng nóng."),
            L("- Đ/c Đỗ Thị Mỹ Duyên: thu đảng phí quý I, nộp Văn phòng Đảng ủy Công ty chậm nhất ngày 31/3."),
            L("- Đ/c Nguyễn Thị Bích Tuyền và đ/c Huỳnh Minh Khang: liên hệ Phòng Kỹ thuật lập danh sách thợ đi học "
              "lớp an toàn pin cao áp, gửi trước 25/3/2025."),
            P("Biên bản được đọc lại cho chi bộ nghe, không ai bổ sung, nhất trí thông qua. Cuộc họp kết thúc vào "
              "lúc 18 giờ 00 cùng ngày."),
            S(["NGƯỜI GHI BIÊN BẢN", "", "", "Đỗ Thị Mỹ Duyên"], ["CHỦ TỌA", "", "", "Võ Hoàng Phúc"]),
        ],
        "truth": minute(
            meeting("regular", "2025-03-18", "16:40", "18:00",
                    "phòng họp Xưởng bảo dưỡng – bãi xe An Sương", "CHI BỘ XƯỞNG BẢO DƯỠNG",
                    "ĐẢNG BỘ CÔNG TY CỔ PHẦN XE BUÝT PHƯƠNG NAM"),
            "Võ Hoàng Phúc", "Bí thư chi bộ", "Đỗ Thị Mỹ Duyên",
            attendance(16, 15, 1, 1, 0, 0,
                       [("Hồ Văn Sang", "chạy ca chiều tuyến số 94, có báo trước", True)], []),
            False,
            [vote("Thông qua nhiệm vụ tháng 3/2025", 15, None, None, None)],
            [task("Lý Thanh Tùng", "lập kế hoạch bảo dưỡng cấp 2 cho 12 xe tuyến 13 và tuyến 122", "tháng 3/2025"),
             task("Trần Văn Hậu", "cùng tổ gầm – phanh kiểm tra lại toàn bộ má phanh lô xe đã chạy trên 60.000 km",
                  "hằng tuần"),
             task("Tổ điện – điện lạnh", "vệ sinh, nạp ga điều hòa cho cả đoàn xe", "mùa nắng nóng"),
             task("Đỗ Thị Mỹ Duyên", "thu đảng phí quý I, nộp Văn phòng Đảng ủy Công ty", "31/3"),
             task("Nguyễn Thị Bích Tuyền", "liên hệ Phòng Kỹ thuật lập danh sách thợ đi học lớp an toàn pin cao áp",
                  "25/3/2025"),
             task("Huỳnh Minh Khang", "liên hệ Phòng Kỹ thuật lập danh sách thợ đi học lớp an toàn pin cao áp",
                  "25/3/2025")],
            ["missing_conclusion", "short_meeting"]),
    }],
}

# ------------------------------------------------------------------------------------------------------------------
# j03 — Sóc Trăng Khmer hamlet: regular + thematic in 110 minutes, nobody given a task
# ------------------------------------------------------------------------------------------------------------------

J03 = {
    "name": "j03-soctrang-khmer-hamlet-combined-110min-volunteers",
    "folder": "dev",
    "style": {"family": "serif", "size": 13, "spacing": 1.3, "justify": True, "indent": 30,
              "left": 78, "right": 55, "foot": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ THỊ XÃ VĨNH CHÂU", "ĐẢNG ỦY XÃ VĨNH HẢI", "CHI BỘ ẤP PREY CHÓP B", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Vĩnh Hải, ngày 15 tháng 9 năm 2024"], bold_left=(2,)),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 9/2024"),
            C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ III"),
            C("Chuyên đề: Phát huy vai trò người có uy tín trong đồng bào Khmer xây dựng khối đại đoàn kết ở ấp",
              bold=False, italic=True),
            G(6),
            P("Vào hồi 7 giờ 30 phút, ngày 15 tháng 9 năm 2024, tại Hội trường Ban Nhân dân ấp Prey Chóp B, Chi bộ "
              "ấp tiến hành sinh hoạt thường kỳ tháng 9 kết hợp sinh hoạt chuyên đề quý III năm 2024."),
            H("* Thành phần dự họp"),
            P("Tổng số đảng viên của chi bộ: 24 đồng chí; miễn sinh hoạt 02 đồng chí (Thạch Sến, Lý Thị Sa Quênh – "
              "tuổi cao, sức yếu); phải dự 22 đồng chí. Có mặt 20 đồng chí (trong đó có 01 đảng viên dự bị), vắng "
              "02 đồng chí, cụ thể:"),
            T([(0.08, "TT", "c"), (0.34, "Đảng viên vắng", "l"), (0.40, "Lý do", "l"), (0.18, "Báo chi ủy", "c")],
              [["1", "Sơn Thị Pha Ly", "Đi làm công nhân ở Bình Dương", "Có"],
               ["2", "Kim Sô Phên", "Chưa có lý do", "Không"]]),
            P("Đại biểu: đồng chí Lâm Thị Sà Rinh, Đảng ủy viên, Chủ tịch Ủy ban Mặt trận Tổ quốc xã, phụ trách chi "
              "bộ; ông Thạch Sươl, Achar chùa Prey Chóp, được mời dự phần chuyên đề."),
            P("Đồng chí Sơn Văn Hoàng – Bí thư chi bộ, Trưởng ấp chủ trì; đồng chí Lý Thị Sóc Khum – Chi ủy viên làm "
              "thư ký."),
            H("A. SINH HOẠT THƯỜNG KỲ"),
            P("1. Đồng chí Bí thư thông tin: Đảng ủy xã triển khai kế hoạch tổ chức Lễ Sene Đôn-ta năm 2024 an "
              "toàn, tiết kiệm; dự báo triều cường cuối tháng 9 ở vùng ven biển."),
            P("2. Kết quả tháng 8: bà con xuống giống hành tím vụ mới được 46 ha, đạt 92% kế hoạch; 3 hộ nuôi tôm "
              "bị thiệt hại do dịch đốm trắng; vận động được 17 hộ tham gia bảo hiểm y tế hộ gia đình; sửa xong 1 "
              "căn nhà cho hộ nghèo bằng nguồn xã hội hóa. Hạn chế: một số đảng viên trẻ đi làm ăn xa, sinh hoạt "
              "không đều; thu đảng phí còn chậm."),
            P("3. Nhiệm vụ tháng 9: chăm sóc hành tím, phòng dịch bệnh tôm; chuẩn bị Lễ Sene Đôn-ta; vận động bà "
              "con không mua bán, tàng trữ pháo; tiếp tục vận động tham gia bảo hiểm y tế."),
            H("B. SINH HOẠT CHUYÊN ĐỀ"),
            P("Đồng chí Thạch Minh Đức, Phó Bí thư chi bộ, trình bày chuyên đề. Ấp có 412 hộ, trong đó 358 hộ đồng "
              "bào Khmer; có 09 người có uy tín (Achar, sư cả, trưởng dòng họ). Thời gian qua các vị đã tham gia hòa "
              "giải thành 6 vụ tranh chấp đất giồng cát, vận động 11 thanh niên cai nghiện ma túy, góp công làm 1,2 "
              "km đường đal. Tuy vậy việc phối hợp giữa chi bộ với người có uy tín còn theo sự vụ, chưa có lịch gặp "
              "gỡ định kỳ."),
            H("C. THẢO LUẬN"),
            L("– Đồng chí Kim Thị Sa Ry (Chi hội trưởng Phụ nữ): đề nghị mời người có uy tín dự các buổi họp tổ "
              "nhân dân tự quản, nhất là khi bình xét hộ nghèo. Đồng chí xin nhận vận động 05 hộ còn lại ở tổ 3 "
              "tham gia bảo hiểm y tế."),
            L("– Ông Thạch Sươl: nhà chùa sẵn sàng cho mượn sala làm lớp dạy chữ Khmer và tuyên truyền pháp luật; "
              "mong chi bộ thường xuyên trao đổi thông tin với nhà chùa."),
            L("– Đồng chí Danh Văn Bé, Trưởng Ban công tác Mặt trận ấp: bảo vệ Lễ Sene Đôn-ta cần có tổ tự quản các "
              "phum sóc tham gia, không chỉ trông vào công an viên."),
            L("– Đồng chí Lâm Thị Sà Rinh ghi nhận cách làm của ấp, đề nghị chi bộ đưa nội dung phối hợp với người "
              "có uy tín vào nghị quyết hằng quý."),
            H("D. KẾT LUẬN"),
            P("Đồng chí Bí thư chi bộ kết luận: chi bộ thống nhất với báo cáo tháng 8, nhiệm vụ tháng 9 và nội dung "
              "chuyên đề. Thời gian tới các đoàn thể ấp cần phối hợp chặt chẽ với người có uy tín trong hòa giải ở "
              "cơ sở, tuyên truyền pháp luật; mỗi đảng viên gắn bó với 8 đến 10 hộ liền kề, nắm tình hình và vận "
              "động bà con đón Lễ Sene Đôn-ta vui tươi, an toàn. Đề nghị các đồng chí đảng viên đi làm ăn xa giữ "
              "liên lạc với chi ủy, đóng đảng phí đầy đủ. Chi bộ kiến nghị Đảng ủy xã đề xuất thị xã hỗ trợ kinh phí "
              "sửa chữa sala chùa Prey Chóp làm nơi sinh hoạt cộng đồng."),
            P("Chi bộ biểu quyết nhất trí với kết luận: 20/20 đồng chí có mặt tán thành, đạt tỷ lệ một trăm phần "
              "trăm."),
            P("Biên bản kết thúc và được thông qua trước chi bộ vào lúc 9 giờ 20 phút cùng ngày."),
            S(["THƯ KÝ", "", "", "Lý Thị Sóc Khum"], ["T/M CHI ỦY", "BÍ THƯ", "", "", "Sơn Văn Hoàng"]),
        ],
        "truth": minute(
            meeting("regular", "2024-09-15", "07:30", "09:20", "Hội trường Ban Nhân dân ấp Prey Chóp B",
                    "CHI BỘ ẤP PREY CHÓP B", "ĐẢNG ỦY XÃ VĨNH HẢI",
                    topic="Phát huy vai trò người có uy tín trong đồng bào Khmer xây dựng khối đại đoàn kết ở ấp"),
            "Sơn Văn Hoàng", "Bí thư chi bộ", "Lý Thị Sóc Khum",
            attendance(24, 20, 2, 1, 1, 2,
                       [("Sơn Thị Pha Ly", "Đi làm công nhân ở Bình Dương", True),
                        ("Kim Sô Phên", "Chưa có lý do", False)],
                       [("Lâm Thị Sà Rinh", "Đảng ủy viên, Chủ tịch Ủy ban Mặt trận Tổ quốc xã, phụ trách chi bộ"),
                        ("Thạch Sươl", "Achar chùa Prey Chóp")]),
            True,
            [vote("Thông qua kết luận (thường kỳ và chuyên đề)", 20, None, None, 100)],
            [],
            ["missing_assignments", "short_meeting", "unexcused_absence"]),
    }],
}

# ------------------------------------------------------------------------------------------------------------------
# j04 — Ninh Thuận, Chăm pottery quarter: thematic, unnamed opinions, never read back
# ------------------------------------------------------------------------------------------------------------------

J04 = {
    "name": "j04-ninhthuan-cham-pottery-thematic-unnamed-not-approved",
    "folder": "dev",
    "style": {"family": "dejavu", "size": 12, "spacing": 1.3, "justify": True, "indent": 24,
              "left": 76, "right": 56},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ THỊ TRẤN PHƯỚC DÂN", "CHI BỘ KHU PHỐ BÀU TRÚC", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phước Dân, ngày 14 tháng 6 năm 2024"], bold_left=(1,)),
            C("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ QUÝ II NĂM 2024"),
            C("(Chuyên đề: Giữ gìn nghề gốm truyền thống của đồng bào Chăm gắn với phát triển du lịch cộng đồng)",
              bold=False, italic=True),
            G(6),
            L("1. Thời gian: bắt đầu 19 giờ, ngày 14/6/2024."),
            L("2. Địa điểm: Nhà văn hóa khu phố Bàu Trúc."),
            L("3. Thành phần:"),
            L("- Đảng viên: tổng số 29 đồng chí; miễn sinh hoạt 02 đồng chí; có mặt 26/27 đồng chí phải dự; vắng 01 "
              "đồng chí là Đàng Văn Thiết (đưa gốm đi dự hội chợ tại Đà Lạt, có báo cáo)."),
            L("- Khách mời: đồng chí Hán Thị Lệ, Chủ tịch Hội Liên hiệp Phụ nữ thị trấn; đồng chí Thiên Sanh Cảnh, "
              "cán bộ Trung tâm Văn hóa huyện Ninh Phước."),
            L("4. Chủ trì: đồng chí Quảng Văn Lực, Bí thư chi bộ. Thư ký: đồng chí Lưu Thị Hồng Thắm."),
            L("5. Nội dung:"),
            P("a) Đồng chí Bí thư quán triệt mục đích, yêu cầu của chuyên đề, gắn với Chương trình hành động của "
              "Đảng ủy thị trấn về bảo vệ “Nghệ thuật làm gốm của người Chăm”, di sản văn hóa phi vật thể cần bảo vệ "
              "khẩn cấp được UNESCO ghi danh tháng 11/2022."),
            P("b) Đồng chí Đàng Thị Tuyết, Phó Bí thư chi bộ, trình bày chuyên đề: khu phố có 486 hộ, 152 hộ còn làm "
              "gốm, phần lớn là phụ nữ trên 50 tuổi; thu nhập từ gốm bình quân 4,5 triệu đồng/hộ/tháng; nguồn đất "
              "sét ở bàu Ông Lăng ngày càng khó khai thác; lớp trẻ ít theo nghề. Năm 2023 làng gốm đón trên 60 "
              "nghìn lượt khách nhưng dịch vụ còn đơn điệu, thiếu người thuyết minh bằng tiếng Anh."),
            P("c) Thảo luận: có 05 lượt ý kiến phát biểu, đều thống nhất cao với nội dung chuyên đề. Nhiều ý kiến cho "
              "rằng phải có cơ chế giữ nguồn đất sét cho làng nghề; có ý kiến đề nghị mở lớp truyền nghề cho con em "
              "trong dịp hè; một số ý kiến lo ngại sản phẩm gốm nung bằng lò ga, gốm nhái làm mất uy tín gốm Bàu "
              "Trúc; cũng có ý kiến mong huyện làm biển chỉ dẫn và bãi đỗ xe cho khách."),
            P("d) Kết luận của đồng chí chủ trì:"),
            L("- Chi bộ thống nhất nội dung chuyên đề; đảng viên trong các gia đình làm gốm phải gương mẫu giữ kỹ "
              "thuật nặn tay, nung lộ thiên truyền thống."),
            L("- Giao đồng chí Phó Bí thư Đàng Thị Tuyết cùng Hợp tác xã gốm Bàu Trúc xây dựng phương án giữ nguồn "
              "đất sét, trình Đảng ủy thị trấn trước ngày 15 tháng 7 âm lịch."),
            L("- Chi hội Phụ nữ khu phố mở lớp truyền nghề gốm cho 20 em thanh thiếu niên Chăm trong dịp hè năm "
              "2024."),
            L("- Chi đoàn khu phố lập trang quảng bá gốm Bàu Trúc trên mạng xã hội, cập nhật hằng tuần; đồng chí Lưu "
              "Quang Sơn hướng dẫn đoàn viên làm thuyết minh viên cho khách."),
            L("- Chi bộ đề nghị Đảng ủy thị trấn kiến nghị huyện làm biển chỉ dẫn, bãi đỗ xe trước mùa du lịch cuối "
              "năm."),
            P("Chi bộ biểu quyết thông qua kết luận, 26/26 đồng chí tán thành."),
            P("Buổi sinh hoạt chuyên đề kết thúc lúc 21 giờ 10 phút cùng ngày."),
            S(["THƯ KÝ", "", "", "Lưu Thị Hồng Thắm"], ["CHỦ TRÌ", "", "", "Quảng Văn Lực"]),
        ],
        "truth": minute(
            meeting("thematic", "2024-06-14", "19:00", "21:10", "Nhà văn hóa khu phố Bàu Trúc",
                    "CHI BỘ KHU PHỐ BÀU TRÚC", "ĐẢNG BỘ THỊ TRẤN PHƯỚC DÂN",
                    topic="Giữ gìn nghề gốm truyền thống của đồng bào Chăm gắn với phát triển du lịch cộng đồng"),
            "Quảng Văn Lực", "Bí thư chi bộ", "Lưu Thị Hồng Thắm",
            attendance(29, 26, 1, 1, 0, 2,
                       [("Đàng Văn Thiết", "đưa gốm đi dự hội chợ tại Đà Lạt, có báo cáo", True)],
                       [("Hán Thị Lệ", "Chủ tịch Hội Liên hiệp Phụ nữ thị trấn"),
                        ("Thiên Sanh Cảnh", "cán bộ Trung tâm Văn hóa huyện Ninh Phước")]),
            True,
            [vote("Thông qua kết luận chuyên đề", 26, None, None, None)],
            [task("Đàng Thị Tuyết", "cùng Hợp tác xã gốm Bàu Trúc xây dựng phương án giữ nguồn đất sét, trình Đảng "
                  "ủy thị trấn", "ngày 15 tháng 7 âm lịch"),
             task("Chi hội Phụ nữ khu phố", "mở lớp truyền nghề gốm cho 20 em thanh thiếu niên Chăm",
                  "dịp hè năm 2024"),
             task("Chi đoàn khu phố", "lập trang quảng bá gốm Bàu Trúc trên mạng xã hội", "hằng tuần"),
             task("Lưu Quang Sơn", "hướng dẫn đoàn viên làm thuyết minh viên cho khách", None)],
            ["no_discussion", "not_approved"]),
    }],
}

# ------------------------------------------------------------------------------------------------------------------
# j05 — Đà Lạt flower cooperative, printed form: guest line and vote line left blank
# ------------------------------------------------------------------------------------------------------------------

J05 = {
    "name": "j05-lamdong-flower-coop-form-blank-vote",
    "folder": "dev",
    "style": {"family": "serif", "size": 12, "spacing": 1.25, "justify": False, "indent": 0,
              "left": 72, "right": 60},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG 12", "CHI BỘ HTX NÔNG NGHIỆP THÁI PHIÊN", "Số: 04-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đà Lạt, ngày 10 tháng 4 năm 2025"], bold_left=(1,)),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 4 NĂM 2025"),
            G(6),
            H("I. PHẦN MỞ ĐẦU"),
            L("1. Thời gian: Hồi 8 giờ 00, ngày 10/4/2025."),
            L("2. Địa điểm: Văn phòng Hợp tác xã, số 86 Thái Phiên, Phường 12."),
            L("3. Số đảng viên: tổng số 12 đ/c; có mặt 11 đ/c; vắng 01 đ/c (có lý do: 01; không lý do: 0)."),
            L("Đảng viên vắng: đ/c Bon Niêng Ha Thu, lý do: đi giao hoa cho đối tác tại TP. Hồ Chí Minh.",
              indent=24),
            L("4. Khách mời: ……………………………………… (ghi rõ họ tên, chức vụ)"),
            L("5. Chủ trì: Đ/c Nguyễn Thị Thu Hà, Bí thư chi bộ, Giám đốc HTX."),
            L("6. Thư ký: Đ/c Phan Minh Khôi."),
            H("II. NỘI DUNG"),
            H("1. Thông tin thời sự, quán triệt văn bản cấp trên"),
            P("Đ/c Bí thư thông tin về chủ trương sắp xếp đơn vị hành chính cấp xã, dự kiến các phường của thành "
              "phố sẽ hợp nhất từ ngày 01/7/2025; phổ biến kế hoạch của Đảng ủy phường tổ chức kỷ niệm 50 năm Ngày "
              "giải phóng miền Nam, thống nhất đất nước (30/4/1975 – 30/4/2025)."),
            H("2. Đánh giá kết quả tháng 3/2025"),
            P("HTX xuất bán 1,86 triệu cành hoa các loại (cúc, hồng, cát tường), doanh thu 4,1 tỷ đồng, tăng 7% so "
              "với tháng 2. Hoàn thành cấp mã số vùng trồng cho 14 ha hoa cúc xuất khẩu đi Nhật Bản. Tồn tại: 02 "
              "nhà kính bị sập khung do lốc xoáy ngày 19/3 chưa khắc phục xong; nhiều xã viên còn lạm dụng thuốc "
              "bảo vệ thực vật; việc ghi nhật ký sản xuất chưa đều."),
            H("3. Phương hướng tháng 4/2025"),
            P("Bảo đảm sản lượng hoa phục vụ dịp 30/4 và Lễ Phật đản; khắc phục xong nhà kính bị hư hỏng; chuẩn bị "
              "hệ thống thoát nước trước mùa mưa; hướng dẫn xã viên ghi nhật ký sản xuất theo tiêu chuẩn VietGAP."),
            H("4. Ý kiến thảo luận"),
            L("- Đ/c Trịnh Văn Lâm (Tổ trưởng tổ hoa cúc): giá phân bón tăng, đề nghị HTX đặt mua chung để được "
              "chiết khấu."),
            L("- Đ/c Bon Niêng Ha Liên: đồng bào Lạch ở Lát trồng hoa theo HTX ngày càng nhiều, cần người hướng dẫn "
              "kỹ thuật bằng tiếng dân tộc."),
            L("- Đ/c Phan Minh Khôi: đề nghị làm sớm hồ sơ bảo hiểm nhà kính, vì mùa mưa năm nay dự báo đến sớm."),
            H("5. Kết luận của chủ trì"),
            P("Đ/c Nguyễn Thị Thu Hà kết luận: thống nhất với báo cáo và các ý kiến; tháng 4 tập trung ba việc: giữ "
              "sản lượng hoa dịp lễ, khắc phục nhà kính, chuẩn bị mùa mưa. Cụ thể:"),
            L("- Đ/c Trịnh Văn Lâm và tổ hoa cúc khắc phục 02 nhà kính bị sập, xong trước 20/4/2025;"),
            L("- Đ/c Phan Minh Khôi làm việc với công ty bảo hiểm về gói bảo hiểm nhà kính, báo cáo kỳ họp tháng 5;"),
            L("- Đ/c Bon Niêng Ha Liên hướng dẫn các hộ đồng bào Lạch ghi nhật ký sản xuất, thực hiện thường "
              "xuyên;"),
            L("- Ban quản trị HTX đặt mua phân bón chung cho xã viên trong tháng 4/2025."),
            H("6. Biểu quyết"),
            L("Tán thành: ……… đ/c; Không tán thành: ……… đ/c; Ý kiến khác: ……… đ/c."),
            H("III. KẾT THÚC"),
            P("Hội nghị kết thúc hồi 10 giờ 15 phút cùng ngày. Biên bản đã được đọc lại trước hội nghị, 11/11 đồng "
              "chí có mặt nhất trí thông qua."),
            S(["NGƯỜI GHI BIÊN BẢN", "", "", "Phan Minh Khôi"], ["BÍ THƯ", "", "", "Nguyễn Thị Thu Hà"]),
        ],
        "truth": minute(
            meeting("regular", "2025-04-10", "08:00", "10:15", "Văn phòng Hợp tác xã, số 86 Thái Phiên, Phường 12",
                    "CHI BỘ HTX NÔNG NGHIỆP THÁI PHIÊN", "ĐẢNG BỘ PHƯỜNG 12"),
            "Nguyễn Thị Thu Hà", "Bí thư chi bộ", "Phan Minh Khôi",
            attendance(12, 11, 1, 1, 0, 0,
                       [("Bon Niêng Ha Thu", "đi giao hoa cho đối tác tại TP. Hồ Chí Minh", True)], []),
            True,
            [],
            [task("Trịnh Văn Lâm", "khắc phục 02 nhà kính bị sập", "20/4/2025"),
             task("tổ hoa cúc", "khắc phục 02 nhà kính bị sập", "20/4/2025"),
             task("Phan Minh Khôi", "làm việc với công ty bảo hiểm về gói bảo hiểm nhà kính", "kỳ họp tháng 5"),
             task("Bon Niêng Ha Liên", "hướng dẫn các hộ đồng bào Lạch ghi nhật ký sản xuất", "thường xuyên"),
             task("Ban quản trị HTX", "đặt mua phân bón chung cho xã viên", "tháng 4/2025")],
            ["missing_vote", "unfilled_template"]),
    }],
}

# ------------------------------------------------------------------------------------------------------------------
# j06 — Hồ Chí Minh City (Bình Thạnh) cell of retirees: 24/29, only last month's tasks reported
# ------------------------------------------------------------------------------------------------------------------

J06 = {
    "name": "j06-hcm-ward-retirees-low-past-tasks",
    "folder": "dev",
    "style": {"family": "serif", "size": 13, "spacing": 1.4, "justify": True, "indent": 36,
              "left": 80, "right": 55, "head": "Biên bản sinh hoạt Chi bộ Khu phố 5 – tháng 11/2024",
              "head_align": "right"},
    "scans": [{"name": "j12-hcm-ward-retirees-scan-photocopy", "folder": "dev", "damage": "photocopy",
               "seed": 6102, "dpi": 300}],
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ QUẬN BÌNH THẠNH", "ĐẢNG BỘ PHƯỜNG 13", "CHI BỘ KHU PHỐ 5"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phường 13, ngày 10 tháng 11 năm 2024"], bold_left=(2,)),
            C("BIÊN BẢN SINH HOẠT CHI BỘ"),
            C("KỲ HỌP THÁNG 11 NĂM 2024"),
            G(6),
            P("Vào lúc 8 giờ sáng Chủ nhật, ngày 10 tháng 11 năm 2024, tại Nhà sinh hoạt cộng đồng khu phố 5 (số "
              "47/12 đường Bình Lợi), Chi bộ Khu phố 5 họp kỳ tháng 11."),
            P("Chi bộ có 38 đảng viên, phần lớn là cán bộ, sĩ quan đã nghỉ hưu; 09 đồng chí được miễn sinh hoạt vì "
              "tuổi cao, sức yếu, số phải dự là 29. Dự họp có 24 đồng chí, vắng 05 đồng chí đều có lý do: đồng chí "
              "Trương Văn Lợi (đang điều trị tại Bệnh viện Thống Nhất), đồng chí Huỳnh Thị Ba (về Bến Tre dự đám "
              "giỗ), đồng chí Lâm Quốc Kiệt (sang Úc thăm con), đồng chí Nguyễn Thị Lệ Hằng (chăm chồng bệnh) và "
              "đồng chí Mai Văn Xê (trông cháu nhỏ, có gửi ý kiến bằng văn bản)."),
            P("Dự buổi sinh hoạt có đồng chí Đào Minh Trí, Phó Bí thư Thường trực Đảng ủy phường, và bà Cao Thị "
              "Lan, Trưởng Ban điều hành khu phố."),
            P("Đồng chí Châu Văn Đực, Bí thư chi bộ, điều hành buổi sinh hoạt; đồng chí Phùng Thị Hoa được chi bộ "
              "cử ghi biên bản."),
            H("I – THÔNG TIN"),
            P("Đồng chí Bí thư thông tin: Thành phố sơ kết thực hiện Nghị quyết 98/2023/QH15 về cơ chế, chính sách "
              "đặc thù; phường triển khai chỉnh trang các hẻm dưới 3 mét, vận động người dân hiến đất mở rộng hẻm; "
              "cảnh báo thủ đoạn lừa đảo qua điện thoại nhắm vào người cao tuổi (giả danh công an, nhân viên bảo "
              "hiểm xã hội yêu cầu cập nhật VNeID)."),
            H("II – KIỂM ĐIỂM NHIỆM VỤ THÁNG 10"),
            P("Tại kỳ họp tháng 10, chi bộ đã phân công một số việc, nay báo cáo kết quả: đồng chí Lý Văn Sang phối "
              "hợp Ban điều hành khu phố vận động 6 hộ hẻm 47 hiến đất mở rộng hẻm – đã vận động được 4 hộ, còn 2 "
              "hộ chưa đồng ý; đồng chí Nguyễn Thị Mai đôn đốc thu Quỹ “Vì người nghèo” – đã thu 18,5 triệu đồng, "
              "đạt 116% chỉ tiêu; tổ hòa giải khu phố giải quyết vụ tranh chấp lối đi ở tổ 27 – đã hòa giải thành."),
            P("Ưu điểm: đảng viên hưu trí gương mẫu, nhiệt tình, tham gia đầy đủ các phong trào; không có đảng viên "
              "vi phạm. Hạn chế: tỷ lệ dự họp còn thấp do nhiều đồng chí tuổi cao; 3 đồng chí chậm đóng đảng phí "
              "quý III; việc tuyên truyền trên nhóm Zalo của khu phố chưa thường xuyên."),
            H("III – Ý KIẾN THẢO LUẬN"),
            P("Đồng chí Võ Văn Tư, tổ trưởng tổ dân phố 27, nêu: hai hộ chưa đồng ý hiến đất là do lo mất mặt tiền "
              "kinh doanh, cần để Ban điều hành khu phố và phường cùng gặp, giải thích phương án bồi hoàn."),
            P("Đồng chí Lê Thị Hảo hỏi: người già sống một mình nếu bị lừa qua điện thoại thì báo ở đâu? Đồng chí "
              "Đào Minh Trí trả lời: báo ngay công an khu vực hoặc gọi đường dây nóng của Công an phường; số điện "
              "thoại sẽ được dán tại nhà sinh hoạt cộng đồng."),
            P("Đồng chí Đinh Công Tráng, đại tá quân đội nghỉ hưu, đề nghị chi bộ thăm hỏi các đồng chí ốm đau, nằm "
              "viện nhiều hơn, vì đó cũng là cách giữ tinh thần đảng viên. Đồng chí xin nhận đi thăm đồng chí "
              "Trương Văn Lợi trong tuần này."),
            H("IV – KẾT LUẬN"),
            P("Thay mặt chi ủy, đồng chí Bí thư tóm tắt và kết luận: chi bộ thống nhất đánh giá tháng 10 hoàn thành "
              "tốt nhiệm vụ. Tháng 11 tiếp tục vận động các hộ còn lại hiến đất mở rộng hẻm 47, tuyên truyền phòng "
              "chống lừa đảo qua mạng cho người cao tuổi, chuẩn bị tổng kết năm và đánh giá, xếp loại đảng viên. Đề "
              "nghị các đồng chí đảng viên tiếp tục phát huy vai trò nêu gương ở nơi cư trú; các đồng chí chậm đóng "
              "đảng phí nộp đủ trong tháng; mỗi đảng viên nhắc nhở con cháu chấp hành tốt quy định về trật tự đô "
              "thị. Chi bộ đề nghị Đảng ủy phường chỉ đạo sửa chữa hệ thống đèn chiếu sáng hẻm 47 trước Tết."),
            P("Chi bộ biểu quyết thông qua kết luận: 24/24 đồng chí có mặt tán thành, đạt 100%."),
            P("Biên bản đã được đọc lại và được chi bộ nhất trí thông qua. Buổi sinh hoạt kết thúc lúc 10 giờ 05 "
              "phút cùng ngày."),
            S(["THƯ KÝ HỘI NGHỊ", "", "", "Phùng Thị Hoa"], ["CHỦ TRÌ HỘI NGHỊ", "", "", "Châu Văn Đực"]),
        ],
        "truth": minute(
            meeting("regular", "2024-11-10", "08:00", "10:05",
                    "Nhà sinh hoạt cộng đồng khu phố 5 (số 47/12 đường Bình Lợi)", "CHI BỘ KHU PHỐ 5",
                    "ĐẢNG BỘ PHƯỜNG 13"),
            "Châu Văn Đực", "Bí thư chi bộ", "Phùng Thị Hoa",
            attendance(38, 24, 5, 5, 0, 9,
                       [("Trương Văn Lợi", "đang điều trị tại Bệnh viện Thống Nhất", True),
                        ("Huỳnh Thị Ba", "về Bến Tre dự đám giỗ", True),
                        ("Lâm Quốc Kiệt", "sang Úc thăm con", True),
                        ("Nguyễn Thị Lệ Hằng", "chăm chồng bệnh", True),
                        ("Mai Văn Xê", "trông cháu nhỏ, có gửi ý kiến bằng văn bản", True)],
                       [("Đào Minh Trí", "Phó Bí thư Thường trực Đảng ủy phường"),
                        ("Cao Thị Lan", "Trưởng Ban điều hành khu phố")]),
            True,
            [vote("Thông qua kết luận", 24, None, None, 100)],
            [],
            ["low_attendance", "missing_assignments"]),
    }],
}

# ------------------------------------------------------------------------------------------------------------------
# j07 — the book: Đắk Lắk coffee-company production team, Jan–Jun 2025 (February missing)
# ------------------------------------------------------------------------------------------------------------------

J07_LEFT = ["ĐẢNG BỘ CÔNG TY TNHH MTV", "CÀ PHÊ EA SIM", "CHI BỘ ĐỘI SẢN XUẤT SỐ 4", "*"]
J07_CELL = "CHI BỘ ĐỘI SẢN XUẤT SỐ 4"
J07_COMMITTEE = "ĐẢNG BỘ CÔNG TY TNHH MTV CÀ PHÊ EA SIM"
J07_PLACE = "Nhà giao ban Đội sản xuất số 4"

J07_M1 = {
    "blocks": [
        HD(J07_LEFT, ["ĐẢNG CỘNG SẢN VIỆT NAM", "Krông Búk, ngày 07 tháng 01 năm 2025"], bold_left=(2,)),
        C("BIÊN BẢN"),
        C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 01/2025"),
        G(4),
        L("Thời gian: 13 giờ 30, ngày 07/01/2025."),
        L("Địa điểm: Nhà giao ban Đội sản xuất số 4."),
        L("Đảng viên: tổng số 15 đ/c, có mặt 14 đ/c. Vắng: đ/c Y Khuê Niê – không lý do."),
        L("Chủ trì: đ/c Nguyễn Đình Thảo – Bí thư chi bộ, Đội trưởng. Thư ký: đ/c H'Bla Êban."),
        H("1. Tình hình tháng 12/2024"),
        P("Đội thu hoạch được 96% diện tích (186/194 ha), năng suất ước đạt 3,6 tấn nhân/ha, vượt khoán 0,3 tấn; "
          "giao nộp sản phẩm cho Công ty đạt 91%. Không xảy ra mất trộm cà phê trên vườn. Tồn tại: còn 8 ha của "
          "các hộ ở buôn Ea Ngai chưa hái xong do thiếu nhân công; 2 hộ nhận khoán chậm nộp sản phẩm."),
        H("2. Nhiệm vụ tháng 01/2025"),
        P("Hái dứt điểm diện tích còn lại, phơi sấy, bảo quản sản phẩm; thu nợ sản phẩm khoán; chuẩn bị nước tưới "
          "đợt 1; lo cho công nhân đón Tết Nguyên đán Ất Tỵ vui tươi, an toàn, tiết kiệm; tăng cường bảo vệ vườn "
          "cây dịp Tết."),
        H("3. Thảo luận"),
        L("- Đ/c Trần Văn Cường: hồ Ea Ngai năm nay nước thấp hơn năm ngoái, đề nghị xếp lịch tưới luân phiên ngay "
          "từ đợt 1."),
        L("- Đ/c H'Yim Knul hỏi việc ứng trước tiền thưởng vượt khoán cho công nhân trước Tết; đ/c Đội trưởng trả "
          "lời Công ty đã đồng ý ứng 50%."),
        L("- Đ/c Hoàng Văn Tám đề nghị chi bộ gặp riêng đ/c Y Khuê Niê để nắm lý do vắng họp."),
        H("4. Kết luận"),
        P("Đ/c Bí thư kết luận: thống nhất các nhiệm vụ nêu trên, tập trung thu hoạch dứt điểm và bảo vệ sản "
          "phẩm. Phân công:"),
        L("+ Đ/c Trần Văn Cường xây dựng lịch tưới luân phiên đợt 1, xong trước 23 tháng Chạp;"),
        L("+ Tổ bảo vệ của đội tăng cường tuần tra vườn cây trong suốt dịp Tết Nguyên đán;"),
        L("+ Đ/c H'Bla Êban và đ/c Phạm Thị Lụa đôn đốc 2 hộ chậm nộp sản phẩm khoán, hoàn thành trước Tết Nguyên "
          "đán Ất Tỵ."),
        P("Biểu quyết: 14/14 đ/c tán thành."),
        P("Buổi sinh hoạt kết thúc lúc 15 giờ 45 phút. Biên bản đã đọc lại, chi bộ nhất trí thông qua."),
        S(["THƯ KÝ", "", "H'Bla Êban"], ["BÍ THƯ", "", "Nguyễn Đình Thảo"]),
    ],
    "truth": minute(
        meeting("regular", "2025-01-07", "13:30", "15:45", J07_PLACE, J07_CELL, J07_COMMITTEE),
        "Nguyễn Đình Thảo", "Bí thư chi bộ", "H'Bla Êban",
        attendance(15, 14, 1, 0, 1, 0, [("Y Khuê Niê", "không lý do", False)], []),
        True,
        [vote("Thông qua kết luận tháng 01/2025", 14, None, None, None)],
        [task("Trần Văn Cường", "xây dựng lịch tưới luân phiên đợt 1", "23 tháng Chạp"),
         task("Tổ bảo vệ của đội", "tăng cường tuần tra vườn cây", "suốt dịp Tết Nguyên đán"),
         task("H'Bla Êban", "đôn đốc 2 hộ chậm nộp sản phẩm khoán", "Tết Nguyên đán Ất Tỵ"),
         task("Phạm Thị Lụa", "đôn đốc 2 hộ chậm nộp sản phẩm khoán", "Tết Nguyên đán Ất Tỵ")],
        ["unexcused_absence"]),
}

J07_M2 = {
    "blocks": [
        HD(J07_LEFT, ["ĐẢNG CỘNG SẢN VIỆT NAM", "Krông Búk, ngày 05 tháng 3 năm 2025"], bold_left=(2,)),
        C("BIÊN BẢN"),
        C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3/2025"),
        G(4),
        P("Hồi 7h30' ngày 05/3/2025, tại Nhà giao ban Đội sản xuất số 4, chi bộ họp thường kỳ tháng 3. Có mặt: "
          "15/15 đ/c (đủ). Đ/c Nguyễn Đình Thảo, Bí thư chi bộ chủ trì; đ/c H'Bla Êban ghi biên bản."),
        P("Đ/c Bí thư thông báo: tháng 2/2025 chi bộ không sinh hoạt được do công nhân nghỉ Tết và tập trung tưới "
          "đợt 1; chi ủy đã báo cáo Đảng ủy Công ty."),
        H("1. Kết quả tháng 01 và tháng 02"),
        P("Thu hoạch xong 100% diện tích; giao nộp sản phẩm đạt 98,5%, 2 hộ chậm nộp đã nộp đủ. Tưới xong đợt 1 "
          "cho 194 ha, đợt 2 đạt 60%. Công nhân đón Tết an toàn, không có vụ mất trộm. Hạn chế: máy bơm của tổ 2 "
          "hỏng 3 ngày làm chậm lịch tưới; một số hộ bón phân không theo hướng dẫn kỹ thuật."),
        H("2. Nhiệm vụ tháng 3"),
        P("Hoàn thành tưới đợt 2 và đợt 3; cắt cành, tạo tán sau thu hoạch; đăng ký phân bón theo chương trình "
          "canh tác bền vững; khám sức khỏe định kỳ cho công nhân."),
        H("3. Ý kiến"),
        L("- Đ/c Hoàng Văn Tám: máy bơm tổ 2 đã cũ, đề nghị Công ty thay mới, nếu chưa kịp thì mượn máy của Đội "
          "3."),
        L("- Đ/c Y Khuê Niê nhận khuyết điểm vì vắng họp tháng 01, hứa sinh hoạt đầy đủ."),
        L("- Đ/c Nông Thị Hoa (tổ trưởng tổ 3): nhiều hộ đồng bào chưa quen cắt cành theo kỹ thuật mới, cần cán "
          "bộ kỹ thuật xuống tận vườn."),
        H("4. Kết luận"),
        P("Đ/c Bí thư kết luận:"),
        L("1) Thống nhất nhiệm vụ tháng 3 như báo cáo; ưu tiên nước cho diện tích cà phê tái canh."),
        L("2) Đ/c Hoàng Văn Tám làm tờ trình xin thay máy bơm tổ 2, gửi Phòng Kỹ thuật Công ty trong tuần này."),
        L("3) Đ/c Nông Thị Hoa cùng cán bộ kỹ thuật hướng dẫn cắt cành tại vườn các hộ ở buôn Ea Ngai, xong trong "
          "tháng 3."),
        L("4) Chi ủy chấm điểm việc thực hiện quy trình bón phân của các hộ, báo cáo chi bộ kỳ họp tháng 4."),
        P("Chi bộ biểu quyết: mười lăm trên mười lăm đồng chí tán thành (100%)."),
        P("Họp xong lúc 10 giờ. Biên bản được thông qua trước chi bộ."),
        S(["THƯ KÝ", "", "H'Bla Êban"], ["BÍ THƯ", "", "Nguyễn Đình Thảo"]),
    ],
    "truth": minute(
        meeting("regular", "2025-03-05", "07:30", "10:00", J07_PLACE, J07_CELL, J07_COMMITTEE),
        "Nguyễn Đình Thảo", "Bí thư chi bộ", "H'Bla Êban",
        attendance(15, 15, 0, 0, 0, 0, [], []),
        True,
        [vote("Thông qua kết luận tháng 3/2025", 15, None, None, 100)],
        [task("Hoàng Văn Tám", "làm tờ trình xin thay máy bơm tổ 2, gửi Phòng Kỹ thuật Công ty", "tuần này"),
         task("Nông Thị Hoa", "cùng cán bộ kỹ thuật hướng dẫn cắt cành tại vườn các hộ ở buôn Ea Ngai", "tháng 3"),
         task("Chi ủy", "chấm điểm việc thực hiện quy trình bón phân của các hộ", "kỳ họp tháng 4")],
        []),
}

J07_M3 = {
    "blocks": [
        C("BIÊN BẢN HỌP CHI BỘ THÁNG 4 NĂM 2025"),
        G(4),
        P("Ngày 08/4/2025, từ 14h00 đến 16h20, Chi bộ Đội sản xuất số 4 họp tại hội trường Đội. Tổng số 15 đ/c; có "
          "mặt 14 đ/c; vắng 01: đ/c Y Khuê Niê (không báo cáo). Chủ trì: đ/c Nguyễn Đình Thảo, Bí thư chi bộ; thư "
          "ký: đ/c H'Bla Êban."),
        H("1. Đánh giá tháng 3"),
        P("Tưới xong đợt 3 cho toàn bộ diện tích; cắt cành đạt 85%; máy bơm tổ 2 đã được Công ty thay mới. Chi ủy "
          "chấm điểm quy trình bón phân: 41/58 hộ đạt, 17 hộ chưa đạt, chủ yếu do bón thừa đạm."),
        H("2. Nhiệm vụ tháng 4"),
        P("Bón phân đợt 1 khi có mưa đầu mùa; phòng trừ rệp sáp, bọ xít muỗi; hoàn thành cắt cành; vận động công "
          "nhân ủng hộ xây nhà Đại đoàn kết cho hộ nghèo ở buôn Ea Ngai."),
        H("3. Thảo luận"),
        L("- Đ/c Trần Văn Cường: rệp sáp đã xuất hiện ở lô 7, lô 9, đề nghị phun sớm, không chờ mưa."),
        L("- Đ/c Phạm Thị Lụa: đề nghị công khai danh sách 17 hộ bón phân chưa đạt để các hộ rút kinh nghiệm."),
        L("- Đ/c Y Sơn Byă hỏi tiêu chuẩn hộ được hỗ trợ nhà Đại đoàn kết; đ/c Bí thư giải đáp theo hướng dẫn của "
          "Ủy ban Mặt trận xã."),
        H("4. Kết luận"),
        P("Đ/c Bí thư kết luận: thống nhất nội dung đánh giá và nhiệm vụ tháng 4. Đ/c Trần Văn Cường chỉ đạo tổ kỹ "
          "thuật phun trừ rệp sáp lô 7, lô 9, xong trong tuần này; đ/c Phạm Thị Lụa lập danh sách hộ bón phân chưa "
          "đạt, niêm yết tại nhà giao ban trước 15/4/2025; đ/c H'Bla Êban thu tiền ủng hộ nhà Đại đoàn kết, nộp "
          "Công đoàn Công ty trong tháng 4. Việc đ/c Y Khuê Niê vắng họp lần thứ hai không lý do, chi bộ sẽ xem "
          "xét ở kỳ họp sau."),
        P("Buổi họp kết thúc lúc 16 giờ 20. Biên bản được đọc lại, 14/14 đồng chí có mặt nhất trí thông qua."),
        S(["THƯ KÝ", "", "H'Bla Êban"], ["CHỦ TRÌ", "", "Nguyễn Đình Thảo"]),
    ],
    "truth": minute(
        meeting("regular", "2025-04-08", "14:00", "16:20", "hội trường Đội", J07_CELL, J07_COMMITTEE),
        "Nguyễn Đình Thảo", "Bí thư chi bộ", "H'Bla Êban",
        attendance(15, 14, 1, 0, 1, 0, [("Y Khuê Niê", "không báo cáo", False)], []),
        True,
        [],
        [task("Trần Văn Cường", "chỉ đạo tổ kỹ thuật phun trừ rệp sáp lô 7, lô 9", "tuần này"),
         task("Phạm Thị Lụa", "lập danh sách hộ bón phân chưa đạt, niêm yết tại nhà giao ban", "15/4/2025"),
         task("H'Bla Êban", "thu tiền ủng hộ nhà Đại đoàn kết, nộp Công đoàn Công ty", "tháng 4")],
        ["missing_vote", "unexcused_absence"]),
}

J07_M4 = {
    "blocks": [
        HD(J07_LEFT, ["ĐẢNG CỘNG SẢN VIỆT NAM", "Krông Búk, ngày 13 tháng 5 năm 2025"], bold_left=(2,)),
        C("BIÊN BẢN"),
        C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 5/2025"),
        C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ II"),
        C("Chuyên đề: Tiết kiệm nước tưới, phân bón trong chăm sóc cà phê, hướng tới sản xuất bền vững",
          bold=False, italic=True),
        G(4),
        L("- Thời gian: từ 13 giờ 30 đến 16 giờ 00 ngày 13/5/2025."),
        L("- Địa điểm: Nhà giao ban Đội sản xuất số 4."),
        L("- Thành phần: 15/15 đảng viên có mặt; đại biểu: đ/c Lê Quang Vinh, Đảng ủy viên, Phó Giám đốc Công ty; "
          "đ/c H'Ngơn Mlô, Chủ tịch Công đoàn Công ty."),
        L("- Chủ trì: đ/c Nguyễn Đình Thảo, Bí thư chi bộ. Thư ký: đ/c H'Bla Êban."),
        H("Phần I. Sinh hoạt thường kỳ"),
        P("Tháng 4 đội bón phân đợt 1 đạt 100% diện tích; phun trừ rệp sáp kịp thời, không lây lan; ủng hộ nhà Đại "
          "đoàn kết 12,4 triệu đồng. Danh sách hộ bón phân chưa đạt đã niêm yết, 11/17 hộ đã điều chỉnh. Tháng 5: "
          "trồng dặm, làm cỏ, bón phân đợt 2, phòng chống cháy vườn cuối mùa khô."),
        H("Phần II. Sinh hoạt chuyên đề"),
        P("Đ/c Trần Văn Cường trình bày chuyên đề. Mùa khô 2024–2025 đội tưới bình quân 520 lít/gốc/đợt, cao hơn "
          "khuyến cáo 20%; nhiều hộ vẫn tưới tràn bằng ống mềm. 12 hộ đã lắp tưới nhỏ giọt kết hợp bón phân qua "
          "nước, tiết kiệm khoảng 30% nước và 15% phân bón, năng suất không giảm. Nếu nhân rộng, đội có thể giảm "
          "chi phí sản xuất khoảng 1,5 triệu đồng/ha/năm."),
        H("Phần III. Thảo luận"),
        L("- Đ/c Y Khuê Niê: nhà mình làm tưới nhỏ giọt từ năm ngoái, giếng khoan đủ nước cả mùa; nhưng tiền đầu "
          "tư ban đầu lớn, nhiều hộ công nhân không tự lo được."),
        L("- Đ/c Nông Thị Hoa: đề nghị Công ty cho vay không lãi để công nhân lắp hệ thống tưới, trừ dần vào sản "
          "phẩm khoán."),
        L("- Đ/c Lê Quang Vinh (Phó Giám đốc Công ty): Công ty sẽ nghiên cứu hỗ trợ 30% chi phí cho hộ lắp tưới "
          "nhỏ giọt trong năm 2025, đề nghị đội làm điểm trước."),
        H("Phần IV. Kết luận"),
        P("Đ/c Bí thư kết luận: chi bộ thống nhất nội dung chuyên đề và nhiệm vụ tháng 5; chọn lô 3 và lô 5 làm "
          "điểm tưới nhỏ giọt. Giao đ/c Trần Văn Cường lập danh sách hộ đăng ký làm điểm, gửi Công ty trước "
          "31/5/2025. Giao đ/c Y Khuê Niê hướng dẫn các hộ tham quan mô hình tưới nhỏ giọt tại vườn nhà mình trong "
          "tháng 6. Tổ bảo vệ trực phòng cháy vườn cây đến hết mùa khô."),
        P("Biểu quyết: 15/15 đồng chí tán thành, đạt 100%."),
        P("Buổi sinh hoạt kết thúc lúc 16 giờ 00, biên bản được đọc lại và thông qua."),
        S(["THƯ KÝ", "", "H'Bla Êban"], ["T/M CHI BỘ", "BÍ THƯ", "", "Nguyễn Đình Thảo"]),
    ],
    "truth": minute(
        meeting("regular", "2025-05-13", "13:30", "16:00", J07_PLACE, J07_CELL, J07_COMMITTEE,
                topic="Tiết kiệm nước tưới, phân bón trong chăm sóc cà phê, hướng tới sản xuất bền vững"),
        "Nguyễn Đình Thảo", "Bí thư chi bộ", "H'Bla Êban",
        attendance(15, 15, 0, 0, 0, 0, [],
                   [("Lê Quang Vinh", "Đảng ủy viên, Phó Giám đốc Công ty"),
                    ("H'Ngơn Mlô", "Chủ tịch Công đoàn Công ty")]),
        True,
        [vote("Thông qua kết luận (thường kỳ và chuyên đề)", 15, None, None, 100)],
        [task("Trần Văn Cường", "lập danh sách hộ đăng ký làm điểm, gửi Công ty", "31/5/2025"),
         task("Y Khuê Niê", "hướng dẫn các hộ tham quan mô hình tưới nhỏ giọt tại vườn nhà mình", "tháng 6"),
         task("Tổ bảo vệ", "trực phòng cháy vườn cây", "hết mùa khô")],
        []),
}

J07_M5 = {
    "blocks": [
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 6/2025"),
        G(4),
        P("Hôm nay, ngày 10 tháng 6 năm 2025, lúc 14 giờ, tại Nhà giao ban Đội sản xuất số 4, Chi bộ Đội sản xuất "
          "số 4 sinh hoạt thường kỳ tháng 6. Đ/c Nguyễn Đình Thảo – Bí thư chi bộ chủ trì, đ/c H'Bla Êban làm thư "
          "ký."),
        P("Đảng viên có mặt: 12/15 đ/c. Vắng 03 đ/c:"),
        T([(0.08, "TT", "c"), (0.38, "Họ và tên", "l"), (0.54, "Lý do", "l")],
          [["1", "Y Khuê Niê", "Không có lý do"],
           ["2", "H'Yim Knul", "Nghỉ chế độ thai sản"],
           ["3", "Trần Văn Cường", "Đi tập huấn tưới tiết kiệm tại Buôn Ma Thuột"]]),
        H("1. Kết quả tháng 5"),
        P("Trồng dặm xong 2,1 ha; bón phân đợt 2 đạt 90%; không để xảy ra cháy vườn. Đã có 23 hộ đăng ký làm điểm "
          "tưới nhỏ giọt tại lô 3 và lô 5, danh sách đã gửi Công ty. Hạn chế: 2 hộ tự ý chặt cà phê già để trồng "
          "sầu riêng xen, chưa xin phép đội; đ/c Y Khuê Niê chưa tổ chức được buổi tham quan mô hình như phân công."),
        H("2. Nhiệm vụ tháng 6"),
        P("Bón phân đợt 2 cho diện tích còn lại; làm cỏ, tỉa chồi vượt; quản lý chặt việc trồng xen, không để tự ý "
          "chuyển đổi cây trồng trên đất khoán; chuẩn bị sơ kết 6 tháng đầu năm."),
        H("3. Ý kiến"),
        L("- Đ/c Phạm Thị Lụa: hai hộ trồng sầu riêng là do giá cà phê lên xuống thất thường, đội nên mời các hộ "
          "lên làm việc, giải thích lại hợp đồng khoán."),
        L("- Đ/c Hoàng Văn Tám: đ/c Y Khuê Niê vắng họp không lý do đã 3 lần trong năm, đề nghị chi ủy báo cáo "
          "Đảng ủy Công ty xem xét theo quy định."),
        H("4. Kết luận"),
        P("Đ/c Bí thư kết luận: thống nhất nhiệm vụ tháng 6. Đ/c Hoàng Văn Tám và đ/c Phạm Thị Lụa làm việc với 2 "
          "hộ trồng xen sầu riêng, lập biên bản, báo cáo Ban Giám đốc trong tuần sau; đ/c Nông Thị Hoa phụ trách "
          "tổng hợp số liệu 6 tháng, nộp chi ủy trước ngày 25/6/2025. Chi ủy hoàn chỉnh hồ sơ báo cáo Đảng ủy Công "
          "ty về trường hợp đ/c Y Khuê Niê."),
        P("Chi bộ biểu quyết thông qua kết luận với 12/12 đồng chí có mặt tán thành."),
        P("Buổi sinh hoạt kết thúc lúc 16 giờ 10 phút. Biên bản đã được đọc lại, chi bộ nhất trí thông qua."),
        S(["THƯ KÝ", "", "H'Bla Êban"], ["BÍ THƯ", "", "Nguyễn Đình Thảo"]),
    ],
    "truth": minute(
        meeting("regular", "2025-06-10", "14:00", "16:10", J07_PLACE, J07_CELL, J07_COMMITTEE),
        "Nguyễn Đình Thảo", "Bí thư chi bộ", "H'Bla Êban",
        attendance(15, 12, 3, 2, 1, 0,
                   [("Y Khuê Niê", "Không có lý do", False),
                    ("H'Yim Knul", "Nghỉ chế độ thai sản", True),
                    ("Trần Văn Cường", "Đi tập huấn tưới tiết kiệm tại Buôn Ma Thuột", True)], []),
        True,
        [vote("Thông qua kết luận tháng 6/2025", 12, None, None, None)],
        [task("Hoàng Văn Tám", "làm việc với 2 hộ trồng xen sầu riêng, lập biên bản, báo cáo Ban Giám đốc",
              "tuần sau"),
         task("Phạm Thị Lụa", "làm việc với 2 hộ trồng xen sầu riêng, lập biên bản, báo cáo Ban Giám đốc",
              "tuần sau"),
         task("Nông Thị Hoa", "phụ trách tổng hợp số liệu 6 tháng, nộp chi ủy", "25/6/2025"),
         task("Chi ủy", "hoàn chỉnh hồ sơ báo cáo Đảng ủy Công ty về trường hợp đ/c Y Khuê Niê", None)],
        ["low_attendance", "unexcused_absence"]),
}

J07 = {
    "name": "j07-daklak-coffee-team-book-jan-jun-2025",
    "folder": "dev",
    "style": {"family": "serif", "size": 11.5, "spacing": 1.2, "justify": True, "indent": 24,
              "left": 76, "right": 56, "top": 58, "bottom": 62,
              "head": "Sổ ghi biên bản sinh hoạt Chi bộ Đội sản xuất số 4 – năm 2025", "head_align": "right",
              "foot": "- {n} -"},
    "between": 24,
    "minutes": [J07_M1, J07_M2, J07_M3, J07_M4, J07_M5],
    "flags": ["missing_month", "no_thematic_in_quarter", "repeated_absence"],
}

# ------------------------------------------------------------------------------------------------------------------
# j08 — An Giang (Tân Châu), Chăm Muslim hamlet before Ramadan: full-member vote, clean
# ------------------------------------------------------------------------------------------------------------------

J08 = {
    "name": "j08-angiang-cham-hamlet-ramadan-clean",
    "folder": "dev",
    "style": {"family": "sans", "size": 11.5, "spacing": 1.35, "justify": True, "indent": 20,
              "left": 74, "right": 56, "foot": "Trang {n}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ THỊ XÃ TÂN CHÂU", "ĐẢNG BỘ XÃ CHÂU PHONG", "CHI BỘ ẤP PHŨM SOÀI", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Châu Phong, ngày 18 tháng 02 năm 2025"], bold_left=(2,)),
            C("BIÊN BẢN", size=13),
            C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 02 NĂM 2025"),
            G(6),
            P("Đúng 7h30' ngày 18/02/2025, tại nhà văn hóa ấp Phũm Soài, Chi bộ ấp Phũm Soài tổ chức sinh hoạt định "
              "kỳ tháng 02/2025."),
            H("1. Thành phần"),
            L("– Tổng số đảng viên: 20 (chính thức 18, dự bị 02), trong đó đ/c Ha Xanh được miễn sinh hoạt (78 "
              "tuổi)."),
            L("– Có mặt: 18/19 đ/c phải dự. Đ/c Ka Ri Da đến trễ 20 phút (đã báo trước), dự từ mục b."),
            L("– Vắng: 01 đ/c là Ốs Man (đang lao động ở Malaysia, có đơn xin vắng)."),
            L("– Khách mời: đ/c Nguyễn Thị Kim Thoa, Đảng ủy viên phụ trách ấp; ông Mohamad Kasim, Hakim thánh đường "
              "Mubarak."),
            L("– Chủ trì: đ/c Mu Ha Mách, Bí thư chi bộ, Trưởng ấp. Thư ký: đ/c Phá Ti Ma."),
            H("2. Nội dung"),
            P("a) Đồng chí Bí thư thông tin: kế hoạch của Đảng ủy xã về tổ chức đại hội chi bộ nhiệm kỳ 2025 – 2027; "
              "tình hình sạt lở bờ sông Hậu đoạn qua tổ 5, tổ 6; Ủy ban nhân dân xã hướng dẫn bảo đảm an ninh trật "
              "tự trong tháng Ramadan năm 2025 (dự kiến bắt đầu từ ngày 01/3)."),
            P("b) Kết quả tháng 01/2025: ấp không có hộ tái nghèo; 31 hộ dệt thổ cẩm có việc làm ổn định, làng dệt "
              "đón 2.700 lượt khách du lịch dịp Tết; giải quyết xong 02 vụ tranh chấp ranh đất; thu đảng phí đạt "
              "100%. Hạn chế: còn 7 hộ nghèo chưa tiếp cận vốn vay; rác thải sinh hoạt xả ra bờ sông chưa chấm dứt."),
            P("c) Phương hướng tháng 02 và tháng 3: giữ ổn định an ninh, tạo điều kiện để bà con Chăm thực hiện tháng "
              "Ramadan; di dời 3 hộ còn lại ra khỏi vùng sạt lở; vận động giữ vệ sinh bờ sông; chuẩn bị nhân sự đại "
              "hội chi bộ."),
            P("d) Xét công nhận đảng viên chính thức cho đồng chí Sa Ly Ma: đồng chí Sa Ly Ma đọc bản tự kiểm điểm "
              "12 tháng dự bị; chi bộ nghe nhận xét của đảng viên giúp đỡ (đ/c Ya Kúp), của Chi hội Phụ nữ ấp và của "
              "chi ủy. Chi bộ biểu quyết bằng hình thức giơ tay: 16/16 đảng viên chính thức có mặt tán thành, đạt "
              "100%, đề nghị Đảng ủy xã xem xét công nhận đảng viên chính thức cho đồng chí Sa Ly Ma."),
            H("3. Thảo luận"),
            L("– Đ/c Ya Kúp: “Tháng Ramadan bà con nhịn ăn ban ngày, họp tổ nhân dân nên dời sang buổi tối sau giờ "
              "xả chay thì mới đông.”"),
            L("– Đ/c Hồ Thị Bé Tư hỏi: hộ nghèo người Chăm muốn vay vốn mua khung dệt thì làm hồ sơ ở đâu? Đ/c Phó Bí "
              "thư Trần Văn Hòa trả lời: làm qua Tổ tiết kiệm và vay vốn của Hội Phụ nữ ấp, Ngân hàng Chính sách xã "
              "hội giải ngân tại điểm giao dịch xã vào ngày 15 hằng tháng."),
            L("– Ông Mohamad Kasim: thánh đường sẽ nhắc bà con giữ vệ sinh bờ sông, không xả rác xuống sông trong "
              "những ngày lễ."),
            H("4. Kết luận"),
            P("Đồng chí Bí thư tiếp thu các ý kiến và kết luận: chi bộ thống nhất đánh giá tháng 01 và phương hướng "
              "tháng 02, tháng 3; tạo điều kiện để bà con Chăm thực hiện tháng Ramadan theo đúng tín ngưỡng, bảo đảm "
              "an ninh trật tự; theo dõi chặt điểm sạt lở, không để người dân trở lại vùng nguy hiểm. Phân công như "
              "sau:"),
            L("– Đ/c Trần Văn Hòa được giao phối hợp Ban Quản trị thánh đường Mubarak xây dựng lịch sinh hoạt tổ "
              "nhân dân trong tháng Ramadan, xong trước 28/02/2025."),
            L("– Hai đồng chí Ya Kúp và Ma Ry Nah thay phiên kiểm tra điểm sạt lở bờ sông Hậu đoạn tổ 5, báo cáo chi "
              "ủy vào sáng thứ Hai hằng tuần."),
            L("– Tổ tiết kiệm và vay vốn của Hội Phụ nữ ấp hướng dẫn 07 hộ nghèo làm hồ sơ vay vốn mua khung dệt "
              "trước ngày 15/3/2025."),
            L("– Đ/c Phá Ti Ma hoàn chỉnh hồ sơ đề nghị công nhận đảng viên chính thức cho đ/c Sa Ly Ma, gửi Văn "
              "phòng Đảng ủy xã ngay sau cuộc họp."),
            L("– Tổ an ninh ấp tuần tra ban đêm trong suốt tháng Ramadan."),
            P("Biểu quyết thông qua kết luận: tán thành 18 đ/c; không tán thành 0; không biểu quyết 0."),
            P("Biên bản được đọc lại lúc 9 giờ 45 phút, chi bộ không có ý kiến bổ sung và nhất trí thông qua; buổi "
              "sinh hoạt kết thúc cùng giờ."),
            S(["THƯ KÝ", "", "", "Phá Ti Ma"], ["T/M CHI BỘ", "BÍ THƯ", "", "", "Mu Ha Mách"]),
        ],
        "truth": minute(
            meeting("regular", "2025-02-18", "07:30", "09:45", "nhà văn hóa ấp Phũm Soài", "CHI BỘ ẤP PHŨM SOÀI",
                    "ĐẢNG BỘ XÃ CHÂU PHONG"),
            "Mu Ha Mách", "Bí thư chi bộ", "Phá Ti Ma",
            attendance(20, 18, 1, 1, 0, 1,
                       [("Ốs Man", "đang lao động ở Malaysia, có đơn xin vắng", True)],
                       [("Nguyễn Thị Kim Thoa", "Đảng ủy viên phụ trách ấp"),
                        ("Mohamad Kasim", "Hakim thánh đường Mubarak")]),
            True,
            [vote("Công nhận đảng viên chính thức cho đồng chí Sa Ly Ma", 16, None, None, 100),
             vote("Thông qua kết luận", 18, 0, 0, None)],
            [task("Trần Văn Hòa", "phối hợp Ban Quản trị thánh đường Mubarak xây dựng lịch sinh hoạt tổ nhân dân "
                  "trong tháng Ramadan", "28/02/2025"),
             task("Ya Kúp", "thay phiên kiểm tra điểm sạt lở bờ sông Hậu đoạn tổ 5, báo cáo chi ủy",
                  "sáng thứ Hai hằng tuần"),
             task("Ma Ry Nah", "thay phiên kiểm tra điểm sạt lở bờ sông Hậu đoạn tổ 5, báo cáo chi ủy",
                  "sáng thứ Hai hằng tuần"),
             task("Tổ tiết kiệm và vay vốn của Hội Phụ nữ ấp", "hướng dẫn 07 hộ nghèo làm hồ sơ vay vốn mua khung "
                  "dệt", "15/3/2025"),
             task("Phá Ti Ma", "hoàn chỉnh hồ sơ đề nghị công nhận đảng viên chính thức cho đ/c Sa Ly Ma, gửi Văn "
                  "phòng Đảng ủy xã", "ngay sau cuộc họp"),
             task("Tổ an ninh ấp", "tuần tra ban đêm", "suốt tháng Ramadan")],
            []),
    }],
}

# ------------------------------------------------------------------------------------------------------------------
# j09 — Phú Yên, agency cell of a town military command: "kết luận" only in look-alikes
# ------------------------------------------------------------------------------------------------------------------

J09 = {
    "name": "j09-phuyen-military-agency-no-conclusion",
    "folder": "dev",
    "style": {"family": "serif", "size": 13, "spacing": 1.3, "justify": True, "indent": 30,
              "left": 80, "right": 52, "head": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG ỦY QUÂN SỰ TỈNH PHÚ YÊN", "ĐẢNG ỦY BAN CHQS TX SÔNG CẦU", "CHI BỘ CƠ QUAN", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Sông Cầu, ngày 05 tháng 11 năm 2024"], bold_left=(2,), size=11.5),
            C("BIÊN BẢN HỘI NGHỊ CHI BỘ", size=14),
            C("THÁNG 11 NĂM 2024"),
            G(6),
            P("Hồi 8 giờ 00 ngày 05/11/2024, tại Hội trường Ban Chỉ huy Quân sự thị xã, Chi bộ Cơ quan tiến hành hội "
              "nghị thường kỳ tháng 11/2024."),
            P("Quân số đảng viên: 14 đồng chí. Có mặt: 13 đồng chí. Vắng: 01 đồng chí – Thiếu tá Lê Văn Đông, Trợ lý "
              "Tác chiến (đi học lớp bồi dưỡng tại Trường Quân sự Quân khu 5)."),
            P("Dự hội nghị có đồng chí Trung tá Phan Thanh Bình, Phó Chủ nhiệm Chính trị Bộ CHQS tỉnh."),
            P("Chủ tọa: đồng chí Thượng tá Nguyễn Hữu Phước – Bí thư chi bộ, Chỉ huy trưởng. Thư ký: đồng chí Đại úy "
              "Võ Thị Thu Sương – Trợ lý Tuyên huấn."),
            H("I. THÔNG BÁO TÌNH HÌNH, QUÁN TRIỆT VĂN BẢN"),
            P("Đồng chí Bí thư quán triệt Thông báo kết luận số 215-TB/ĐU ngày 28/10/2024 của Thường vụ Đảng ủy Quân "
              "sự tỉnh về lãnh đạo công tác tuyển chọn và gọi công dân nhập ngũ năm 2025; thông báo tình hình mưa lũ "
              "trên địa bàn, các xã ven đầm Cù Mông có nguy cơ ngập sâu."),
            H("II. ĐÁNH GIÁ KẾT QUẢ THÁNG 10/2024"),
            P("Cơ quan duy trì nghiêm chế độ trực sẵn sàng chiến đấu; phối hợp các xã, phường khám sơ tuyển sức khỏe "
              "cho 412 công dân trong độ tuổi; huấn luyện dân quân năm thứ nhất đạt 100% kế hoạch, 92% khá, giỏi. "
              "Đoàn kiểm tra của Bộ CHQS tỉnh kết luận công tác hậu cần – kỹ thuật của cơ quan đạt loại khá. Hạn chế: "
              "hồ sơ nguồn nhập ngũ ở 2 phường còn sai sót thông tin; một số đồng chí chưa chấp hành tốt chế độ báo "
              "cáo trên phần mềm."),
            H("III. NHIỆM VỤ THÁNG 11/2024"),
            P("Duy trì trực sẵn sàng chiến đấu, phòng chống lụt bão; hoàn thành khám tuyển nghĩa vụ quân sự, bảo đảm "
              "chỉ tiêu giao quân năm 2025; chuẩn bị tổng kết công tác quân sự, quốc phòng địa phương năm 2024; "
              "chuẩn bị diễn tập chiến đấu phòng thủ phường Xuân Yên."),
            H("IV. THẢO LUẬN"),
            P("Đồng chí Thiếu tá Trần Công Định, Trợ lý Quân lực, cho rằng sai sót hồ sơ nguồn là do cán bộ phường "
              "mới thay đổi, đề nghị cơ quan mở lớp tập huấn ngắn cho chỉ huy trưởng quân sự các phường."),
            P("Đồng chí Đại úy Lương Thị Kiều Oanh hỏi về bảo đảm quân nhu cho lực lượng trực lũ; đồng chí Phó Chỉ "
              "huy trưởng – Tham mưu trưởng trả lời: đã dự trữ đủ cho 200 người trong 5 ngày."),
            P("Đồng chí Trung tá Phan Thanh Bình đề nghị chi bộ quan tâm giáo dục chính trị cho quân nhân trẻ, quản "
              "lý chặt việc sử dụng mạng xã hội."),
            H("V. BIỂU QUYẾT"),
            P("Chi bộ biểu quyết thông qua nghị quyết lãnh đạo thực hiện nhiệm vụ tháng 11/2024: 13/13 đồng chí tán "
              "thành (100%)."),
            H("VI. PHÂN CÔNG"),
            P("Đồng chí Chính trị viên chỉ đạo công tác giáo dục chính trị, quản lý tư tưởng quân nhân trẻ, thực hiện "
              "thường xuyên."),
            P("Đồng chí Thiếu tá Trần Công Định mở lớp tập huấn nghiệp vụ quân lực cho chỉ huy trưởng quân sự các "
              "phường, xong trong tháng 11/2024."),
            P("Ban Tham mưu chuẩn bị kế hoạch diễn tập phường Xuân Yên, trình Chỉ huy trưởng trước ngày 30/11/2024."),
            P("Đồng chí Đại úy Võ Thị Thu Sương và đồng chí Đại úy Lương Thị Kiều Oanh cập nhật số liệu lên phần mềm "
              "quản lý, thực hiện hằng ngày."),
            P("Hội nghị kết thúc lúc 10 giờ 20 phút. Biên bản đã được đọc lại trước hội nghị và được các đồng chí dự "
              "họp nhất trí thông qua."),
            S(["THƯ KÝ", "", "", "Đại úy Võ Thị Thu Sương"], ["CHỦ TỌA", "", "", "Thượng tá Nguyễn Hữu Phước"]),
        ],
        "truth": minute(
            meeting("regular", "2024-11-05", "08:00", "10:20", "Hội trường Ban Chỉ huy Quân sự thị xã",
                    "CHI BỘ CƠ QUAN", "ĐẢNG ỦY BAN CHQS TX SÔNG CẦU"),
            "Nguyễn Hữu Phước", "Bí thư chi bộ", "Võ Thị Thu Sương",
            attendance(14, 13, 1, 1, 0, 0,
                       [("Lê Văn Đông", "đi học lớp bồi dưỡng tại Trường Quân sự Quân khu 5", True)],
                       [("Phan Thanh Bình", "Phó Chủ nhiệm Chính trị Bộ CHQS tỉnh")]),
            False,
            [vote("Nghị quyết lãnh đạo thực hiện nhiệm vụ tháng 11/2024", 13, None, None, 100)],
            [task("Chính trị viên", "chỉ đạo công tác giáo dục chính trị, quản lý tư tưởng quân nhân trẻ",
                  "thường xuyên"),
             task("Trần Công Định", "mở lớp tập huấn nghiệp vụ quân lực cho chỉ huy trưởng quân sự các phường",
                  "tháng 11/2024"),
             task("Ban Tham mưu", "chuẩn bị kế hoạch diễn tập phường Xuân Yên, trình Chỉ huy trưởng", "30/11/2024"),
             task("Võ Thị Thu Sương", "cập nhật số liệu lên phần mềm quản lý", "hằng ngày"),
             task("Lương Thị Kiều Oanh", "cập nhật số liệu lên phần mềm quản lý", "hằng ngày")],
            ["missing_conclusion"]),
    }],
}

# ------------------------------------------------------------------------------------------------------------------
# j10 — Kon Tum, Xơ Đăng village, December: three votes, clean
# ------------------------------------------------------------------------------------------------------------------

J10 = {
    "name": "j10-kontum-xodang-village-three-votes-clean",
    "folder": "dev",
    "style": {"family": "serif", "size": 13.5, "spacing": 1.3, "justify": False, "indent": 20,
              "left": 80, "right": 56, "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ ĐĂK RƠ NGA", "CHI BỘ THÔN ĐĂK PRĂNG", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đăk Rơ Nga, ngày 12 tháng 12 năm 2024"], bold_left=(1,)),
            C("BIÊN BẢN SINH HOẠT CHI BỘ ĐỊNH KỲ"),
            C("Tháng 12 năm 2024", bold=False, italic=True),
            G(6),
            P("Vào lúc 19 giờ, ngày 12/12/2024, tại nhà rông thôn Đăk Prăng, Chi bộ thôn Đăk Prăng họp định kỳ tháng "
              "12 năm 2024, kết hợp nhìn lại việc thực hiện nhiệm vụ cả năm."),
            P("Chi bộ có 21 đảng viên (chính thức 19, dự bị 02); đồng chí A Klót, 81 tuổi, được miễn sinh hoạt. Có "
              "mặt 20/20 đồng chí phải dự. Khách mời: đồng chí Y Khoa, Bí thư Đoàn xã; già làng A Phiu."),
            P("Đồng chí A Thút, Bí thư chi bộ, chủ trì; đồng chí Phạm Văn Thắng, giáo viên Trường Tiểu học xã, ghi "
              "biên bản."),
            P("Mở đầu, đồng chí Bí thư thông tin: Đảng ủy xã hướng dẫn kiểm điểm, đánh giá, xếp loại chất lượng tổ "
              "chức đảng và đảng viên năm 2024; tỉnh đẩy mạnh phong trào xóa nhà tạm, nhà dột nát, phấn đấu hoàn "
              "thành trong năm 2025."),
            P("Đồng chí Phó Bí thư Y Hiên báo cáo tình hình năm 2024: thôn thu hoạch 42 ha lúa nước vụ mùa, năng suất "
              "4,8 tấn/ha; trồng mới 15 ha mì và 6 ha cà phê; 11 hộ thoát nghèo, còn 23 hộ nghèo; làm được 6 nhà cho "
              "hộ nghèo bằng nguồn hỗ trợ; 100% trẻ em trong độ tuổi đến trường. Hạn chế: còn 3 trường hợp tảo hôn; "
              "tình trạng uống rượu say gây mất trật tự chưa giảm; 2 đảng viên trẻ đi làm ăn ở Bình Dương, sinh hoạt "
              "không đều."),
            P("Phương hướng tháng 12 và năm 2025: giữ an ninh trật tự dịp Tết; phòng cháy rừng mùa khô; làm nhà cho "
              "hộ nghèo; vận động chấm dứt tảo hôn; kiểm điểm, xếp loại đảng viên cuối năm."),
            P("Ý kiến phát biểu:"),
            L("+ Già làng A Phiu: “Người trẻ trong làng nghe Đoàn nói thì ít, nghe già làng nói thì nhiều. Chuyện tảo "
              "hôn phải để già làng với cha mẹ cùng nói.”"),
            L("+ Đồng chí Y Đao (Chi hội trưởng Phụ nữ thôn) đề nghị mỗi nhà làm mới có bà con góp ngày công, để tiền "
              "hỗ trợ đủ mua tôn, xi măng."),
            L("+ Đồng chí A Blong hỏi khi nào có tiền hỗ trợ làm nhà; đồng chí Trưởng thôn A Quyết trả lời: xã đã "
              "phân bổ, dự kiến giải ngân trước Tết."),
            P("Kết luận: đồng chí Bí thư tiếp thu ý kiến của già làng và các đảng viên, kết luận chi bộ hoàn thành "
              "nhiệm vụ năm 2024; tháng 12 tập trung giữ an ninh trật tự, làm nhà cho hộ nghèo và kiểm điểm cuối năm. "
              "Phân công:"),
            L("– Đồng chí Trưởng thôn A Quyết cùng già làng A Phiu đến từng gia đình có con trong độ tuổi dễ tảo hôn "
              "để vận động, làm thường xuyên;"),
            L("– Chi đoàn thôn lập 2 tổ xung kích phòng cháy rừng, hoạt động trong suốt mùa khô 2024 – 2025;"),
            L("– Đồng chí Y Đao và đồng chí Y Nhung vận động bà con góp ngày công làm nhà cho hộ nghèo, hoàn thành "
              "trước Tết Nguyên đán Ất Tỵ;"),
            L("– Chi ủy chuẩn bị kiểm điểm, đánh giá, xếp loại đảng viên năm 2024, xong trước ngày 25/12/2024."),
            P("Chi bộ biểu quyết bằng hình thức giơ tay: 1) Thông qua kết luận của đồng chí chủ trì: 20/20 đồng chí "
              "tán thành, đạt 100%. 2) Tự đánh giá chi bộ năm 2024 đạt mức “Hoàn thành tốt nhiệm vụ”: tán thành 19 "
              "đồng chí, không tán thành 01 đồng chí (đạt 95%). 3) Giới thiệu quần chúng Y Thơm, Phó Bí thư Chi đoàn "
              "thôn, đi học lớp bồi dưỡng nhận thức về Đảng: 20/20 đồng chí tán thành."),
            P("Buổi sinh hoạt kết thúc lúc 21 giờ 15 phút cùng ngày. Biên bản được đọc lại cho chi bộ nghe và được "
              "thông qua."),
            S(["THƯ KÝ", "", "", "Phạm Văn Thắng"], ["BÍ THƯ", "", "", "A Thút"]),
        ],
        "truth": minute(
            meeting("regular", "2024-12-12", "19:00", "21:15", "nhà rông thôn Đăk Prăng", "CHI BỘ THÔN ĐĂK PRĂNG",
                    "ĐẢNG BỘ XÃ ĐĂK RƠ NGA"),
            "A Thút", "Bí thư chi bộ", "Phạm Văn Thắng",
            attendance(21, 20, 0, 0, 0, 1, [],
                       [("Y Khoa", "Bí thư Đoàn xã"), ("A Phiu", "già làng")]),
            True,
            [vote("Thông qua kết luận của đồng chí chủ trì", 20, None, None, 100),
             vote("Tự đánh giá chi bộ năm 2024 đạt mức Hoàn thành tốt nhiệm vụ", 19, 1, None, 95),
             vote("Giới thiệu quần chúng Y Thơm đi học lớp bồi dưỡng nhận thức về Đảng", 20, None, None, None)],
            [task("A Quyết", "cùng già làng A Phiu đến từng gia đình có con trong độ tuổi dễ tảo hôn để vận động",
                  "thường xuyên"),
             task("Chi đoàn thôn", "lập 2 tổ xung kích phòng cháy rừng", "suốt mùa khô 2024 – 2025"),
             task("Y Đao", "vận động bà con góp ngày công làm nhà cho hộ nghèo", "Tết Nguyên đán Ất Tỵ"),
             task("Y Nhung", "vận động bà con góp ngày công làm nhà cho hộ nghèo", "Tết Nguyên đán Ất Tỵ"),
             task("Chi ủy", "chuẩn bị kiểm điểm, đánh giá, xếp loại đảng viên năm 2024", "25/12/2024")],
            []),
    }],
}

DOCS: list[dict] = [J01, J02, J03, J04, J05, J06, J07, J08, J09, J10]
