"""Held-out set 16, writer q: the South-Central coast, the Central Highlands, the South-East, Hồ Chí Minh City and
the Mekong delta, 2007-2026. Theme: the END of the minute (the chair's conclusion, the votes, who does what by when).

Written by hand, each minute on its own, without reading the extractor, the generator's banks or the earlier sets'
minutes. All files go to dev/.

Files (name -> what varies -> minute flags / book flags):
- q01-nhatrang-ward-numbered-conclusion-dash-tasks-clean -> Khánh Hòa 2023, ward cell; "V. KẾT LUẬN" in three
  numbered points; vote "tán thành 23/23; không tán thành: 0; ý kiến khác: 0"; dashed "Phân công" list: two members
  on one task, a veterans' association, "sáng Chủ nhật hằng tuần", "thường xuyên"; a closing "Đề nghị mỗi đảng
  viên …" (no task); a guest who speaks -> [] / -
- q02-daklak-ede-buon-deputy-concludes-woven-tasks-unexcused -> Đắk Lắk 2012, Ê Đê village; the Phó Bí thư chairs
  and concludes "Thay mặt chi ủy" while the Bí thư is away at school; tasks woven into the conclusion ("Giao đồng
  chí …", "… chịu trách nhiệm …", "Đề nghị chi hội phụ nữ buôn …", "Chi ủy giao cho chi đoàn …"); the guest's
  offer of pumps is no task; vote by show of hands "100%" -> [unexcused_absence] / -
- q03-hcmc-epz-company-conclusion-over-pagebreak-task-table-clean -> HCMC export-processing zone 2019, company cell,
  DejaVu Sans 10.5, running head; "5. Ý kiến kết luận của chủ trì" in a)-c) running over the page break; vote in
  words "mười bảy trên mười bảy"; ruled table TT | Nội dung | Người phụ trách | Phối hợp | Thời hạn (two people in one
  cell, "Trước 10/9/2019", "Quý III/2019", "Thường xuyên", an empty cell) -> [] / -
- q04-binhduong-school-thematic-prose-conclusion-role-task-short -> Bình Dương 2016, lower-secondary school,
  thematic (Chỉ thị 05) with a "Chuyên đề:" line; conclusion in prose with no heading; a role-only assignee
  ("đồng chí Chi ủy viên phụ trách tổ chức"), "trong học kỳ I"; vote 23/24 (95,8%) with one "ý kiến khác"; 75 min
  -> [short_meeting] / -
- q05-cantho-health-centre-covid-no-conclusion-thanks-only-low -> Cần Thơ 2021, disease-control unit in the
  fourth COVID wave; the director's "ý kiến chỉ đạo" (a guest); the chair only thanks, promises to report upward and
  closes; a task table TT | Nội dung công việc | Chủ trì thực hiện | Hoàn thành ("Hằng ngày", "Ngay sau cuộc họp",
  "Điều dưỡng trưởng khoa"); vote "nhất trí hoàn toàn, 11/11"; 4 members away on duty -> [low_attendance,
  missing_conclusion] / -
- q06-lamdong-tea-coop-form-conclusion-vote-tasks-left-dotted -> Lâm Đồng 2025 (two-tier communes), tea
  cooperative; a numbered form whose "Kết luận của chủ trì", "Biểu quyết" and "Phân công thực hiện" lines are left as
  dots, "(Ký, ghi rõ họ tên)" under the titles -> [missing_assignments, missing_conclusion, missing_vote,
  unfilled_template] / -
- q07-phanthiet-retired-cadres-book-2007-five-minutes -> Bình Thuận 2007, retired cadres' cell; LiberationMono 10.5;
  a book of five minutes (Jan, Feb regular+thematic, Apr, May, Jun), each after the first starting mid-page under
  the previous signatures; March skipped (explained in April), no thematic meeting in Q2 (admitted in June), one
  member absent without reason in Jan, Apr and Jun.
    Jan -> [unexcused_absence]; Feb (combined, 150 min) -> []; Apr (the chair only repeats the agenda, ends with the
    end time alone) -> [missing_conclusion, not_approved, unexcused_absence]; May ("thống nhất với báo cáo", nobody
    named) -> [no_discussion]; Jun (deputy chairs, Bí thư absent) -> [low_attendance, unexcused_absence]
    / book [missing_month, no_thematic_in_quarter, repeated_absence]
- q08-tayninh-border-post-three-votes-after-leaving-numbered-tasks-clean -> Tây Ninh 2014, border post (ranks
  dropped); three votes: an admission (13/13 official members), a commendation (15/15), the month's resolution after
  a member left (14/14); "VI. KẾT LUẬN"; numbered tasks ("đến hết năm 2014", "trong tháng 6", a group); the guest's
  offer of help is no task -> [] / -
- q09-soctrang-khmer-hamlet-org-tasks-no-discussion-not-approved -> Sóc Trăng 2010, Khmer hamlet; "Chi bộ thảo
  luận, thống nhất với báo cáo"; "2. Chủ trì tổng hợp"; numbered tasks to organisations only (chi đoàn, chi hội,
  tổ bảo vệ, ban công tác Mặt trận); ends with the end time alone; a guest who only attends -> [no_discussion,
  not_approved] / -
- q10-dongnai-land-office-general-calls-only-no-tasks -> Đồng Nai 2024, district land office; "5. Kết luận" in
  "Thứ nhất / Thứ hai / Thứ ba" with only calls to every member; last month's tasks reported done; "Phân công: chi ủy
  sẽ phân công cụ thể sau …"; vote "tán thành 13 (mười ba); không tán thành: không; ý kiến khác: không"
  -> [missing_assignments] / -
- q11-gialai-jrai-village-tet-tasks-table-no-vote-low -> Gia Lai 2026, Jrai village; "V. THỐNG NHẤT" introducing a
  ruled table with the assignee column first (Người thực hiện | Nội dung | Thời gian: "Trước Tết Nguyên đán",
  "Ngay sau cuộc họp", "Trước 10/02/2026", "Hằng tuần", empty; two members in one cell); no vote at all; absentees
  partly by category -> [low_attendance, missing_vote] / -
- q12-bentre-hamlet-scan-only-short-inline-conclusion-moderate-250 -> image-only scan with no born-digital twin
  (moderate, 250 dpi); Bến Tre 2009, coconut hamlet, meeting in a member's house; inline "Đồng chí Bí thư kết
  luận: … Giao …" with three tasks in one sentence; "Chi bộ nhất trí 100% với kết luận" (a vote, percent only);
  75 min -> [short_meeting] / -
- q13-soctrang-khmer-hamlet-scan-moderate-200 -> image-only twin of q09 (moderate, 200 dpi) -> as q09
- q14-binhduong-school-thematic-scan-photocopy-250 -> image-only twin of q04 (photocopy, 250 dpi) -> as q04

Labelling decisions on top of the READMEs' "Labelling choices":
- A single named organisation asked in the chair's conclusion ("Đề nghị chi hội phụ nữ buôn …", q02) is an
  assignee, as written in lower case, like "Đề nghị đồng chí X …" to one member; "Đề nghị mỗi đảng viên …",
  "toàn thể đảng viên …" (q01, q10) are not.
- "Chi bộ giao chi ủy …" in a conclusion (q07 June) makes "chi ủy" (as written) the assignee.
- The chair naming the parts of the meeting again and moving to the vote (q07 April) is no conclusion; the chair's
  thanks plus "sẽ … báo cáo Đảng ủy" (q05) is none either; a director attending as a guest gives "ý kiến chỉ đạo",
  no conclusion. The task tables of q05 (a plain "V. PHÂN CÔNG NHIỆM VỤ" section, not the chair's words) give
  assignments in a minute without a conclusion; the table of q11 is introduced by the chair's "THỐNG NHẤT".
- "V. THỐNG NHẤT" with the chair's summing-up (q11) is a conclusion; the minute has no vote anywhere, so
  `missing_vote`.
- Votes: "nhất trí hoàn toàn, 11/11 … giơ tay" -> for 11; "13/13 đảng viên chính thức có mặt" on an admission ->
  for 13, percent 100 (its own resolution); a vote after a member left early counts the hands then ("14/14"), the
  member stays present; "mười bảy trên mười bảy … (100%)" -> for 17, percent 100; "23/24 … đạt 95,8%; 01 … ý kiến
  khác" -> for 23, abstain 1, percent 95.8.
- Attendance: "vắng 04 …, đều có lý do (02 đồng chí đi làm thuê … chưa về, đồng chí A …, đồng chí B …)" gives four
  excused absences and the two named ones (q11); the June book minute lists the absent Bí thư among the absentees
  while the Phó Bí thư chairs; "(vắng không lý do)" gives reason "không lý do".
- Deadlines: "xong trước lễ cúng bến nước" -> "lễ cúng bến nước"; "xong trước ngày bầu cử 20/5/2007" -> "ngày bầu
  cử 20/5/2007"; "xong trước Tết Nguyên đán" -> "Tết Nguyên đán"; "sáng Chủ nhật hằng tuần" and "hằng tuần" whole;
  "báo cáo chi bộ kỳ họp sau" -> "kỳ họp sau"; "báo cáo chi bộ hằng tháng" -> task ends at "báo cáo chi bộ",
  deadline "hằng tháng".
"""

from __future__ import annotations

from samples.heldout.minutes import attendance
from samples.heldout2.minutes import HD, C, G, H, L, P, S, meeting, minute, task, vote

DOCS: list[dict] = []


def TB(cols, rows, **kw):
    return ("table", cols, rows, kw)


# =================================================================================================
# q01 — Nha Trang, a ward's residential cell: the conclusion in numbered points, a dashed task list.
# =================================================================================================
DOCS.append({
    "name": "q01-nhatrang-ward-numbered-conclusion-dash-tasks-clean", "folder": "dev",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 28, "spacing": 1.3,
              "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ THÀNH PHỐ NHA TRANG", "ĐẢNG ỦY PHƯỜNG PHƯỚC HẢI", "CHI BỘ TỔ DÂN PHỐ SỐ 7", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phước Hải, ngày 09 tháng 11 năm 2023"], bold_left=(2,)),
            G(4),
            C("BIÊN BẢN", size=15),
            C("HỌP CHI BỘ THƯỜNG KỲ THÁNG 11 NĂM 2023"),
            G(8),
            P("Hôm nay, vào lúc 19 giờ 15 phút ngày 09 tháng 11 năm 2023, tại Hội trường Tổ dân phố số 7, đường "
              "Lê Hồng Phong, Chi bộ Tổ dân phố số 7 tiến hành họp thường kỳ tháng 11 năm 2023."),
            P("Chủ trì: đồng chí Lê Quang Vinh, Bí thư chi bộ. Thư ký: đồng chí Nguyễn Thị Bích Thủy, Chi ủy viên."),
            P("Tổng số đảng viên của chi bộ: 27 đồng chí, trong đó miễn sinh hoạt 03 đồng chí; số phải dự họp: 24 "
              "đồng chí. Có mặt: 23 đồng chí. Vắng: 01 đồng chí có lý do (đồng chí Trần Thị Ngọc Hân, chăm con "
              "nằm viện)."),
            P("Đến dự có đồng chí Phạm Ngọc Sơn, Đảng ủy viên, phụ trách địa bàn tổ dân phố."),
            H("I. THÔNG TIN THỜI SỰ, VĂN BẢN MỚI"),
            P("Đồng chí Bí thư thông tin kết quả bước đầu của Kỳ họp thứ 6, Quốc hội khóa XV, trong đó có việc lấy "
              "phiếu tín nhiệm đối với 44 người giữ chức vụ do Quốc hội bầu hoặc phê chuẩn; tình hình sốt xuất huyết "
              "trên địa bàn tỉnh Khánh Hòa tăng cao so với cùng kỳ; Kế hoạch của Ủy ban nhân dân phường về triển "
              "khai Đề án 06 của Chính phủ, cấp và kích hoạt tài khoản định danh điện tử cho người dân."),
            H("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 10/2023"),
            P("Chi bộ đã lãnh đạo tổ dân phố hoàn thành thu Quỹ phòng, chống thiên tai năm 2023 đạt 96% kế hoạch; "
              "tổ chức 02 đợt ra quân diệt lăng quăng, xử lý 37 dụng cụ chứa nước đọng; vận động 41 hộ kinh doanh "
              "trên đường Lê Hồng Phong ký cam kết không lấn chiếm vỉa hè. Trong tháng, tổ dân phố không có ca sốt "
              "xuất huyết mới."),
            P("Hạn chế: tỷ lệ người dân kích hoạt tài khoản định danh điện tử mức 2 mới đạt 71%; còn một số nhà trọ "
              "chưa khai báo lưu trú kịp thời; 02 đảng viên chưa đóng đảng phí đúng hạn."),
            H("III. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 11/2023"),
            P("Tiếp tục tuyên truyền, hướng dẫn người dân kích hoạt tài khoản định danh điện tử; tổ chức Ngày hội "
              "Đại đoàn kết toàn dân tộc ở khu dân cư; duy trì diệt lăng quăng hằng tuần; chuẩn bị kiểm điểm, đánh "
              "giá, xếp loại đảng viên cuối năm 2023."),
            H("IV. THẢO LUẬN"),
            P("Đồng chí Võ Minh Trí: tổ dân phố còn khoảng 90 người trên 60 tuổi không dùng điện thoại thông minh, "
              "đề nghị bố trí người đến tận nhà hướng dẫn, làm dứt điểm từng cụm dân cư."),
            P("Đồng chí Huỳnh Thị Lệ (Tổ trưởng tổ phụ nữ): chi hội sẵn sàng cử người đi cùng; nên làm vào buổi tối "
              "vì ban ngày nhiều hộ đi làm, đi biển."),
            P("Đồng chí Phan Văn Hòa: khu nhà trọ hẻm 58 có nhiều người lao động mới đến, cần nắm chắc số người lưu "
              "trú, nhất là dịp cuối năm."),
            P("Đồng chí Phạm Ngọc Sơn phát biểu: ghi nhận kết quả của chi bộ; đề nghị chuẩn bị chu đáo Ngày hội Đại "
              "đoàn kết, có tuyên dương hộ gia đình tiêu biểu."),
            H("V. KẾT LUẬN"),
            P("Đồng chí Lê Quang Vinh tiếp thu các ý kiến và kết luận:"),
            P("1. Chi bộ thống nhất các nhiệm vụ tháng 11/2023 đã nêu; tập trung cao nhất cho việc kích hoạt tài "
              "khoản định danh điện tử, phấn đấu đến cuối tháng đạt trên 85% số người trong độ tuổi."),
            P("2. Ngày hội Đại đoàn kết toàn dân tộc tổ chức gọn, tiết kiệm, tuyên dương 05 hộ gia đình văn hóa tiêu "
              "biểu, kết hợp trao 03 suất quà cho hộ cận nghèo."),
            P("3. Không chủ quan với sốt xuất huyết; quản lý chặt người tạm trú tại các nhà trọ."),
            P("Chi bộ biểu quyết thông qua kết luận: tán thành 23/23 đồng chí; không tán thành: 0; ý kiến khác: 0."),
            H("VI. PHÂN CÔNG THỰC HIỆN"),
            L("- Đồng chí Võ Minh Trí và đồng chí Huỳnh Thị Lệ: hướng dẫn người cao tuổi kích hoạt tài khoản định "
              "danh điện tử tại nhà, xong trước ngày 30/11/2023."),
            L("- Đồng chí Nguyễn Thị Bích Thủy: chuẩn bị nội dung, khen thưởng cho Ngày hội Đại đoàn kết toàn dân "
              "tộc, trình chi ủy trước ngày 14/11/2023."),
            L("- Chi hội Cựu chiến binh: duy trì tổ xung kích diệt lăng quăng vào sáng Chủ nhật hằng tuần."),
            L("- Đồng chí Phan Văn Hòa: phối hợp với Công an phường nắm số người lưu trú tại các nhà trọ hẻm 58, "
              "thường xuyên."),
            L("- Đề nghị mỗi đảng viên gương mẫu đóng góp Quỹ Vì người nghèo và vận động gia đình cùng tham gia."),
            P("Buổi họp kết thúc lúc 21 giờ 05 phút cùng ngày. Biên bản được thư ký đọc lại trước chi bộ, các đồng "
              "chí dự họp nhất trí thông qua."),
            S(["THƯ KÝ", "Nguyễn Thị Bích Thủy"], ["T/M CHI BỘ", "BÍ THƯ", "Lê Quang Vinh"]),
        ],
        "truth": minute(
            meeting("regular", "2023-11-09", "19:15", "21:05", "Hội trường Tổ dân phố số 7, đường Lê Hồng Phong",
                    "CHI BỘ TỔ DÂN PHỐ SỐ 7", "ĐẢNG ỦY PHƯỜNG PHƯỚC HẢI"),
            "Lê Quang Vinh", "Bí thư chi bộ", "Nguyễn Thị Bích Thủy",
            attendance(27, 23, 1, 1, 0, 3, [("Trần Thị Ngọc Hân", "chăm con nằm viện", True)],
                       [("Phạm Ngọc Sơn", "Đảng ủy viên, phụ trách địa bàn tổ dân phố")]),
            True,
            [vote("Kết luận và nhiệm vụ tháng 11/2023", 23, 0, 0)],
            [task("Võ Minh Trí", "hướng dẫn người cao tuổi kích hoạt tài khoản định danh điện tử tại nhà",
                  "30/11/2023"),
             task("Huỳnh Thị Lệ", "hướng dẫn người cao tuổi kích hoạt tài khoản định danh điện tử tại nhà",
                  "30/11/2023"),
             task("Nguyễn Thị Bích Thủy", "chuẩn bị nội dung, khen thưởng cho Ngày hội Đại đoàn kết toàn dân tộc, "
                  "trình chi ủy", "14/11/2023"),
             task("Chi hội Cựu chiến binh", "duy trì tổ xung kích diệt lăng quăng", "sáng Chủ nhật hằng tuần"),
             task("Phan Văn Hòa", "phối hợp với Công an phường nắm số người lưu trú tại các nhà trọ hẻm 58",
                  "thường xuyên")],
            []),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# q02 — Đắk Lắk, an Ê Đê village: the deputy concludes for the absent Bí thư, tasks woven into the conclusion.
# =================================================================================================
DOCS.append({
    "name": "q02-daklak-ede-buon-deputy-concludes-woven-tasks-unexcused", "folder": "dev",
    "style": {"family": "sans", "size": 11.5, "justify": False, "indent": 20, "spacing": 1.35,
              "foot": "- {n} -", "left": 75, "right": 55},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ TP BUÔN MA THUỘT", "ĐẢNG ỦY XÃ EA TU", "CHI BỘ BUÔN DHĂ PRŎNG", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Ea Tu, ngày 20 tháng 3 năm 2012"], bold_left=(2,)),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ"),
            C("ĐỊNH KỲ THÁNG 3 NĂM 2012"),
            G(8),
            L("1. Thời gian: Bắt đầu lúc 19 giờ 30 phút, ngày 20/3/2012."),
            L("2. Địa điểm: Nhà sinh hoạt cộng đồng buôn Dhă Prŏng."),
            L("3. Thành phần dự họp:"),
            L("- Tổng số đảng viên trong chi bộ: 22 đồng chí (chính thức 20, dự bị 02). Có mặt: 20 đồng chí. Vắng: "
              "02 đồng chí, gồm đ/c Y Bhiơ Êban, Bí thư chi bộ (đi học lớp trung cấp lý luận chính trị tại Trường "
              "Chính trị tỉnh) và đ/c Y Suôn Kbuôr (không lý do).", hang=8),
            L("- Chủ trì: Đ/c Y Khem Niê – Phó Bí thư chi bộ."),
            L("- Thư ký: Đ/c H'Ly Byă – Chi ủy viên."),
            L("- Khách mời: Đ/c Nguyễn Văn Thịnh – Đảng ủy viên, Phó Chủ tịch UBND xã Ea Tu.", hang=8),
            L("4. Nội dung sinh hoạt:"),
            H("a) Thông tin thời sự, phổ biến văn bản"),
            P("Đ/c Y Khem Niê phổ biến Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương khóa XI “Một số vấn "
              "đề cấp bách về xây dựng Đảng hiện nay” và Kế hoạch của Đảng ủy xã về kiểm điểm tự phê bình, phê bình "
              "theo tinh thần Nghị quyết; thông tin tình hình nắng hạn kéo dài, mực nước các hồ, đập trên địa bàn "
              "xã xuống thấp, nhiều vườn cà phê thiếu nước tưới đợt hai."),
            H("b) Đánh giá kết quả tháng 02/2012"),
            P("Chi bộ lãnh đạo buôn đón Tết Nhâm Thìn vui tươi, an toàn, không có người đánh bạc, say rượu gây mất "
              "trật tự. Chi hội Phụ nữ giúp 08 hộ vay 120 triệu đồng vốn Ngân hàng Chính sách xã hội. Tồn tại: 02 hộ "
              "thả rông bò phá cà phê của hộ bên cạnh; sau Tết còn 04 em học sinh chưa trở lại lớp."),
            H("c) Nhiệm vụ tháng 3 và tháng 4/2012"),
            P("Tập trung chống hạn, cứu cà phê; vận động học sinh trở lại lớp; tổ chức cho đảng viên nghiên cứu Nghị "
              "quyết Trung ương 4, viết bản tự kiểm điểm; chuẩn bị lễ cúng bến nước theo phong tục của buôn."),
            H("d) Thảo luận"),
            P("Đ/c Y Pher Mlô (Trưởng buôn): đập Ea Kmăng bồi lắng nhiều, nếu không nạo vét thì chỉ đủ nước tưới thêm "
              "một đợt; đề nghị chi bộ huy động mỗi hộ một ngày công."),
            P("Đ/c H'Yâo Kbuôr (Chi hội trưởng phụ nữ): 04 em bỏ học đều là con hộ nghèo; chị em sẽ đến từng nhà vận "
              "động, nhưng cần xã hỗ trợ thêm sách vở, áo quần."),
            P("Đ/c Y Wang Êban: đề nghị nhắc nhở 02 hộ thả rông bò, nếu tái phạm thì đưa ra họp buôn xử lý theo "
              "luật tục."),
            P("Đ/c Nguyễn Văn Thịnh phát biểu: UBND xã sẽ cho buôn mượn 02 máy bơm dầu để chống hạn và đề nghị huyện "
              "hỗ trợ sách vở cho các em có hoàn cảnh khó khăn."),
            H("e) Kết luận"),
            P("Thay mặt chi ủy, đ/c Y Khem Niê, Phó Bí thư chi bộ kết luận: Chi bộ thống nhất nhiệm vụ tháng 3 và "
              "tháng 4 như báo cáo, trong đó chống hạn và đưa học sinh trở lại lớp là hai việc phải làm ngay. Giao "
              "đồng chí Y Pher Mlô, Trưởng buôn, huy động ngày công nạo vét, khơi thông đập Ea Kmăng trước ngày "
              "31/3/2012. Đồng chí H'Ly Byă chịu trách nhiệm tổng hợp danh sách hộ nghèo cần hỗ trợ giống cà phê tái "
              "canh, trình Đảng ủy xã trong tháng 4. Đề nghị chi hội phụ nữ buôn vận động 04 em học sinh bỏ học trở "
              "lại lớp, báo cáo chi bộ hằng tháng. Chi ủy giao cho chi đoàn thanh niên buôn dọn vệ sinh, sửa lại hàng "
              "rào nhà sinh hoạt cộng đồng xong trước lễ cúng bến nước. Mỗi đảng viên phải gương mẫu tiết kiệm nước "
              "tưới, không tranh giành nước gây mất đoàn kết trong buôn."),
            H("g) Biểu quyết"),
            P("Chi bộ biểu quyết bằng hình thức giơ tay: 100% đảng viên có mặt tán thành kết luận."),
            P("Cuộc họp kết thúc lúc 21 giờ 40 phút cùng ngày. Biên bản đã được đọc lại cho chi bộ nghe, các đồng "
              "chí dự họp thống nhất thông qua."),
            S(["THƯ KÝ", "H'Ly Byă"], ["T/M CHI BỘ", "PHÓ BÍ THƯ", "Y Khem Niê"]),
        ],
        "truth": minute(
            meeting("regular", "2012-03-20", "19:30", "21:40", "Nhà sinh hoạt cộng đồng buôn Dhă Prŏng",
                    "CHI BỘ BUÔN DHĂ PRŎNG", "ĐẢNG ỦY XÃ EA TU"),
            "Y Khem Niê", "Phó Bí thư chi bộ", "H'Ly Byă",
            attendance(22, 20, 2, 1, 1, 0,
                       [("Y Bhiơ Êban", "đi học lớp trung cấp lý luận chính trị tại Trường Chính trị tỉnh", True),
                        ("Y Suôn Kbuôr", "không lý do", False)],
                       [("Nguyễn Văn Thịnh", "Đảng ủy viên, Phó Chủ tịch UBND xã Ea Tu")]),
            True,
            [vote("Kết luận nhiệm vụ tháng 3 và tháng 4/2012", pct=100)],
            [task("Y Pher Mlô", "huy động ngày công nạo vét, khơi thông đập Ea Kmăng", "31/3/2012"),
             task("H'Ly Byă", "tổng hợp danh sách hộ nghèo cần hỗ trợ giống cà phê tái canh, trình Đảng ủy xã",
                  "tháng 4"),
             task("chi hội phụ nữ buôn", "vận động 04 em học sinh bỏ học trở lại lớp, báo cáo chi bộ", "hằng tháng"),
             task("chi đoàn thanh niên buôn", "dọn vệ sinh, sửa lại hàng rào nhà sinh hoạt cộng đồng",
                  "lễ cúng bến nước")],
            ["unexcused_absence"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# q03 — HCMC, a company cell in the Tân Thuận EPZ: the conclusion runs over the page break, a ruled task table.
# =================================================================================================
DOCS.append({
    "name": "q03-hcmc-epz-company-conclusion-over-pagebreak-task-table-clean", "folder": "dev",
    "style": {"family": "dvsans", "size": 10.5, "justify": True, "indent": 24, "spacing": 1.4,
              "head": "Chi bộ Công ty TNHH Cơ khí Chính xác Sao Nam – Biên bản sinh hoạt tháng 8/2019",
              "head_align": "right", "foot": "Trang {n}", "left": 72, "right": 60, "para_gap": 3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÁC KHU CHẾ XUẤT", "VÀ CÔNG NGHIỆP TP.HCM", "CHI BỘ CÔNG TY TNHH",
                "CƠ KHÍ CHÍNH XÁC SAO NAM", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "TP. Hồ Chí Minh, ngày 16 tháng 8 năm 2019"], bold_left=(2, 3)),
            G(6),
            C("BIÊN BẢN", size=13),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 8 NĂM 2019"),
            G(8),
            P("Vào lúc 16 giờ 00 phút ngày 16 tháng 8 năm 2019, tại phòng họp tầng 2, nhà điều hành Công ty (Lô C15, "
              "Khu chế xuất Tân Thuận, Quận 7), Chi bộ Công ty TNHH Cơ khí Chính xác Sao Nam tiến hành sinh hoạt "
              "thường kỳ tháng 8 năm 2019."),
            L("Chủ trì: đồng chí Đoàn Thị Mỹ Linh, Bí thư chi bộ, Phó Giám đốc nhân sự."),
            L("Thư ký: đồng chí Lâm Quốc Bảo."),
            L("Đảng viên chi bộ: 18 đồng chí (17 chính thức, 01 dự bị); có mặt 17 đồng chí; vắng 01 đồng chí (Nguyễn "
              "Hữu Phước – đi công tác tại nhà máy Bình Dương)."),
            H("1. Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"),
            P("Đồng chí Bí thư quán triệt Kế hoạch của Đảng ủy các Khu chế xuất và công nghiệp Thành phố về kỷ niệm 50 "
              "năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh (1969 – 2019); trích đọc đoạn Di chúc về công tác xây "
              "dựng Đảng: “Đảng ta là một Đảng cầm quyền. Mỗi đảng viên và cán bộ phải thật sự thấm nhuần đạo đức "
              "cách mạng, thật sự cần kiệm liêm chính, chí công vô tư”."),
            H("2. Thông tin thời sự"),
            P("Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại "
              "biểu toàn quốc lần thứ XIII của Đảng; theo kế hoạch, chi bộ tiến hành đại hội nhiệm kỳ 2020 – 2022 "
              "trong quý IV/2019. Tình hình lao động trong Khu chế xuất: nhiều doanh nghiệp thiếu công nhân có tay "
              "nghề, đã có hiện tượng lôi kéo công nhân nghỉ việc tập thể để chuyển sang doanh nghiệp khác."),
            H("3. Kết quả tháng 7/2019"),
            P("Công ty giao đủ 100% đơn hàng khuôn dập cho khách hàng Nhật Bản đúng hạn; doanh thu tháng đạt 23,4 tỷ "
              "đồng, tăng 6% so với tháng 6. Xảy ra 01 vụ tai nạn lao động nhẹ tại xưởng dập (công nhân bị kẹp ngón "
              "tay, đã điều trị ổn định). Công đoàn tổ chức khám sức khỏe định kỳ cho 412 công nhân. Quần chúng Võ "
              "Thị Ngọc Trâm đã học xong lớp bồi dưỡng nhận thức về Đảng và được Chi đoàn giới thiệu."),
            H("4. Thảo luận"),
            P("Đồng chí Trương Minh Nhựt (Quản đốc xưởng dập): vụ tai nạn vừa qua do công nhân mới chưa được kèm cặp "
              "kỹ; 06 máy dập thủy lực đời cũ chưa có tấm che an toàn hai tay, đề nghị lắp bổ sung ngay trong tháng."),
            P("Đồng chí Phan Thị Kim Yến (Chủ tịch Công đoàn cơ sở): công nhân phản ánh bữa ăn ca chưa bảo đảm; nhiều "
              "công nhân ở xa quê, cần quan tâm con em họ dịp Trung thu."),
            P("Đồng chí Lý Gia Huy (Bí thư Chi đoàn): Chi đoàn đã xác minh sơ bộ lý lịch quần chúng Võ Thị Ngọc Trâm, "
              "đề nghị chi bộ sớm hoàn thiện hồ sơ để kết nạp trước đại hội chi bộ."),
            H("5. Ý kiến kết luận của chủ trì"),
            P("Sau khi nghe các ý kiến, đồng chí Đoàn Thị Mỹ Linh kết luận:"),
            P("a) Về sản xuất: chi bộ ghi nhận kết quả giao hàng tháng 7 nhưng nghiêm khắc nhắc nhở xưởng dập về vụ "
              "tai nạn lao động. Từ tháng 8, mọi công nhân mới phải có người kèm cặp ít nhất hai tuần; máy nào chưa "
              "có tấm che an toàn thì dừng vận hành cho đến khi lắp xong."),
            P("b) Về chăm lo người lao động: Ban Giám đốc xem xét thay đơn vị cung cấp suất ăn nếu trong tháng 9 chất "
              "lượng không cải thiện; tặng quà Trung thu cho con công nhân có hoàn cảnh khó khăn."),
            P("c) Về công tác đảng: chi bộ tập trung hoàn thiện hồ sơ kết nạp quần chúng Võ Thị Ngọc Trâm; chuẩn bị "
              "sinh hoạt chuyên đề về Di chúc của Bác và các điều kiện cho đại hội chi bộ."),
            P("Chi bộ biểu quyết thông qua kết luận: mười bảy trên mười bảy đồng chí có mặt tán thành (100%)."),
            H("6. Phân công thực hiện"),
            TB([(0.06, "TT", "c"), (0.36, "Nội dung", "l"), (0.21, "Người phụ trách", "l"),
                (0.21, "Phối hợp", "l"), (0.16, "Thời hạn", "l")],
               [["1", "Lắp tấm che an toàn hai tay cho 06 máy dập thủy lực", "Đ/c Trương Minh Nhựt",
                 "Phòng An toàn – Môi trường", "30/8/2019"],
                ["2", "Hoàn thiện hồ sơ đề nghị kết nạp quần chúng Võ Thị Ngọc Trâm",
                 "Đ/c Lâm Quốc Bảo, đ/c Lý Gia Huy", "Chi đoàn Công ty", "Tháng 9/2019"],
                ["3", "Lập danh sách, tặng quà Trung thu cho con công nhân", "Đ/c Phan Thị Kim Yến", "Ban Giám đốc",
                 "Trước 10/9/2019"],
                ["4", "Chuẩn bị đề cương sinh hoạt chuyên đề về Di chúc của Chủ tịch Hồ Chí Minh",
                 "Đ/c Đoàn Thị Mỹ Linh", "", "Quý III/2019"],
                ["5", "Nắm tình hình tư tưởng công nhân, kịp thời báo cáo vụ việc phát sinh",
                 "Ban Chấp hành Công đoàn cơ sở", "Các tổ trưởng sản xuất", "Thường xuyên"],
                ["6", "Theo dõi chất lượng suất ăn ca", "Đ/c Phan Thị Kim Yến", "Đại diện công nhân các xưởng", ""]],
               head_center=True),
            P("Buổi sinh hoạt kết thúc lúc 18 giờ 00 phút cùng ngày. Biên bản đã được thư ký đọc lại, chi bộ nhất trí "
              "thông qua."),
            S(["THƯ KÝ", "Lâm Quốc Bảo"], ["BÍ THƯ CHI BỘ", "Đoàn Thị Mỹ Linh"]),
        ],
        "truth": minute(
            meeting("regular", "2019-08-16", "16:00", "18:00",
                    "phòng họp tầng 2, nhà điều hành Công ty (Lô C15, Khu chế xuất Tân Thuận, Quận 7)",
                    "CHI BỘ CÔNG TY TNHH CƠ KHÍ CHÍNH XÁC SAO NAM", "ĐẢNG BỘ CÁC KHU CHẾ XUẤT VÀ CÔNG NGHIỆP TP.HCM"),
            "Đoàn Thị Mỹ Linh", "Bí thư chi bộ", "Lâm Quốc Bảo",
            attendance(18, 17, 1, 1, 0, 0, [("Nguyễn Hữu Phước", "đi công tác tại nhà máy Bình Dương", True)]),
            True,
            [vote("Kết luận sinh hoạt tháng 8/2019", 17, pct=100)],
            [task("Trương Minh Nhựt", "Lắp tấm che an toàn hai tay cho 06 máy dập thủy lực", "30/8/2019"),
             task("Lâm Quốc Bảo", "Hoàn thiện hồ sơ đề nghị kết nạp quần chúng Võ Thị Ngọc Trâm", "Tháng 9/2019"),
             task("Lý Gia Huy", "Hoàn thiện hồ sơ đề nghị kết nạp quần chúng Võ Thị Ngọc Trâm", "Tháng 9/2019"),
             task("Phan Thị Kim Yến", "Lập danh sách, tặng quà Trung thu cho con công nhân", "10/9/2019"),
             task("Đoàn Thị Mỹ Linh", "Chuẩn bị đề cương sinh hoạt chuyên đề về Di chúc của Chủ tịch Hồ Chí Minh",
                  "Quý III/2019"),
             task("Ban Chấp hành Công đoàn cơ sở",
                  "Nắm tình hình tư tưởng công nhân, kịp thời báo cáo vụ việc phát sinh", "Thường xuyên"),
             task("Phan Thị Kim Yến", "Theo dõi chất lượng suất ăn ca", None)],
            []),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# q04 — Bình Dương, a lower-secondary school: thematic meeting, the conclusion in prose with no heading.
# =================================================================================================
DOCS.append({
    "name": "q04-binhduong-school-thematic-prose-conclusion-role-task-short", "folder": "dev",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 30, "spacing": 1.25,
              "left": 78, "right": 52, "top": 48, "bottom": 50},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ THỊ XÃ THUẬN AN", "ĐẢNG ỦY PHƯỜNG LÁI THIÊU", "CHI BỘ TRƯỜNG THCS", "TRỊNH HOÀI ĐỨC", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Lái Thiêu, ngày 19 tháng 10 năm 2016"], bold_left=(2, 3)),
            G(2),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHUYÊN ĐỀ QUÝ IV NĂM 2016"),
            C("Chuyên đề: Nêu cao tinh thần trách nhiệm, gương mẫu của nhà giáo là đảng viên theo Chỉ thị 05-CT/TW",
              bold=False, italic=True),
            G(6),
            L("- Thời gian: từ 16 giờ 45 phút đến 18 giờ 00 phút, ngày 19/10/2016."),
            L("- Địa điểm: Phòng họp Hội đồng sư phạm nhà trường."),
            L("- Chủ trì: Đồng chí Nguyễn Thị Thu Hương – Bí thư chi bộ, Hiệu trưởng."),
            L("- Thư ký: Đồng chí Đặng Minh Khoa."),
            L("- Đảng viên chi bộ: 24; có mặt: 24/24."),
            H("1. Trình bày chuyên đề"),
            P("Đồng chí Trần Văn Hiếu, Phó Bí thư chi bộ, trình bày chuyên đề gồm ba phần: những nội dung cơ bản của "
              "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, "
              "phong cách Hồ Chí Minh; lời Bác dạy đối với nhà giáo; liên hệ trách nhiệm nêu gương của giáo viên là "
              "đảng viên trong trường. Phần liên hệ chỉ rõ: vẫn còn đảng viên dạy thêm cho chính học sinh lớp mình "
              "chủ nhiệm; một số tiết dạy còn nặng truyền thụ một chiều; việc trao đổi với phụ huynh học sinh cá "
              "biệt chưa thường xuyên."),
            H("2. Thảo luận, liên hệ"),
            P("Đồng chí Lê Thị Hồng Nhung (Tổ trưởng tổ Ngữ văn): tổ đã đăng ký mỗi giáo viên một giờ dạy tốt mỗi "
              "tháng; đề nghị đưa kết quả thực hiện bản đăng ký làm theo vào tiêu chí xếp loại cuối năm để tránh "
              "hình thức."),
            P("Đồng chí Võ Thanh Sang: thừa nhận còn dạy thêm cho 06 học sinh lớp chủ nhiệm tại nhà; xin nghiêm túc "
              "rút kinh nghiệm và chấm dứt từ tháng 11."),
            P("Đồng chí Huỳnh Thị Mai: đề nghị nhà trường công khai danh sách giáo viên đăng ký dạy thêm để phụ "
              "huynh cùng giám sát."),
            P("Sau khi nghe các ý kiến, đồng chí Bí thư nhấn mạnh: học tập và làm theo Bác phải bắt đầu từ những việc "
              "cụ thể trong từng tiết dạy, từng lời nói với học sinh; chi bộ ghi nhận tinh thần tự phê bình của đồng "
              "chí Võ Thanh Sang và yêu cầu đảng viên chấm dứt dạy thêm học sinh lớp mình chủ nhiệm theo đúng quy "
              "định. Đồng chí Chi ủy viên phụ trách tổ chức thu bản đăng ký làm theo của đảng viên, tổng hợp, đưa "
              "vào tiêu chí đánh giá, xếp loại cuối năm, xong trước ngày 31/10/2016. Giao đồng chí Huỳnh Thị Mai rà "
              "soát, công khai danh sách giáo viên đăng ký dạy thêm trong học kỳ I. Tổ Ngữ văn phối hợp với Liên "
              "đội tổ chức buổi kể chuyện về Bác cho học sinh khối 6 trước ngày 20/11/2016. Đề nghị mỗi đảng viên "
              "thật sự là tấm gương cho học sinh noi theo."),
            P("Chi bộ biểu quyết thông qua nội dung chuyên đề và kết luận: 23/24 đồng chí tán thành, đạt 95,8%; 01 "
              "đồng chí có ý kiến khác."),
            P("Buổi sinh hoạt chuyên đề kết thúc lúc 18 giờ 00 phút cùng ngày. Biên bản đã được đọc lại trước chi "
              "bộ và được thông qua."),
            S(["THƯ KÝ", "Đặng Minh Khoa"], ["CHỦ TRÌ", "Nguyễn Thị Thu Hương"]),
        ],
        "truth": minute(
            meeting("thematic", "2016-10-19", "16:45", "18:00", "Phòng họp Hội đồng sư phạm nhà trường",
                    "CHI BỘ TRƯỜNG THCS TRỊNH HOÀI ĐỨC", "ĐẢNG ỦY PHƯỜNG LÁI THIÊU",
                    topic="Nêu cao tinh thần trách nhiệm, gương mẫu của nhà giáo là đảng viên theo Chỉ thị "
                          "05-CT/TW"),
            "Nguyễn Thị Thu Hương", "Bí thư chi bộ", "Đặng Minh Khoa",
            attendance(24, 24, 0, 0, 0, 0),
            True,
            [vote("Nội dung chuyên đề và kết luận", 23, None, 1, 95.8)],
            [task("Chi ủy viên phụ trách tổ chức", "thu bản đăng ký làm theo của đảng viên, tổng hợp, đưa vào tiêu "
                  "chí đánh giá, xếp loại cuối năm", "31/10/2016"),
             task("Huỳnh Thị Mai", "rà soát, công khai danh sách giáo viên đăng ký dạy thêm", "học kỳ I"),
             task("Tổ Ngữ văn", "phối hợp với Liên đội tổ chức buổi kể chuyện về Bác cho học sinh khối 6",
                  "20/11/2016")],
            ["short_meeting"]),
    }],
    "flags": [],
    "scans": [{"name": "q14-binhduong-school-thematic-scan-photocopy-250", "folder": "dev", "damage": "photocopy",
               "seed": 1614, "dpi": 250}],
})


# =================================================================================================
# q05 — Cần Thơ, a disease-control unit in the COVID wave: the chair only thanks and closes.
# =================================================================================================
DOCS.append({
    "name": "q05-cantho-health-centre-covid-no-conclusion-thanks-only-low", "folder": "dev",
    "style": {"family": "sans", "size": 11, "justify": False, "indent": 0, "spacing": 1.35, "para_gap": 4,
              "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ QUẬN BÌNH THỦY", "ĐẢNG BỘ TRUNG TÂM Y TẾ", "CHI BỘ KHOA KIỂM SOÁT BỆNH TẬT", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Bình Thủy, ngày 10 tháng 9 năm 2021"], bold_left=(2,)),
            G(6),
            C("BIÊN BẢN", size=13),
            C("HỌP CHI BỘ THƯỜNG KỲ THÁNG 9 NĂM 2021"),
            G(8),
            L("Thời gian: 13 giờ 30 phút, ngày 10/9/2021."),
            L("Địa điểm: Hội trường Trung tâm Y tế quận Bình Thủy. Cuộc họp bố trí giãn cách, các đồng chí dự họp "
              "đều đeo khẩu trang, khử khuẩn theo quy định."),
            L("Thành phần: Tổng số đảng viên: 15 đồng chí. Có mặt: 11 đồng chí. Vắng: 04 đồng chí, đều có lý do: đ/c "
              "Trịnh Văn Lợi và đ/c Lê Thị Hồng Đào (tăng cường cho Bệnh viện dã chiến số 3), đ/c Huỳnh Thanh Phong "
              "(đang cách ly tập trung), đ/c Nguyễn Thị Kiều Oanh (nghỉ thai sản)."),
            L("Chủ trì: đ/c Tô Minh Nhựt – Bí thư chi bộ, Trưởng khoa."),
            L("Thư ký: đ/c Quách Ngọc Hân."),
            L("Dự và chỉ đạo: đ/c Bùi Thanh Tâm – Phó Bí thư Đảng ủy, Giám đốc Trung tâm."),
            H("I. TÌNH HÌNH DỊCH BỆNH VÀ KẾT QUẢ THÁNG 8/2021"),
            L("Thành phố Cần Thơ tiếp tục giãn cách xã hội theo Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ. Trong tháng "
              "8, khoa phối hợp với các trạm y tế lấy 61.240 mẫu xét nghiệm, phát hiện 1.037 ca dương tính; tổ chức "
              "14 điểm tiêm, tiêm được 38.500 liều vắc xin phòng COVID-19. Hạn chế: việc theo dõi F0 cách ly tại nhà "
              "còn chậm, có trường hợp trở nặng mới được chuyển viện; nhân lực mỏng, nhiều đồng chí làm việc liên "
              "tục nhiều tuần không có ngày nghỉ."),
            H("II. PHƯƠNG HƯỚNG NHIỆM VỤ THÁNG 9/2021"),
            L("Thực hiện hướng dẫn của Bộ Y tế về quản lý người mắc COVID-19 tại nhà; bảo đảm mũi 1 cho người trên 65 "
              "tuổi và người có bệnh nền; củng cố các tổ COVID cộng đồng; giữ vững các “vùng xanh” trên địa bàn quận."),
            H("III. THẢO LUẬN"),
            L("Đ/c Phạm Quốc Việt (phụ trách tiêm chủng): còn khoảng 900 người cao tuổi nằm liệt giường chưa thể đến "
              "điểm tiêm, đề nghị tổ chức đội tiêm lưu động đến tận nhà."),
            L("Đ/c Dương Thị Mộng Tuyền: số F0 tại nhà tăng nhanh, mỗi cán bộ phải theo dõi trên 40 người; đề nghị "
              "huy động thêm sinh viên y khoa tình nguyện."),
            L("Đ/c Châu Ngọc Diệp: trang phục bảo hộ ở các trạm y tế sắp hết, cần cấp bổ sung ngay."),
            H("IV. Ý KIẾN CHỈ ĐẠO CỦA ĐỒNG CHÍ GIÁM ĐỐC TRUNG TÂM"),
            L("Đồng chí Bùi Thanh Tâm đánh giá cao tinh thần của đảng viên trong khoa; yêu cầu chi bộ chú trọng giảm "
              "tử vong, phân loại F0 ngay từ đầu, chuyển viện kịp thời; Ban Giám đốc sẽ làm việc với Trường Đại học Y "
              "Dược Cần Thơ để bổ sung sinh viên tình nguyện cho khoa."),
            L("Chi bộ biểu quyết thông qua phương hướng nhiệm vụ tháng 9/2021: nhất trí hoàn toàn, 11/11 đồng chí có "
              "mặt giơ tay tán thành."),
            H("V. PHÂN CÔNG NHIỆM VỤ"),
            TB([(0.07, "TT", "c"), (0.49, "Nội dung công việc", "l"), (0.26, "Chủ trì thực hiện", "l"),
                (0.18, "Hoàn thành", "l")],
               [["1", "Gọi điện, theo dõi F0 điều trị tại nhà trên địa bàn 08 phường",
                 "Đ/c Dương Thị Mộng Tuyền", "Hằng ngày"],
                ["2", "Tổ chức đội tiêm lưu động cho người cao tuổi không thể đến điểm tiêm", "Đ/c Phạm Quốc Việt",
                 "15/9/2021"],
                ["3", "Nhận, cấp phát trang phục bảo hộ cho các trạm y tế phường", "Điều dưỡng trưởng khoa",
                 "Ngay sau cuộc họp"]]),
            L("Cuối buổi, đồng chí Tô Minh Nhựt cảm ơn đồng chí Giám đốc đã dự và chỉ đạo, cảm ơn các đồng chí đảng "
              "viên đã sắp xếp tham dự trong điều kiện dịch bệnh phức tạp; các ý kiến tại cuộc họp sẽ được chi ủy tổng "
              "hợp, báo cáo Đảng ủy Trung tâm. Đồng chí tuyên bố kết thúc cuộc họp."),
            L("Cuộc họp kết thúc lúc 15 giờ 20 phút. Biên bản đã được đọc lại, các đồng chí dự họp thống nhất thông "
              "qua."),
            S(["THƯ KÝ", "Quách Ngọc Hân"], ["CHỦ TRÌ", "Tô Minh Nhựt"]),
        ],
        "truth": minute(
            meeting("regular", "2021-09-10", "13:30", "15:20", "Hội trường Trung tâm Y tế quận Bình Thủy",
                    "CHI BỘ KHOA KIỂM SOÁT BỆNH TẬT", "ĐẢNG BỘ TRUNG TÂM Y TẾ"),
            "Tô Minh Nhựt", "Bí thư chi bộ", "Quách Ngọc Hân",
            attendance(15, 11, 4, 4, 0, 0,
                       [("Trịnh Văn Lợi", "tăng cường cho Bệnh viện dã chiến số 3", True),
                        ("Lê Thị Hồng Đào", "tăng cường cho Bệnh viện dã chiến số 3", True),
                        ("Huỳnh Thanh Phong", "đang cách ly tập trung", True),
                        ("Nguyễn Thị Kiều Oanh", "nghỉ thai sản", True)],
                       [("Bùi Thanh Tâm", "Phó Bí thư Đảng ủy, Giám đốc Trung tâm")]),
            False,
            [vote("Phương hướng nhiệm vụ tháng 9/2021", 11)],
            [task("Dương Thị Mộng Tuyền", "Gọi điện, theo dõi F0 điều trị tại nhà trên địa bàn 08 phường",
                  "Hằng ngày"),
             task("Phạm Quốc Việt", "Tổ chức đội tiêm lưu động cho người cao tuổi không thể đến điểm tiêm",
                  "15/9/2021"),
             task("Điều dưỡng trưởng khoa", "Nhận, cấp phát trang phục bảo hộ cho các trạm y tế phường",
                  "Ngay sau cuộc họp")],
            ["low_attendance", "missing_conclusion"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# q06 — Lâm Đồng, a tea cooperative: a printed form whose conclusion, vote and task lines stay dotted.
# =================================================================================================
DOCS.append({
    "name": "q06-lamdong-tea-coop-form-conclusion-vote-tasks-left-dotted", "folder": "dev",
    "style": {"family": "serif", "size": 12.5, "justify": False, "indent": 0, "spacing": 1.4, "para_gap": 3,
              "left": 70, "right": 55},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ TỈNH LÂM ĐỒNG", "ĐẢNG ỦY XÃ XUÂN TRƯỜNG - ĐÀ LẠT", "CHI BỘ HTX CHÈ CẦU ĐẤT", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Xuân Trường, ngày 05 tháng 8 năm 2025"], bold_left=(2,)),
            G(6),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 8 NĂM 2025"),
            G(8),
            H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            L("1. Thời gian: bắt đầu lúc 14 giờ 00 phút, ngày 05/8/2025."),
            L("2. Địa điểm: Văn phòng Hợp tác xã, thôn Trường Thọ."),
            L("3. Tổng số đảng viên: 12 đồng chí; có mặt: 12 đồng chí; vắng: 0 (có lý do: 0; không lý do: 0)."),
            L("4. Chủ trì: đồng chí Hoàng Văn Quân; chức vụ: Bí thư chi bộ, Giám đốc Hợp tác xã."),
            L("5. Thư ký: đồng chí Ka Nhung; chức vụ: Chi ủy viên, Kế toán Hợp tác xã."),
            L("6. Khách mời: không."),
            H("II. NỘI DUNG SINH HOẠT"),
            L("1. Thông tin thời sự, văn bản mới:"),
            P("Công tác chuẩn bị Đại hội đại biểu Đảng bộ xã Xuân Trường - Đà Lạt lần thứ I, nhiệm kỳ 2025 – 2030; "
              "kế hoạch kỷ niệm 80 năm Cách mạng Tháng Tám thành công và Quốc khánh nước Cộng hòa xã hội chủ nghĩa "
              "Việt Nam (02/9/1945 – 02/9/2025); tình hình hoạt động của chính quyền địa phương hai cấp sau hơn một "
              "tháng vận hành, các thủ tục của xã viên nay làm tại Trung tâm phục vụ hành chính công xã.", indent=16),
            L("2. Đánh giá kết quả thực hiện nhiệm vụ tháng 7/2025:"),
            P("Hợp tác xã thu mua 46 tấn chè búp tươi của xã viên, chế biến 9,2 tấn chè thành phẩm; xuất 02 lô chè "
              "ô long sang Đài Loan đúng hợp đồng. Mưa nhiều kéo dài làm bọ xít muỗi phát sinh trên 18 ha, ảnh hưởng "
              "năng suất. Hạn chế: việc ghi nhật ký canh tác theo tiêu chuẩn VietGAP của một số hộ chưa đầy đủ; công "
              "nợ phải thu còn 380 triệu đồng.", indent=16),
            L("3. Phương hướng, nhiệm vụ tháng 8/2025:"),
            P("Phòng trừ bọ xít muỗi theo hướng sinh học; hoàn thiện hồ sơ tái chứng nhận VietGAP; thu hồi công nợ; "
              "tổ chức cho xã viên tham gia các hoạt động kỷ niệm Quốc khánh 2/9.", indent=16),
            L("4. Thảo luận:"),
            P("- Đồng chí Ka Nhung: đề nghị Hợp tác xã cử người hướng dẫn lại cách ghi nhật ký canh tác, nhiều hộ "
              "đồng bào K'Ho lớn tuổi chưa quen ghi chép.", indent=16),
            P("- Đồng chí Trần Đình Phúc: thuốc sinh học giá cao hơn thuốc hóa học, đề nghị Hợp tác xã ứng trước cho "
              "xã viên, trừ dần vào tiền bán chè.", indent=16),
            P("- Đồng chí Bon Niêng Ha Sen: vườn chè của các hộ ở thôn Trường Thọ đã có bọ xít muỗi trở lại, cần phun "
              "đồng loạt, tránh mỗi hộ làm một kiểu.", indent=16),
            L("5. Kết luận của chủ trì: ……………………………………………………"),
            L("………………………………………………………………………………"),
            L("6. Biểu quyết: tán thành: ……; không tán thành: ……; ý kiến khác: ……"),
            L("7. Phân công thực hiện: ………………………………………………"),
            P("Buổi sinh hoạt kết thúc lúc 16 giờ 00 phút cùng ngày. Biên bản đã được đọc lại và thông qua tại cuộc "
              "họp.", indent=0),
            S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "Ka Nhung"], ["CHỦ TRÌ", "(Ký, ghi rõ họ tên)", "Hoàng Văn Quân"]),
        ],
        "truth": minute(
            meeting("regular", "2025-08-05", "14:00", "16:00", "Văn phòng Hợp tác xã, thôn Trường Thọ",
                    "CHI BỘ HTX CHÈ CẦU ĐẤT", "ĐẢNG ỦY XÃ XUÂN TRƯỜNG - ĐÀ LẠT"),
            "Hoàng Văn Quân", "Bí thư chi bộ", "Ka Nhung",
            attendance(12, 12, 0, 0, 0, 0),
            False, [], [],
            ["missing_assignments", "missing_conclusion", "missing_vote", "unfilled_template"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# q07 — Phan Thiết, a retired cadres' cell: a minute book of five meetings, January to June 2007.
# =================================================================================================
_Q07_LEFT = ["ĐẢNG BỘ TP PHAN THIẾT", "ĐẢNG ỦY PHƯỜNG ĐỨC NGHĨA", "CHI BỘ CÁN BỘ HƯU TRÍ KHU PHỐ 3", "*"]
_Q07_CELL, _Q07_COMM, _Q07_LOC = ("CHI BỘ CÁN BỘ HƯU TRÍ KHU PHỐ 3", "ĐẢNG ỦY PHƯỜNG ĐỨC NGHĨA",
                                  "Hội trường khu phố 3, phường Đức Nghĩa")

DOCS.append({
    "name": "q07-phanthiet-retired-cadres-book-2007-five-minutes", "folder": "dev",
    "style": {"family": "mono", "size": 10.5, "justify": False, "indent": 24, "spacing": 1.25, "para_gap": 2,
              "head": "Sổ biên bản Chi bộ Cán bộ hưu trí Khu phố 3 - năm 2007", "foot": "- {n} -",
              "left": 70, "right": 50, "top": 50, "bottom": 48},
    "between": 14,
    "minutes": [
        {   # ---- January: Châu Văn Tám absent without reason (1)
            "blocks": [
                HD(_Q07_LEFT, ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đức Nghĩa, ngày 10 tháng 01 năm 2007"], bold_left=(2,)),
                G(4),
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 01/2007"),
                G(4),
                P("Thời gian: 8 giờ 00, ngày 10/01/2007. Địa điểm: Hội trường khu phố 3, phường Đức Nghĩa."),
                P("Chủ trì: đ/c Huỳnh Tấn Lộc, Bí thư chi bộ. Thư ký: đ/c Võ Thị Kim Chi."),
                P("Đảng viên: 26 đ/c, miễn sinh hoạt 05 đ/c, phải dự 21 đ/c; có mặt 19 đ/c; vắng 02 đ/c: đ/c "
                  "Nguyễn Thị Lựu (ốm, có báo), đ/c Châu Văn Tám (không lý do)."),
                P("1. Đ/c Bí thư thông tin: ngày 11/01/2007 Việt Nam chính thức trở thành thành viên thứ 150 của Tổ "
                  "chức Thương mại thế giới (WTO); Chỉ thị 06-CT/TW của Bộ Chính trị về tổ chức Cuộc vận động “Học "
                  "tập và làm theo tấm gương đạo đức Hồ Chí Minh”, dự kiến phát động ngày 03/02/2007; cuộc bầu cử "
                  "đại biểu Quốc hội khóa XII sẽ tiến hành vào ngày 20/5/2007."),
                P("2. Đánh giá tháng 12/2006: chi bộ đóng góp Quỹ Đền ơn đáp nghĩa của phường 2.600.000 đồng; các "
                  "đ/c trong Ban công tác Mặt trận khu phố hòa giải thành 02 vụ tranh chấp lối đi; 100% đảng viên "
                  "đóng đảng phí đầy đủ. Hạn chế: có đảng viên vắng sinh hoạt nhiều kỳ, chi ủy chưa gặp được."),
                P("3. Nhiệm vụ tháng 01/2007: thăm hỏi đảng viên ốm đau, gia đình chính sách dịp Tết Đinh Hợi; giữ "
                  "trật tự, vệ sinh khu phố dịp Tết; chuẩn bị cho Cuộc vận động."),
                P("Ý kiến: Đ/c Nguyễn Văn Mười đề nghị lập danh sách 07 gia đình chính sách đang khó khăn để ưu tiên "
                  "thăm trước. Đ/c Lê Thị Hoa đề nghị chi bộ cử người gặp đ/c Châu Văn Tám vì đ/c vắng liên tục từ "
                  "tháng 11/2006."),
                P("Kết luận: đ/c chủ trì kết luận chi bộ thống nhất các nhiệm vụ tháng 01; việc thăm hỏi Tết phải "
                  "đến đúng người, đúng hoàn cảnh, ưu tiên 07 gia đình chính sách khó khăn; không để đảng viên vắng "
                  "sinh hoạt kéo dài mà chi bộ không nắm được lý do."),
                P("Biểu quyết: 19/19 đ/c có mặt nhất trí."),
                P("Phân công:"),
                L("- Đ/c Trần Văn Bảy: thăm, tặng quà Tết đảng viên ốm đau, gia đình chính sách trong khu phố, xong "
                  "trước Tết Nguyên đán.", hang=16),
                L("- Đ/c Lê Thị Hoa và đ/c Phạm Văn Sáu: gặp đ/c Châu Văn Tám tìm hiểu lý do vắng sinh hoạt, báo cáo "
                  "chi bộ kỳ họp sau.", hang=16),
                P("Buổi sinh hoạt kết thúc lúc 10 giờ 00. Biên bản đã đọc lại cho chi bộ nghe và được nhất trí "
                  "thông qua."),
                S(["THƯ KÝ", "Võ Thị Kim Chi"], ["BÍ THƯ", "Huỳnh Tấn Lộc"]),
            ],
            "truth": minute(
                meeting("regular", "2007-01-10", "08:00", "10:00", _Q07_LOC, _Q07_CELL, _Q07_COMM),
                "Huỳnh Tấn Lộc", "Bí thư chi bộ", "Võ Thị Kim Chi",
                attendance(26, 19, 2, 1, 1, 5,
                           [("Nguyễn Thị Lựu", "ốm, có báo", True), ("Châu Văn Tám", "không lý do", False)]),
                True,
                [vote("Nhiệm vụ tháng 01/2007", 19)],
                [task("Trần Văn Bảy", "thăm, tặng quà Tết đảng viên ốm đau, gia đình chính sách trong khu phố",
                      "Tết Nguyên đán"),
                 task("Lê Thị Hoa", "gặp đ/c Châu Văn Tám tìm hiểu lý do vắng sinh hoạt, báo cáo chi bộ",
                      "kỳ họp sau"),
                 task("Phạm Văn Sáu", "gặp đ/c Châu Văn Tám tìm hiểu lý do vắng sinh hoạt, báo cáo chi bộ",
                      "kỳ họp sau")],
                ["unexcused_absence"]),
        },
        {   # ---- February: regular + thematic (Cuộc vận động), 150 minutes
            "blocks": [
                HD(_Q07_LEFT, ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đức Nghĩa, ngày 07 tháng 02 năm 2007"], bold_left=(2,)),
                G(4),
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 02/2007"),
                C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ"),
                C("Chuyên đề: Học tập và làm theo tấm gương đạo đức Hồ Chí Minh", bold=False, italic=True),
                G(4),
                P("Thời gian: 7 giờ 30, ngày 07/02/2007. Địa điểm: Hội trường khu phố 3, phường Đức Nghĩa."),
                P("Chủ trì: đ/c Huỳnh Tấn Lộc, Bí thư chi bộ. Thư ký: đ/c Võ Thị Kim Chi."),
                P("Đảng viên phải dự: 21 đ/c (không kể 05 đ/c miễn sinh hoạt); có mặt 20 đ/c; vắng 01 đ/c: Nguyễn "
                  "Thị Lựu (nằm viện)."),
                P("Phần 1 - Sinh hoạt thường kỳ."),
                P("Đ/c Lê Thị Hoa báo cáo việc được phân công kỳ trước: đã cùng đ/c Phạm Văn Sáu đến nhà đ/c Châu "
                  "Văn Tám; đ/c Tám cho biết con trai đi biển dài ngày, phải ở nhà trông cháu, hứa từ nay đi sinh "
                  "hoạt đều. Hôm nay đ/c Tám có mặt."),
                P("Kết quả tháng 01: đã thăm, tặng 12 suất quà Tết cho đảng viên ốm đau và gia đình chính sách; khu "
                  "phố giữ được trật tự trong những ngày giáp Tết. Nhiệm vụ tháng 02: đón Tết Đinh Hợi vui tươi, "
                  "lành mạnh, tiết kiệm, không đốt pháo; dự Lễ phát động Cuộc vận động do phường tổ chức."),
                P("Phần 2 - Sinh hoạt chuyên đề."),
                P("Đ/c Trần Văn Bảy, Phó Bí thư, giới thiệu chuyên đề: ý nghĩa của Cuộc vận động; những nội dung cơ "
                  "bản về tấm gương đạo đức của Bác: trung với nước, hiếu với dân; cần, kiệm, liêm, chính, chí công "
                  "vô tư; yêu thương con người; tinh thần quốc tế trong sáng; ý thức tổ chức kỷ luật."),
                P("Ý kiến tham gia: Đ/c Trương Công Thành: cán bộ hưu trí học Bác trước hết ở lối sống giản dị, gương "
                  "mẫu trong gia đình, khu phố. Đ/c Lương Thị Cúc: mỗi đ/c nên viết bản đăng ký làm theo ngắn gọn, "
                  "làm được việc gì ghi việc đó. Đ/c Châu Văn Tám: nhận khuyết điểm vì vắng sinh hoạt nhiều kỳ, hứa "
                  "sửa chữa."),
                P("Chủ trì kết luận: chi bộ thống nhất nhiệm vụ tháng 02 và nội dung chuyên đề; học và làm theo Bác ở "
                  "tuổi hưu là giữ gìn phẩm chất, làm gương cho con cháu, tham gia công việc khu phố theo sức mình. "
                  "Mỗi đảng viên viết bản đăng ký làm theo. Giao đ/c Võ Thị Kim Chi tổng hợp bản đăng ký làm theo "
                  "của đảng viên, nộp Văn phòng Đảng ủy phường trước ngày 28/02/2007."),
                P("Chi bộ giơ tay biểu quyết: 20/20 đ/c tán thành."),
                P("Kết thúc lúc 10 giờ 00 cùng ngày. Biên bản được đọc lại, chi bộ nhất trí thông qua."),
                S(["THƯ KÝ", "Võ Thị Kim Chi"], ["BÍ THƯ", "Huỳnh Tấn Lộc"]),
            ],
            "truth": minute(
                meeting("regular", "2007-02-07", "07:30", "10:00", _Q07_LOC, _Q07_CELL, _Q07_COMM,
                        topic="Học tập và làm theo tấm gương đạo đức Hồ Chí Minh"),
                "Huỳnh Tấn Lộc", "Bí thư chi bộ", "Võ Thị Kim Chi",
                attendance(26, 20, 1, 1, 0, 5, [("Nguyễn Thị Lựu", "nằm viện", True)]),
                True,
                [vote("Nhiệm vụ tháng 02/2007 và chuyên đề", 20)],
                [task("Võ Thị Kim Chi", "tổng hợp bản đăng ký làm theo của đảng viên, nộp Văn phòng Đảng ủy phường",
                      "28/02/2007")],
                []),
        },
        {   # ---- April (no meeting in March): Tám absent again (2); the chair only repeats the agenda
            "blocks": [
                HD(_Q07_LEFT, ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đức Nghĩa, ngày 12 tháng 4 năm 2007"], bold_left=(2,)),
                G(4),
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 4/2007"),
                G(4),
                P("Thời gian: 8 giờ, ngày 12/4/2007. Địa điểm: Hội trường khu phố 3, phường Đức Nghĩa."),
                P("Chủ trì: đ/c Huỳnh Tấn Lộc, Bí thư chi bộ. Thư ký: đ/c Võ Thị Kim Chi."),
                P("Đảng viên: 26 đ/c, miễn sinh hoạt 05 đ/c; có mặt 19/21 đ/c; vắng 02 đ/c: Đặng Thị Thu (đi thăm "
                  "con ở TP Hồ Chí Minh), Châu Văn Tám (vắng không lý do)."),
                P("Chi ủy thông báo: tháng 3/2007 chi bộ không tổ chức sinh hoạt được vì đ/c Bí thư đi chữa bệnh và "
                  "nhiều đ/c tham gia các tổ công tác lập danh sách cử tri của phường."),
                P("1. Thông tin: Đảng ủy phường triển khai kế hoạch bầu cử đại biểu Quốc hội khóa XII; đề nghị đảng "
                  "viên tiếp tục nghiên cứu tài liệu của Cuộc vận động."),
                P("2. Nhiệm vụ tháng 4: rà soát, niêm yết danh sách cử tri; vận động gia đình kiểm tra tên trong danh "
                  "sách; giữ vệ sinh môi trường mùa khô, phòng cháy nhà dân."),
                P("Ý kiến: Đ/c Nguyễn Văn Mười: danh sách cử tri còn sót nhiều người mới nhập hộ khẩu, cần rà lại từng "
                  "tổ. Đ/c Phạm Văn Sáu: đ/c Châu Văn Tám lại vắng không báo, đề nghị chi ủy nhắc nhở bằng văn bản."),
                P("Cuối buổi, đ/c chủ trì nhắc lại các nội dung đã bàn trong buổi sinh hoạt gồm thông tin về bầu cử, "
                  "nhiệm vụ tháng 4 và ý kiến của các đ/c, sau đó chuyển sang biểu quyết."),
                P("Biểu quyết nhiệm vụ tháng 4: tán thành 19, không tán thành 0."),
                P("Phân công: đ/c Trần Văn Bảy cùng tổ dân phố rà soát, niêm yết danh sách cử tri khu phố 3 trước ngày "
                  "20/4/2007."),
                P("Cuộc họp kết thúc lúc 9 giờ 40 phút."),
                S(["THƯ KÝ", "Võ Thị Kim Chi"], ["BÍ THƯ", "Huỳnh Tấn Lộc"]),
            ],
            "truth": minute(
                meeting("regular", "2007-04-12", "08:00", "09:40", _Q07_LOC, _Q07_CELL, _Q07_COMM),
                "Huỳnh Tấn Lộc", "Bí thư chi bộ", "Võ Thị Kim Chi",
                attendance(26, 19, 2, 1, 1, 5,
                           [("Đặng Thị Thu", "đi thăm con ở TP Hồ Chí Minh", True),
                            ("Châu Văn Tám", "không lý do", False)]),
                False,
                [vote("Nhiệm vụ tháng 4/2007", 19, 0)],
                [task("Trần Văn Bảy", "cùng tổ dân phố rà soát, niêm yết danh sách cử tri khu phố 3", "20/4/2007")],
                ["missing_conclusion", "not_approved", "unexcused_absence"]),
        },
        {   # ---- May: nobody named in the discussion
            "blocks": [
                HD(_Q07_LEFT, ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đức Nghĩa, ngày 09 tháng 5 năm 2007"], bold_left=(2,)),
                G(4),
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 5/2007"),
                G(4),
                P("Thời gian: 8 giờ 00, ngày 09/5/2007. Địa điểm: Hội trường khu phố 3, phường Đức Nghĩa."),
                P("Chủ trì: đ/c Huỳnh Tấn Lộc, Bí thư chi bộ. Thư ký: đ/c Võ Thị Kim Chi."),
                P("Đảng viên: 26 đ/c, miễn sinh hoạt 05 đ/c; có mặt 20/21 đ/c; vắng 01 đ/c: Lê Thị Hoa (đi chăm cháu "
                  "ở Đà Lạt, có báo)."),
                P("1. Đ/c Bí thư báo cáo tình hình chuẩn bị bầu cử: danh sách cử tri của khu vực bỏ phiếu khu phố 3 "
                  "đã niêm yết; những người ứng cử đại biểu Quốc hội đã tiếp xúc cử tri tại phường ngày 28/4/2007."),
                P("2. Kết quả tháng 4: đã rà soát xong danh sách cử tri, bổ sung 23 người. Nhiệm vụ tháng 5: tham gia "
                  "bầu cử ngày 20/5/2007."),
                P("Chi bộ thảo luận, thống nhất với báo cáo của đ/c Bí thư, không có ý kiến khác."),
                P("Đ/c Bí thư kết luận: ngày 20/5/2007 là ngày hội của toàn dân; mỗi đảng viên đi bầu sớm, nhắc gia "
                  "đình đi bầu đủ, đúng luật, không bầu thay. Giao đ/c Võ Thị Kim Chi và Chi hội Người cao tuổi khu "
                  "phố vận động cử tri cao tuổi, neo đơn đi bầu, bố trí người đưa đón khi cần, xong trước ngày bầu cử "
                  "20/5/2007."),
                P("Biểu quyết: chi bộ nhất trí 100%."),
                P("Sinh hoạt kết thúc lúc 9 giờ 45 phút. Biên bản được đọc lại và thông qua."),
                S(["THƯ KÝ", "Võ Thị Kim Chi"], ["BÍ THƯ", "Huỳnh Tấn Lộc"]),
            ],
            "truth": minute(
                meeting("regular", "2007-05-09", "08:00", "09:45", _Q07_LOC, _Q07_CELL, _Q07_COMM),
                "Huỳnh Tấn Lộc", "Bí thư chi bộ", "Võ Thị Kim Chi",
                attendance(26, 20, 1, 1, 0, 5, [("Lê Thị Hoa", "đi chăm cháu ở Đà Lạt, có báo", True)]),
                True,
                [vote("Nhiệm vụ tháng 5/2007", pct=100)],
                [task("Võ Thị Kim Chi", "vận động cử tri cao tuổi, neo đơn đi bầu, bố trí người đưa đón khi cần",
                      "ngày bầu cử 20/5/2007"),
                 task("Chi hội Người cao tuổi khu phố", "vận động cử tri cao tuổi, neo đơn đi bầu, bố trí người đưa "
                      "đón khi cần", "ngày bầu cử 20/5/2007")],
                ["no_discussion"]),
        },
        {   # ---- June: the deputy chairs, Tám absent (3), no thematic meeting in Q2
            "blocks": [
                HD(_Q07_LEFT, ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đức Nghĩa, ngày 13 tháng 6 năm 2007"], bold_left=(2,)),
                G(4),
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 6/2007"),
                G(4),
                P("Thời gian: 8 giờ 00, ngày 13/6/2007. Địa điểm: Hội trường khu phố 3, phường Đức Nghĩa."),
                P("Chủ trì: đ/c Trần Văn Bảy, Phó Bí thư chi bộ. Thư ký: đ/c Võ Thị Kim Chi."),
                P("Đảng viên: 26 đ/c, miễn sinh hoạt 05 đ/c; có mặt 18/21 đ/c; vắng 03 đ/c: Huỳnh Tấn Lộc (đi điều "
                  "trị bệnh), Nguyễn Thị Lựu (ốm), Châu Văn Tám (không báo)."),
                P("1. Kết quả tháng 5: khu vực bỏ phiếu khu phố 3 có 100% cử tri đi bầu, không có sự cố. Kỳ họp thứ "
                  "nhất Quốc hội khóa XII dự kiến khai mạc trong tháng 7/2007."),
                P("2. Nhiệm vụ tháng 6: vệ sinh môi trường, dọn bãi biển Đồi Dương chuẩn bị mùa du lịch hè; phòng "
                  "chống sốt xuất huyết mùa mưa; tiếp tục viết bài thu hoạch Cuộc vận động. Chi ủy nhận khuyết điểm: "
                  "quý II chi bộ chưa tổ chức được sinh hoạt chuyên đề, sẽ bố trí vào tháng 7."),
                P("Ý kiến: Đ/c Phạm Văn Sáu: đ/c Châu Văn Tám đã vắng không lý do 3 kỳ trong năm, chi bộ đã cử người "
                  "gặp nhưng không chuyển biến, đề nghị xem xét theo Điều lệ Đảng. Đ/c Lương Thị Cúc: nhất trí, nhưng "
                  "nên gặp đ/c Tám lần cuối, có gia đình cùng dự, rồi mới đưa ra chi bộ."),
                P("Kết luận của đ/c chủ trì: chi bộ thống nhất nhiệm vụ tháng 6; sinh hoạt chuyên đề quý II chuyển "
                  "sang tháng 7. Đối với đ/c Châu Văn Tám, chi bộ giao chi ủy gặp đ/c Tám và gia đình một lần nữa, "
                  "lập hồ sơ báo cáo Đảng ủy phường xem xét theo quy định trong tháng 7/2007. Giao đ/c Trương Công "
                  "Thành phụ trách tổ dọn vệ sinh bãi biển Đồi Dương vào sáng thứ Bảy hằng tuần."),
                P("Biểu quyết: 18/18 đ/c có mặt tán thành."),
                P("Buổi sinh hoạt kết thúc lúc 10 giờ 00. Biên bản đã đọc lại, chi bộ thông qua."),
                S(["THƯ KÝ", "Võ Thị Kim Chi"], ["T/M CHI BỘ", "PHÓ BÍ THƯ", "Trần Văn Bảy"]),
            ],
            "truth": minute(
                meeting("regular", "2007-06-13", "08:00", "10:00", _Q07_LOC, _Q07_CELL, _Q07_COMM),
                "Trần Văn Bảy", "Phó Bí thư chi bộ", "Võ Thị Kim Chi",
                attendance(26, 18, 3, 2, 1, 5,
                           [("Huỳnh Tấn Lộc", "đi điều trị bệnh", True), ("Nguyễn Thị Lựu", "ốm", True),
                            ("Châu Văn Tám", "không báo", False)]),
                True,
                [vote("Nhiệm vụ tháng 6/2007", 18)],
                [task("chi ủy", "gặp đ/c Tám và gia đình một lần nữa, lập hồ sơ báo cáo Đảng ủy phường xem xét theo "
                      "quy định", "tháng 7/2007"),
                 task("Trương Công Thành", "phụ trách tổ dọn vệ sinh bãi biển Đồi Dương",
                      "sáng thứ Bảy hằng tuần")],
                ["low_attendance", "unexcused_absence"]),
        },
    ],
    "flags": ["missing_month", "no_thematic_in_quarter", "repeated_absence"], "scans": [],
})


# =================================================================================================
# q08 — Tây Ninh, a border post's cell: three votes, one taken after a member left; a numbered task list.
# =================================================================================================
DOCS.append({
    "name": "q08-tayninh-border-post-three-votes-after-leaving-numbered-tasks-clean", "folder": "dev",
    "style": {"family": "serif", "size": 11.5, "justify": True, "indent": 26, "spacing": 1.3,
              "head": "Biên bản sinh hoạt Chi bộ Đội vũ trang tháng 6/2014", "foot": "{n}",
              "left": 80, "right": 58},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ BĐBP TỈNH TÂY NINH", "ĐẢNG ỦY ĐỒN BP TỐNG LÊ CHÂN", "CHI BỘ ĐỘI VŨ TRANG", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tân Hòa, ngày 06 tháng 6 năm 2014"], bold_left=(2,)),
            G(6),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 6 NĂM 2014"),
            G(8),
            P("Hồi 07 giờ 30 phút ngày 06 tháng 6 năm 2014, tại Hội trường Đồn Biên phòng Tống Lê Chân, Chi bộ Đội "
              "vũ trang tiến hành sinh hoạt thường kỳ tháng 6 năm 2014."),
            P("Chủ trì: Thiếu tá Trần Quốc Dũng, Bí thư chi bộ, Đội trưởng Đội vũ trang. Thư ký: Thượng úy Nguyễn "
              "Hoàng Nam, Chi ủy viên."),
            P("Tổng số đảng viên: 16 đồng chí (chính thức 14, dự bị 02). Có mặt: 15 đồng chí. Vắng: 01 đồng chí (đồng "
              "chí Lò Văn Thắng, đang chỉ huy tổ tuần tra song phương)."),
            P("Đến dự có đồng chí Đặng Văn Toàn, Phó Bí thư Đảng ủy, Chính trị viên Đồn."),
            H("I. THÔNG TIN THỜI SỰ"),
            P("Đồng chí Bí thư thông tin việc Trung Quốc hạ đặt trái phép giàn khoan Hải Dương-981 trong vùng đặc "
              "quyền kinh tế và thềm lục địa của Việt Nam từ ngày 02/5/2014; các vụ việc lợi dụng biểu tình phản đối "
              "Trung Quốc để gây rối, đập phá doanh nghiệp tại Bình Dương trong tháng 5; yêu cầu của Bộ Tư lệnh Bộ "
              "đội Biên phòng về duy trì nghiêm chế độ trực sẵn sàng chiến đấu, quản lý chặt chẽ tư tưởng cán bộ, "
              "chiến sĩ."),
            H("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 5/2014"),
            P("Đội vũ trang tổ chức 62 lượt tuần tra, trong đó 04 lượt tuần tra song phương với lực lượng bảo vệ "
              "biên giới Campuchia; bảo vệ an toàn hệ thống mốc quốc giới trên địa bàn; phát hiện, bắt giữ 03 vụ vận "
              "chuyển hàng lậu qua biên giới, tang vật gồm 1.200 bao thuốc lá ngoại và 2,5 tấn đường cát. Phối hợp "
              "với Trạm Y tế xã Tân Hòa khám bệnh, cấp thuốc miễn phí cho 230 lượt người dân. Hạn chế: một số chiến "
              "sĩ mới còn lúng túng khi xử lý tình huống tại chốt; sổ sách của tổ công tác vận động quần chúng cập "
              "nhật chưa kịp thời."),
            H("III. XÉT ĐỀ NGHỊ KẾT NẠP ĐẢNG VIÊN"),
            P("Đồng chí Nguyễn Hoàng Nam báo cáo quá trình rèn luyện của quần chúng Điểu Minh Tuấn, Trung sĩ, Tiểu "
              "đội trưởng, đã học lớp bồi dưỡng nhận thức về Đảng, được Chi đoàn giới thiệu và hai đảng viên chính "
              "thức giúp đỡ. Các đồng chí nhận xét quần chúng Điểu Minh Tuấn chấp hành tốt kỷ luật, gương mẫu trong "
              "tuần tra, gần gũi đồng bào."),
            P("Chi bộ biểu quyết đề nghị kết nạp quần chúng Điểu Minh Tuấn vào Đảng: 13/13 đảng viên chính thức có "
              "mặt tán thành, đạt 100%."),
            H("IV. ĐỀ NGHỊ KHEN THƯỞNG"),
            P("Chi bộ xét đề nghị Đảng ủy Đồn khen thưởng đồng chí Kiều Văn Lâm và đồng chí Võ Tấn Phát đã trực tiếp "
              "bắt giữ vụ vận chuyển 1.200 bao thuốc lá ngoại ngày 17/5/2014. Kết quả biểu quyết: 15/15 đồng chí có "
              "mặt tán thành."),
            H("V. PHƯƠNG HƯỚNG NHIỆM VỤ THÁNG 6/2014 VÀ THẢO LUẬN"),
            P("Nhiệm vụ trọng tâm: duy trì nghiêm chế độ trực, tuần tra, kiểm soát; nắm chắc tình hình tư tưởng cán "
              "bộ, chiến sĩ và nhân dân khu vực biên giới trước diễn biến trên Biển Đông; phòng, chống buôn lậu, vận "
              "chuyển hàng cấm; tiếp tục đỡ đầu học sinh nghèo theo chương trình “Nâng bước em tới trường”."),
            P("Đồng chí Kiều Văn Lâm: đường tuần tra đoạn giáp ấp Tân Đông xuống cấp, mùa mưa xe máy khó đi, đề nghị "
              "Đồn cho sửa chữa."),
            P("Đồng chí Phan Thanh Sơn: bà con ấp Tân Đông hỏi nhiều về tình hình Biển Đông, cần có tài liệu tuyên "
              "truyền thống nhất để tổ vận động quần chúng nói cho đúng."),
            P("Đồng chí Đặng Văn Toàn phát biểu: đánh giá cao kết quả tháng 5 của Đội; Đảng ủy Đồn sẽ đề nghị Bộ Chỉ "
              "huy hỗ trợ kinh phí sửa đường tuần tra và cấp tài liệu tuyên truyền về Biển Đông cho các tổ."),
            P("Đến 9 giờ 50 phút, đồng chí Phan Thanh Sơn xin phép về trước để nhận nhiệm vụ chốt chặn tại khu vực "
              "cửa khẩu phụ."),
            H("VI. KẾT LUẬN"),
            P("Đồng chí Trần Quốc Dũng kết luận: tháng 6/2014, Đội vũ trang lấy nhiệm vụ quản lý, bảo vệ biên giới "
              "và giữ ổn định tư tưởng bộ đội, nhân dân làm trọng tâm; tuyệt đối không để bị động, bất ngờ; mỗi tổ "
              "tuần tra khi về phải báo cáo ngay tình hình với chỉ huy Đội. Chi bộ hoàn thiện hồ sơ của quần chúng "
              "Điểu Minh Tuấn, đề nghị Đảng ủy Đồn xem xét kết nạp trong quý III/2014."),
            P("Chi bộ biểu quyết thông qua nghị quyết tháng 6/2014: 14/14 đồng chí có mặt tán thành."),
            H("VII. PHÂN CÔNG"),
            L("1. Đồng chí Nguyễn Hoàng Nam hoàn chỉnh hồ sơ đề nghị kết nạp quần chúng Điểu Minh Tuấn, trình Đảng ủy "
              "Đồn trước ngày 20/6/2014.", hang=14),
            L("2. Đồng chí Kiều Văn Lâm khảo sát, lập dự trù sửa chữa đường tuần tra đoạn giáp ấp Tân Đông, báo cáo "
              "chỉ huy Đồn trong tháng 6.", hang=14),
            L("3. Tổ công tác vận động quần chúng tuyên truyền cho bà con ấp Tân Đông không nghe theo kẻ xấu kích "
              "động, tụ tập đông người, thường xuyên.", hang=14),
            L("4. Đồng chí Võ Tấn Phát và đồng chí Kiều Văn Lâm giúp đỡ đảng viên dự bị Lâm Minh Khang rèn luyện, "
              "đến hết năm 2014.", hang=14),
            P("Buổi sinh hoạt kết thúc lúc 10 giờ 15 phút cùng ngày. Biên bản đã được đọc lại trước chi bộ, các đồng "
              "chí có mặt nhất trí thông qua."),
            S(["THƯ KÝ", "Nguyễn Hoàng Nam"], ["T/M CHI BỘ", "BÍ THƯ", "Trần Quốc Dũng"]),
        ],
        "truth": minute(
            meeting("regular", "2014-06-06", "07:30", "10:15", "Hội trường Đồn Biên phòng Tống Lê Chân",
                    "CHI BỘ ĐỘI VŨ TRANG", "ĐẢNG ỦY ĐỒN BP TỐNG LÊ CHÂN"),
            "Trần Quốc Dũng", "Bí thư chi bộ", "Nguyễn Hoàng Nam",
            attendance(16, 15, 1, 1, 0, 0, [("Lò Văn Thắng", "đang chỉ huy tổ tuần tra song phương", True)],
                       [("Đặng Văn Toàn", "Phó Bí thư Đảng ủy, Chính trị viên Đồn")]),
            True,
            [vote("Đề nghị kết nạp quần chúng Điểu Minh Tuấn vào Đảng", 13, pct=100),
             vote("Đề nghị khen thưởng hai đồng chí bắt giữ hàng lậu", 15),
             vote("Nghị quyết tháng 6/2014", 14)],
            [task("Nguyễn Hoàng Nam", "hoàn chỉnh hồ sơ đề nghị kết nạp quần chúng Điểu Minh Tuấn, trình Đảng ủy "
                  "Đồn", "20/6/2014"),
             task("Kiều Văn Lâm", "khảo sát, lập dự trù sửa chữa đường tuần tra đoạn giáp ấp Tân Đông, báo cáo chỉ "
                  "huy Đồn", "tháng 6"),
             task("Tổ công tác vận động quần chúng", "tuyên truyền cho bà con ấp Tân Đông không nghe theo kẻ xấu "
                  "kích động, tụ tập đông người", "thường xuyên"),
             task("Võ Tấn Phát", "giúp đỡ đảng viên dự bị Lâm Minh Khang rèn luyện", "hết năm 2014"),
             task("Kiều Văn Lâm", "giúp đỡ đảng viên dự bị Lâm Minh Khang rèn luyện", "hết năm 2014")],
            []),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# q09 — Sóc Trăng, a Khmer hamlet: "Chủ trì tổng hợp", tasks to organisations only, no opinions, no approval.
# =================================================================================================
DOCS.append({
    "name": "q09-soctrang-khmer-hamlet-org-tasks-no-discussion-not-approved", "folder": "dev",
    "style": {"family": "dvsans", "size": 10.5, "justify": False, "indent": 18, "spacing": 1.3, "para_gap": 2,
              "left": 72, "right": 52, "top": 48, "bottom": 48},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ HUYỆN VĨNH CHÂU", "ĐẢNG BỘ XÃ VĨNH HẢI", "CHI BỘ ẤP PRÊY CHOP", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Vĩnh Hải, ngày 14 tháng 5 năm 2010"], bold_left=(2,)),
            G(4),
            C("BIÊN BẢN HỌP CHI BỘ", size=12.5),
            C("THÁNG 5 NĂM 2010"),
            G(6),
            P("Hôm nay, lúc 18 giờ 30 phút ngày 14/5/2010, tại nhà văn hóa ấp Prêy Chop, Chi bộ ấp Prêy Chop họp định "
              "kỳ tháng 5 năm 2010."),
            P("Đảng viên của chi bộ: 11 đồng chí; có mặt: 10 đồng chí; vắng: 01 đồng chí có lý do (đồng chí Thạch Sa "
              "Rươl đi làm ăn xa)."),
            P("Chủ trì: đồng chí Lâm Thị Sa Phi, Bí thư chi bộ. Thư ký: đồng chí Sơn Văn Thành."),
            P("Dự họp: đồng chí Trần Văn Quang, Đảng ủy viên, Chủ tịch Hội Nông dân xã."),
            H("1. Báo cáo của chi ủy"),
            P("Đồng chí Bí thư thông tin kết quả Đại hội Đảng bộ xã Vĩnh Hải nhiệm kỳ 2010 – 2015; phổ biến hướng dẫn "
              "góp ý vào dự thảo các văn kiện trình Đại hội XI của Đảng, đề nghị đảng viên đọc kỹ và góp ý bằng văn "
              "bản gửi chi ủy."),
            P("Tình hình tháng 4: bà con đón Tết Chôl Chnăm Thmây vui tươi, tiết kiệm; vụ hành tím thu hoạch xong "
              "nhưng năng suất giảm do nắng hạn, nước mặn vào sớm; 03 hộ nuôi tôm bị thiệt hại do tôm chết. Ấp vận "
              "động được 28 hộ đăng ký làm nhà vệ sinh theo chương trình nước sạch và vệ sinh môi trường nông thôn."),
            P("Nhiệm vụ tháng 5: hướng dẫn bà con cải tạo ao, chỉ thả tôm giống đã qua kiểm dịch; phòng, chống bệnh "
              "tay chân miệng và sốt xuất huyết; vận động học sinh lớp 12 dự thi tốt nghiệp đầy đủ; rà soát hộ nghèo "
              "cần hỗ trợ nhà ở."),
            P("Chi bộ thảo luận, thống nhất với báo cáo của chi ủy, không có ý kiến bổ sung."),
            H("2. Chủ trì tổng hợp"),
            P("Đồng chí Lâm Thị Sa Phi tổng hợp: chi bộ thống nhất nhiệm vụ tháng 5 theo báo cáo; trước mắt phải làm "
              "ngay hai việc là khai thông kênh nội đồng để giữ nước ngọt và rà soát hộ nghèo cần hỗ trợ nhà ở, không "
              "để sót hộ đồng bào Khmer khó khăn về nhà ở."),
            P("Biểu quyết: chi bộ giơ tay, 10/10 đồng chí có mặt tán thành, đạt 100%."),
            H("3. Phân công"),
            L("1. Chi đoàn ấp: ra quân phát quang, khai thông kênh thủy lợi nội đồng, xong trong tháng 5/2010.",
              hang=14),
            L("2. Chi hội Phụ nữ ấp: vận động hội viên diệt lăng quăng, giữ vệ sinh phòng bệnh tay chân miệng, hằng "
              "tuần.", hang=14),
            L("3. Tổ bảo vệ an ninh ấp: tuần tra ban đêm khu vực ao nuôi tôm, thường xuyên.", hang=14),
            L("4. Ban công tác Mặt trận ấp: lập danh sách hộ nghèo đề nghị hỗ trợ nhà ở theo Quyết định 167, gửi Ủy "
              "ban nhân dân xã trước ngày 30/5/2010.", hang=14),
            P("Cuộc họp kết thúc lúc 20 giờ 15 phút cùng ngày."),
            S(["THƯ KÝ", "Sơn Văn Thành"], ["BÍ THƯ", "Lâm Thị Sa Phi"]),
        ],
        "truth": minute(
            meeting("regular", "2010-05-14", "18:30", "20:15", "nhà văn hóa ấp Prêy Chop",
                    "CHI BỘ ẤP PRÊY CHOP", "ĐẢNG BỘ XÃ VĨNH HẢI"),
            "Lâm Thị Sa Phi", "Bí thư chi bộ", "Sơn Văn Thành",
            attendance(11, 10, 1, 1, 0, 0, [("Thạch Sa Rươl", "đi làm ăn xa", True)],
                       [("Trần Văn Quang", "Đảng ủy viên, Chủ tịch Hội Nông dân xã")]),
            True,
            [vote("Nhiệm vụ tháng 5/2010", 10, pct=100)],
            [task("Chi đoàn ấp", "ra quân phát quang, khai thông kênh thủy lợi nội đồng", "tháng 5/2010"),
             task("Chi hội Phụ nữ ấp", "vận động hội viên diệt lăng quăng, giữ vệ sinh phòng bệnh tay chân miệng",
                  "hằng tuần"),
             task("Tổ bảo vệ an ninh ấp", "tuần tra ban đêm khu vực ao nuôi tôm", "thường xuyên"),
             task("Ban công tác Mặt trận ấp", "lập danh sách hộ nghèo đề nghị hỗ trợ nhà ở theo Quyết định 167, gửi "
                  "Ủy ban nhân dân xã", "30/5/2010")],
            ["no_discussion", "not_approved"]),
    }],
    "flags": [],
    "scans": [{"name": "q13-soctrang-khmer-hamlet-scan-moderate-200", "folder": "dev", "damage": "moderate",
               "seed": 1609, "dpi": 200}],
})


# =================================================================================================
# q10 — Đồng Nai, a district land office: a conclusion of calls to every member, no task given to anyone.
# =================================================================================================
DOCS.append({
    "name": "q10-dongnai-land-office-general-calls-only-no-tasks", "folder": "dev",
    "style": {"family": "sans", "size": 12, "justify": True, "indent": 28, "spacing": 1.3, "foot": "Trang {n}",
              "left": 78, "right": 55},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ HUYỆN LONG THÀNH", "ĐẢNG BỘ CƠ QUAN CHÍNH QUYỀN", "CHI BỘ PHÒNG TÀI NGUYÊN",
                "VÀ MÔI TRƯỜNG", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Long Thành, ngày 06 tháng 8 năm 2024"], bold_left=(2, 3), size=10.5),
            G(6),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 8/2024"),
            G(8),
            L("- Thời gian: 15 giờ 00 phút, ngày 06/8/2024."),
            L("- Địa điểm: Phòng họp số 2, Trụ sở Ủy ban nhân dân huyện Long Thành."),
            L("- Chủ tọa: đồng chí Nguyễn Thành Trung, Bí thư chi bộ, Trưởng phòng."),
            L("- Thư ký: đồng chí Phạm Thị Ngọc Diễm."),
            L("- Đảng viên: tổng số 14 đồng chí, có mặt 13 đồng chí, vắng 01 đồng chí (Mai Văn Chiến, nghỉ phép "
              "năm).", hang=10),
            H("1. Thông tin thời sự"),
            P("Chi bộ dành một phút mặc niệm Tổng Bí thư Nguyễn Phú Trọng, người đã từ trần ngày 19/7/2024. Đồng chí "
              "Bí thư thông tin: Hội nghị Ban Chấp hành Trung ương Đảng ngày 03/8/2024 đã bầu đồng chí Tô Lâm, Chủ "
              "tịch nước, giữ chức Tổng Bí thư Ban Chấp hành Trung ương Đảng khóa XIII; Luật Đất đai năm 2024 chính "
              "thức có hiệu lực từ ngày 01/8/2024 cùng các nghị định hướng dẫn; tiến độ bàn giao mặt bằng các dự án "
              "giao thông kết nối Cảng hàng không quốc tế Long Thành."),
            H("2. Kết quả thực hiện nhiệm vụ tháng 7/2024"),
            P("Phòng tiếp nhận 412 hồ sơ đăng ký đất đai, đã giải quyết 389 hồ sơ, 23 hồ sơ đang xử lý trong hạn. "
              "Đồng chí Lưu Quang Huy đã hoàn thành việc thẩm định 48 hồ sơ cấp giấy chứng nhận cho các hộ tái định "
              "cư theo phân công tại kỳ họp tháng 7; đồng chí Hà Thị Thanh Tâm đã báo cáo xong số liệu thống kê đất "
              "đai quý II. Hạn chế: còn 06 hồ sơ trễ hạn do vướng xác minh nguồn gốc đất; việc tiếp công dân chiều "
              "thứ Năm có lúc quá tải."),
            H("3. Nhiệm vụ tháng 8/2024"),
            P("Triển khai Luật Đất đai năm 2024 và các văn bản hướng dẫn; tham gia rà soát bảng giá đất; giải quyết "
              "dứt điểm hồ sơ trễ hạn; phối hợp thực hiện bồi thường, hỗ trợ, tái định cư các dự án trọng điểm."),
            H("4. Thảo luận"),
            P("Đồng chí Lưu Quang Huy: nhiều quy định chuyển tiếp của Luật Đất đai mới còn chờ hướng dẫn của Sở, cán "
              "bộ một cửa lúng túng khi trả lời người dân; đề nghị phòng tổ chức một buổi tập huấn nội bộ."),
            P("Đồng chí Hà Thị Thanh Tâm: hồ sơ trễ hạn chủ yếu ở các xã ven sân bay, cần phối hợp với Ủy ban nhân "
              "dân xã để xác minh nhanh hơn."),
            P("Đồng chí Trịnh Bá Lộc: đề nghị bố trí thêm một cán bộ tiếp dân chiều thứ Năm, tránh để người dân chờ "
              "lâu."),
            H("5. Kết luận"),
            P("Đồng chí Nguyễn Thành Trung kết luận:"),
            P("Thứ nhất, chi bộ thống nhất các nhiệm vụ tháng 8; trọng tâm là thực hiện đúng Luật Đất đai năm 2024, "
              "không để phát sinh hồ sơ trễ hạn mới."),
            P("Thứ hai, đề nghị mỗi đảng viên gương mẫu tự nghiên cứu luật và các nghị định, giải thích cho người dân "
              "rõ ràng, đúng mực, không để xảy ra phiền hà, tiêu cực."),
            P("Thứ ba, toàn thể đảng viên thực hiện tốt việc học tập, noi gương đạo đức, phong cách của Tổng Bí thư "
              "Nguyễn Phú Trọng trong công việc hằng ngày."),
            P("Biểu quyết: tán thành 13 (mười ba) đồng chí; không tán thành: không; ý kiến khác: không."),
            P("Phân công: chi ủy sẽ phân công cụ thể sau khi có văn bản hướng dẫn của Sở Tài nguyên và Môi trường."),
            P("Buổi sinh hoạt kết thúc lúc 16 giờ 50 phút. Biên bản đã được thông qua trước chi bộ, các đồng chí dự "
              "họp đều thống nhất."),
            S(["THƯ KÝ", "Phạm Thị Ngọc Diễm"], ["CHỦ TỌA", "Nguyễn Thành Trung"]),
        ],
        "truth": minute(
            meeting("regular", "2024-08-06", "15:00", "16:50",
                    "Phòng họp số 2, Trụ sở Ủy ban nhân dân huyện Long Thành",
                    "CHI BỘ PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG", "ĐẢNG BỘ CƠ QUAN CHÍNH QUYỀN"),
            "Nguyễn Thành Trung", "Bí thư chi bộ", "Phạm Thị Ngọc Diễm",
            attendance(14, 13, 1, 1, 0, 0, [("Mai Văn Chiến", "nghỉ phép năm", True)]),
            True,
            [vote("Kết luận và nhiệm vụ tháng 8/2024", 13, 0, 0)],
            [],
            ["missing_assignments"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# q11 — Gia Lai, a Jrai village: "THỐNG NHẤT" with a task table (assignee first), and no vote at all.
# =================================================================================================
DOCS.append({
    "name": "q11-gialai-jrai-village-tet-tasks-table-no-vote-low", "folder": "dev",
    "style": {"family": "serif", "size": 12, "justify": False, "indent": 24, "spacing": 1.3,
              "foot": "Trang {n}/{N}", "left": 76, "right": 56},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ TỈNH GIA LAI", "ĐẢNG ỦY XÃ IA DƠK", "CHI BỘ LÀNG PLEI KLÂN", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Ia Dơk, ngày 08 tháng 01 năm 2026"], bold_left=(2,)),
            G(6),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 01 NĂM 2026"),
            G(8),
            P("Vào lúc 8 giờ 00 phút ngày 08/01/2026, tại nhà rông làng Plei Klân, Chi bộ làng Plei Klân tổ chức sinh "
              "hoạt thường kỳ tháng 01 năm 2026."),
            P("Chủ trì: đồng chí Ksor Nhơn, Bí thư chi bộ, Trưởng thôn. Thư ký: đồng chí Rơ Lan Thị Hoa, Chi ủy "
              "viên."),
            P("Tổng số đảng viên chi bộ: 19 đồng chí; có mặt: 15 đồng chí; vắng: 04 đồng chí, đều có lý do (02 đồng "
              "chí đi làm thuê ở Bình Dương chưa về, đồng chí Puih Blơng ốm nằm viện, đồng chí Kpă Thị Lý đi học "
              "trung cấp y tế)."),
            P("Khách mời: đồng chí Nguyễn Văn Hải, Đảng ủy viên, Phó Chủ tịch Ủy ban nhân dân xã, phụ trách làng; ông "
              "Rơ Châm Thơ, già làng."),
            H("I. THÔNG TIN THỜI SỰ"),
            P("Đồng chí Bí thư thông tin: Đại hội đại biểu toàn quốc lần thứ XIV của Đảng sẽ diễn ra trong tháng "
              "01/2026; cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 – "
              "2031 tổ chức vào Chủ nhật, ngày 15/3/2026; Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025 của Ban Tổ chức "
              "Trung ương về nâng cao chất lượng sinh hoạt chi bộ, yêu cầu kết luận của chủ trì phải rõ việc, rõ "
              "người, rõ thời hạn."),
            H("II. KẾT QUẢ THÁNG 12/2025"),
            P("Bà con trong làng thu hoạch xong cà phê, giá bán cao nên đời sống khá hơn năm trước; chi bộ đã vận "
              "động 11 hộ trả xong nợ vay Ngân hàng Chính sách xã hội. Làng sửa xong 05 nhà bị tốc mái do bão số 13 "
              "với sự giúp đỡ của Đồn Biên phòng và Đoàn Thanh niên xã. Hạn chế: còn 07 hộ nợ quá hạn; thanh niên "
              "uống rượu, đi xe máy không đội mũ bảo hiểm vẫn còn; 02 đảng viên đi làm ăn xa chưa giữ liên lạc "
              "thường xuyên với chi bộ."),
            H("III. NHIỆM VỤ THÁNG 01/2026"),
            P("Tổ chức cho bà con đón Tết Bính Ngọ vui tươi, an toàn; tuyên truyền về bầu cử; chăm sóc, tưới cà phê "
              "đợt 1 sau thu hoạch; thu hồi nợ quá hạn; giữ gìn an ninh trật tự trong làng."),
            H("IV. THẢO LUẬN"),
            P("Đồng chí Siu Đoan: 07 hộ còn nợ quá hạn phần lớn đã bán cà phê, nếu đến nhà vận động ngay trong tháng "
              "này thì thu được, để sau Tết sẽ khó."),
            P("Đồng chí Rơ Lan Thị Hoa: Chi hội Phụ nữ đề nghị chi bộ quan tâm 05 hộ bị bão làm hư nhà, Tết này còn "
              "nhiều thiếu thốn."),
            P("Ông Rơ Châm Thơ, già làng: sẽ cùng chi bộ nói chuyện với thanh niên trong làng bỏ rượu, đi xe phải "
              "đội mũ bảo hiểm."),
            P("Đồng chí Nguyễn Văn Hải: ghi nhận kết quả của chi bộ; đề nghị làng chuẩn bị tốt việc tuyên truyền bầu "
              "cử; Ủy ban nhân dân xã sẽ hỗ trợ mỗi hộ khó khăn 10 kg gạo dịp Tết."),
            H("V. THỐNG NHẤT"),
            P("Đồng chí Ksor Nhơn thay mặt chi ủy thống nhất: tháng 01/2026 chi bộ tập trung ba việc là thu hồi nợ "
              "quá hạn trước Tết, chăm lo Tết cho hộ khó khăn và tuyên truyền bầu cử đến từng hộ. Phân công cụ thể "
              "như sau:"),
            TB([(0.27, "Người thực hiện", "l"), (0.51, "Nội dung", "l"), (0.22, "Thời gian", "l")],
               [["Đ/c Siu Đoan", "Đến từng hộ vận động trả nợ vay quá hạn", "Trước Tết Nguyên đán"],
                ["Chi hội Phụ nữ", "Thăm hỏi, tặng quà 05 hộ bị hư nhà do bão số 13", "Ngay sau cuộc họp"],
                ["Chi đoàn làng", "Dọn vệ sinh, trang trí nhà rông, đường làng đón Tết", "Trước 10/02/2026"],
                ["Đ/c Rơ Lan Thị Hoa, đ/c Kpă Y Lâm", "Tuyên truyền về ngày bầu cử 15/3/2026 đến từng hộ",
                 "Hằng tuần"],
                ["Tổ an ninh trật tự làng", "Tuần tra, giữ gìn an ninh trong dịp Tết", ""]],
               head_center=True),
            P("Cuộc họp kết thúc lúc 10 giờ 30 phút. Biên bản đã được đọc lại trước chi bộ và được các đồng chí dự "
              "họp thông qua."),
            S(["THƯ KÝ", "Rơ Lan Thị Hoa"], ["BÍ THƯ CHI BỘ", "Ksor Nhơn"]),
        ],
        "truth": minute(
            meeting("regular", "2026-01-08", "08:00", "10:30", "nhà rông làng Plei Klân",
                    "CHI BỘ LÀNG PLEI KLÂN", "ĐẢNG ỦY XÃ IA DƠK"),
            "Ksor Nhơn", "Bí thư chi bộ", "Rơ Lan Thị Hoa",
            attendance(19, 15, 4, 4, 0, 0,
                       [("Puih Blơng", "ốm nằm viện", True), ("Kpă Thị Lý", "đi học trung cấp y tế", True)],
                       [("Nguyễn Văn Hải", "Đảng ủy viên, Phó Chủ tịch Ủy ban nhân dân xã, phụ trách làng"),
                        ("Rơ Châm Thơ", "già làng")]),
            True,
            [],
            [task("Siu Đoan", "Đến từng hộ vận động trả nợ vay quá hạn", "Tết Nguyên đán"),
             task("Chi hội Phụ nữ", "Thăm hỏi, tặng quà 05 hộ bị hư nhà do bão số 13", "Ngay sau cuộc họp"),
             task("Chi đoàn làng", "Dọn vệ sinh, trang trí nhà rông, đường làng đón Tết", "10/02/2026"),
             task("Rơ Lan Thị Hoa", "Tuyên truyền về ngày bầu cử 15/3/2026 đến từng hộ", "Hằng tuần"),
             task("Kpă Y Lâm", "Tuyên truyền về ngày bầu cử 15/3/2026 đến từng hộ", "Hằng tuần"),
             task("Tổ an ninh trật tự làng", "Tuần tra, giữ gìn an ninh trong dịp Tết", None)],
            ["low_attendance", "missing_vote"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# q12 — Bến Tre, a coconut hamlet, 2009: a scan with no born-digital twin; short, inline conclusion.
# =================================================================================================
DOCS.append({
    "name": "q12-bentre-hamlet-source", "folder": "dev", "born_digital": False,
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 32, "spacing": 1.3, "para_gap": 3,
              "left": 82, "right": 58, "top": 60},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ HUYỆN CHỢ LÁCH", "ĐẢNG BỘ XÃ PHÚ PHỤNG", "CHI BỘ ẤP PHÚ HỮU", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phú Phụng, ngày 08 tháng 10 năm 2009"], bold_left=(2,)),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ", size=13),
            C("THÁNG 10 NĂM 2009", size=13),
            G(8),
            P("Hôm nay, lúc 19 giờ 00 ngày 08/10/2009, tại nhà đồng chí Trương Văn Bé, Chi bộ ấp Phú Hữu tiến hành "
              "sinh hoạt định kỳ tháng 10/2009."),
            P("Chủ trì: đồng chí Trương Văn Bé, Bí thư chi bộ. Thư ký: đồng chí Lê Thị Thanh Thúy."),
            P("Tổng số đảng viên: 14 đồng chí. Có mặt: 13 đồng chí. Vắng: 01 đồng chí có lý do (đồng chí Huỳnh Văn Út "
              "đi đám giỗ ở Mỏ Cày)."),
            P("1. Thông tin: cả nước vừa kỷ niệm 40 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh (1969 – 2009); "
              "dịch cúm A/H1N1 đang lây lan trong cộng đồng, trong tỉnh đã có ca bệnh ở trường học; bão số 9 gây "
              "thiệt hại nặng cho các tỉnh miền Trung, Ủy ban Mặt trận Tổ quốc xã phát động ủng hộ đồng bào."),
            P("2. Đánh giá tháng 9: ấp hoàn thành thả ong ký sinh trừ bọ cánh cứng hại dừa trên 62 ha; 100% học sinh "
              "đến lớp đầu năm học; 04 hộ được vay vốn giải quyết việc làm. Hạn chế: 03 hộ chưa đăng ký gia đình văn "
              "hóa; có một vụ xô xát do nhậu say."),
            P("3. Phương hướng tháng 10: phòng, chống cúm A/H1N1; gia cố đê bao chống triều cường; vận động ủng hộ "
              "đồng bào miền Trung; tiếp tục trừ bọ cánh cứng."),
            P("4. Ý kiến: đồng chí Nguyễn Văn Lành cho biết đê bao dọc rạch Cái Mít có hai đoạn bị sạt, triều cường "
              "lên sẽ tràn vào vườn; đồng chí Lê Thị Thanh Thúy đề nghị chi hội phụ nữ được giao vận động ủng hộ miền "
              "Trung."),
            P("Đồng chí Bí thư kết luận: chi bộ thống nhất phương hướng tháng 10, trước hết phải giữ đê bao và phòng "
              "dịch cúm trong trường học. Giao đồng chí Nguyễn Văn Lành cùng tổ thủy lợi gia cố hai đoạn đê bao bị sạt, "
              "xong trước ngày 25/10/2009; chi hội phụ nữ vận động ủng hộ đồng bào miền Trung, nộp về Mặt trận xã "
              "trong tháng 10; đồng chí Phan Văn Đực theo dõi, hướng dẫn bà con trừ bọ cánh cứng đến hết năm 2009."),
            P("Chi bộ nhất trí 100% với kết luận của đồng chí Bí thư."),
            P("Sinh hoạt kết thúc lúc 20 giờ 15 phút. Biên bản đọc lại, chi bộ thông qua."),
            S(["THƯ KÝ", "Lê Thị Thanh Thúy"], ["BÍ THƯ", "Trương Văn Bé"]),
        ],
        "truth": minute(
            meeting("regular", "2009-10-08", "19:00", "20:15", "nhà đồng chí Trương Văn Bé",
                    "CHI BỘ ẤP PHÚ HỮU", "ĐẢNG BỘ XÃ PHÚ PHỤNG"),
            "Trương Văn Bé", "Bí thư chi bộ", "Lê Thị Thanh Thúy",
            attendance(14, 13, 1, 1, 0, 0, [("Huỳnh Văn Út", "đi đám giỗ ở Mỏ Cày", True)]),
            True,
            [vote("Kết luận tháng 10/2009", pct=100)],
            [task("Nguyễn Văn Lành", "cùng tổ thủy lợi gia cố hai đoạn đê bao bị sạt", "25/10/2009"),
             task("chi hội phụ nữ", "vận động ủng hộ đồng bào miền Trung, nộp về Mặt trận xã", "tháng 10"),
             task("Phan Văn Đực", "theo dõi, hướng dẫn bà con trừ bọ cánh cứng", "hết năm 2009")],
            ["short_meeting"]),
    }],
    "flags": [],
    "scans": [{"name": "q12-bentre-hamlet-scan-only-short-inline-conclusion-moderate-250", "folder": "dev",
               "damage": "moderate", "seed": 1612, "dpi": 250}],
})
