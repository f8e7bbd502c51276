"""Held-out set 17, writer u (test half): minutes of meetings that carry business of their own, the whole country,
2005–2026. Written by hand, each minute worded on its own; names, places and figures are invented or used loosely.

Files (14: 11 born-digital PDFs, one of them a 5-minute book, and 3 image-only scans), all in test/:
  name -> what varies -> minute flags / book flags
- u01-sonla-army-admission-ballot-official-clean -> army company cell (Sơn La, 2018); a meeting held only to consider
  admitting a Mông soldier: candidate and both introducers present, dossier, secret ballot of the official members
  only ("09/09 phiếu, đạt 100%"); ranks before names; serif 13 justified, "- n -" -> none / —
- u02-cantho-hospital-yearend-grading-ballot-no-tasks -> hospital ward cell (Cần Thơ, 2023); year-end review and
  grading under QĐ 124-QĐ/TW: one exempt member named, one away studying (excused), 13 ballots of official
  members, the cell's grade "12/13 phiếu (92,31%)", a ruled grading table of 16 members; only general calls and
  "chi ủy sẽ phân công … sau"; sans 11 ragged, running head from page 2, "Trang n/N" -> missing_assignments / —
- u03-quangninh-coal-discipline-reprimand-ballot-short -> state coal company workshop cell (Quảng Ninh, 2021);
  discipline for drink-driving: the member present, reads his self-criticism, does not vote; secret ballot
  "khiển trách 10 phiếu (83,33%); cảnh cáo 01; không kỷ luật 01"; 80 minutes; DejaVu Serif 11 -> short_meeting / —
- u04-nghean-school-congress-prep-task-table-unexcused -> lower-secondary school cell (Nghệ An, Feb 2020, schools
  closed for the new coronavirus); preparing the cell's congress 2020–2022 and its delegates to the commune
  congress; two votes (20/20, 100%; official members only 17/18 + 01 ý kiến khác); ruled task table with two people
  in one cell, "Trước 08/3/2020", "Ngày đại hội"; one member "không báo lý do"; serif 12.5 justified, "Trang n/N"
  -> unexcused_absence / —
- u05-soctrang-commune-police-midyear-transfer-clean -> commune police cell, Khmer and Kinh officers (Sóc Trăng,
  2022); July meeting with the mid-year review (sơ kết 6 tháng) and a member's Party membership moved out on his
  transfer ("chi bộ còn 08 đảng viên" afterwards); 09/09; DejaVu Sans 11 ragged -> none / —
- u06-daklak-agency-joint-massorgs-drought-no-discussion -> district agency cell (Đắk Lắk, April 2016 drought);
  joint meeting of the cell with its trade union and youth union: union officers who are members counted, Ede
  youth-union officers (not members) as guests; reports only, "nhất trí …, không có ý kiến bổ sung"; a body as
  assignee; vote "100% thành viên dự họp"; sans 12 justified -> no_discussion / —
- u07-hanoi-students-online-official-recognition-low -> students' cell meeting on Zoom in the 2021 lockdown (main
  point a room); recognising a probationary member as official (06/06 official members, 100%); 18/21 (85,7%),
  three absentees with reasons; serif 12 ragged, running head, "n/N" -> low_attendance / —
- u08-quangngai-village-storm-extraordinary-short-novote-unapproved -> fishing village cell (Quảng Ngãi); meeting
  "bất thường" on the eve of storm No. 9 (Molave, 26/10/2020), 04 exempt, two absentees sharing one reason, tasks
  with hour deadlines, no vote, ends with the end time only; serif 12 justified, 2 pages
  -> missing_vote, not_approved, short_meeting / —
- u09-hanoi-retired-postponed-flood-form-unfilled-no-conclusion -> retired cadres' cell (Hà Đông, 2008); the
  October meeting put off by the 31/10–01/11 flood and held on 06/11 on an old typed form: "Số: ……", place, guests
  and "Kết luận của chủ trì" left as dots, "(Ký, ghi rõ họ tên)"; 06 exempt; "nhất trí 100%"; mono 10.5, 1 page
  -> missing_conclusion, unfilled_template / —
- u10-kontum-border-guard-combined-admission-oath-clean -> border-guard post cell (Kon Tum, May 2011); admission
  ceremony (decision read, the oath, a helper named for the probation) for a Xơ Đăng soldier, then the regular May
  meeting combined with the Q2 thematic meeting (topic line "Chuyên đề: …"), 170 minutes; DejaVu Sans 10.5 ragged,
  running head -> none / —
- u11-danang-ward-book-2017-five-minutes-gap-july -> residential ward cell's minute book (Đà Nẵng, April–September
  2017; APEC year), one template, 5 minutes (Apr, May combined with the thematic meeting, Jun, Aug, Sep), minutes 4
  and 5 typed on under the previous signatures; July skipped (explained in the August minute); Trần Văn Lực absent
  "không lý do" in April, June and August -> [unexcused_absence], [], [missing_assignments, unexcused_absence],
  [low_attendance, unexcused_absence], [missing_vote] / missing_month, no_thematic_in_quarter, repeated_absence
- u12-binhduong-private-firm-scan-moderate-low-unapproved -> image-only scan with no born-digital twin (moderate,
  250 dpi): private furniture company cell (Bình Dương, March 2024), 07/09 present (maternity leave, a shift), ends
  with the end time only -> low_attendance, not_approved / —
- u13-quangngai-storm-extraordinary-scan-moderate -> image-only twin of u08 (moderate, 200 dpi, 2 pages) -> as u08
- u14-hanoi-retired-postponed-scan-photocopy -> image-only twin of u09 (photocopy, 250 dpi) -> as u09

Labelling decisions on top of the READMEs:
- Admission: the candidate considered (u01) and the soldier admitted at the ceremony (u10) are not among the members
  counted; each is a guest with the role as written after the name. Introducers who are members (one a
  probationary member, as the page says) are members present, not guests. Admission and recognition votes count the
  official members ("09/09 phiếu, đạt 100%" -> for 9, percent 100; "06/06 … đạt 100%" -> 6, 100) and are their own
  resolutions. "Chi bộ phân công đồng chí A Hyên giúp đỡ … trong 12 tháng dự bị" is an assignment, deadline
  "12 tháng dự bị"; the introducer's past help reported on is none.
- Discipline ballot: `for` = the ballots for the first form named (khiển trách 10, 83.33); ballots for "cảnh cáo" and
  for "không kỷ luật" are neither `against` nor `abstain` (as with grading ballots). The member disciplined is present.
- Year-end grading: the ballot on the cell's own grade is the resolution; the per-member grading table (with its
  "Số phiếu" column) is no vote; "Từng đồng chí …" and "chi ủy sẽ phân công … sau" give no task.
- Joint meeting: the cell is the convening cell; mass-organisation officers said not to be members are guests,
  those said to be members are counted; the reports of the chair and of the unions are no recorded opinions.
- Extraordinary, congress-preparation, mid-year-review and year-end meetings are `regular` with topic null; a "V/v"
  or bracketed line under their title is no topic. A personnel-plan vote "(đảng viên chính thức biểu quyết): 17/18
  …, 01 ý kiến khác" -> for 17, abstain 1.
- Transfer: the member moving out is counted at the meeting; "chi bộ còn 08 đảng viên" after it changes nothing.
- Postponed meeting: month of the title (10), date of the day held (2008-11-06); "Địa điểm: ……" -> location null;
  "Kết luận của chủ trì: ……" -> no conclusion, while "nhất trí 100%" is a vote (percent only).
- Deadlines: "xong trước ngày khai giảng" -> "ngày khai giảng"; "vào thứ Bảy, ngày 09/4/2016" -> "thứ Bảy, ngày
  09/4/2016"; "trong suốt thời gian bão" -> "suốt thời gian bão"; table cells as written bar "Trước" ("Ngày đại
  hội", "Tháng 02/2020"); a task with no time -> null.
- Absences: maternity leave and a shift are excused absences; "(đang đi biển, …)" after two names is both's reason.
"""

from __future__ import annotations

from samples.heldout.minutes import attendance
from samples.heldout2.minutes import HD, C, G, H, L, P, S, meeting, minute, task, vote

DOCS: list[dict] = []


def TB(cols, rows, **kw):
    return ("table", cols, rows, kw)


# =================================================================================================
# u01 — Sơn La, an army company's cell: a meeting held only to consider admitting a Mông soldier.
# =================================================================================================
DOCS.append({
    "name": "u01-sonla-army-admission-ballot-official-clean", "folder": "test",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 28, "spacing": 1.3, "foot": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ TIỂU ĐOÀN 3", "CHI BỘ ĐẠI ĐỘI 9", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Mai Sơn, ngày 12 tháng 5 năm 2018"], bold_left=(1,)),
            G(6),
            C("BIÊN BẢN", size=15),
            C("HỌP CHI BỘ XÉT, ĐỀ NGHỊ KẾT NẠP ĐẢNG VIÊN"),
            G(8),
            P("Hôm nay, vào hồi 19 giờ 00 phút ngày 12 tháng 5 năm 2018, tại Hội trường Đại đội 9, Chi bộ Đại đội 9 "
              "họp xét, đề nghị kết nạp quần chúng Thào A Chứ vào Đảng Cộng sản Việt Nam theo Hướng dẫn số 01-HD/TW "
              "ngày 20/9/2016 của Ban Bí thư về một số vấn đề cụ thể thi hành Điều lệ Đảng."),
            H("I. THÀNH PHẦN"),
            L("- Chủ trì: đồng chí Thượng úy Hà Văn Thịnh, Chính trị viên Đại đội, Bí thư chi bộ."),
            L("- Thư ký: đồng chí Trung úy Đinh Công Tuấn, Trung đội trưởng Trung đội 1, Chi ủy viên."),
            L("- Đảng viên: tổng số 11 đồng chí (chính thức 09, dự bị 02), có mặt 11/11 đồng chí; đảng viên chính "
              "thức có mặt 09/09 đồng chí."),
            L("- Đại biểu cấp trên: đồng chí Đại úy Lê Minh Khải, Phó Chính trị viên Tiểu đoàn 3, Đảng ủy viên Đảng "
              "bộ Tiểu đoàn."),
            L("- Người giới thiệu: đồng chí Trung sĩ Lường Văn Toan, Tiểu đội trưởng Tiểu đội 4, đảng viên chính "
              "thức; đồng chí Hạ sĩ Vì Văn Nghĩa, Bí thư Chi đoàn Đại đội 9 (đảng viên dự bị của chi bộ), thay mặt "
              "Ban Chấp hành Chi đoàn."),
            L("- Quần chúng được xem xét: Binh nhất Thào A Chứ, chiến sĩ Tiểu đội 4, Trung đội 2, đoàn viên Chi đoàn "
              "Đại đội 9."),
            H("II. NỘI DUNG"),
            P("1. Đồng chí Hà Văn Thịnh nêu mục đích, yêu cầu của buổi họp và báo cáo tóm tắt hồ sơ của quần chúng "
              "Thào A Chứ: sinh ngày 14/3/1998; dân tộc Mông; quê quán bản Pá Khoang, xã Chiềng Chăn, huyện Mai Sơn, "
              "tỉnh Sơn La; trình độ văn hóa 12/12; nhập ngũ tháng 02/2017; đã học lớp bồi dưỡng nhận thức về Đảng "
              "do Đảng ủy Trung đoàn tổ chức, được cấp giấy chứng nhận ngày 23/3/2018. Hồ sơ gồm: đơn xin vào Đảng, "
              "lý lịch của người xin vào Đảng, nghị quyết giới thiệu đoàn viên ưu tú của Ban Chấp hành Chi đoàn, "
              "giấy giới thiệu của đảng viên chính thức, tổng hợp ý kiến nhận xét của chi ủy nơi cư trú và văn bản "
              "thẩm tra lý lịch của Đảng ủy xã Chiềng Chăn. Hồ sơ đầy đủ, đúng quy định."),
            P("2. Đồng chí Vì Văn Nghĩa đọc Nghị quyết số 03-NQ/CĐ ngày 02/5/2018 của Ban Chấp hành Chi đoàn Đại đội 9 "
              "giới thiệu đoàn viên ưu tú Thào A Chứ để chi bộ xem xét kết nạp. Đồng chí Lường Văn Toan báo cáo quá "
              "trình theo dõi, giúp đỡ từ tháng 8/2017: quần chúng Thào A Chứ chấp hành nghiêm kỷ luật, hai lần được "
              "Đại đội khen về thành tích huấn luyện, bắn đạn thật bài 1 súng tiểu liên AK đạt loại giỏi, tích cực "
              "giúp chiến sĩ mới người dân tộc học tiếng phổ thông; hạn chế là còn rụt rè khi phát biểu trước tập "
              "thể."),
            P("3. Quần chúng Thào A Chứ trình bày nhận thức về Đảng, động cơ phấn đấu và hứa tiếp tục rèn luyện, khắc "
              "phục hạn chế nếu được chi bộ đề nghị kết nạp."),
            P("4. Ý kiến của đảng viên trong chi bộ:"),
            L("- Đồng chí Đinh Công Tuấn: trong đợt diễn tập phòng thủ tháng 4/2018, quần chúng Thào A Chứ tuy là "
              "chiến sĩ trẻ nhưng luôn hoàn thành nhiệm vụ được giao, được đồng đội tin tưởng; đề nghị chi bộ xem "
              "xét kết nạp."),
            L("- Đồng chí Quàng Văn Ơn: nhất trí đề nghị kết nạp; lưu ý quần chúng cần mạnh dạn hơn, tham gia phát "
              "biểu trong các buổi sinh hoạt Chi đoàn."),
            L("- Đồng chí Lê Minh Khải: đánh giá cao việc chuẩn bị hồ sơ của chi bộ; yêu cầu chi bộ tiếp tục quan "
              "tâm bồi dưỡng quần chúng ưu tú là người dân tộc thiểu số để tạo nguồn phát triển đảng viên lâu dài."),
            P("5. Biểu quyết: Chi bộ bầu Tổ kiểm phiếu gồm 03 đồng chí do đồng chí Quàng Văn Ơn làm tổ trưởng và tiến "
              "hành bỏ phiếu kín; đảng viên dự bị không tham gia biểu quyết. Kết quả: số phiếu phát ra 09, số phiếu "
              "thu về 09, số phiếu hợp lệ 09; số phiếu đồng ý đề nghị kết nạp quần chúng Thào A Chứ vào Đảng: 09/09 "
              "phiếu, đạt 100% tổng số đảng viên chính thức của chi bộ."),
            H("III. KẾT LUẬN"),
            P("Đồng chí chủ trì kết luận: quần chúng Thào A Chứ có đủ tiêu chuẩn, điều kiện vào Đảng theo quy định "
              "của Điều lệ Đảng. Chi bộ ra nghị quyết đề nghị Đảng ủy Trung đoàn xem xét, quyết định kết nạp quần "
              "chúng Thào A Chứ vào Đảng Cộng sản Việt Nam; hồ sơ phải gửi lên cấp trên đúng thời hạn, không để kéo "
              "dài ảnh hưởng đến quyền lợi của quần chúng."),
            H("IV. PHÂN CÔNG THỰC HIỆN"),
            L("- Đồng chí Đinh Công Tuấn hoàn chỉnh nghị quyết đề nghị kết nạp và hồ sơ, báo cáo Đảng ủy Tiểu đoàn 3 "
              "trước ngày 18/5/2018."),
            L("- Đồng chí Lường Văn Toan tiếp tục theo dõi, giúp đỡ quần chúng Thào A Chứ, báo cáo chi ủy hằng "
              "tháng."),
            P("Buổi họp kết thúc vào hồi 20 giờ 45 phút cùng ngày. Biên bản đã được đọc lại trước chi bộ, các đồng "
              "chí dự họp nhất trí thông qua."),
            S(["THƯ KÝ", "Trung úy Đinh Công Tuấn"], ["T/M CHI BỘ", "BÍ THƯ", "Thượng úy Hà Văn Thịnh"]),
        ],
        "truth": minute(
            meeting("regular", "2018-05-12", "19:00", "20:45", "Hội trường Đại đội 9", "CHI BỘ ĐẠI ĐỘI 9",
                    "ĐẢNG BỘ TIỂU ĐOÀN 3"),
            "Hà Văn Thịnh", "Bí thư chi bộ", "Đinh Công Tuấn",
            attendance(11, 11, 0, 0, 0, 0, [],
                       [("Lê Minh Khải", "Phó Chính trị viên Tiểu đoàn 3, Đảng ủy viên Đảng bộ Tiểu đoàn"),
                        ("Thào A Chứ", "chiến sĩ Tiểu đội 4, Trung đội 2, đoàn viên Chi đoàn Đại đội 9")]),
            True,
            [vote("Đề nghị kết nạp quần chúng Thào A Chứ vào Đảng (phiếu kín, đảng viên chính thức)", 9, pct=100)],
            [task("Đinh Công Tuấn", "hoàn chỉnh nghị quyết đề nghị kết nạp và hồ sơ, báo cáo Đảng ủy Tiểu đoàn 3",
                  "18/5/2018"),
             task("Lường Văn Toan", "tiếp tục theo dõi, giúp đỡ quần chúng Thào A Chứ, báo cáo chi ủy", "hằng tháng")],
            []),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# u02 — Cần Thơ, a hospital ward's cell: year-end review and grading, secret ballot, a grading table.
# =================================================================================================
_GRADE_COLS = [(0.07, "TT", "c"), (0.37, "Họ và tên", "l"), (0.17, "Tự nhận mức", "c"),
               (0.21, "Chi bộ đề nghị", "c"), (0.18, "Số phiếu", "c")]
DOCS.append({
    "name": "u02-cantho-hospital-yearend-grading-ballot-no-tasks", "folder": "test",
    "style": {"family": "sans", "size": 11, "justify": False, "indent": 0, "spacing": 1.35,
              "head": "Chi bộ Khoa Nội tổng hợp – Kiểm điểm, xếp loại năm 2023", "head_align": "right",
              "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ BỆNH VIỆN ĐA KHOA", "THÀNH PHỐ CẦN THƠ", "CHI BỘ KHOA NỘI TỔNG HỢP", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Cần Thơ, ngày 21 tháng 12 năm 2023"], bold_left=(2,)),
            G(4),
            C("BIÊN BẢN", size=14),
            C("HỘI NGHỊ KIỂM ĐIỂM, ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG TẬP THỂ CHI BỘ VÀ ĐẢNG VIÊN NĂM 2023"),
            G(6),
            L("Thời gian: từ 13 giờ 30 phút đến 16 giờ 45 phút, ngày 21 tháng 12 năm 2023."),
            L("Địa điểm: Phòng giao ban Khoa Nội tổng hợp, tầng 3, Khu B."),
            L("Chủ trì: đồng chí BSCKII. Trần Quốc Khải, Bí thư chi bộ, Trưởng khoa."),
            L("Thư ký: đồng chí Lâm Thị Kim Xuyến, Chi ủy viên, Điều dưỡng trưởng khoa."),
            L("Đại biểu dự: đồng chí Nguyễn Hoàng Phúc, Ủy viên Ban Thường vụ Đảng ủy, Phó Giám đốc Bệnh viện, "
              "phụ trách chi bộ."),
            L("Đảng viên: tổng số 17 đồng chí (chính thức 15, dự bị 02); miễn sinh hoạt, miễn kiểm điểm 01 đồng chí "
              "(đồng chí Dương Thanh Phong, đang điều trị bệnh dài ngày); phải dự 16 đồng chí; có mặt 15 đồng chí; "
              "vắng 01 đồng chí: Đặng Minh Khôi (đi học Chuyên khoa II tại Đại học Y Dược TP. Hồ Chí Minh, có gửi "
              "bản tự kiểm điểm)."),
            H("I. QUÁN TRIỆT VÀ THÔNG QUA BÁO CÁO KIỂM ĐIỂM TẬP THỂ"),
            L("Đồng chí Bí thư quán triệt Quy định số 124-QĐ/TW ngày 04/10/2023 của Bộ Chính trị về kiểm điểm, đánh "
              "giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị và Hướng dẫn của "
              "Đảng ủy Bệnh viện về kiểm điểm cuối năm 2023; thông qua báo cáo kiểm điểm của tập thể chi bộ."),
            L("Năm 2023, chi bộ lãnh đạo khoa điều trị nội trú 6.412 lượt người bệnh, công suất sử dụng giường bệnh "
              "bình quân 118%; đưa vào thực hiện thường quy kỹ thuật lọc máu liên tục và nội soi phế quản ống mềm; "
              "không để xảy ra sai sót chuyên môn nghiêm trọng. 100% đảng viên có bản cam kết tu dưỡng, rèn luyện "
              "và học tập đầy đủ các chuyên đề năm 2023. Hạn chế: khoa thường xuyên quá tải, có thời điểm phải nằm "
              "ghép 2 người bệnh/giường; tháng 8/2023 có 01 phản ánh của người nhà người bệnh qua đường dây nóng về "
              "thái độ giao tiếp của nhân viên khoa; sinh hoạt chuyên đề quý III tổ chức chậm so với kế hoạch."),
            H("II. ĐẢNG VIÊN TỰ KIỂM ĐIỂM VÀ GÓP Ý"),
            L("Lần lượt 15 đồng chí có mặt đọc bản tự kiểm điểm, tự nhận mức xếp loại; đồng chí Bí thư đọc bản tự "
              "kiểm điểm của đồng chí Đặng Minh Khôi kèm nhận xét của cơ sở đào tạo. Ý kiến góp ý:"),
            L("- Đồng chí Huỳnh Văn Lợi: phản ánh của người nhà người bệnh về thái độ giao tiếp liên quan trực tiếp "
              "đến đồng chí Tô Văn Hiếu; đề nghị đồng chí nhận mức Hoàn thành nhiệm vụ, không tự nhận Hoàn thành tốt "
              "nhiệm vụ."),
            L("- Đồng chí Tô Văn Hiếu tiếp thu, xin nhận mức Hoàn thành nhiệm vụ và hứa sửa chữa ngay."),
            L("- Đồng chí Châu Ngọc Thảo đề nghị ghi nhận đồng chí Nguyễn Thị Bích Tuyền là chủ nhiệm đề tài cấp cơ "
              "sở về kiểm soát đường huyết cho người bệnh đái tháo đường nội trú, đã nghiệm thu đạt loại khá."),
            L("- Đồng chí Nguyễn Hoàng Phúc: chi bộ kiểm điểm nghiêm túc, có phê bình đúng người, đúng việc; lưu ý số "
              "đảng viên đề nghị Hoàn thành xuất sắc nhiệm vụ không vượt quá 20% số được xếp loại Hoàn thành tốt "
              "nhiệm vụ trở lên."),
            H("III. KẾT QUẢ BỎ PHIẾU KÍN"),
            L("Chi bộ bầu Tổ kiểm phiếu gồm 03 đồng chí: Châu Ngọc Thảo (tổ trưởng), Võ Thành Nhân, Phan Thị Diễm "
              "Trinh. Số phiếu phát ra 13 (bằng số đảng viên chính thức có mặt), thu về 13, hợp lệ 13."),
            L("1. Tập thể chi bộ: Hoàn thành tốt nhiệm vụ 12/13 phiếu (92,31%); Hoàn thành xuất sắc nhiệm vụ 01 "
              "phiếu."),
            L("2. Đảng viên (16 đồng chí, không kể đồng chí được miễn kiểm điểm):"),
            TB(_GRADE_COLS, [
                ["1", "Trần Quốc Khải", "HTXSNV", "HTXSNV", "11/13"],
                ["2", "Lâm Thị Kim Xuyến", "HTTNV", "HTTNV", "13/13"],
                ["3", "Huỳnh Văn Lợi", "HTTNV", "HTTNV", "13/13"],
                ["4", "Châu Ngọc Thảo", "HTTNV", "HTTNV", "12/13"],
                ["5", "Nguyễn Thị Bích Tuyền", "HTTNV", "HTXSNV", "10/13"],
                ["6", "Đặng Minh Khôi", "HTTNV", "HTTNV", "13/13"],
                ["7", "Võ Thành Nhân", "HTTNV", "HTTNV", "13/13"],
                ["8", "Lê Thị Mỹ Hạnh", "HTXSNV", "HTXSNV", "9/13"],
                ["9", "Trương Hữu Nghĩa", "HTTNV", "HTTNV", "13/13"],
                ["10", "Phan Thị Diễm Trinh", "HTTNV", "HTTNV", "12/13"],
                ["11", "Quách Tấn Đạt", "HTTNV", "HTTNV", "13/13"],
                ["12", "Lý Thị Sa Ry", "HTTNV", "HTTNV", "13/13"],
                ["13", "Tô Văn Hiếu", "HTTNV", "HTNV", "13/13"],
                ["14", "Ngô Thị Thanh Thủy", "HTTNV", "HTTNV", "11/13"],
                ["15", "Lưu Minh Trí (dự bị)", "HTTNV", "HTTNV", "13/13"],
                ["16", "Kiều Thị Ngọc Hân (dự bị)", "HTTNV", "HTTNV", "13/13"],
            ], head_center=True),
            L("Ghi chú: HTXSNV – Hoàn thành xuất sắc nhiệm vụ; HTTNV – Hoàn thành tốt nhiệm vụ; HTNV – Hoàn thành "
              "nhiệm vụ.", italic=True),
            H("IV. KẾT LUẬN"),
            L("Đồng chí chủ trì kết luận: hội nghị được chuẩn bị chu đáo, tiến hành nghiêm túc, đúng Quy định "
              "124-QĐ/TW; các ý kiến góp ý thẳng thắn, có tính xây dựng. Chi bộ đề nghị Đảng ủy Bệnh viện xem xét, "
              "công nhận tập thể chi bộ Hoàn thành tốt nhiệm vụ; 03 đảng viên Hoàn thành xuất sắc nhiệm vụ, 12 đảng "
              "viên Hoàn thành tốt nhiệm vụ, 01 đảng viên Hoàn thành nhiệm vụ. Từng đồng chí căn cứ các hạn chế đã "
              "được góp ý, xây dựng kế hoạch khắc phục trong năm 2024; chi ủy sẽ phân công đảng viên theo dõi việc "
              "khắc phục và báo cáo tại kỳ sinh hoạt tháng 01/2024. Toàn chi bộ tập trung rút ngắn thời gian chờ "
              "nhập viện, nâng cao thái độ giao tiếp với người bệnh và người nhà người bệnh."),
            L("Hội nghị kết thúc lúc 16 giờ 45 phút cùng ngày. Biên bản đã được đọc lại trước hội nghị; các đồng chí "
              "dự họp nhất trí với nội dung biên bản."),
            S(["THƯ KÝ", "Lâm Thị Kim Xuyến"], ["T/M CHI BỘ", "BÍ THƯ", "Trần Quốc Khải"]),
        ],
        "truth": minute(
            meeting("regular", "2023-12-21", "13:30", "16:45", "Phòng giao ban Khoa Nội tổng hợp, tầng 3, Khu B",
                    "CHI BỘ KHOA NỘI TỔNG HỢP", "ĐẢNG BỘ BỆNH VIỆN ĐA KHOA THÀNH PHỐ CẦN THƠ"),
            "Trần Quốc Khải", "Bí thư chi bộ", "Lâm Thị Kim Xuyến",
            attendance(17, 15, 1, 1, 0, 1,
                       [("Đặng Minh Khôi", "đi học Chuyên khoa II tại Đại học Y Dược TP. Hồ Chí Minh, có gửi bản tự "
                         "kiểm điểm", True)],
                       [("Nguyễn Hoàng Phúc", "Ủy viên Ban Thường vụ Đảng ủy, Phó Giám đốc Bệnh viện, phụ trách "
                         "chi bộ")]),
            True,
            [vote("Xếp loại tập thể chi bộ Hoàn thành tốt nhiệm vụ (phiếu kín)", 12, pct=92.31)],
            [],
            ["missing_assignments"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# u03 — Quảng Ninh, a state coal company's workshop cell: discipline for drink-driving, secret ballot.
# =================================================================================================
DOCS.append({
    "name": "u03-quangninh-coal-discipline-reprimand-ballot-short", "folder": "test",
    "style": {"family": "dejavu", "size": 11, "justify": True, "indent": 24, "spacing": 1.3, "foot": "{n}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG TY", "THAN HÒN GAI – TKV", "CHI BỘ PHÂN XƯỞNG VẬN TẢI LÒ", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hạ Long, ngày 18 tháng 11 năm 2021"], bold_left=(2,)),
            G(4),
            C("BIÊN BẢN", size=14),
            C("HỌP CHI BỘ XEM XÉT, THI HÀNH KỶ LUẬT ĐẢNG VIÊN"),
            G(6),
            P("Vào lúc 14 giờ 00 phút, ngày 18 tháng 11 năm 2021, tại Phòng họp Phân xưởng Vận tải lò, Chi bộ Phân "
              "xưởng Vận tải lò họp xem xét, thi hành kỷ luật đối với đồng chí Phạm Văn Tới, đảng viên chính thức, "
              "tổ trưởng tổ tàu điện số 2."),
            P("Chủ trì: đồng chí Đoàn Văn Hưng, Bí thư chi bộ, Quản đốc phân xưởng. Thư ký: đồng chí Nguyễn Thị Lụa, "
              "Chi ủy viên, nhân viên kinh tế phân xưởng."),
            P("Chi bộ có 15 đảng viên (14 chính thức, 01 dự bị). Có mặt 14 đồng chí; vắng 01 đồng chí: Bùi Xuân "
              "Trường (nghỉ phép năm, có báo cáo chi ủy). Đảng viên vi phạm có mặt tại cuộc họp."),
            P("Đại biểu: đồng chí Vũ Thị Hồng Nhung, Ủy viên Ủy ban Kiểm tra Đảng ủy Công ty."),
            H("1. Nội dung vi phạm"),
            P("Đồng chí Bí thư chi bộ báo cáo: khoảng 21 giờ 30 phút ngày 23/10/2021, đồng chí Phạm Văn Tới điều "
              "khiển xe mô tô trên đường Nguyễn Văn Cừ, phường Hồng Hải, bị Tổ công tác của Phòng Cảnh sát giao thông "
              "Công an tỉnh kiểm tra, phát hiện nồng độ cồn trong hơi thở 0,46 miligam/1 lít khí thở. Đồng chí bị "
              "xử phạt vi phạm hành chính 7.000.000 đồng và tước quyền sử dụng giấy phép lái xe 22 tháng theo Nghị "
              "định số 100/2019/NĐ-CP. Ngày 25/10/2021, đồng chí đã tự báo cáo sự việc với chi ủy. Hành vi trên vi "
              "phạm Quy định số 47-QĐ/TW về những điều đảng viên không được làm và nội quy lao động của Công ty."),
            H("2. Đảng viên vi phạm tự kiểm điểm"),
            P("Đồng chí Phạm Văn Tới đọc bản tự kiểm điểm: nhận rõ khuyết điểm, đã nộp phạt đầy đủ ngày 01/11/2021; "
              "tự nhận hình thức kỷ luật khiển trách và hứa không tái phạm."),
            H("3. Ý kiến của đảng viên"),
            L("- Đồng chí Trịnh Văn Khoa, Phó Bí thư chi bộ: vi phạm xảy ra ngoài giờ làm việc, đồng chí Tới tự giác "
              "báo cáo, thái độ nhận khuyết điểm nghiêm túc; đề nghị hình thức khiển trách."),
            L("- Đồng chí Hoàng Văn Sáng: đồng chí Tới là tổ trưởng, phải gương mẫu hơn người khác; đề nghị cảnh "
              "cáo để làm gương."),
            L("- Đồng chí Nguyễn Văn Định: nhất trí khiển trách; đề nghị phân xưởng kiểm tra nồng độ cồn đầu ca đối "
              "với công nhân vận hành tàu điện, tời trục."),
            L("- Đồng chí Vũ Thị Hồng Nhung lưu ý chi bộ thực hiện đúng Quy định số 102-QĐ/TW của Bộ Chính trị về xử "
              "lý kỷ luật đảng viên vi phạm, bảo đảm bỏ phiếu kín và đúng thẩm quyền."),
            H("4. Bỏ phiếu kín"),
            P("Chi bộ bầu Tổ kiểm phiếu 03 đồng chí do đồng chí Nguyễn Văn Định làm tổ trưởng. Đảng viên chính thức "
              "có mặt 13 đồng chí; đồng chí Phạm Văn Tới không tham gia bỏ phiếu. Số phiếu phát ra 12, thu về 12, "
              "hợp lệ 12. Kết quả: khiển trách 10 phiếu (83,33%); cảnh cáo 01 phiếu; không kỷ luật 01 phiếu."),
            H("5. Kết luận"),
            P("Đồng chí chủ trì kết luận: căn cứ kết quả bỏ phiếu, Chi bộ quyết định thi hành kỷ luật đồng chí Phạm "
              "Văn Tới bằng hình thức khiển trách. Đây là bài học chung cho cả chi bộ; mỗi đảng viên tuyệt đối không "
              "điều khiển phương tiện sau khi uống rượu, bia và nhắc nhở công nhân trong tổ cùng thực hiện."),
            P("Phân công: đồng chí Đoàn Văn Hưng ký quyết định kỷ luật, báo cáo Ủy ban Kiểm tra Đảng ủy Công ty "
              "chậm nhất ngày 25/11/2021; đồng chí Trịnh Văn Khoa theo dõi, giúp đỡ đồng chí Phạm Văn Tới sửa chữa "
              "khuyết điểm, báo cáo chi bộ hằng quý."),
            P("Đồng chí Phạm Văn Tới phát biểu chấp hành quyết định của chi bộ."),
            P("Cuộc họp kết thúc lúc 15 giờ 20 phút cùng ngày. Biên bản đã được đọc lại, 14/14 đồng chí dự họp nhất "
              "trí thông qua."),
            S(["THƯ KÝ", "Nguyễn Thị Lụa"], ["T/M CHI BỘ", "BÍ THƯ", "Đoàn Văn Hưng"]),
        ],
        "truth": minute(
            meeting("regular", "2021-11-18", "14:00", "15:20", "Phòng họp Phân xưởng Vận tải lò",
                    "CHI BỘ PHÂN XƯỞNG VẬN TẢI LÒ", "ĐẢNG BỘ CÔNG TY THAN HÒN GAI – TKV"),
            "Đoàn Văn Hưng", "Bí thư chi bộ", "Nguyễn Thị Lụa",
            attendance(15, 14, 1, 1, 0, 0, [("Bùi Xuân Trường", "nghỉ phép năm, có báo cáo chi ủy", True)],
                       [("Vũ Thị Hồng Nhung", "Ủy viên Ủy ban Kiểm tra Đảng ủy Công ty")]),
            True,
            [vote("Kỷ luật khiển trách đồng chí Phạm Văn Tới (phiếu kín)", 10, pct=83.33)],
            [task("Đoàn Văn Hưng", "ký quyết định kỷ luật, báo cáo Ủy ban Kiểm tra Đảng ủy Công ty", "25/11/2021"),
             task("Trịnh Văn Khoa", "theo dõi, giúp đỡ đồng chí Phạm Văn Tới sửa chữa khuyết điểm, báo cáo chi bộ",
                  "hằng quý")],
            ["short_meeting"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# u04 — Nghệ An, a lower-secondary school's cell: the February meeting prepares the cell's congress
# (delegates to the commune congress), two votes, a task table; one member absent without reason.
# =================================================================================================
_TASK_COLS4 = [(0.07, "TT", "c"), (0.47, "Nội dung công việc", "l"), (0.27, "Người thực hiện", "l"),
               (0.19, "Thời gian hoàn thành", "c")]
DOCS.append({
    "name": "u04-nghean-school-congress-prep-task-table-unexcused", "folder": "test",
    "style": {"family": "serif", "size": 12.5, "justify": True, "indent": 30, "spacing": 1.25,
              "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ NGHI PHONG", "CHI BỘ TRƯỜNG THCS NGHI PHONG", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nghi Phong, ngày 18 tháng 02 năm 2020"], bold_left=(1,)),
            G(6),
            C("BIÊN BẢN", size=15),
            C("SINH HOẠT CHI BỘ THÁNG 02 NĂM 2020"),
            C("(Chuẩn bị Đại hội Chi bộ nhiệm kỳ 2020 – 2022)", bold=False, italic=True),
            G(6),
            H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            P("Thời gian: khai mạc lúc 14 giờ 00 phút, ngày 18/02/2020 (học sinh đang nghỉ học để phòng, chống dịch "
              "bệnh viêm đường hô hấp cấp do chủng mới của vi rút Corona gây ra)."),
            P("Địa điểm: Phòng Hội đồng nhà trường."),
            P("Thành phần: tổng số đảng viên của chi bộ 21 đồng chí (chính thức 19, dự bị 02); có mặt 20 đồng chí; "
              "vắng 01 đồng chí: Hồ Sỹ Hùng (không báo lý do)."),
            P("Khách mời: đồng chí Hoàng Đình Thắng, Phó Bí thư Thường trực Đảng ủy xã."),
            P("Chủ trì: đồng chí Nguyễn Thị Thanh Hương – Bí thư chi bộ, Hiệu trưởng. Thư ký: đồng chí Phan Văn Tâm – "
              "Chi ủy viên."),
            H("II. NỘI DUNG"),
            H("1. Thông tin thời sự"),
            P("Đồng chí Bí thư thông tin: toàn Đảng bộ xã tổ chức các hoạt động kỷ niệm 90 năm Ngày thành lập Đảng "
              "Cộng sản Việt Nam (03/02/1930 – 03/02/2020); Chỉ thị số 06/CT-TTg ngày 31/01/2020 của Thủ tướng Chính "
              "phủ về tăng cường các biện pháp ngăn chặn dịch bệnh; UBND tỉnh cho học sinh tiếp tục nghỉ học đến hết "
              "tháng 02/2020; Kế hoạch của Đảng ủy xã tổ chức đại hội các chi bộ trực thuộc nhiệm kỳ 2020 – 2022 "
              "theo Chỉ thị số 35-CT/TW của Bộ Chính trị."),
            H("2. Kết quả tháng 01/2020"),
            P("Nhà trường sơ kết học kỳ I với 612 học sinh: học lực giỏi 18,6%, khá 41,2%, không có học sinh xếp "
              "loại hạnh kiểm yếu; đội tuyển học sinh giỏi cấp huyện đạt 11 giải. Tổ chức “Tết ấm” trao 32 suất quà "
              "cho học sinh có hoàn cảnh khó khăn. Từ ngày 03/02/2020 nhà trường khử khuẩn toàn bộ phòng học, giao "
              "bài ôn tập cho học sinh qua nhóm Zalo của từng lớp. Hạn chế: một số giáo viên chậm cập nhật bài tập; "
              "việc liên lạc với phụ huynh đi làm ăn xa còn khó khăn."),
            H("3. Chuẩn bị Đại hội Chi bộ"),
            P("Đồng chí Bí thư thông qua dự thảo Báo cáo chính trị trình Đại hội Chi bộ Trường THCS Nghi Phong lần "
              "thứ XII, nhiệm kỳ 2020 – 2022 và Báo cáo kiểm điểm của chi ủy nhiệm kỳ 2017 – 2020; dự kiến chi ủy "
              "khóa mới gồm 03 đồng chí; đại hội bầu 02 đại biểu chính thức và 01 đại biểu dự khuyết đi dự Đại hội "
              "Đảng bộ xã Nghi Phong lần thứ XXVI, nhiệm kỳ 2020 – 2025. Thời gian dự kiến tổ chức đại hội: ngày "
              "10/3/2020, tại Phòng Hội đồng nhà trường."),
            H("4. Thảo luận"),
            P("- Đồng chí Lê Thị Minh Nguyệt: đề nghị báo cáo chính trị bổ sung chỉ tiêu tỷ lệ học sinh thi đỗ vào "
              "lớp 10 công lập và phân tích nguyên nhân điểm thi môn Tiếng Anh còn thấp so với mặt bằng của huyện."),
            P("- Đồng chí Trần Văn Lộc: đại hội cần có phương án dự phòng nếu dịch bệnh kéo dài, bố trí chỗ ngồi giãn "
              "cách, chuẩn bị đủ nước sát khuẩn và khẩu trang."),
            P("- Đồng chí Hoàng Đình Thắng: ghi nhận sự chuẩn bị của chi bộ; đề nghị báo cáo chính trị ngắn gọn, chỉ "
              "tiêu phải lượng hóa được; hồ sơ nhân sự gửi Đảng ủy xã đúng thời gian quy định."),
            H("5. Kết luận và biểu quyết"),
            P("Đồng chí chủ trì kết luận: chi bộ tiếp thu các ý kiến để hoàn chỉnh dự thảo văn kiện; thống nhất tổ "
              "chức đại hội ngày 10/3/2020; nếu dịch bệnh diễn biến phức tạp sẽ báo cáo Đảng ủy xã xin điều chỉnh "
              "thời gian. Việc chuẩn bị đại hội không được làm ảnh hưởng đến việc hướng dẫn học sinh ôn tập tại "
              "nhà."),
            P("Chi bộ biểu quyết: thông qua dự thảo Báo cáo chính trị và Báo cáo kiểm điểm của chi ủy: 20/20 đồng chí "
              "có mặt tán thành, đạt 100%; thông qua phương án nhân sự chi ủy nhiệm kỳ 2020 – 2022 (đảng viên chính "
              "thức biểu quyết): 17/18 đồng chí tán thành, 01 ý kiến khác."),
            H("6. Phân công thực hiện"),
            TB(_TASK_COLS4, [
                ["1", "Chỉnh lý dự thảo Báo cáo chính trị, Báo cáo kiểm điểm; gửi Đảng ủy xã xin ý kiến",
                 "Đ/c Nguyễn Thị Thanh Hương", "25/02/2020"],
                ["2", "Hoàn thiện hồ sơ nhân sự chi ủy, lập danh sách đảng viên triệu tập dự đại hội",
                 "Đ/c Phan Văn Tâm", "28/02/2020"],
                ["3", "Chuẩn bị hội trường, khánh tiết, cờ, hoa", "Đ/c Trần Văn Lộc, đ/c Nguyễn Thị Hải Yến",
                 "Trước 08/3/2020"],
                ["4", "Bố trí nước sát khuẩn, khẩu trang; đo thân nhiệt đại biểu tại cửa hội trường",
                 "Đ/c Võ Thị Thu", "Ngày đại hội"],
                ["5", "Gặp đồng chí Hồ Sỹ Hùng, tìm hiểu lý do vắng sinh hoạt, báo cáo chi ủy",
                 "Đ/c Lê Thị Minh Nguyệt", "Tháng 02/2020"],
            ]),
            P("Buổi sinh hoạt kết thúc lúc 16 giờ 10 phút cùng ngày. Biên bản được đọc lại và thông qua, 20/20 đồng "
              "chí có mặt nhất trí."),
            S(["THƯ KÝ", "(đã ký)", "Phan Văn Tâm"], ["T/M CHI BỘ", "BÍ THƯ", "(đã ký)", "Nguyễn Thị Thanh Hương"]),
        ],
        "truth": minute(
            meeting("regular", "2020-02-18", "14:00", "16:10", "Phòng Hội đồng nhà trường",
                    "CHI BỘ TRƯỜNG THCS NGHI PHONG", "ĐẢNG BỘ XÃ NGHI PHONG"),
            "Nguyễn Thị Thanh Hương", "Bí thư chi bộ", "Phan Văn Tâm",
            attendance(21, 20, 1, 0, 1, 0, [("Hồ Sỹ Hùng", "không báo lý do", False)],
                       [("Hoàng Đình Thắng", "Phó Bí thư Thường trực Đảng ủy xã")]),
            True,
            [vote("Thông qua dự thảo Báo cáo chính trị và Báo cáo kiểm điểm của chi ủy", 20, pct=100),
             vote("Thông qua phương án nhân sự chi ủy nhiệm kỳ 2020 – 2022 (đảng viên chính thức)", 17, abstain=1)],
            [task("Nguyễn Thị Thanh Hương", "Chỉnh lý dự thảo Báo cáo chính trị, Báo cáo kiểm điểm; gửi Đảng ủy xã "
                  "xin ý kiến", "25/02/2020"),
             task("Phan Văn Tâm", "Hoàn thiện hồ sơ nhân sự chi ủy, lập danh sách đảng viên triệu tập dự đại hội",
                  "28/02/2020"),
             task("Trần Văn Lộc", "Chuẩn bị hội trường, khánh tiết, cờ, hoa", "08/3/2020"),
             task("Nguyễn Thị Hải Yến", "Chuẩn bị hội trường, khánh tiết, cờ, hoa", "08/3/2020"),
             task("Võ Thị Thu", "Bố trí nước sát khuẩn, khẩu trang; đo thân nhiệt đại biểu tại cửa hội trường",
                  "Ngày đại hội"),
             task("Lê Thị Minh Nguyệt", "Gặp đồng chí Hồ Sỹ Hùng, tìm hiểu lý do vắng sinh hoạt, báo cáo chi ủy",
                  "Tháng 02/2020")],
            ["unexcused_absence"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# u05 — Sóc Trăng, a commune police cell (Khmer and Kinh officers): July meeting with the mid-year
# review and one member's Party membership moved out on his transfer. Clean.
# =================================================================================================
DOCS.append({
    "name": "u05-soctrang-commune-police-midyear-transfer-clean", "folder": "test",
    "style": {"family": "dvsans", "size": 11, "justify": False, "indent": 20, "spacing": 1.35, "foot": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ LAI HÒA", "CHI BỘ CÔNG AN XÃ", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Lai Hòa, ngày 08 tháng 7 năm 2022"], bold_left=(1,)),
            G(6),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 7 NĂM 2022"),
            C("(Kết hợp sơ kết công tác 6 tháng đầu năm 2022)", bold=False, italic=True),
            G(6),
            P("Hôm nay, lúc 14 giờ 00 phút ngày 08/7/2022, tại Phòng họp trụ sở Công an xã Lai Hòa, Chi bộ Công an "
              "xã tiến hành sinh hoạt định kỳ tháng 7 năm 2022, kết hợp sơ kết công tác 6 tháng đầu năm."),
            L("* Thành phần:"),
            L("- Chủ trì: đồng chí Thiếu tá Trần Quốc Huy, Bí thư Chi bộ, Trưởng Công an xã."),
            L("- Thư ký: đồng chí Trung úy Sơn Thị Sô Phia, Chi ủy viên."),
            L("- Đảng viên: tổng số 09 đồng chí (chính thức 08, dự bị 01); có mặt 09/09 đồng chí, đạt 100%."),
            L("- Đại biểu: đồng chí Kim Văn Phước, Phó Bí thư Thường trực Đảng ủy xã; đồng chí Lý Thị Ngọc Diễm, "
              "Đảng ủy viên, Chủ tịch Ủy ban Mặt trận Tổ quốc xã."),
            H("I. THÔNG TIN THỜI SỰ, VĂN BẢN MỚI"),
            P("Đồng chí Bí thư thông tin kết quả Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII; kế "
              "hoạch của Công an tỉnh triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực "
              "điện tử phục vụ chuyển đổi số quốc gia (Đề án 06); tình hình tội phạm lừa đảo chiếm đoạt tài sản qua "
              "mạng trên địa bàn tỉnh có chiều hướng tăng."),
            H("II. SƠ KẾT CÔNG TÁC 6 THÁNG ĐẦU NĂM 2022"),
            P("Đồng chí Đại úy Lâm Văn Sa Ren, Phó Bí thư Chi bộ, Phó Trưởng Công an xã, trình bày báo cáo sơ kết: "
              "trên địa bàn xảy ra 03 vụ trộm cắp tài sản, đã điều tra làm rõ cả 03 vụ, thu hồi 02 xe mô tô; phát "
              "hiện 01 vụ đánh bạc trái phép dịp Tết Chôl Chnăm Thmây, bắt quả tang 07 đối tượng, chuyển Công an thị "
              "xã xử lý; hòa giải thành 14/16 vụ mâu thuẫn trong nhân dân; tổ chức 162 lượt tuần tra; thu nhận 2.146 "
              "hồ sơ cấp căn cước công dân gắn chíp và 1.380 hồ sơ định danh điện tử mức 2. Hạn chế: tỷ lệ kích hoạt "
              "tài khoản định danh điện tử mới đạt 41%; việc nắm người lao động đi làm ăn xa theo mùa vụ hành tím "
              "chưa chặt chẽ."),
            H("III. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM"),
            P("Mở đợt cao điểm tấn công, trấn áp tội phạm; phấn đấu đến ngày 30/9/2022 có 70% người dân từ 14 tuổi "
              "trở lên được kích hoạt định danh điện tử; tuyên truyền phòng, chống lừa đảo qua mạng tại 08 ấp; bảo "
              "đảm an ninh trật tự Lễ Sene Đôlta và Lễ hội Oóc Om Bóc năm 2022."),
            H("IV. CHUYỂN SINH HOẠT ĐẢNG"),
            P("Thực hiện Quyết định số 1735/QĐ-CAT ngày 24/6/2022 của Giám đốc Công an tỉnh Sóc Trăng, đồng chí "
              "Thượng úy Thạch Ngọc Sang được điều động về công tác tại Đội Cảnh sát hình sự, Công an thị xã Vĩnh "
              "Châu. Chi bộ đề nghị Đảng ủy xã giới thiệu chuyển sinh hoạt đảng chính thức cho đồng chí Thạch Ngọc "
              "Sang về Chi bộ Đội Cảnh sát hình sự kể từ ngày 15/7/2022. Đồng chí Thạch Ngọc Sang cảm ơn chi bộ, hứa "
              "giữ gìn tư cách đảng viên ở đơn vị mới. Sau khi đồng chí chuyển đi, chi bộ còn 08 đảng viên."),
            H("V. THẢO LUẬN"),
            L("- Đồng chí Trung úy Danh Hoàng Phúc: đề nghị bố trí tổ lưu động về từng ấp thu nhận hồ sơ định danh "
              "điện tử vào buổi tối, vì ban ngày bà con đi làm ruộng hành, nuôi tôm."),
            L("- Đồng chí Sơn Thị Sô Phia: các đối tượng lừa đảo qua mạng nhắm vào gia đình có con đi làm ăn xa; đề "
              "nghị phối hợp với Hội Phụ nữ xã tuyên truyền bằng tiếng Khmer trên loa truyền thanh các ấp."),
            L("- Đồng chí Kim Văn Phước: ghi nhận kết quả của Công an xã; đề nghị chi bộ tham mưu Đảng ủy xã chỉ đạo "
              "các ấp giữ an ninh trật tự trong mùa lễ hội của đồng bào Khmer."),
            H("VI. KẾT LUẬN"),
            P("Đồng chí chủ trì kết luận: chi bộ thống nhất báo cáo sơ kết và phương hướng 6 tháng cuối năm; tập "
              "trung ba việc trọng tâm: đẩy nhanh Đề án 06, trấn áp tội phạm trộm cắp và lừa đảo qua mạng, bảo đảm an "
              "ninh trật tự Lễ Sene Đôlta. Giao nhiệm vụ như sau:"),
            L("- Đồng chí Danh Hoàng Phúc phụ trách tổ lưu động thu nhận hồ sơ định danh điện tử tại các ấp, hoàn "
              "thành chỉ tiêu trước ngày 30/9/2022."),
            L("- Đồng chí Sơn Thị Sô Phia phối hợp với Hội Liên hiệp Phụ nữ xã tuyên truyền phòng, chống lừa đảo qua "
              "mạng bằng tiếng Việt và tiếng Khmer, hằng tuần."),
            L("- Đồng chí Lâm Văn Sa Ren xây dựng kế hoạch bảo đảm an ninh trật tự Lễ Sene Đôlta năm 2022, trình Đảng "
              "ủy xã trước ngày 10/9/2022."),
            L("- Đồng chí Lý Minh Tâm hoàn thiện hồ sơ chuyển sinh hoạt đảng của đồng chí Thạch Ngọc Sang, gửi Văn "
              "phòng Đảng ủy xã trong tuần này."),
            P("Biểu quyết: chi bộ biểu quyết thông qua báo cáo sơ kết 6 tháng đầu năm và phương hướng, nhiệm vụ 6 "
              "tháng cuối năm 2022: 09/09 đồng chí tán thành, đạt 100%."),
            P("Buổi sinh hoạt kết thúc lúc 16 giờ 35 phút cùng ngày. Biên bản đã được đọc lại cho chi bộ nghe và "
              "được 09/09 đồng chí nhất trí thông qua."),
            S(["THƯ KÝ", "Trung úy Sơn Thị Sô Phia"], ["T/M CHI BỘ", "BÍ THƯ", "Thiếu tá Trần Quốc Huy"]),
        ],
        "truth": minute(
            meeting("regular", "2022-07-08", "14:00", "16:35", "Phòng họp trụ sở Công an xã Lai Hòa",
                    "CHI BỘ CÔNG AN XÃ", "ĐẢNG BỘ XÃ LAI HÒA"),
            "Trần Quốc Huy", "Bí thư Chi bộ", "Sơn Thị Sô Phia",
            attendance(9, 9, 0, 0, 0, 0, [],
                       [("Kim Văn Phước", "Phó Bí thư Thường trực Đảng ủy xã"),
                        ("Lý Thị Ngọc Diễm", "Đảng ủy viên, Chủ tịch Ủy ban Mặt trận Tổ quốc xã")]),
            True,
            [vote("Báo cáo sơ kết 6 tháng đầu năm và phương hướng 6 tháng cuối năm 2022", 9, pct=100)],
            [task("Danh Hoàng Phúc", "phụ trách tổ lưu động thu nhận hồ sơ định danh điện tử tại các ấp, hoàn thành "
                  "chỉ tiêu", "30/9/2022"),
             task("Sơn Thị Sô Phia", "phối hợp với Hội Liên hiệp Phụ nữ xã tuyên truyền phòng, chống lừa đảo qua mạng "
                  "bằng tiếng Việt và tiếng Khmer", "hằng tuần"),
             task("Lâm Văn Sa Ren", "xây dựng kế hoạch bảo đảm an ninh trật tự Lễ Sene Đôlta năm 2022, trình Đảng ủy "
                  "xã", "10/9/2022"),
             task("Lý Minh Tâm", "hoàn thiện hồ sơ chuyển sinh hoạt đảng của đồng chí Thạch Ngọc Sang, gửi Văn phòng "
                  "Đảng ủy xã", "tuần này")],
            []),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# u06 — Đắk Lắk, a district agency's cell: joint meeting with the trade union and the youth union on
# the 2016 drought; the mass organisations report, nobody is recorded giving an opinion.
# =================================================================================================
DOCS.append({
    "name": "u06-daklak-agency-joint-massorgs-drought-no-discussion", "folder": "test",
    "style": {"family": "sans", "size": 12, "justify": True, "indent": 24, "spacing": 1.3, "foot": "Trang {n}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ HUYỆN KRÔNG PẮC", "CHI BỘ PHÒNG NÔNG NGHIỆP VÀ PTNT", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Krông Pắc, ngày 05 tháng 4 năm 2016"], bold_left=(1,)),
            G(6),
            C("BIÊN BẢN", size=14),
            C("HỌP LIÊN TỊCH CHI BỘ – CÔNG ĐOÀN – CHI ĐOÀN CƠ QUAN"),
            C("Kỳ sinh hoạt tháng 4 năm 2016", bold=False, italic=True),
            G(6),
            H("I. THỜI GIAN, ĐỊA ĐIỂM"),
            P("Bắt đầu lúc 7 giờ 30 phút, ngày 05 tháng 4 năm 2016, tại Hội trường Phòng Nông nghiệp và PTNT huyện "
              "Krông Pắc."),
            H("II. THÀNH PHẦN"),
            L("1. Đảng viên chi bộ: tổng số 14 đồng chí; có mặt 13 đồng chí; vắng 01 đồng chí: Y Phôn Knul (đi kiểm "
              "tra thiệt hại do hạn hán tại xã Ea Uy theo phân công của UBND huyện)."),
            L("2. Ban Chấp hành Công đoàn cơ sở: 03 đồng chí, đều là đảng viên của chi bộ (đã tính trong số có mặt "
              "ở trên), do đồng chí Hoàng Thị Thu Hà, Chủ tịch Công đoàn, làm đại diện."),
            L("3. Ban Chấp hành Chi đoàn (chưa là đảng viên): Y Khu Êban, Bí thư Chi đoàn; H'Nhi Niê, Phó Bí thư "
              "Chi đoàn."),
            L("4. Chủ trì: đồng chí Lê Văn Quý, Bí thư chi bộ, Trưởng phòng. Thư ký: đồng chí Đỗ Thị Ngọc Ánh, Chi "
              "ủy viên."),
            H("III. NỘI DUNG"),
            P("1. Đồng chí Lê Văn Quý thông báo tình hình hạn hán: do ảnh hưởng của hiện tượng El Nino, từ cuối năm "
              "2015 đến nay trên địa bàn huyện hầu như không có mưa, nhiều hồ, đập cạn nước; toàn huyện có khoảng "
              "6.870 ha cây trồng bị hạn, trong đó 3.240 ha cà phê và 1.150 ha lúa Đông Xuân thiếu nước tưới; trên "
              "2.100 hộ thiếu nước sinh hoạt, tập trung ở các xã Ea Uy, Vụ Bổn, Ea Yiêng. Tỉnh đã công bố tình trạng "
              "thiên tai hạn hán. Phòng được UBND huyện giao thường trực tổng hợp thiệt hại, đề xuất hỗ trợ giống và "
              "kinh phí khoan giếng cho các xã."),
            P("2. Đồng chí Hoàng Thị Thu Hà báo cáo kế hoạch của Ban Chấp hành Công đoàn: vận động cán bộ, công "
              "chức, người lao động trong cơ quan ủng hộ mỗi người 01 ngày lương cho các hộ thiếu nước sinh hoạt; "
              "phối hợp với Hội Chữ thập đỏ huyện chở nước sạch đến các buôn của xã Ea Uy."),
            P("3. Y Khu Êban báo cáo kế hoạch của Chi đoàn: thành lập đội thanh niên tình nguyện 12 đoàn viên, cùng "
              "cán bộ kỹ thuật hướng dẫn bà con tưới tiết kiệm, tủ gốc giữ ẩm cho cà phê vào thứ Bảy, Chủ nhật."),
            P("4. Các đồng chí dự họp nhất trí với các báo cáo và kế hoạch phối hợp, không có ý kiến bổ sung."),
            H("IV. KẾT LUẬN"),
            P("Đồng chí chủ trì kết luận: chi bộ thống nhất kế hoạch phối hợp giữa chuyên môn, Công đoàn và Chi đoàn "
              "trong phòng, chống hạn; số liệu thiệt hại phải được kiểm tra thực tế tại từng thôn, buôn trước khi "
              "tổng hợp, bảo đảm hỗ trợ đúng đối tượng, công khai, không để xảy ra trục lợi chính sách. Cụ thể:"),
            L("- Đồng chí Nguyễn Xuân Bách tổng hợp số liệu thiệt hại của các xã, tham mưu UBND huyện báo cáo Sở "
              "Nông nghiệp và PTNT trước ngày 12/4/2016."),
            L("- Đồng chí Hoàng Thị Thu Hà tổ chức thu tiền ủng hộ, bàn giao cho Ủy ban Mặt trận Tổ quốc huyện trong "
              "tháng 4/2016."),
            L("- Chi đoàn thanh niên cơ quan tổ chức đợt tình nguyện đầu tiên tại xã Ea Uy vào thứ Bảy, ngày "
              "09/4/2016."),
            P("Biểu quyết: 100% thành viên dự họp nhất trí thông qua kế hoạch phối hợp."),
            P("Cuộc họp kết thúc lúc 9 giờ 30 phút cùng ngày. Biên bản đã được đọc lại cho các thành viên dự họp "
              "nghe và nhất trí thông qua."),
            S(["THƯ KÝ", "Đỗ Thị Ngọc Ánh"], ["T/M CHI BỘ", "BÍ THƯ", "Lê Văn Quý"]),
        ],
        "truth": minute(
            meeting("regular", "2016-04-05", "07:30", "09:30", "Hội trường Phòng Nông nghiệp và PTNT huyện Krông Pắc",
                    "CHI BỘ PHÒNG NÔNG NGHIỆP VÀ PTNT", "ĐẢNG BỘ HUYỆN KRÔNG PẮC"),
            "Lê Văn Quý", "Bí thư chi bộ", "Đỗ Thị Ngọc Ánh",
            attendance(14, 13, 1, 1, 0, 0,
                       [("Y Phôn Knul", "đi kiểm tra thiệt hại do hạn hán tại xã Ea Uy theo phân công của UBND huyện",
                         True)],
                       [("Y Khu Êban", "Bí thư Chi đoàn"), ("H'Nhi Niê", "Phó Bí thư Chi đoàn")]),
            True,
            [vote("Kế hoạch phối hợp phòng, chống hạn", pct=100)],
            [task("Nguyễn Xuân Bách", "tổng hợp số liệu thiệt hại của các xã, tham mưu UBND huyện báo cáo Sở Nông "
                  "nghiệp và PTNT", "12/4/2016"),
             task("Hoàng Thị Thu Hà", "tổ chức thu tiền ủng hộ, bàn giao cho Ủy ban Mặt trận Tổ quốc huyện",
                  "tháng 4/2016"),
             task("Chi đoàn thanh niên cơ quan", "tổ chức đợt tình nguyện đầu tiên tại xã Ea Uy",
                  "thứ Bảy, ngày 09/4/2016")],
            ["no_discussion"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# u07 — Hà Nội, a students' cell meeting online in the 2021 lockdown: recognising a probationary member
# as official (vote of the official members present); three absent with reasons, attendance 85,7 %.
# =================================================================================================
DOCS.append({
    "name": "u07-hanoi-students-online-official-recognition-low", "folder": "test",
    "style": {"family": "serif", "size": 12, "justify": False, "indent": 0, "spacing": 1.4,
              "head": "Chi bộ Sinh viên – Biên bản sinh hoạt tháng 8/2021", "head_align": "right", "foot": "{n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ HỌC VIỆN", "NÔNG NGHIỆP VIỆT NAM", "CHI BỘ SINH VIÊN", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hà Nội, ngày 20 tháng 8 năm 2021"], bold_left=(2,)),
            G(6),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 8/2021"),
            C("(Hình thức trực tuyến)", bold=False, italic=True),
            G(6),
            P("Thực hiện Chỉ thị số 17/CT-UBND ngày 23/7/2021 của Chủ tịch UBND thành phố Hà Nội về giãn cách xã hội "
              "và hướng dẫn của Đảng ủy Học viện về sinh hoạt đảng trong thời gian phòng, chống dịch Covid-19, Chi "
              "bộ Sinh viên tổ chức sinh hoạt thường kỳ tháng 8/2021 theo hình thức trực tuyến.", indent=24),
            L("1. Thời gian: 20 giờ 00 phút, ngày 20/8/2021."),
            L("2. Địa điểm: trực tuyến qua phần mềm Zoom; điểm cầu chính tại Phòng họp Văn phòng Đảng ủy Học viện."),
            L("3. Chủ trì: đồng chí Vũ Thị Phương Thảo, Bí thư Chi bộ, giảng viên Khoa Kinh tế và Phát triển nông "
              "thôn."),
            L("4. Thư ký: đồng chí Ngô Quang Huy, Phó Bí thư Chi bộ, sinh viên lớp K63KTNNA."),
            L("5. Khách mời: đồng chí Trần Mạnh Cường, Đảng ủy viên, Bí thư Đoàn Thanh niên Học viện."),
            L("6. Đảng viên: tổng số 21 đồng chí (07 chính thức, 14 dự bị); tham dự 18 đồng chí, đạt 85,7%; vắng 03 "
              "đồng chí, đều có lý do:"),
            L("- Nông Thị Huyền: đang ở quê (huyện Bảo Lạc, tỉnh Cao Bằng), khu vực không có sóng Internet;"),
            L("- Lò Văn Duẩn: đang cách ly y tế tập trung tại tỉnh Sơn La;"),
            L("- Phan Minh Đức: tham gia tổ Covid cộng đồng, trực chốt kiểm soát dịch tại quê nhà (thị xã Kỳ Anh, "
              "tỉnh Hà Tĩnh)."),
            H("I. THÔNG TIN THỜI SỰ"),
            L("Đồng chí Bí thư thông tin: Kỳ họp thứ nhất Quốc hội khóa XV (từ ngày 20 đến 28/7/2021) đã bầu các "
              "chức danh lãnh đạo chủ chốt của Nhà nước; thành phố Hà Nội tiếp tục giãn cách xã hội, phân vùng xét "
              "nghiệm để kiểm soát dịch; Học viện tổ chức học kỳ I năm học 2021 – 2022 hoàn toàn trực tuyến và khai "
              "giảng trực tuyến cho tân sinh viên K66."),
            H("II. ĐÁNH GIÁ THÁNG 7 VÀ NHIỆM VỤ THÁNG 8"),
            L("Tháng 7, 100% đảng viên hoàn thành học kỳ phụ trực tuyến; 06 đảng viên tham gia đội sinh viên tình "
              "nguyện giúp thị trấn Trâu Quỳ nhập liệu thông tin tiêm chủng; đảng viên Lê Hoàng Yến được Trung ương "
              "Đoàn tặng bằng khen về thành tích nghiên cứu khoa học. Hạn chế: 02 đảng viên nộp bản thu hoạch học "
              "tập Nghị quyết Đại hội XIII chậm; sinh hoạt chi đoàn ở một số lớp do đảng viên phụ trách còn hình "
              "thức. Tháng 8: hỗ trợ tân sinh viên làm thủ tục nhập học trực tuyến; tuyên truyền “ai ở đâu ở yên "
              "đó”; mỗi đảng viên tham gia ít nhất một hoạt động tình nguyện tại nơi cư trú."),
            H("III. XÉT CÔNG NHẬN ĐẢNG VIÊN CHÍNH THỨC"),
            L("Đồng chí Đào Thị Minh Châu, sinh viên lớp K63QTKDA, được kết nạp vào Đảng ngày 19/8/2020, hết thời "
              "gian dự bị ngày 19/8/2021. Đồng chí Châu đọc bản tự kiểm điểm trong thời gian dự bị. Đồng chí Ngô "
              "Quang Huy, đảng viên được phân công giúp đỡ, nhận xét: đồng chí Châu đạt điểm trung bình tích lũy "
              "3,52/4, là Bí thư Chi đoàn lớp, chấp hành tốt chủ trương của Đảng; hạn chế là đôi lúc chưa mạnh dạn "
              "đấu tranh với biểu hiện sai trái trong tập thể. Ban Chấp hành Chi đoàn lớp K63QTKDA và chi ủy nơi cư "
              "trú (tổ dân phố Kiên Thành, thị trấn Trâu Quỳ) đều có văn bản đề nghị công nhận."),
            L("Đảng viên chính thức tham dự 06/07 đồng chí biểu quyết bằng hình thức giơ tay trên phần mềm. Kết quả: "
              "06/06 đồng chí tán thành công nhận đồng chí Đào Thị Minh Châu là đảng viên chính thức, đạt 100%."),
            H("IV. THẢO LUẬN"),
            L("- Đồng chí Lê Hoàng Yến: đề nghị chi bộ lập nhóm hỗ trợ tân sinh viên miền núi chưa có máy tính để "
              "học trực tuyến, kết nối với chương trình “Sóng và máy tính cho em”."),
            L("- Đồng chí Trần Mạnh Cường: Đoàn Thanh niên Học viện sẽ phối hợp vận động máy tính cũ; đề nghị đảng "
              "viên sinh viên làm nòng cốt trong các đội hình tình nguyện."),
            L("- Đồng chí Đào Thị Minh Châu: cảm ơn chi bộ, hứa phát huy vai trò đảng viên trong Chi đoàn lớp."),
            H("V. KẾT LUẬN"),
            L("Đồng chí chủ trì kết luận: tháng 8 chi bộ tập trung hỗ trợ tân sinh viên nhập học trực tuyến, giữ "
              "nghiêm yêu cầu phòng dịch tại nơi cư trú; hồ sơ đề nghị Đảng ủy Học viện ra quyết định công nhận đảng "
              "viên chính thức cho đồng chí Đào Thị Minh Châu phải hoàn thành trong tháng. Chi bộ nhất trí thông qua "
              "nghị quyết tháng 8/2021 với 100% đảng viên tham dự tán thành."),
            H("VI. PHÂN CÔNG"),
            L("- Đồng chí Ngô Quang Huy hoàn thiện hồ sơ công nhận đảng viên chính thức của đồng chí Đào Thị Minh "
              "Châu, gửi Văn phòng Đảng ủy trước ngày 27/8/2021."),
            L("- Đồng chí Lê Hoàng Yến lập danh sách tân sinh viên K66 có hoàn cảnh khó khăn, chưa có thiết bị học "
              "trực tuyến, xong trước ngày khai giảng."),
            L("- Đồng chí Đào Thị Minh Châu phụ trách nhóm đảng viên hỗ trợ tân sinh viên làm thủ tục nhập học trực "
              "tuyến trong tháng 9/2021."),
            L("Buổi sinh hoạt kết thúc lúc 21 giờ 50 phút cùng ngày. Biên bản được thư ký đọc lại trên phần mềm và "
              "được các đồng chí tham dự nhất trí thông qua."),
            S(["THƯ KÝ", "Ngô Quang Huy"], ["T/M CHI ỦY", "BÍ THƯ", "Vũ Thị Phương Thảo"]),
        ],
        "truth": minute(
            meeting("regular", "2021-08-20", "20:00", "21:50", "Phòng họp Văn phòng Đảng ủy Học viện",
                    "CHI BỘ SINH VIÊN", "ĐẢNG BỘ HỌC VIỆN NÔNG NGHIỆP VIỆT NAM"),
            "Vũ Thị Phương Thảo", "Bí thư Chi bộ", "Ngô Quang Huy",
            attendance(21, 18, 3, 3, 0, 0,
                       [("Nông Thị Huyền", "đang ở quê (huyện Bảo Lạc, tỉnh Cao Bằng), khu vực không có sóng "
                         "Internet", True),
                        ("Lò Văn Duẩn", "đang cách ly y tế tập trung tại tỉnh Sơn La", True),
                        ("Phan Minh Đức", "tham gia tổ Covid cộng đồng, trực chốt kiểm soát dịch tại quê nhà (thị xã "
                         "Kỳ Anh, tỉnh Hà Tĩnh)", True)],
                       [("Trần Mạnh Cường", "Đảng ủy viên, Bí thư Đoàn Thanh niên Học viện")]),
            True,
            [vote("Công nhận đồng chí Đào Thị Minh Châu là đảng viên chính thức (đảng viên chính thức)", 6, pct=100),
             vote("Nghị quyết tháng 8/2021", pct=100)],
            [task("Ngô Quang Huy", "hoàn thiện hồ sơ công nhận đảng viên chính thức của đồng chí Đào Thị Minh Châu, "
                  "gửi Văn phòng Đảng ủy", "27/8/2021"),
             task("Lê Hoàng Yến", "lập danh sách tân sinh viên K66 có hoàn cảnh khó khăn, chưa có thiết bị học trực "
                  "tuyến", "ngày khai giảng"),
             task("Đào Thị Minh Châu", "phụ trách nhóm đảng viên hỗ trợ tân sinh viên làm thủ tục nhập học trực "
                  "tuyến", "tháng 9/2021")],
            ["low_attendance"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# u08 — Quảng Ngãi, a fishing village's cell: extraordinary meeting on the eve of storm No. 9 (Molave,
# October 2020); 70 minutes, no vote, ends with the end time only. Scanned twin: u13 (moderate, 200 dpi).
# =================================================================================================
DOCS.append({
    "name": "u08-quangngai-village-storm-extraordinary-short-novote-unapproved", "folder": "test",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 28, "spacing": 1.3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ BÌNH CHÂU", "CHI BỘ THÔN CHÂU TÂN", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Bình Châu, ngày 26 tháng 10 năm 2020"], bold_left=(1,)),
            G(6),
            C("BIÊN BẢN", size=14),
            C("HỌP CHI BỘ BẤT THƯỜNG"),
            C("V/v triển khai công tác phòng, chống cơn bão số 9", bold=False, italic=True),
            G(6),
            P("Vào lúc 19 giờ 30 phút, ngày 26/10/2020, tại Nhà văn hóa thôn Châu Tân, Chi bộ thôn Châu Tân họp bất "
              "thường để triển khai Công điện khẩn của Ban Chỉ huy Phòng chống thiên tai – Tìm kiếm cứu nạn và Phòng "
              "thủ dân sự xã về ứng phó với cơn bão số 9 (bão Molave). Theo dự báo, đây là cơn bão rất mạnh, sức gió "
              "vùng gần tâm bão cấp 13 – 14, giật cấp 16 – 17, đổ bộ vào vùng biển và đất liền các tỉnh từ Quảng "
              "Nam đến Bình Định vào khoảng trưa ngày 28/10/2020."),
            L("Chủ trì: đồng chí Trương Công Thanh – Bí thư Chi bộ, Trưởng thôn."),
            L("Thư ký: đồng chí Bùi Thị Thu Sương – Chi ủy viên."),
            L("Đảng viên: tổng số 32 đồng chí, miễn sinh hoạt 04 đồng chí, phải dự 28 đồng chí; có mặt 26 đồng chí; "
              "vắng 02 đồng chí: Lê Văn Cu, Đặng Ngọc Hòa (đang đi biển, tàu đang chạy vào bờ tránh trú)."),
            L("Dự họp có đồng chí Huỳnh Tấn Phát – Phó Chủ tịch UBND xã, phụ trách địa bàn thôn."),
            P("1. Đồng chí Bí thư thông tin diễn biến của cơn bão và yêu cầu của cấp trên. Đến 17 giờ chiều nay, "
              "thôn còn 04 tàu cá với 37 lao động đang hoạt động trên biển, trong đó 02 tàu đang ở ngư trường Hoàng "
              "Sa; toàn thôn có 162 hộ với 548 nhân khẩu ở nhà tạm, nhà xuống cấp hoặc sát mép biển có nguy cơ sạt "
              "lở, phải di dời; khu neo đậu tại cảng cá Sa Kỳ đã kín chỗ. Cấp trên yêu cầu hoàn thành sơ tán dân "
              "trước 17 giờ ngày 27/10/2020, không để người ở lại trên tàu thuyền, lồng bè khi bão vào."),
            P("2. Ý kiến của đảng viên:"),
            L("- Đồng chí Phạm Văn Bốn (Tổ trưởng Tổ đoàn kết trên biển số 3): hai tàu ở Hoàng Sa dự kiến về đến "
              "cửa Sa Kỳ vào sáng 27/10; đề nghị Đồn Biên phòng hỗ trợ liên lạc qua máy thông tin tầm xa."),
            L("- Đồng chí Võ Thị Nở (Chi hội trưởng Chi hội Phụ nữ): nhiều hộ người già, neo đơn không tự chằng chống "
              "được nhà cửa; đề nghị thanh niên giúp trước khi sơ tán, chị em nấu cơm nắm cho bà con ở điểm sơ tán."),
            L("- Đồng chí Nguyễn Văn Ba: tổ xung kích có 25 người, đủ bao cát, dây thép để chằng chống nhưng còn "
              "thiếu áo phao."),
            P("3. Kết luận: Đồng chí chủ trì kết luận: đây là cơn bão rất mạnh, toàn chi bộ không được chủ quan; đảng "
              "viên phải gương mẫu đưa gia đình mình đi sơ tán trước, cùng các đoàn thể vận động bà con chấp hành, "
              "kiên quyết cưỡng chế những trường hợp không chịu di dời; giữ liên lạc thường xuyên với các tàu còn "
              "trên biển. Giao nhiệm vụ cụ thể:"),
            L("- Đồng chí Phạm Văn Bốn giữ liên lạc với 04 tàu còn trên biển, báo cáo Ban Chỉ huy xã hằng giờ."),
            L("- Đồng chí Nguyễn Văn Ba cùng tổ xung kích thôn giúp các hộ neo đơn chằng chống nhà cửa, xong trước "
              "12 giờ ngày 27/10/2020."),
            L("- Đồng chí Võ Thị Nở vận động, đưa 162 hộ dân đến các điểm sơ tán tại Trường Tiểu học Bình Châu và các "
              "nhà kiên cố, hoàn thành trước 17 giờ ngày 27/10/2020."),
            L("- Tổ an ninh thôn bảo vệ tài sản của các hộ đi sơ tán trong suốt thời gian bão."),
            P("Cuộc họp kết thúc lúc 20 giờ 40 phút cùng ngày."),
            S(["THƯ KÝ", "Bùi Thị Thu Sương"], ["BÍ THƯ CHI BỘ", "Trương Công Thanh"]),
        ],
        "truth": minute(
            meeting("regular", "2020-10-26", "19:30", "20:40", "Nhà văn hóa thôn Châu Tân", "CHI BỘ THÔN CHÂU TÂN",
                    "ĐẢNG BỘ XÃ BÌNH CHÂU"),
            "Trương Công Thanh", "Bí thư Chi bộ", "Bùi Thị Thu Sương",
            attendance(32, 26, 2, 2, 0, 4,
                       [("Lê Văn Cu", "đang đi biển, tàu đang chạy vào bờ tránh trú", True),
                        ("Đặng Ngọc Hòa", "đang đi biển, tàu đang chạy vào bờ tránh trú", True)],
                       [("Huỳnh Tấn Phát", "Phó Chủ tịch UBND xã, phụ trách địa bàn thôn")]),
            True,
            [],
            [task("Phạm Văn Bốn", "giữ liên lạc với 04 tàu còn trên biển, báo cáo Ban Chỉ huy xã", "hằng giờ"),
             task("Nguyễn Văn Ba", "cùng tổ xung kích thôn giúp các hộ neo đơn chằng chống nhà cửa",
                  "12 giờ ngày 27/10/2020"),
             task("Võ Thị Nở", "vận động, đưa 162 hộ dân đến các điểm sơ tán tại Trường Tiểu học Bình Châu và các nhà "
                  "kiên cố", "17 giờ ngày 27/10/2020"),
             task("Tổ an ninh thôn", "bảo vệ tài sản của các hộ đi sơ tán", "suốt thời gian bão")],
            ["missing_vote", "not_approved", "short_meeting"]),
    }],
    "flags": [],
    "scans": [{"name": "u13-quangngai-storm-extraordinary-scan-moderate", "folder": "test", "damage": "moderate",
               "seed": 1713, "dpi": 200}],
})


# =================================================================================================
# u09 — Hà Nội (Hà Đông), a retired cadres' cell, 2008: the October meeting put off by the great flood of
# 31/10–01/11 and held on 06/11 on an old typed form; place, guests and the chair's conclusion left as
# dots, "(Ký, ghi rõ họ tên)" kept. Scanned twin: u14 (photocopy, 250 dpi).
# =================================================================================================
DOCS.append({
    "name": "u09-hanoi-retired-postponed-flood-form-unfilled-no-conclusion", "folder": "test",
    "style": {"family": "mono", "size": 10.5, "justify": False, "indent": 0, "spacing": 1.3, "left": 66,
              "right": 46, "top": 48, "bottom": 50},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG QUANG TRUNG", "CHI BỘ HƯU TRÍ KHỐI 5", "Số: ……/BB-CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hà Đông, ngày 06 tháng 11 năm 2008"], bold_left=(1,)),
            G(2),
            C("BIÊN BẢN SINH HOẠT CHI BỘ", size=12),
            C("Tháng 10 năm 2008", size=11),
            L("(Kỳ sinh hoạt tháng 10 dự kiến ngày 01/11/2008 phải lùi lại do mưa lớn gây ngập úng trên địa bàn)",
              italic=True),
            L("1. Thời gian: bắt đầu 8 giờ 00 phút, ngày 06 tháng 11 năm 2008."),
            L("2. Địa điểm: ……………………………………"),
            L("3. Chủ trì: đồng chí Nguyễn Văn Cẩn, Bí thư chi bộ. Thư ký: đồng chí Lê Thị Hảo."),
            L("4. Tổng số đảng viên: 28; miễn sinh hoạt: 06; phải dự: 22; có mặt: 20; vắng: 02 (có lý do: đ/c Đào "
              "Văn Khang nằm viện; đ/c Lưu Thị Mến nhà bị ngập, không đi được)."),
            L("5. Khách mời: ……………………………………"),
            L("6. Nội dung sinh hoạt:"),
            L("a) Thông tin thời sự: từ đêm 30/10 đến ngày 01/11/2008 Thủ đô có mưa lớn, nhiều nơi trên 500 mm, "
              "nhiều tuyến phố, khu dân cư ngập sâu; trên địa bàn phường có 3 tổ dân phố ngập từ 0,5 m đến 1 m, "
              "nước rút chậm. Từ ngày 01/8/2008 thành phố Hà Đông trực thuộc thành phố Hà Nội. Hội nghị Trung ương "
              "7 (khóa X) ra nghị quyết về nông nghiệp, nông dân, nông thôn; về đội ngũ trí thức; về công tác thanh "
              "niên."),
            L("b) Đánh giá tháng 10: thu đảng phí quý III đủ; 100% đảng viên đóng góp Quỹ “Vì người nghèo” của "
              "phường, tổng số 2.350.000 đồng; 18 đồng chí học tập chuyên đề “Học tập và làm theo tấm gương đạo "
              "đức Hồ Chí Minh” năm 2008. Hạn chế: nắm tình hình đảng viên cao tuổi ốm đau chưa kịp thời; 2 đồng "
              "chí chưa nộp bản thu hoạch."),
            L("c) Ý kiến thảo luận:"),
            L("- Đ/c Trịnh Xuân Nghiêm: mưa lụt vừa qua nhiều gia đình hưu trí hư hỏng đồ đạc, chi bộ nên đề nghị "
              "phường thăm hỏi; vận động đảng viên ủng hộ đồng bào bị lũ lụt."),
            L("- Đ/c Phùng Thị Lan: khu tập thể nhà máy cũ còn ngập, rác thải nhiều, cần phối hợp tổ dân phố tổng "
              "vệ sinh, phun thuốc khử trùng phòng dịch sau lũ."),
            L("- Đ/c Đỗ Đình Tiến: đề nghị chi bộ đi thăm đ/c Đào Văn Khang đang nằm viện."),
            L("d) Nhiệm vụ tháng 11:"),
            L("- Giao đ/c Phùng Thị Lan cùng Chi hội Phụ nữ khối thăm hỏi 14 hộ bị ngập nặng, xong trong tuần "
              "này."),
            L("- Giao đ/c Trịnh Xuân Nghiêm thu tiền ủng hộ đồng bào bị lũ lụt, nộp về Đảng ủy phường trước ngày "
              "15/11/2008."),
            L("- Giao đ/c Đỗ Đình Tiến thay mặt chi bộ thăm đ/c Đào Văn Khang tại Bệnh viện 103."),
            L("7. Biểu quyết: chi bộ nhất trí 100% các nội dung trên."),
            L("8. Kết luận của chủ trì: ……………………………………"),
            L("Buổi sinh hoạt kết thúc lúc 10 giờ 00 phút. Biên bản đã đọc lại cho chi bộ nghe và nhất trí thông "
              "qua."),
            S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "Lê Thị Hảo"], ["BÍ THƯ", "(Ký, ghi rõ họ tên)", "Nguyễn Văn Cẩn"]),
        ],
        "truth": minute(
            meeting("regular", "2008-11-06", "08:00", "10:00", None, "CHI BỘ HƯU TRÍ KHỐI 5",
                    "ĐẢNG BỘ PHƯỜNG QUANG TRUNG", month=10, year=2008),
            "Nguyễn Văn Cẩn", "Bí thư chi bộ", "Lê Thị Hảo",
            attendance(28, 20, 2, 2, 0, 6,
                       [("Đào Văn Khang", "nằm viện", True), ("Lưu Thị Mến", "nhà bị ngập, không đi được", True)], []),
            False,
            [vote("Các nội dung sinh hoạt tháng 10/2008", pct=100)],
            [task("Phùng Thị Lan", "cùng Chi hội Phụ nữ khối thăm hỏi 14 hộ bị ngập nặng", "tuần này"),
             task("Trịnh Xuân Nghiêm", "thu tiền ủng hộ đồng bào bị lũ lụt, nộp về Đảng ủy phường", "15/11/2008"),
             task("Đỗ Đình Tiến", "thay mặt chi bộ thăm đ/c Đào Văn Khang tại Bệnh viện 103", None)],
            ["missing_conclusion", "unfilled_template"]),
    }],
    "flags": [],
    "scans": [{"name": "u14-hanoi-retired-postponed-scan-photocopy", "folder": "test", "damage": "photocopy",
               "seed": 1714, "dpi": 250}],
})


# =================================================================================================
# u10 — Kon Tum, a border-guard post's cell, May 2011: the admission ceremony (decision read, the oath)
# for a Xơ Đăng soldier, then the regular May meeting combined with the quarter's thematic meeting. Clean.
# =================================================================================================
DOCS.append({
    "name": "u10-kontum-border-guard-combined-admission-oath-clean", "folder": "test",
    "style": {"family": "dvsans", "size": 10.5, "justify": False, "indent": 18, "spacing": 1.35,
              "head": "Đồn Biên phòng Đắk Blô – Chi bộ Đội Vận động quần chúng", "head_align": "right",
              "foot": "Trang {n}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ ĐỒN BIÊN PHÒNG ĐẮK BLÔ", "CHI BỘ ĐỘI VẬN ĐỘNG QUẦN CHÚNG", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đắk Blô, ngày 16 tháng 5 năm 2011"], bold_left=(1,)),
            G(6),
            C("BIÊN BẢN", size=13),
            C("SINH HOẠT CHI BỘ THÁNG 5 KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ II NĂM 2011"),
            C("Chuyên đề: Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về nâng cao đạo đức cách mạng, quét "
              "sạch chủ nghĩa cá nhân", bold=False, italic=True),
            G(6),
            H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            L("1. Thời gian: từ 07 giờ 30 phút đến 10 giờ 20 phút, ngày 16/5/2011."),
            L("2. Địa điểm: Hội trường Đồn Biên phòng Đắk Blô."),
            L("3. Chủ trì: đồng chí Thiếu tá Nguyễn Văn Lâm, Đội trưởng Đội Vận động quần chúng, Bí thư chi bộ."),
            L("4. Thư ký: đồng chí Trung úy A Hyên, Chi ủy viên."),
            L("5. Đảng viên: tổng số 12 đồng chí (chính thức 11, dự bị 01); có mặt 11 đồng chí; vắng 01 đồng chí: "
              "Đại úy Hồ Ngọc Tú (đi học lớp bồi dưỡng nghiệp vụ vận động quần chúng tại Bộ Chỉ huy Bộ đội Biên "
              "phòng tỉnh)."),
            L("6. Đại biểu: đồng chí Trung tá Phan Đình Thuận, Phó Chính trị viên Đồn, Đảng ủy viên."),
            L("7. Quần chúng được kết nạp: Hạ sĩ A Phiên, chiến sĩ Đội Vận động quần chúng, người dân tộc Xơ Đăng."),
            H("II. NỘI DUNG"),
            H("Phần thứ nhất: Lễ kết nạp đảng viên"),
            P("Chi bộ làm lễ chào cờ. Đồng chí Bí thư chi bộ tuyên bố lý do, đọc Quyết định số 86-QĐ/ĐU ngày "
              "05/5/2011 của Đảng ủy Bộ đội Biên phòng tỉnh Kon Tum về việc kết nạp quần chúng A Phiên vào Đảng Cộng "
              "sản Việt Nam. Đồng chí A Phiên đọc lời tuyên thệ: tuyệt đối trung thành với mục đích, lý tưởng của "
              "Đảng; chấp hành nghiêm Cương lĩnh chính trị, Điều lệ Đảng, nghị quyết của Đảng và pháp luật của Nhà "
              "nước; hoàn thành tốt nhiệm vụ được giao; giữ gìn phẩm chất đạo đức, gắn bó mật thiết với nhân dân; "
              "phục tùng tổ chức, giữ gìn đoàn kết thống nhất trong Đảng."),
            P("Đồng chí Phan Đình Thuận thay mặt Đảng ủy Đồn chúc mừng, nhắc nhở đồng chí A Phiên phấn đấu để được "
              "công nhận đảng viên chính thức đúng thời hạn. Chi bộ phân công đồng chí A Hyên giúp đỡ đồng chí A "
              "Phiên trong 12 tháng dự bị."),
            H("Phần thứ hai: Sinh hoạt thường kỳ tháng 5"),
            P("1. Thông tin: cuộc bầu cử đại biểu Quốc hội khóa XIII và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ "
              "2011 – 2016 diễn ra vào Chủ nhật, ngày 22/5/2011; Đảng ủy Đồn chỉ đạo các tổ công tác bám thôn, giúp "
              "xã Đắk Blô niêm yết danh sách cử tri, tuyên truyền bằng tiếng Xơ Đăng, Giẻ Triêng."),
            P("2. Kết quả tháng 4: phối hợp tuần tra song phương với lực lượng bảo vệ biên giới nước bạn Lào 02 lần, "
              "phát quang đường biên 6 km, bảo vệ an toàn các mốc quốc giới; vận động 11 hộ đồng bào khai hoang làm "
              "lúa nước ở thôn Đắk Book; giúp 02 học sinh nghèo tiếp tục đến trường. Hạn chế: một số đảng viên chưa "
              "thạo tiếng dân tộc; sổ theo dõi địa bàn ghi chép chưa đầy đủ."),
            P("3. Nhiệm vụ tháng 5: bảo đảm an ninh trật tự, an toàn tuyệt đối cho ngày bầu cử; phòng, chống cháy "
              "rừng cuối mùa khô; tổ chức kỷ niệm 121 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2011)."),
            H("Phần thứ ba: Sinh hoạt chuyên đề"),
            P("Đồng chí Phan Đình Thuận quán triệt nội dung chuyên đề năm 2011, liên hệ với công tác vận động quần "
              "chúng: cán bộ ở thôn phải thực hiện “ba cùng” với đồng bào, không vụ lợi, không nhận quà biếu của "
              "dân; chủ nghĩa cá nhân thể hiện ở việc ngại xuống cơ sở, báo cáo không trung thực kết quả công tác."),
            H("Thảo luận"),
            L("- Đồng chí Lê Quang Vinh: bản thân có lúc ngại ở lại thôn qua đêm trong mùa mưa; xin nhận khuyết "
              "điểm, đăng ký mỗi tháng bám thôn ít nhất 15 ngày."),
            L("- Đồng chí A Hyên: đề nghị Đội mở lớp dạy tiếng Xơ Đăng cho cán bộ, chiến sĩ mới về đơn vị, mỗi tuần "
              "hai buổi tối."),
            L("- Đồng chí Võ Thành Trung: thôn Đắk Túc còn 3 hộ nghe kẻ xấu xúi giục, có ý định bỏ đi nơi khác; đề "
              "nghị phối hợp với già làng vận động."),
            H("III. KẾT LUẬN"),
            P("Đồng chí chủ trì kết luận: chi bộ đã tổ chức trang trọng lễ kết nạp đảng viên; sinh hoạt chuyên đề có "
              "liên hệ thiết thực với nhiệm vụ. Tháng 5, nhiệm vụ trọng tâm là bảo đảm an toàn cuộc bầu cử; mỗi đảng "
              "viên xây dựng kế hoạch tu dưỡng theo chuyên đề, tự kiểm điểm vào cuối quý. Giao nhiệm vụ:"),
            L("- Đồng chí Lê Quang Vinh phụ trách tổ công tác hỗ trợ bầu cử tại thôn Đắk Book và thôn Đắk Túc, đến "
              "hết ngày 22/5/2011."),
            L("- Đồng chí Võ Thành Trung cùng già làng A Brưu vận động 3 hộ ở thôn Đắk Túc ổn định cuộc sống, báo "
              "cáo kết quả trước ngày 30/5/2011."),
            L("- Đồng chí A Hyên mở lớp dạy tiếng Xơ Đăng cho cán bộ, chiến sĩ mới vào tối thứ Ba và thứ Năm hằng "
              "tuần."),
            P("Biểu quyết: 11/11 đồng chí đảng viên có mặt tán thành nghị quyết tháng 5 và nội dung chuyên đề, đạt "
              "100%."),
            P("Buổi sinh hoạt kết thúc lúc 10 giờ 20 phút. Biên bản đã được đọc lại và được chi bộ nhất trí thông "
              "qua."),
            S(["THƯ KÝ", "Trung úy A Hyên"], ["BÍ THƯ CHI BỘ", "Thiếu tá Nguyễn Văn Lâm"]),
        ],
        "truth": minute(
            meeting("regular", "2011-05-16", "07:30", "10:20", "Hội trường Đồn Biên phòng Đắk Blô",
                    "CHI BỘ ĐỘI VẬN ĐỘNG QUẦN CHÚNG", "ĐẢNG BỘ ĐỒN BIÊN PHÒNG ĐẮK BLÔ",
                    topic="Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về nâng cao đạo đức cách mạng, quét "
                          "sạch chủ nghĩa cá nhân"),
            "Nguyễn Văn Lâm", "Bí thư chi bộ", "A Hyên",
            attendance(12, 11, 1, 1, 0, 0,
                       [("Hồ Ngọc Tú", "đi học lớp bồi dưỡng nghiệp vụ vận động quần chúng tại Bộ Chỉ huy Bộ đội "
                         "Biên phòng tỉnh", True)],
                       [("Phan Đình Thuận", "Phó Chính trị viên Đồn, Đảng ủy viên"),
                        ("A Phiên", "chiến sĩ Đội Vận động quần chúng, người dân tộc Xơ Đăng")]),
            True,
            [vote("Nghị quyết tháng 5 và nội dung chuyên đề quý II/2011", 11, pct=100)],
            [task("A Hyên", "giúp đỡ đồng chí A Phiên", "12 tháng dự bị"),
             task("Lê Quang Vinh", "phụ trách tổ công tác hỗ trợ bầu cử tại thôn Đắk Book và thôn Đắk Túc",
                  "hết ngày 22/5/2011"),
             task("Võ Thành Trung", "cùng già làng A Brưu vận động 3 hộ ở thôn Đắk Túc ổn định cuộc sống, báo cáo kết "
                  "quả", "30/5/2011"),
             task("A Hyên", "mở lớp dạy tiếng Xơ Đăng cho cán bộ, chiến sĩ mới", "tối thứ Ba và thứ Năm hằng tuần")],
            []),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# u11 — Đà Nẵng, a ward's residential cell: its minute book April–September 2017 (5 minutes, one
# template, each minute typed on under the previous one's signatures). July has no meeting; the only
# thematic meeting (combined with May's) lies in Q2, none in Q3; Trần Văn Lực is absent without reason
# in April, June and August.
# =================================================================================================
_HD11 = (["ĐẢNG BỘ PHƯỜNG AN HẢI BẮC", "CHI BỘ KHU DÂN CƯ SỐ 6", "*"])
_LOC11 = "Nhà sinh hoạt cộng đồng khu dân cư số 6, đường Phạm Văn Đồng"
DOCS.append({
    "name": "u11-danang-ward-book-2017-five-minutes-gap-july", "folder": "test",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 26, "spacing": 1.25, "foot": "- {n} -"},
    "between": 20,
    "minutes": [
        # ---- April 2017 ------------------------------------------------------------------------------
        {"blocks": [
            HD(_HD11, ["ĐẢNG CỘNG SẢN VIỆT NAM", "An Hải Bắc, ngày 06 tháng 4 năm 2017"], bold_left=(1,)),
            G(4),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 4 NĂM 2017"),
            H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            L("- Thời gian: 19 giờ 30 phút, ngày 06/4/2017."),
            L("- Địa điểm: Nhà sinh hoạt cộng đồng khu dân cư số 6, đường Phạm Văn Đồng."),
            L("- Chủ trì: đồng chí Phan Văn Thọ, Bí thư chi bộ. Thư ký: đồng chí Lê Thị Hồng Vân, Phó Bí thư chi bộ."),
            L("- Đảng viên: tổng số 36 đồng chí; miễn sinh hoạt 08 đồng chí; phải dự 28 đồng chí; có mặt 26 đồng chí; "
              "vắng 02 đồng chí: Huỳnh Thị Cúc (đi chăm cháu ở TP. Hồ Chí Minh), Trần Văn Lực (không lý do)."),
            H("II. NỘI DUNG"),
            P("1. Thông tin thời sự: thành phố triển khai kế hoạch chỉnh trang đô thị, bảo đảm môi trường, an ninh "
              "trật tự phục vụ Tuần lễ Cấp cao APEC 2017; Lễ hội pháo hoa quốc tế Đà Nẵng năm 2017 khai mạc cuối "
              "tháng 4; Nghị quyết Hội nghị Trung ương 4 khóa XII về tăng cường xây dựng, chỉnh đốn Đảng."),
            P("2. Kết quả tháng 3: tổ chức kỷ niệm 42 năm Ngày giải phóng thành phố Đà Nẵng (29/3/1975 – 29/3/2017); "
              "vận động 41 hộ kinh doanh ven đường Phạm Văn Đồng tháo dỡ mái che, bảng hiệu lấn chiếm vỉa hè; 100% "
              "hộ đăng ký “Gia đình văn hóa”. Hạn chế: còn đổ rác không đúng giờ ở kiệt 12; thu đảng phí quý I chậm."),
            P("3. Nhiệm vụ tháng 4: ra quân tổng vệ sinh môi trường sáng Chủ nhật 16/4/2017; rà soát hộ nghèo, hộ "
              "cận nghèo; phối hợp Công an phường quản lý lưu trú của khách du lịch trong mùa lễ hội pháo hoa."),
            H("III. THẢO LUẬN"),
            L("- Đồng chí Nguyễn Đình Hiếu: kiệt 12 không có thùng rác công cộng, đề nghị kiến nghị Công ty Môi trường "
              "đô thị đặt thêm thùng và điều chỉnh giờ thu gom."),
            L("- Đồng chí Tôn Thất Bảo: nhiều căn hộ cho khách thuê ngắn ngày chưa khai báo lưu trú, đề nghị kiểm "
              "tra."),
            H("IV. KẾT LUẬN"),
            P("Đồng chí chủ trì kết luận: thống nhất các nhiệm vụ tháng 4; trọng tâm là vệ sinh môi trường và trật "
              "tự lòng đường, vỉa hè. Giao đồng chí Nguyễn Đình Hiếu làm việc với Công ty Môi trường đô thị về thùng "
              "rác kiệt 12 trước ngày 20/4/2017; giao đồng chí Tôn Thất Bảo cùng Cảnh sát khu vực kiểm tra khai báo "
              "lưu trú tại các căn hộ cho thuê, hằng tuần."),
            P("Biểu quyết: 26/26 đồng chí có mặt nhất trí, đạt 100%."),
            P("Buổi sinh hoạt kết thúc lúc 21 giờ 15 phút. Biên bản đã được đọc lại và thông qua trước chi bộ."),
            S(["THƯ KÝ", "Lê Thị Hồng Vân"], ["BÍ THƯ", "Phan Văn Thọ"]),
         ],
         "truth": minute(
            meeting("regular", "2017-04-06", "19:30", "21:15", _LOC11, "CHI BỘ KHU DÂN CƯ SỐ 6",
                    "ĐẢNG BỘ PHƯỜNG AN HẢI BẮC"),
            "Phan Văn Thọ", "Bí thư chi bộ", "Lê Thị Hồng Vân",
            attendance(36, 26, 2, 1, 1, 8, [("Huỳnh Thị Cúc", "đi chăm cháu ở TP. Hồ Chí Minh", True),
                                            ("Trần Văn Lực", "không lý do", False)]),
            True,
            [vote("Nhiệm vụ tháng 4/2017", 26, pct=100)],
            [task("Nguyễn Đình Hiếu", "làm việc với Công ty Môi trường đô thị về thùng rác kiệt 12", "20/4/2017"),
             task("Tôn Thất Bảo", "cùng Cảnh sát khu vực kiểm tra khai báo lưu trú tại các căn hộ cho thuê",
                  "hằng tuần")],
            ["unexcused_absence"])},
        # ---- May 2017, combined with the thematic meeting -------------------------------------------------
        {"blocks": [
            HD(_HD11, ["ĐẢNG CỘNG SẢN VIỆT NAM", "An Hải Bắc, ngày 05 tháng 5 năm 2017"], bold_left=(1,)),
            G(4),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 5 NĂM 2017 KẾT HỢP SINH HOẠT CHUYÊN ĐỀ"),
            C("Chuyên đề: Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về phong cách quần chúng, "
              "dân chủ, nêu gương", bold=False, italic=True),
            H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            L("- Thời gian: 19 giờ 30 phút, ngày 05/5/2017."),
            L("- Địa điểm: Nhà sinh hoạt cộng đồng khu dân cư số 6, đường Phạm Văn Đồng."),
            L("- Chủ trì: đồng chí Phan Văn Thọ, Bí thư chi bộ. Thư ký: đồng chí Lê Thị Hồng Vân, Phó Bí thư chi bộ."),
            L("- Đảng viên: tổng số 36 đồng chí; miễn sinh hoạt 08 đồng chí; phải dự 28 đồng chí; có mặt 27 đồng chí; "
              "vắng 01 đồng chí: Huỳnh Thị Cúc (đi chăm cháu ở TP. Hồ Chí Minh)."),
            L("- Dự sinh hoạt chuyên đề có đồng chí Trần Thị Thanh Tâm, Đảng ủy viên, Phó Chủ tịch UBND phường."),
            H("II. SINH HOẠT THƯỜNG KỲ"),
            P("Tháng 4, khu dân cư ra quân tổng vệ sinh với 180 lượt người tham gia; Công ty Môi trường đô thị đã "
              "đặt thêm 04 thùng rác tại kiệt 12; các căn hộ cho thuê đã khai báo lưu trú đầy đủ. Hạn chế: một số hộ "
              "vẫn để vật dụng trên vỉa hè vào buổi tối. Nhiệm vụ tháng 5: kỷ niệm 127 năm Ngày sinh Chủ tịch Hồ Chí "
              "Minh; chuẩn bị sinh hoạt hè cho thiếu nhi; phòng, chống sốt xuất huyết đang gia tăng trên địa bàn "
              "thành phố."),
            H("III. SINH HOẠT CHUYÊN ĐỀ"),
            P("Đồng chí Bí thư trình bày chuyên đề năm 2017, liên hệ với công việc ở khu dân cư: đảng viên gần dân, "
              "lắng nghe dân, việc gì khó trước hết đảng viên làm trước; họp dân phải để dân nói, công khai các "
              "khoản đóng góp."),
            L("- Đồng chí Võ Văn Tám: đảng viên là cán bộ tổ dân phố cần đi từng nhà nắm tâm tư của bà con, không chỉ "
              "họp rồi thông báo."),
            L("- Đồng chí Ngô Thị Lài: nêu gương trước hết từ gia đình đảng viên, như việc để xe, đổ rác đúng giờ."),
            L("- Đồng chí Trần Thị Thanh Tâm: đề nghị chi bộ đưa nội dung nêu gương vào đánh giá đảng viên cuối năm."),
            H("IV. KẾT LUẬN"),
            P("Đồng chí chủ trì kết luận: mỗi đảng viên đăng ký một việc làm cụ thể theo chuyên đề, chi bộ kiểm tra "
              "vào cuối năm. Giao đồng chí Ngô Thị Lài cùng Chi hội Phụ nữ vận động các hộ diệt lăng quăng, bọ gậy "
              "vào thứ Sáu hằng tuần; giao đồng chí Đoàn Ngọc Long tổ chức sinh hoạt hè cho thiếu nhi khu dân cư, "
              "khai mạc trước ngày 01/6/2017."),
            P("Chi bộ biểu quyết thông qua nghị quyết tháng 5 và kết quả sinh hoạt chuyên đề: 27/27 đồng chí tán "
              "thành (100%)."),
            P("Buổi sinh hoạt kết thúc lúc 21 giờ 45 phút. Biên bản đã được đọc lại và thông qua trước chi bộ."),
            S(["THƯ KÝ", "Lê Thị Hồng Vân"], ["BÍ THƯ", "Phan Văn Thọ"]),
         ],
         "truth": minute(
            meeting("regular", "2017-05-05", "19:30", "21:45", _LOC11, "CHI BỘ KHU DÂN CƯ SỐ 6",
                    "ĐẢNG BỘ PHƯỜNG AN HẢI BẮC",
                    topic="Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về phong cách quần chúng, "
                          "dân chủ, nêu gương"),
            "Phan Văn Thọ", "Bí thư chi bộ", "Lê Thị Hồng Vân",
            attendance(36, 27, 1, 1, 0, 8, [("Huỳnh Thị Cúc", "đi chăm cháu ở TP. Hồ Chí Minh", True)],
                       [("Trần Thị Thanh Tâm", "Đảng ủy viên, Phó Chủ tịch UBND phường")]),
            True,
            [vote("Nghị quyết tháng 5 và kết quả sinh hoạt chuyên đề", 27, pct=100)],
            [task("Ngô Thị Lài", "cùng Chi hội Phụ nữ vận động các hộ diệt lăng quăng, bọ gậy", "thứ Sáu hằng tuần"),
             task("Đoàn Ngọc Long", "tổ chức sinh hoạt hè cho thiếu nhi khu dân cư, khai mạc", "01/6/2017")],
            [])},
        # ---- June 2017 ------------------------------------------------------------------------------------
        {"blocks": [
            HD(_HD11, ["ĐẢNG CỘNG SẢN VIỆT NAM", "An Hải Bắc, ngày 07 tháng 6 năm 2017"], bold_left=(1,)),
            G(4),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 6 NĂM 2017"),
            H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            L("- Thời gian: 19 giờ 30 phút, ngày 07/6/2017."),
            L("- Địa điểm: Nhà sinh hoạt cộng đồng khu dân cư số 6, đường Phạm Văn Đồng."),
            L("- Chủ trì: đồng chí Phan Văn Thọ, Bí thư chi bộ. Thư ký: đồng chí Lê Thị Hồng Vân, Phó Bí thư chi bộ."),
            L("- Đảng viên: tổng số 36 đồng chí; miễn sinh hoạt 08 đồng chí; phải dự 28 đồng chí; có mặt 26 đồng chí; "
              "vắng 02 đồng chí: Võ Văn Tám (ốm), Trần Văn Lực (không lý do)."),
            H("II. NỘI DUNG"),
            P("1. Kết quả tháng 5: khai mạc sinh hoạt hè cho 64 em thiếu nhi ngày 31/5; 100% hộ được phát tờ rơi "
              "phòng, chống sốt xuất huyết; khu dân cư có 03 ca sốt xuất huyết, đã phun hóa chất dập dịch. Hạn chế: "
              "công tác vận động diệt lăng quăng ở các kiệt nhỏ chưa đều."),
            P("2. Nhiệm vụ tháng 6: tiếp tục phòng, chống sốt xuất huyết; hưởng ứng Tháng hành động vì trẻ em, Ngày "
              "Gia đình Việt Nam 28/6; bảo đảm trật tự, yên tĩnh cho học sinh trong kỳ thi THPT quốc gia; chuẩn bị "
              "đón đoàn kiểm tra khu dân cư văn hóa của phường."),
            H("III. THẢO LUẬN"),
            L("- Đồng chí Lương Thị Thu: một số quán karaoke gia đình hát khuya, đề nghị nhắc nhở trong những ngày "
              "học sinh thi."),
            L("- Đồng chí Bùi Văn Tư: đồng chí Trần Văn Lực đã hai lần vắng sinh hoạt không có lý do, chi bộ cần có "
              "biện pháp."),
            H("IV. KẾT LUẬN"),
            P("Đồng chí chủ trì kết luận: chi bộ thống nhất các nhiệm vụ tháng 6. Đề nghị các đồng chí đảng viên tiếp "
              "tục gương mẫu, mỗi đảng viên vận động gia đình và hàng xóm giữ vệ sinh, giữ trật tự trong mùa thi. Về "
              "trường hợp đồng chí Trần Văn Lực, chi ủy sẽ phân công đảng viên gặp gỡ sau."),
            P("Biểu quyết: 26/26 đồng chí có mặt nhất trí, đạt 100%."),
            P("Buổi sinh hoạt kết thúc lúc 21 giờ 00 phút. Biên bản đã được đọc lại và thông qua trước chi bộ."),
            S(["THƯ KÝ", "Lê Thị Hồng Vân"], ["BÍ THƯ", "Phan Văn Thọ"]),
         ],
         "truth": minute(
            meeting("regular", "2017-06-07", "19:30", "21:00", _LOC11, "CHI BỘ KHU DÂN CƯ SỐ 6",
                    "ĐẢNG BỘ PHƯỜNG AN HẢI BẮC"),
            "Phan Văn Thọ", "Bí thư chi bộ", "Lê Thị Hồng Vân",
            attendance(36, 26, 2, 1, 1, 8, [("Võ Văn Tám", "ốm", True), ("Trần Văn Lực", "không lý do", False)]),
            True,
            [vote("Nhiệm vụ tháng 6/2017", 26, pct=100)],
            [],
            ["missing_assignments", "unexcused_absence"])},
        # ---- August 2017 (no meeting in July) -------------------------------------------------------------
        {"blocks": [
            HD(_HD11, ["ĐẢNG CỘNG SẢN VIỆT NAM", "An Hải Bắc, ngày 08 tháng 8 năm 2017"], bold_left=(1,)),
            G(4),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 8 NĂM 2017"),
            C("(Tháng 7/2017 chi bộ không tổ chức sinh hoạt do trùng đợt cao điểm chỉnh trang tuyến đường Phạm Văn "
              "Đồng)", bold=False, italic=True, size=11),
            H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            L("- Thời gian: 19 giờ 30 phút, ngày 08/8/2017."),
            L("- Địa điểm: Nhà sinh hoạt cộng đồng khu dân cư số 6, đường Phạm Văn Đồng."),
            L("- Chủ trì: đồng chí Phan Văn Thọ, Bí thư chi bộ. Thư ký: đồng chí Lê Thị Hồng Vân, Phó Bí thư chi bộ."),
            L("- Đảng viên: tổng số 36 đồng chí; miễn sinh hoạt 08 đồng chí; phải dự 28 đồng chí; có mặt 24 đồng chí "
              "(đạt 85,7%); vắng 04 đồng chí: Huỳnh Thị Cúc (đi chăm cháu ở TP. Hồ Chí Minh), Ngô Thị Lài (nằm "
              "viện), Trần Văn Lực (không lý do), Đặng Công Sinh (không báo)."),
            H("II. NỘI DUNG"),
            P("1. Kết quả tháng 6 và tháng 7: khu dân cư được phường công nhận đạt chuẩn văn hóa năm 2017; tuyến "
              "đường Phạm Văn Đồng đã thông thoáng vỉa hè; không có học sinh vi phạm trật tự trong mùa thi. Hạn chế: "
              "sinh hoạt chi bộ bị gián đoạn một tháng; số đảng viên vắng sinh hoạt tăng."),
            P("2. Nhiệm vụ tháng 8: vận động các hộ kinh doanh ký cam kết không tái lấn chiếm vỉa hè; tham gia góp ý "
              "dự thảo quy định về nếp sống văn minh đô thị; chuẩn bị cho đợt cao điểm bảo đảm an ninh trật tự phục "
              "vụ APEC."),
            H("III. THẢO LUẬN"),
            L("- Đồng chí Tôn Thất Bảo: các hộ kinh doanh ăn uống ban đêm dễ tái lấn chiếm, cần tổ tự quản kiểm tra "
              "buổi tối."),
            L("- Đồng chí Nguyễn Đình Hiếu: đề nghị chi bộ làm rõ việc đồng chí Trần Văn Lực ba lần vắng sinh hoạt "
              "không lý do trong năm, nếu tiếp tục vi phạm thì xem xét theo Điều lệ Đảng."),
            H("IV. KẾT LUẬN"),
            P("Đồng chí chủ trì kết luận: chi bộ nghiêm túc rút kinh nghiệm việc không sinh hoạt tháng 7; từ nay nếu "
              "Bí thư bận thì Phó Bí thư chủ trì, không để gián đoạn. Giao đồng chí Nguyễn Đình Hiếu gặp đồng chí "
              "Trần Văn Lực, tìm hiểu lý do nhiều lần vắng sinh hoạt, báo cáo chi bộ tại kỳ sinh hoạt tháng 9; giao "
              "đồng chí Tôn Thất Bảo vận động các hộ kinh doanh ven đường ký cam kết không lấn chiếm vỉa hè, xong "
              "trước ngày 31/8/2017."),
            P("Biểu quyết: 24/24 đồng chí có mặt tán thành."),
            P("Buổi sinh hoạt kết thúc lúc 21 giờ 20 phút. Biên bản đã được đọc lại và thông qua trước chi bộ."),
            S(["THƯ KÝ", "Lê Thị Hồng Vân"], ["BÍ THƯ", "Phan Văn Thọ"]),
         ],
         "truth": minute(
            meeting("regular", "2017-08-08", "19:30", "21:20", _LOC11, "CHI BỘ KHU DÂN CƯ SỐ 6",
                    "ĐẢNG BỘ PHƯỜNG AN HẢI BẮC"),
            "Phan Văn Thọ", "Bí thư chi bộ", "Lê Thị Hồng Vân",
            attendance(36, 24, 4, 2, 2, 8, [("Huỳnh Thị Cúc", "đi chăm cháu ở TP. Hồ Chí Minh", True),
                                            ("Ngô Thị Lài", "nằm viện", True),
                                            ("Trần Văn Lực", "không lý do", False),
                                            ("Đặng Công Sinh", "không báo", False)]),
            True,
            [vote("Nhiệm vụ tháng 8/2017", 24)],
            [task("Nguyễn Đình Hiếu", "gặp đồng chí Trần Văn Lực, tìm hiểu lý do nhiều lần vắng sinh hoạt, báo cáo "
                  "chi bộ", "kỳ sinh hoạt tháng 9"),
             task("Tôn Thất Bảo", "vận động các hộ kinh doanh ven đường ký cam kết không lấn chiếm vỉa hè",
                  "31/8/2017")],
            ["low_attendance", "unexcused_absence"])},
        # ---- September 2017 ------------------------------------------------------------------------------
        {"blocks": [
            HD(_HD11, ["ĐẢNG CỘNG SẢN VIỆT NAM", "An Hải Bắc, ngày 07 tháng 9 năm 2017"], bold_left=(1,)),
            G(4),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 9 NĂM 2017"),
            H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            L("- Thời gian: 19 giờ 30 phút, ngày 07/9/2017."),
            L("- Địa điểm: Nhà sinh hoạt cộng đồng khu dân cư số 6, đường Phạm Văn Đồng."),
            L("- Chủ trì: đồng chí Phan Văn Thọ, Bí thư chi bộ. Thư ký: đồng chí Lê Thị Hồng Vân, Phó Bí thư chi bộ."),
            L("- Đảng viên: tổng số 36 đồng chí; miễn sinh hoạt 08 đồng chí; phải dự 28 đồng chí; có mặt 27 đồng chí; "
              "vắng 01 đồng chí: Huỳnh Thị Cúc (đi chăm cháu ở TP. Hồ Chí Minh)."),
            H("II. NỘI DUNG"),
            P("1. Đồng chí Nguyễn Đình Hiếu báo cáo việc gặp đồng chí Trần Văn Lực: đồng chí Lực làm bảo vệ ca đêm "
              "cho một công ty ở Khu công nghiệp An Đồn, trùng giờ sinh hoạt nhưng không báo chi ủy. Đồng chí Trần "
              "Văn Lực có mặt, nhận khuyết điểm trước chi bộ, hứa từ nay đổi ca để dự sinh hoạt đầy đủ."),
            P("2. Kết quả tháng 8: 52/55 hộ kinh doanh ven đường đã ký cam kết; góp ý dự thảo quy định về nếp sống "
              "văn minh đô thị với 14 ý kiến. Nhiệm vụ tháng 9: cao điểm bảo đảm an ninh trật tự, vệ sinh môi "
              "trường phục vụ Tuần lễ Cấp cao APEC; rà soát người tạm trú; tổ chức Tết Trung thu cho thiếu nhi."),
            H("III. THẢO LUẬN"),
            L("- Đồng chí Tôn Thất Bảo: ba hộ chưa ký cam kết đều là hộ mới thuê mặt bằng, đề nghị làm việc với chủ "
              "nhà."),
            L("- Đồng chí Đặng Công Sinh: nhận khuyết điểm vắng sinh hoạt tháng 8 không báo; xin được tham gia tổ tự "
              "quản trong tuần lễ APEC."),
            H("IV. KẾT LUẬN"),
            P("Đồng chí chủ trì kết luận: chi bộ ghi nhận sự tiếp thu của đồng chí Trần Văn Lực và đồng chí Đặng Công "
              "Sinh, nhắc nhở các đồng chí thực hiện đúng cam kết. Tháng 9 tập trung cho APEC. Giao đồng chí Tôn Thất "
              "Bảo phối hợp Công an phường rà soát người tạm trú trên địa bàn trước ngày 30/9/2017; giao đồng chí Lê "
              "Thị Hồng Vân lập danh sách đảng viên tham gia tổ tự quản trong tuần lễ APEC, xong trong tháng 9."),
            P("Buổi sinh hoạt kết thúc lúc 21 giờ 10 phút. Biên bản được đọc lại, các đồng chí dự họp nhất trí thông "
              "qua."),
            S(["THƯ KÝ", "Lê Thị Hồng Vân"], ["BÍ THƯ", "Phan Văn Thọ"]),
         ],
         "truth": minute(
            meeting("regular", "2017-09-07", "19:30", "21:10", _LOC11, "CHI BỘ KHU DÂN CƯ SỐ 6",
                    "ĐẢNG BỘ PHƯỜNG AN HẢI BẮC"),
            "Phan Văn Thọ", "Bí thư chi bộ", "Lê Thị Hồng Vân",
            attendance(36, 27, 1, 1, 0, 8, [("Huỳnh Thị Cúc", "đi chăm cháu ở TP. Hồ Chí Minh", True)]),
            True,
            [],
            [task("Tôn Thất Bảo", "phối hợp Công an phường rà soát người tạm trú trên địa bàn", "30/9/2017"),
             task("Lê Thị Hồng Vân", "lập danh sách đảng viên tham gia tổ tự quản trong tuần lễ APEC", "tháng 9")],
            ["missing_vote"])},
    ],
    "flags": ["missing_month", "no_thematic_in_quarter", "repeated_absence"], "scans": [],
})


# =================================================================================================
# u12 — Bình Dương, a private furniture company's cell, March 2024: image-only scan with no born-digital
# twin (moderate, 250 dpi). Seven of nine present (one on maternity leave, one on shift); ends with the
# end time only.
# =================================================================================================
DOCS.append({
    "name": "u12-binhduong-private-firm-low-unapproved", "folder": "test", "born_digital": False,
    "style": {"family": "sans", "size": 10.5, "justify": True, "indent": 22, "spacing": 1.3, "top": 50,
              "bottom": 50, "left": 70, "right": 50},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG AN PHÚ", "CHI BỘ CÔNG TY TNHH GỖ MINH PHÁT", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thuận An, ngày 12 tháng 3 năm 2024"], bold_left=(1,)),
            G(2),
            C("BIÊN BẢN", size=13),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3/2024"),
            G(4),
            P("Thời gian: từ 14 giờ 00 phút đến 15 giờ 40 phút, ngày 12/3/2024."),
            P("Địa điểm: Phòng họp Ban Giám đốc, Công ty TNHH Gỗ Minh Phát, khu phố 1B, phường An Phú."),
            P("Chủ trì: đồng chí Lê Hoàng Nam, Bí thư chi bộ, Phó Tổng Giám đốc Công ty. Thư ký: đồng chí Đinh Thị "
              "Bích Ngọc, Chi ủy viên, Trưởng phòng Nhân sự."),
            P("Đảng viên: tổng số 09 đồng chí; có mặt 07 đồng chí; vắng 02 đồng chí: Trần Thị Thu Hà (nghỉ thai "
              "sản), Nguyễn Văn Thắng (trực ca tại xưởng sơn)."),
            P("Dự họp có đồng chí Phạm Văn Hòa, Đảng ủy viên, phụ trách khối doanh nghiệp của Đảng ủy phường."),
            H("1. Thông tin thời sự"),
            P("Đồng chí Bí thư thông tin Nghị quyết số 41-NQ/TW ngày 10/10/2023 của Bộ Chính trị về xây dựng và phát "
              "huy vai trò của đội ngũ doanh nhân Việt Nam trong thời kỳ mới; đơn hàng xuất khẩu đồ gỗ nội thất của "
              "tỉnh sang Hoa Kỳ, EU phục hồi sau một năm 2023 khó khăn; kế hoạch Tháng Thanh niên năm 2024."),
            H("2. Kết quả tháng 02 và nhiệm vụ tháng 3"),
            P("Tháng 02, Công ty chi trả đủ lương, thưởng Tết cho 640 lao động; 96% công nhân trở lại làm việc sau "
              "Tết; ký mới 03 đơn hàng bàn ghế xuất khẩu sang Hoa Kỳ trị giá khoảng 1,2 triệu USD. Hạn chế: xưởng lắp "
              "ráp còn thiếu 45 công nhân; xảy ra 01 vụ tai nạn lao động nhẹ tại máy cưa bàn. Nhiệm vụ tháng 3: tuyển "
              "bổ sung lao động; kiểm tra phòng cháy, chữa cháy tại kho gỗ và xưởng sơn; phối hợp Công đoàn, Đoàn "
              "Thanh niên tổ chức hiến máu tình nguyện trong Tháng Thanh niên."),
            H("3. Thảo luận"),
            L("- Đồng chí Đinh Thị Bích Ngọc: công nhân mới chủ yếu từ các tỉnh miền Tây, cần hỗ trợ tiền thuê nhà "
              "trọ tháng đầu để giữ người."),
            L("- Đồng chí Võ Minh Khang, Chủ tịch Công đoàn: vụ tai nạn ở máy cưa do công nhân tháo tấm che an toàn "
              "cho nhanh; đề nghị tổ trưởng kiểm tra đầu ca."),
            L("- Đồng chí Phạm Văn Hòa: đề nghị chi bộ quan tâm phát triển đảng viên trong công nhân trực tiếp sản "
              "xuất, giới thiệu quần chúng ưu tú đi học lớp nhận thức về Đảng."),
            H("4. Kết luận"),
            P("Đồng chí chủ trì kết luận: chi bộ thống nhất nhiệm vụ tháng 3; an toàn lao động và phòng cháy, chữa "
              "cháy là việc phải làm ngay. Giao đồng chí Võ Minh Khang phối hợp phòng Nhân sự tuyển đủ 45 công nhân "
              "cho xưởng lắp ráp trước ngày 31/3/2024; giao đồng chí Nguyễn Văn Thắng kiểm tra hệ thống chữa cháy tại "
              "kho gỗ và xưởng sơn, báo cáo chi ủy trong tháng 3/2024."),
            P("Chi bộ biểu quyết thông qua nghị quyết tháng 3/2024: 07/07 đồng chí có mặt tán thành (100%)."),
            P("Buổi sinh hoạt kết thúc lúc 15 giờ 40 phút."),
            S(["THƯ KÝ", "Đinh Thị Bích Ngọc"], ["T/M CHI BỘ", "BÍ THƯ", "Lê Hoàng Nam"]),
        ],
        "truth": minute(
            meeting("regular", "2024-03-12", "14:00", "15:40",
                    "Phòng họp Ban Giám đốc, Công ty TNHH Gỗ Minh Phát, khu phố 1B, phường An Phú",
                    "CHI BỘ CÔNG TY TNHH GỖ MINH PHÁT", "ĐẢNG BỘ PHƯỜNG AN PHÚ"),
            "Lê Hoàng Nam", "Bí thư chi bộ", "Đinh Thị Bích Ngọc",
            attendance(9, 7, 2, 2, 0, 0, [("Trần Thị Thu Hà", "nghỉ thai sản", True),
                                          ("Nguyễn Văn Thắng", "trực ca tại xưởng sơn", True)],
                       [("Phạm Văn Hòa", "Đảng ủy viên, phụ trách khối doanh nghiệp của Đảng ủy phường")]),
            True,
            [vote("Nghị quyết tháng 3/2024", 7, pct=100)],
            [task("Võ Minh Khang", "phối hợp phòng Nhân sự tuyển đủ 45 công nhân cho xưởng lắp ráp", "31/3/2024"),
             task("Nguyễn Văn Thắng", "kiểm tra hệ thống chữa cháy tại kho gỗ và xưởng sơn, báo cáo chi ủy",
                  "tháng 3/2024")],
            ["low_attendance", "not_approved"]),
    }],
    "flags": [],
    "scans": [{"name": "u12-binhduong-private-firm-scan-moderate-low-unapproved", "folder": "test",
               "damage": "moderate", "seed": 1712, "dpi": 250}],
})
