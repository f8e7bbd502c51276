"""Held-out set 19, writer f (folder test/): minutes that run together, in the words of each trade.

Written by hand without reading the extractor or any other writer's minutes. Every sentence is new; names,
cells and villages are invented or borrowed only as place names. Rendered by samples/heldout2/make.py.

Files -> what varies -> minute flags / book flags
- f01-haiduong-school-runon-clean: lower-secondary school (Hải Dương, 2019); Serif 13.5, justified; no headings
  at all; "Chi bộ hiện có 19 đảng viên … Đến họp 18"; "cô Đào Thị Hường (…)" absent with reason and a note that it
  was reported; a teacher arriving late; a guest who speaks; conclusion, "18/18 … nhất trí", three tasks inside
  one sentence ("giao thầy …", "giao cô …", "đồng chí Phó Hiệu trưởng …"). -> — (clean)
- f02-soctrang-hospital-questions-table-clean: provincial hospital ICU (Sóc Trăng, 2023); DejaVu Sans 11, ragged,
  "Trang n/N"; every heading a question ("Ai chủ trì, ai ghi?"); ruled table of counts; degrees before names
  (BSCKII., BS., ĐD.); Khmer names; ruled task table "Việc cần làm | Người lo | Hạn". -> — (clean)
- f03-danang-university-odd-headings-clean: university faculty (Đà Nẵng, 2025); Serif 12; top page number from
  page 2; opening in one paragraph; headings "Những việc đã làm được", "Những việc còn vướng", "Ý kiến của chi
  bộ", "Phần việc của tháng tới"; one exempt and one absent named; a task given to "đồng chí Phó Bí thư" (role).
  -> — (clean)
- f04-laocai-commune-police-no-conclusion-short: commune police (Lào Cai, 2022); Sans 12; ranks before every name;
  9/10 present (exactly 90 %); the secretary sums up and the guest directs, the chair only thanks; the month's
  plan and task table are voted 9/9; 75 minutes before the shift briefing. -> missing_conclusion, short_meeting
- f05-hanam-cement-kiln-low-unexcused: cement plant kiln workshop (Hà Nam, 2016); Serif 12.5, ragged, "- n -"
  foot; "Chi bộ cả thảy 23 đồng chí, đến họp 20"; "anh/chị" before names; one absent "(không báo)"; a member
  leaving early so the vote is 19/19; tasks in a run of "giao …" clauses with "hằng ca", "trong tuần".
  -> low_attendance, unexcused_absence
- f06-tiengiang-bank-no-tasks-not-approved: bank branch (Tiền Giang, 2012); Serif 11.5, wide left margin; "Phần 1 – …"
  parts; BT/ĐV/CB/NHNo&PTNT/NQ TW4; role written "BT chi bộ"; the quarter's plan read out with nobody named and
  "chỉ tiêu … sẽ giao sau"; ends with the end time only. -> missing_assignments, not_approved
- f07-quangnam-coop-no-vote-no-discussion: agricultural cooperative (Quảng Nam, 2008), typed (Mono 11), one page; two
  exempt named; "đi đám giỗ bên ngoại"; "thống nhất với nội dung đã nêu, không có ý kiến gì thêm"; chair's
  conclusion, three tasks, never voted. -> missing_vote, no_discussion
- f08-gialai-agency-form-unfilled-no-tasks: district agency (Phòng TN&MT, Gia Lai, 2021); Sans 10.5, printed form with
  "Khách mời: ……" left blank; "III. PHÂN CÔNG THỰC HIỆN" holding only "các bộ phận chuyên môn …" and a call to
  members. -> missing_assignments, unfilled_template
- f09-quangtri-border-post-no-conclusion: border post team (Quảng Trị, 2024); Serif 12.5, "Trang n"; ranks and
  QNCN; tasks read by the deputy from the committee's list; the guest (Chính trị viên Đồn) directs, the vote is
  "11/11", the chair only takes in the directions and thanks. -> missing_conclusion
- f10-quangngai-fishing-book-month-thematic-repeated: minute book of a fishing village cell (Quảng Ngãi),
  Jan–Jun 2025, 5 minutes on 3 pages typed on (each after the first starts under the previous signatures);
  Serif 12, right-aligned running head from page 2, "- n -" foot; May not held (explained in June); March is
  a combined regular + thematic meeting (135 min); đ/c Đặng Văn Cu absent without reason in Jan ("không báo
  lý do"), Mar ("không lý do"), Jun ("không xin phép"). Per minute: unexcused_absence; —; low_attendance +
  unexcused_absence; missing_assignments; missing_conclusion + unexcused_absence (the secretary sums up, the
  chair defers).
  -> book: missing_month, no_thematic_in_quarter, repeated_absence
- f11-haiduong-school-scan-seal-clean: colour scan of f01 signed and stamped (seal, 200 dpi). -> as f01
- f12-danang-university-scan-photocopy-clean: scan of f03 (photocopy, 250 dpi). -> as f03
- f13-quangnam-coop-scan-fax-no-vote-no-discussion: scan of f07 (fax, 200 dpi, 1-bit). -> as f07
- f14-haiphong-retirees-scan-bleed-unexcused: scan only (bleed, 200 dpi, 2 pages): retirees' cell of a ward (Hải Phòng,
  2003), typed (Mono 11.5); "cả thảy 41 đảng viên … 13 đồng chí tuổi cao, sức yếu được miễn sinh hoạt"; the
  place is a comrade's house; one absent "(không báo)"; a late member; a guest who speaks. -> unexcused_absence

Labelling decisions (on top of samples/README.md and the heldout2 … heldout18 READMEs)
- "cô", "thầy", "anh", "chị" before a name are dropped like "ông/bà"; so are ranks ("Thượng úy", "QNCN"),
  degrees ("BSCKII.", "ThS.", "TS.", "PGS.TS.") and a job put in front ("Quản đốc", "ĐD trưởng", "Phó Hiệu
  trưởng"), in prose and in table cells alike.
- "Chi bộ cả thảy 23 đồng chí, đến họp 20" gives total 23, present 20, exempt 0 (nothing said of exemption);
  "có cả thảy 41 …, 13 … được miễn sinh hoạt, còn 28 … phải dự. Đến họp 26" gives 41 / 26 / exempt 13.
- A ruled table of counts (f02) is read like prose and is no absentee table.
- An absentee's reason stops before a note that the absence was reported ("đã báo Quản đốc", "có báo trước
  với đ/c Bí thư"); such a note only confirms it is excused. "(không báo)", "không báo lý do", "không lý do",
  "không xin phép" are unexcused with the reason as written.
- A member who came late or left before the vote is present; the vote counts the hands written ("19/19 đồng chí
  còn lại").
- The secretary's summary of the opinions, a guest's "phát biểu chỉ đạo" and the chair's thanks or a promise to
  "thông báo kết luận sau" are no conclusion; a vote on the month's plan or task list in such a minute is still a
  resolution.
- Tasks read out by the deputy "do chi ủy chuẩn bị", or put in a task table, are assignments even when the minute
  has no conclusion. A table cell "Đại úy Nguyễn Đức Mạnh, tổ tuần tra" gives two assignees ("Nguyễn Đức Mạnh",
  "tổ tuần tra", lower case kept). "Giao các bộ phận chuyên môn của Phòng …", "Đề nghị các đồng chí đảng viên
  …", "các chi hội đoàn thể vận động …" and "chỉ tiêu cụ thể … sẽ giao sau" give no assignment.
- Deadlines drop the words in front ("trước ngày 23 tháng Chạp" → "ngày 23 tháng Chạp", "báo cáo lại trong kỳ
  họp tháng 12" → "kỳ họp tháng 12", "xong trước mùa mưa lũ" → "mùa mưa lũ"); a table cell is taken as written
  ("Tối thứ Bảy hằng tuần", "Quý III/2023"); "trong tuần", "hằng ca", "hằng tuần" stay whole.
- Times told as the clock is read: "16 giờ 15 phút chiều" 16:15, "8 giờ sáng" 08:00, "lúc 19 giờ" 19:00.
- A "Ghi chú" line at the top of a book minute ("tháng 5 … không sinh hoạt được") belongs to that minute and
  changes no label; the month stays missing.
"""

from __future__ import annotations

from samples.heldout.minutes import attendance
from samples.heldout2.minutes import C, G, H, HD, L, P, S, T, meeting, minute, task, vote

DOCS: list[dict] = []


# =================================================================================================
# f01 — Hải Dương, lower-secondary school: no headings, everything told in the order it happened. Clean.
# =================================================================================================
DOCS.append({
    "name": "f01-haiduong-school-runon-clean", "folder": "test",
    "style": {"family": "serif", "size": 13.5, "justify": True, "indent": 30, "spacing": 1.3,
              "left": 78, "right": 62, "top": 60},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ CẨM VĂN", "CHI BỘ TRƯỜNG THCS CẨM VĂN", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Cẩm Văn, ngày 14 tháng 11 năm 2019"], bold_left=(1,)),
            G(6),
            C("BIÊN BẢN", size=15),
            C("HỌP CHI BỘ THÁNG 11 NĂM 2019"),
            G(8),
            P("Buổi sinh hoạt chi bộ tháng 11 bắt đầu lúc 16 giờ 15 phút chiều thứ Năm, ngày 14/11/2019, tại "
              "phòng Hội đồng nhà trường, sau khi học sinh ca chiều đã ra về. Chi bộ hiện có 19 đảng viên, trong "
              "đó 01 đồng chí dự bị, không có đồng chí nào được miễn sinh hoạt. Đến họp 18 đồng chí; vắng cô Đào "
              "Thị Hường (đưa con đi khám ở Bệnh viện Nhi Trung ương, có báo trước với đ/c Bí thư). Cô Nguyễn Thị "
              "Bích Ngọc đến muộn gần 20 phút vì ở lại trả bài kiểm tra cho lớp 9A."),
            P("Đồng chí Nguyễn Thị Thu Hà, Bí thư chi bộ, Hiệu trưởng nhà trường chủ trì buổi họp; đồng chí Vũ "
              "Đức Lâm, Chi ủy viên, tổ trưởng tổ Khoa học tự nhiên ghi biên bản. Về dự có đồng chí Lê Minh "
              "Phương, Đảng ủy viên, phụ trách chi bộ."),
            P("Mở đầu, đồng chí Bí thư điểm qua mấy tin đáng chú ý: kỳ họp thứ 8 Quốc hội khóa XIV đang diễn ra "
              "và bàn nhiều về giáo dục; Sở Giáo dục vừa có công văn nhắc các trường không được thu các khoản "
              "ngoài quy định; toàn ngành đang chuẩn bị kỷ niệm 37 năm Ngày Nhà giáo Việt Nam."),
            P("Tiếp đó, đồng chí Nguyễn Văn Toàn, Phó Bí thư, Phó Hiệu trưởng, báo cáo công việc tháng 10. Nhà "
              "trường đã kiểm tra giữa học kỳ I xong đúng lịch; hồ sơ chuyên môn của giáo viên cơ bản đủ; phong "
              "trào thi đua chào mừng 20/11 được các tổ hưởng ứng. Chỗ chưa được là môn Toán khối 9 còn 17% bài "
              "dưới trung bình, cao hơn cùng kỳ năm ngoái, và có hai lớp để học sinh đi xe đạp hàng ba trên "
              "đường 5, bị Công an huyện gọi điện nhắc nhở."),
            P("Sau khi nghe báo cáo, các đồng chí góp ý thẳng thắn. Thầy Trịnh Văn Dũng, giáo viên Toán, nhận "
              "một phần trách nhiệm về kết quả khối 9 và xin tách lớp phụ đạo thành hai nhóm theo mức độ, học vào "
              "chiều thứ Ba và thứ Sáu. Cô Lương Thị Mai, Tổng phụ trách Đội, đề nghị chi bộ cho Liên đội phối "
              "hợp với Ban đại diện cha mẹ học sinh nhắc chuyện đi xe đạp, không để bị nhắc lần thứ hai. Đồng chí "
              "Lê Minh Phương phát biểu, ghi nhận nhà trường giữ được nền nếp và lưu ý các hoạt động 20/11 phải "
              "gọn nhẹ, không phô trương."),
            P("Đồng chí Bí thư tiếp thu các ý kiến và kết luận: chi bộ lấy việc nâng chất lượng môn Toán khối 9 "
              "làm việc chính của tháng; các hoạt động mừng 20/11 tổ chức tiết kiệm, thầy cô không nhận phong bì "
              "của phụ huynh; mỗi tổ chuyên môn đăng ký ít nhất hai tiết thao giảng. Chi bộ biểu quyết kết luận "
              "bằng hình thức giơ tay, 18/18 đồng chí có mặt nhất trí."),
            P("Để làm được những việc trên, chi bộ giao thầy Trịnh Văn Dũng cùng tổ Toán lên danh sách và lịch "
              "phụ đạo học sinh yếu khối 9, xong trong tuần này; giao cô Lương Thị Mai chủ trì việc nhắc nhở an "
              "toàn giao thông với Ban đại diện cha mẹ học sinh, báo cáo lại trong kỳ họp tháng 12; đồng chí "
              "Phó Hiệu trưởng Nguyễn Văn Toàn chuẩn bị hồ sơ đánh giá, xếp loại đảng viên năm 2019, xong trước "
              "ngày 10/12/2019."),
            P("Cuộc họp kết thúc lúc 18 giờ 05 phút cùng ngày. Biên bản được thư ký đọc lại, các đồng chí dự họp "
              "nhất trí, không ai bổ sung gì thêm."),
            G(4),
            S(["THƯ KÝ", "", "", "Vũ Đức Lâm"], ["T/M CHI BỘ", "BÍ THƯ", "", "", "Nguyễn Thị Thu Hà"]),
        ],
        "truth": minute(
            meeting("regular", "2019-11-14", "16:15", "18:05", "phòng Hội đồng nhà trường",
                    "CHI BỘ TRƯỜNG THCS CẨM VĂN", "ĐẢNG BỘ XÃ CẨM VĂN"),
            "Nguyễn Thị Thu Hà", "Bí thư chi bộ", "Vũ Đức Lâm",
            attendance(19, 18, 1, 1, 0, 0,
                       [("Đào Thị Hường", "đưa con đi khám ở Bệnh viện Nhi Trung ương", True)],
                       [("Lê Minh Phương", "Đảng ủy viên, phụ trách chi bộ")]),
            True,
            [vote("Kết luận tháng 11/2019", 18)],
            [task("Trịnh Văn Dũng", "cùng tổ Toán lên danh sách và lịch phụ đạo học sinh yếu khối 9", "tuần này"),
             task("Lương Thị Mai", "chủ trì việc nhắc nhở an toàn giao thông với Ban đại diện cha mẹ học sinh",
                  "kỳ họp tháng 12"),
             task("Nguyễn Văn Toàn", "chuẩn bị hồ sơ đánh giá, xếp loại đảng viên năm 2019", "10/12/2019")],
            []),
    }],
    "flags": [],
    "scans": [{"name": "f11-haiduong-school-scan-seal-clean", "folder": "test", "damage": "seal", "seed": 1911,
               "dpi": 200}],
})


# =================================================================================================
# f02 — Sóc Trăng, provincial hospital ICU: every heading is a question; tables for counts and tasks. Clean.
# =================================================================================================
DOCS.append({
    "name": "f02-soctrang-hospital-questions-table-clean", "folder": "test",
    "style": {"family": "dvsans", "size": 11, "justify": False, "indent": 0, "spacing": 1.25,
              "left": 68, "right": 58, "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ BỆNH VIỆN ĐA KHOA", "TỈNH SÓC TRĂNG", "CHI BỘ KHOA HỒI SỨC TÍCH CỰC", "Số: 07-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Sóc Trăng, ngày 22 tháng 6 năm 2023"], bold_left=(2,)),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ", size=13),
            C("Tháng 6/2023", bold=False, italic=True),
            G(6),
            H("1. Họp khi nào, ở đâu?"),
            L("Từ 13 giờ 30 phút đến 15 giờ 20 phút ngày 22/6/2023, tại phòng giao ban Khoa Hồi sức tích cực, "
              "tầng 3 khu nhà B."),
            H("2. Ai chủ trì, ai ghi?"),
            L("BSCKII. Thạch Thị Sa Rên, Bí thư chi bộ, Trưởng khoa chủ trì. ĐD. Lâm Ngọc Hân, Chi ủy viên, ghi "
              "biên bản."),
            H("3. Bao nhiêu đảng viên dự?"),
            T([(0.22, "Tổng số ĐV", "c"), (0.18, "Miễn SH", "c"), (0.2, "Phải dự", "c"), (0.2, "Có mặt", "c"),
               (0.2, "Vắng", "c")],
              [["21", "0", "21", "19", "02"]]),
            L("Hai đồng chí vắng đều có lý do: BS. Trần Quốc Việt (hội chẩn liên viện tại Cần Thơ) và ĐD. Huỳnh "
              "Thị Kim Thoa (nghỉ hậu sản)."),
            H("4. Từ kỳ họp trước đến nay khoa làm được gì, còn vướng gì?"),
            L("Khoa nhận 186 lượt bệnh nặng, trong đó 41 ca phải thở máy; tỷ lệ chuyển tuyến trên giảm còn 3,2%. "
              "Đã làm lọc máu liên tục cho 9 ca ngộ độc và sốc nhiễm khuẩn mà trước đây phải chuyển đi. Còn vướng: "
              "thiếu 04 ĐD có chứng chỉ hồi sức; máy thở số 7 hư bo mạch gần hai tháng chưa thay được; vẫn có "
              "người nhà bệnh nhân phàn nàn về cách nói năng của vài CB-CNV ca đêm."),
            H("5. Đảng viên nói gì?"),
            L("BS. Trần Văn Tài: máy thở số 7 đã báo phòng Vật tư nhiều lần, đề nghị chi bộ kiến nghị thẳng với "
              "BGĐ vì mùa sốt xuất huyết sắp tới sẽ thiếu máy."),
            L("ĐD trưởng Lý Thị Diễm: ca đêm chỉ có 3 ĐD cho 14 giường, người mệt thì dễ cáu; xin cho 02 ĐD trẻ "
              "đi học lớp hồi sức trong quý III để đỡ người."),
            L("BS. Kim Sóc Kha: nhiều thân nhân người Khmer không rành tiếng Kinh, nên in bảng nội quy thăm "
              "bệnh bằng hai thứ tiếng dán trước cửa khoa."),
            H("6. Chi bộ thống nhất những gì?"),
            L("BSCKII. Thạch Thị Sa Rên tổng hợp ý kiến và kết luận: tháng 7 khoa ưu tiên sẵn sàng giường, máy "
              "cho mùa sốt xuất huyết; kiến nghị BGĐ sửa ngay máy thở số 7; chấn chỉnh giao tiếp ca đêm, ai để "
              "người nhà phản ánh lần hai thì kiểm điểm trước chi bộ. Biểu quyết: 19/19 đ/c có mặt tán thành "
              "(100%)."),
            H("7. Ai làm việc gì?"),
            T([(0.07, "TT", "c"), (0.45, "Việc cần làm", "l"), (0.30, "Người lo", "l"), (0.18, "Hạn", "l")],
              [["1", "Làm tờ trình xin BGĐ sửa máy thở số 7", "BS. Trần Văn Tài", "30/6/2023"],
               ["2", "Cử 02 ĐD đi học lớp hồi sức cơ bản", "ĐD trưởng Lý Thị Diễm", "Quý III/2023"],
               ["3", "In bảng nội quy thăm bệnh bằng tiếng Việt và tiếng Khmer", "BS. Kim Sóc Kha", "15/7/2023"],
               ["4", "Kiểm tra việc giao tiếp của ĐD, hộ lý ca đêm", "Tổ Công đoàn khoa", "Hằng tuần"]]),
            L("Họp xong lúc 15 giờ 20 phút. Biên bản đọc lại, chi bộ thông qua, không ai có ý kiến khác."),
            G(4),
            S(["THƯ KÝ", "", "", "ĐD. Lâm Ngọc Hân"], ["BÍ THƯ CHI BỘ", "", "", "BSCKII. Thạch Thị Sa Rên"]),
        ],
        "truth": minute(
            meeting("regular", "2023-06-22", "13:30", "15:20",
                    "phòng giao ban Khoa Hồi sức tích cực, tầng 3 khu nhà B",
                    "CHI BỘ KHOA HỒI SỨC TÍCH CỰC", "ĐẢNG BỘ BỆNH VIỆN ĐA KHOA TỈNH SÓC TRĂNG"),
            "Thạch Thị Sa Rên", "Bí thư chi bộ", "Lâm Ngọc Hân",
            attendance(21, 19, 2, 2, 0, 0,
                       [("Trần Quốc Việt", "hội chẩn liên viện tại Cần Thơ", True),
                        ("Huỳnh Thị Kim Thoa", "nghỉ hậu sản", True)]),
            True,
            [vote("Kết luận tháng 6/2023", 19, pct=100)],
            [task("Trần Văn Tài", "Làm tờ trình xin BGĐ sửa máy thở số 7", "30/6/2023"),
             task("Lý Thị Diễm", "Cử 02 ĐD đi học lớp hồi sức cơ bản", "Quý III/2023"),
             task("Kim Sóc Kha", "In bảng nội quy thăm bệnh bằng tiếng Việt và tiếng Khmer", "15/7/2023"),
             task("Tổ Công đoàn khoa", "Kiểm tra việc giao tiếp của ĐD, hộ lý ca đêm", "Hằng tuần")],
            []),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# f03 — Đà Nẵng, university faculty: headings nobody's template has; a task given to a role. Clean.
# =================================================================================================
DOCS.append({
    "name": "f03-danang-university-odd-headings-clean", "folder": "test",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 22, "spacing": 1.25,
              "left": 85, "right": 65, "head": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ TRƯỜNG ĐẠI HỌC BÁCH KHOA", "CHI BỘ KHOA NHIỆT - ĐIỆN LẠNH", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đà Nẵng, ngày 28 tháng 10 năm 2025"], bold_left=(1,)),
            G(6),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10/2025"),
            G(6),
            P("Chi bộ khai mạc lúc 14 giờ ngày 28/10/2025 tại phòng họp Khoa, phòng E204. Chủ trì là PGS.TS. "
              "Đặng Quốc Khánh, Bí thư chi bộ, Trưởng khoa; ThS. Phan Thị Ngọc Diệp, giáo vụ khoa, được cử làm "
              "thư ký. Chi bộ có 17 đảng viên; TS. Ngô Thị Bạch Tuyết đang điều trị dài ngày nên được miễn sinh "
              "hoạt; có mặt 15 trên 16 đồng chí phải dự, vắng TS. Võ Trọng Nghĩa (đang dự hội thảo tại Osaka, "
              "Nhật Bản)."),
            H("Những việc đã làm được"),
            P("Khoa đón 214 tân sinh viên khóa 2025, tổ chức tuần sinh hoạt công dân đúng kế hoạch. Hai đề tài "
              "cấp Bộ về lưu trữ lạnh cho nông sản đã nghiệm thu, một đề tài đạt loại xuất sắc. Phòng thí nghiệm "
              "điều hòa không khí được doanh nghiệp tặng thêm hai bộ máy nén. Đảng viên đóng đảng phí đủ, đúng "
              "hạn."),
            H("Những việc còn vướng"),
            P("Đề cương chương trình ngành Kỹ thuật năng lượng tái tạo chưa sửa xong theo góp ý của Hội đồng khoa "
              "học trường. Có 23 sinh viên năm hai bị cảnh báo học vụ, trong đó 6 em có nguy cơ thôi học. Hồ sơ "
              "kết nạp hai quần chúng ưu tú còn thiếu lý lịch."),
            H("Ý kiến của chi bộ"),
            P("TS. Trần Minh Nhật cho rằng đề cương chậm vì thiếu người am hiểu điện mặt trời, xin mời thêm một "
              "chuyên gia doanh nghiệp vào tổ soạn thảo. ThS. Phan Thị Ngọc Diệp nói cố vấn học tập nhiều lớp "
              "chưa gặp sinh viên bị cảnh báo lần nào, nên gửi danh sách tận tay từng thầy cô. GVC. Lê Văn Hiếu "
              "nhắc chuyện cho sinh viên năm nhất đi tham quan nhà máy sớm để các em thấy nghề mà yêu."),
            P("Cuối phần thảo luận, đồng chí Bí thư chốt lại: tháng 11 khoa phải xong đề cương ngành mới, giữ "
              "không để em nào bị buộc thôi học vì thiếu người nhắc, hoàn tất hồ sơ kết nạp trước kỳ sinh hoạt "
              "tháng 12. Chi bộ biểu quyết: 15 đồng chí tán thành, không có ý kiến khác."),
            H("Phần việc của tháng tới"),
            P("TS. Trần Minh Nhật hoàn thiện đề cương chương trình ngành Kỹ thuật năng lượng tái tạo, trước ngày "
              "30/11/2025."),
            P("ThS. Phan Thị Ngọc Diệp lên danh sách sinh viên có nguy cơ thôi học, gửi tận tay cố vấn học tập, "
              "trong tuần thứ hai của tháng 11."),
            P("Liên chi đoàn khoa đưa sinh viên năm thứ nhất đi tham quan nhà máy nhiệt điện, trong học kỳ I."),
            P("Đồng chí Phó Bí thư hướng dẫn hai quần chúng ưu tú hoàn thiện hồ sơ kết nạp, xong trước kỳ sinh "
              "hoạt tháng 12."),
            P("Chi bộ kết thúc sinh hoạt lúc 16 giờ 10 phút. Biên bản đã đọc lại và được thông qua."),
            G(4),
            S(["THƯ KÝ", "", "", "ThS. Phan Thị Ngọc Diệp"], ["BÍ THƯ", "", "", "PGS.TS. Đặng Quốc Khánh"]),
        ],
        "truth": minute(
            meeting("regular", "2025-10-28", "14:00", "16:10", "phòng họp Khoa, phòng E204",
                    "CHI BỘ KHOA NHIỆT - ĐIỆN LẠNH", "ĐẢNG BỘ TRƯỜNG ĐẠI HỌC BÁCH KHOA"),
            "Đặng Quốc Khánh", "Bí thư chi bộ", "Phan Thị Ngọc Diệp",
            attendance(17, 15, 1, 1, 0, 1,
                       [("Võ Trọng Nghĩa", "đang dự hội thảo tại Osaka, Nhật Bản", True)]),
            True,
            [vote("Kết luận tháng 10/2025", 15, None, 0)],
            [task("Trần Minh Nhật", "hoàn thiện đề cương chương trình ngành Kỹ thuật năng lượng tái tạo",
                  "30/11/2025"),
             task("Phan Thị Ngọc Diệp", "lên danh sách sinh viên có nguy cơ thôi học, gửi tận tay cố vấn học tập",
                  "tuần thứ hai của tháng 11"),
             task("Liên chi đoàn khoa", "đưa sinh viên năm thứ nhất đi tham quan nhà máy nhiệt điện", "học kỳ I"),
             task("Phó Bí thư", "hướng dẫn hai quần chúng ưu tú hoàn thiện hồ sơ kết nạp",
                  "kỳ sinh hoạt tháng 12")],
            []),
    }],
    "flags": [],
    "scans": [{"name": "f12-danang-university-scan-photocopy-clean", "folder": "test", "damage": "photocopy",
               "seed": 1903, "dpi": 250}],
})


# =================================================================================================
# f04 — Lào Cai, commune police: the secretary sums up, the guest directs, the chair only thanks; 75 min.
# =================================================================================================
DOCS.append({
    "name": "f04-laocai-commune-police-no-conclusion-short", "folder": "test",
    "style": {"family": "sans", "size": 12, "justify": True, "indent": 20, "spacing": 1.35,
              "left": 85, "right": 55},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ BẢN LẦU", "CHI BỘ CÔNG AN XÃ", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Bản Lầu, ngày 08 tháng 4 năm 2022"], bold_left=(1,)),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 4/2022"),
            G(6),
            P("Vào lúc 7 giờ 30 phút ngày 08/4/2022, trước giờ giao ban, Chi bộ Công an xã Bản Lầu sinh hoạt "
              "thường kỳ tại hội trường Công an xã. Chi bộ có 10 đảng viên, có mặt 9; vắng Trung úy Lò Văn Xiêm "
              "(đang làm nhiệm vụ tại chốt Tả Cồ Ký). Thiếu tá Giàng Seo Páo, Bí thư chi bộ, Trưởng Công an xã "
              "chủ trì; Trung úy Vàng Thị Dua ghi biên bản. Về dự có đồng chí Hoàng Văn Chiến, Phó Bí thư Thường "
              "trực Đảng ủy xã."),
            P("Mở đầu, đồng chí Bí thư phổ biến kế hoạch kiểm điểm giữa nhiệm kỳ của Đảng ủy xã và tình hình "
              "dịch Covid-19 trên địa bàn: tuần qua xã có thêm 37 ca F0, phần lớn cách ly, điều trị tại nhà."),
            P("Đại úy Nguyễn Đức Mạnh, Phó Bí thư, Phó Trưởng Công an xã báo cáo công tác tháng 3: tiếp nhận 04 "
              "tin báo, giải quyết xong 03; bắt 01 vụ vận chuyển 2,5 kg pháo nổ theo đường mòn qua thôn Na Lốc 2; "
              "cấp 146 thẻ căn cước công dân; còn 11 hộ chưa đăng ký thường trú cho con nhỏ."),
            P("Thượng úy Sùng A Chư lo ngại nhiều thanh niên Na Lốc 1, Na Lốc 2 tự đi làm thuê theo mùa bên kia "
              "biên giới, công an xã chưa có danh sách. Đại úy Mạnh cho biết xe máy không giấy tờ chạy trên tỉnh "
              "lộ tăng, cần ra quân vào cuối tuần. Trung úy Vàng Thị Dua đề nghị in tờ hướng dẫn đăng ký cư trú "
              "bằng tiếng Mông phát cho các thôn."),
            P("Thư ký tóm tắt lại các ý kiến đã phát biểu. Đồng chí Hoàng Văn Chiến phát biểu chỉ đạo, đề nghị "
              "chi bộ bám sát từng thôn, chuẩn bị phương án giữ an ninh cho chợ phiên và ngày hội văn hóa các dân "
              "tộc của xã, công an xã phải ở gần dân, nghe dân."),
            P("Phương hướng và phân công tháng 4 như sau:"),
            T([(0.07, "TT", "c"), (0.45, "Việc", "l"), (0.28, "Người thực hiện", "l"), (0.20, "Thời hạn", "l")],
              [["1", "Lập danh sách lao động đi làm thuê theo mùa ở Na Lốc 1, Na Lốc 2", "Thượng úy Sùng A Chư",
                "20/4/2022"],
               ["2", "Ra quân kiểm tra xe máy không giấy tờ trên tỉnh lộ", "Đại úy Nguyễn Đức Mạnh, tổ tuần tra",
                "Tối thứ Bảy hằng tuần"],
               ["3", "Hướng dẫn 11 hộ đăng ký thường trú cho con", "Trung úy Vàng Thị Dua", "Tháng 4/2022"]]),
            P("Chi bộ biểu quyết thông qua phương hướng và bảng phân công tháng 4: 9/9 đồng chí nhất trí (100%). "
              "Đồng chí chủ trì cảm ơn đồng chí Phó Bí thư Thường trực Đảng ủy xã đã về dự và tuyên bố bế mạc."),
            P("Buổi sinh hoạt kết thúc lúc 8 giờ 45 phút để kịp giao ban. Biên bản đã đọc lại, chi bộ nhất trí "
              "thông qua."),
            G(4),
            S(["THƯ KÝ", "", "", "Trung úy Vàng Thị Dua"], ["BÍ THƯ CHI BỘ", "", "", "Thiếu tá Giàng Seo Páo"]),
        ],
        "truth": minute(
            meeting("regular", "2022-04-08", "07:30", "08:45", "hội trường Công an xã", "CHI BỘ CÔNG AN XÃ",
                    "ĐẢNG BỘ XÃ BẢN LẦU"),
            "Giàng Seo Páo", "Bí thư chi bộ", "Vàng Thị Dua",
            attendance(10, 9, 1, 1, 0, 0,
                       [("Lò Văn Xiêm", "đang làm nhiệm vụ tại chốt Tả Cồ Ký", True)],
                       [("Hoàng Văn Chiến", "Phó Bí thư Thường trực Đảng ủy xã")]),
            False,
            [vote("Phương hướng và bảng phân công tháng 4/2022", 9, pct=100)],
            [task("Sùng A Chư", "Lập danh sách lao động đi làm thuê theo mùa ở Na Lốc 1, Na Lốc 2", "20/4/2022"),
             task("Nguyễn Đức Mạnh", "Ra quân kiểm tra xe máy không giấy tờ trên tỉnh lộ", "Tối thứ Bảy hằng tuần"),
             task("tổ tuần tra", "Ra quân kiểm tra xe máy không giấy tờ trên tỉnh lộ", "Tối thứ Bảy hằng tuần"),
             task("Vàng Thị Dua", "Hướng dẫn 11 hộ đăng ký thường trú cho con", "Tháng 4/2022")],
            ["missing_conclusion", "short_meeting"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# f05 — Hà Nam, cement plant: run-on; "cả thảy 23 đồng chí, đến họp 20"; one "không báo"; a member leaves early.
# =================================================================================================
DOCS.append({
    "name": "f05-hanam-cement-kiln-low-unexcused", "folder": "test",
    "style": {"family": "serif", "size": 12.5, "justify": False, "indent": 0, "spacing": 1.4,
              "left": 72, "right": 72, "foot": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG TY CỔ PHẦN", "XI MĂNG THANH LIÊM", "CHI BỘ PHÂN XƯỞNG LÒ NUNG", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thanh Liêm, ngày 05 tháng 7 năm 2016"], bold_left=(2,)),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ"),
            C("Tháng 7 năm 2016", bold=False),
            G(8),
            P("Sau giờ giao ca, đúng 14 giờ 30 phút ngày 05/7/2016, chi bộ Phân xưởng Lò nung họp tại nhà ăn ca "
              "của phân xưởng. Đồng chí Quản đốc Lê Văn Thắng, Bí thư chi bộ, chủ trì cuộc họp; chị Vũ Thị Thoa, "
              "nhân viên thống kê phân xưởng, được chi bộ cử ghi biên bản."),
            P("Chi bộ cả thảy 23 đồng chí, đến họp 20. Vắng anh Trần Văn Hậu (đi học lớp vận hành lò quay ở Bỉm "
              "Sơn, đã báo Quản đốc), chị Mai Thị Lụa (con ốm) và anh Đinh Công Tráng (không báo). Chị Nguyễn Thị "
              "Hiền ở phòng thí nghiệm xin về sớm lúc 16 giờ để đón con."),
            P("Mở đầu, đồng chí Bí thư thông tin kết quả bầu cử đại biểu Quốc hội khóa XIV và HĐND các cấp ở "
              "huyện; Công ty vừa có thông báo giá than cám tăng từ tháng 7 nên phải tiết kiệm nhiệt năng."),
            P("Tiếp đó, đồng chí Nguyễn Hữu Cường, Phó Bí thư, Phó Quản đốc báo cáo sản xuất tháng 6: lò chạy 27 "
              "trên 30 ngày, ra 84.600 tấn clinker, đạt 96% kế hoạch; dừng lò 03 lần vì hỏng ghi làm nguội và tắc "
              "xyclon tầng 4; không có tai nạn lao động; còn 02 CN không đeo nút tai chống ồn bị nhắc."),
            P("Nghe xong, anh Phạm Quang Huy, tổ trưởng tổ vận hành lò 2, nói gạch chịu lửa vùng nung đã mòn "
              "nhiều, nếu không thay trong đợt trung tu tháng 8 thì có ngày thủng vỏ lò. Chị Nguyễn Thị Hiền đề "
              "nghị lấy mẫu clinker dày hơn ở những ca lò chạy không ổn định. Anh Đỗ Xuân Trường (tổ cơ khí) phản "
              "ánh vật tư thay thế về chậm, có lần anh em phải tháo tạm của máy dự phòng."),
            P("Cuối buổi, đồng chí Bí thư kết luận: tháng 7 phân xưởng phải giữ lò chạy đều, không để dừng lò vì "
              "lý do cơ khí; chuẩn bị chu đáo cho đợt trung tu; ai vắng họp không báo sẽ bị kiểm điểm trước chi bộ. "
              "Lúc biểu quyết, chị Hiền đã về; 19/19 đồng chí còn lại giơ tay tán thành kết luận."),
            P("Chi bộ giao anh Phạm Quang Huy lập phương án thay gạch chịu lửa vùng nung, trình Giám đốc trước ngày "
              "20/7/2016; anh Đỗ Xuân Trường bám phòng Vật tư cho đủ phụ tùng thay thế trước đợt trung tu tháng 8; "
              "Tổ công đoàn phân xưởng kiểm tra việc đeo nút tai chống ồn của CN hằng ca; đồng chí Nguyễn Hữu Cường "
              "gặp anh Đinh Công Tráng để nắm lý do vắng họp, báo lại chi ủy trong tuần."),
            P("Cuộc họp kết thúc lúc 17 giờ 00 phút. Biên bản được đọc lại, chi bộ nhất trí thông qua."),
            G(4),
            S(["THƯ KÝ", "", "", "Vũ Thị Thoa"], ["BÍ THƯ", "", "", "Lê Văn Thắng"]),
        ],
        "truth": minute(
            meeting("regular", "2016-07-05", "14:30", "17:00", "nhà ăn ca của phân xưởng",
                    "CHI BỘ PHÂN XƯỞNG LÒ NUNG", "ĐẢNG BỘ CÔNG TY CỔ PHẦN XI MĂNG THANH LIÊM"),
            "Lê Văn Thắng", "Bí thư chi bộ", "Vũ Thị Thoa",
            attendance(23, 20, 3, 2, 1, 0,
                       [("Trần Văn Hậu", "đi học lớp vận hành lò quay ở Bỉm Sơn", True),
                        ("Mai Thị Lụa", "con ốm", True),
                        ("Đinh Công Tráng", "không báo", False)]),
            True,
            [vote("Kết luận tháng 7/2016", 19)],
            [task("Phạm Quang Huy", "lập phương án thay gạch chịu lửa vùng nung, trình Giám đốc", "20/7/2016"),
             task("Đỗ Xuân Trường", "bám phòng Vật tư cho đủ phụ tùng thay thế", "đợt trung tu tháng 8"),
             task("Tổ công đoàn phân xưởng", "kiểm tra việc đeo nút tai chống ồn của CN", "hằng ca"),
             task("Nguyễn Hữu Cường", "gặp anh Đinh Công Tráng để nắm lý do vắng họp, báo lại chi ủy", "trong tuần")],
            ["low_attendance", "unexcused_absence"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# f06 — Tiền Giang, bank branch: the quarter's plan read out with nobody named; no read-back.
# =================================================================================================
DOCS.append({
    "name": "f06-tiengiang-bank-no-tasks-not-approved", "folder": "test",
    "style": {"family": "serif", "size": 11.5, "justify": True, "indent": 26, "spacing": 1.15,
              "left": 95, "right": 60, "top": 50},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ NHNo&PTNT TỈNH TIỀN GIANG", "CHI BỘ NHNo&PTNT HUYỆN CHỢ GẠO", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Chợ Gạo, ngày 27 tháng 9 năm 2012"], bold_left=(1,)),
            G(6),
            C("BIÊN BẢN HỌP CHI BỘ"),
            C("Tháng 9 năm 2012", bold=False),
            G(6),
            P("Vào lúc 17 giờ 00 ngày 27/9/2012, sau giờ giao dịch, chi bộ họp tại phòng họp tầng 2 trụ sở chi "
              "nhánh. Tổng số ĐV: 11, có mặt 11, đạt 100%. Đ/c Huỳnh Văn Lợi – BT chi bộ, Giám đốc chi nhánh chủ "
              "trì; đ/c Trương Thị Mỹ Duyên – kế toán trưởng, ghi biên bản."),
            L("Phần 1 – Thông tin", bold=True),
            P("Đ/c BT phổ biến kế hoạch kiểm điểm tự phê bình và phê bình theo NQ TW4 khóa XI “Một số vấn đề cấp "
              "bách về xây dựng Đảng hiện nay” của Đảng ủy cấp trên, hạn chót kiểm điểm xong ở chi bộ là tháng 11; "
              "thông tin chủ trương tái cơ cấu các ngân hàng thương mại và yêu cầu giảm lãi suất cho vay nông "
              "nghiệp."),
            L("Phần 2 – Kết quả 9 tháng", bold=True),
            P("Nguồn vốn huy động 612 tỷ đồng, tăng 9,4% so với đầu năm; dư nợ 548 tỷ, trong đó cho vay hộ sản "
              "xuất chiếm 81%; nợ xấu 2,7%, tăng so với quý trước chủ yếu do các hộ nuôi cá tra thua lỗ; phát "
              "hành mới 1.150 thẻ ATM. Hạn chế: thu hồi nợ đã xử lý rủi ro chỉ đạt 38% kế hoạch; máy ATM đặt ở chợ "
              "thường hết tiền vào ngày nghỉ, khách hàng phàn nàn."),
            L("Phần 3 – Ý kiến đảng viên", bold=True),
            P("Đ/c Nguyễn Thanh Phong (CB tín dụng) nêu: các hộ nuôi cá tra ở xã Bình Phan nợ quá hạn phần lớn vì "
              "bán cá rồi mà doanh nghiệp thu mua chậm trả tiền, đề nghị xem xét cơ cấu lại kỳ hạn cho hộ làm ăn "
              "đàng hoàng, không nên dồn ép."),
            P("Đ/c Võ Thị Ngọc Hạnh (giao dịch viên): ngày rằm, mùng một người đi chợ đông, máy ATM ở chợ hết tiền "
              "từ trưa; nên tiếp quỹ thêm một lần buổi sáng."),
            P("Đ/c Lê Minh Tâm (Phó Giám đốc): cán bộ trẻ còn ngại xuống ấp, nhiều món vay chỉ kiểm tra trên giấy."),
            L("Phần 4 – Kết luận", bold=True),
            P("Đ/c BT kết luận: chi bộ thống nhất đánh giá 9 tháng chi nhánh giữ được tăng trưởng nhưng chất lượng "
              "tín dụng đi xuống. Quý IV tập trung: (1) huy động vốn thêm 40 tỷ, chú trọng tiền gửi dân cư dịp cuối "
              "năm; (2) thu hồi nợ xấu, nợ đã xử lý rủi ro, đưa nợ xấu về dưới 2%; (3) kiểm tra sau cho vay tại "
              "chỗ, không kiểm tra trên giấy; (4) làm nghiêm việc kiểm điểm theo NQ TW4. Chỉ tiêu cụ thể cho từng "
              "cán bộ sẽ giao sau khi có kế hoạch của chi nhánh tỉnh. Đề nghị các đồng chí đảng viên nêu cao tinh "
              "thần trách nhiệm, gương mẫu đi đầu trong phần việc của mình."),
            P("Chi bộ biểu quyết thống nhất kết luận: 11/11 đ/c tán thành, không có đ/c nào không tán thành."),
            P("Cuộc họp kết thúc lúc 19 giờ 10 cùng ngày."),
            G(4),
            S(["THƯ KÝ", "", "", "Trương Thị Mỹ Duyên"], ["BÍ THƯ", "", "", "Huỳnh Văn Lợi"]),
        ],
        "truth": minute(
            meeting("regular", "2012-09-27", "17:00", "19:10", "phòng họp tầng 2 trụ sở chi nhánh",
                    "CHI BỘ NHNo&PTNT HUYỆN CHỢ GẠO", "ĐẢNG BỘ NHNo&PTNT TỈNH TIỀN GIANG"),
            "Huỳnh Văn Lợi", "BT chi bộ", "Trương Thị Mỹ Duyên",
            attendance(11, 11, 0, 0, 0, 0),
            True,
            [vote("Kết luận tháng 9/2012 và nhiệm vụ quý IV", 11, 0)],
            [],
            ["missing_assignments", "not_approved"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# f07 — Quảng Nam, agricultural cooperative, typed in 2008: nobody speaks up, the conclusion is never voted.
# =================================================================================================
DOCS.append({
    "name": "f07-quangnam-coop-no-vote-no-discussion", "folder": "test",
    "style": {"family": "mono", "size": 11, "justify": False, "indent": 0, "spacing": 1.2,
              "left": 70, "right": 50, "top": 55},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ ĐIỆN QUANG", "CHI BỘ HTX NN ĐIỆN QUANG"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Điện Quang, ngày 12 tháng 12 năm 2008"], bold_left=(1,)),
            G(6),
            C("BIÊN BẢN HỌP CHI BỘ THÁNG 12 NĂM 2008"),
            G(6),
            P("Tối ngày 12 tháng 12 năm 2008, lúc 19 giờ 30, tại văn phòng HTX, chi bộ họp định kỳ tháng 12. Đồng "
              "chí Nguyễn Văn Bảy, Bí thư chi bộ kiêm Chủ nhiệm HTX chủ trì; đồng chí Lê Thị Sương ghi biên bản. "
              "Chi bộ có 15 đảng viên, 02 đồng chí già yếu được miễn sinh hoạt là đồng chí Huỳnh Bá Châu và đồng "
              "chí Trương Thị Mót; dự họp 12/13 đồng chí, vắng đồng chí Trần Văn Tư (đi đám giỗ bên ngoại ở Duy "
              "Xuyên)."),
            P("Đồng chí Bí thư thông tin: giá phân bón mấy tháng trước tăng cao nay đã hạ; trận mưa lớn giữa tháng "
              "11 làm sạt mấy đoạn bờ kênh N2; huyện có chỉ thị phòng chống đói rét cho trâu bò trong mùa đông."),
            P("Tiếp đó, đồng chí Phan Văn Hùng, Phó Chủ nhiệm HTX báo cáo: vụ Mùa năng suất bình quân 48 tạ/ha; "
              "thu sản phẩm dịch vụ mới đạt 86%, còn đọng nhiều ở đội 5; vụ Đông Xuân 2008-2009 đã đủ giống, lịch "
              "gieo sạ từ 25/12 đến 05/01, kênh N2 phải nạo vét xong trước khi lấy nước."),
            P("Sau khi nghe báo cáo, các đồng chí dự họp đều thống nhất với nội dung đã nêu, không có ý kiến gì "
              "thêm."),
            P("Đồng chí Bí thư kết luận: chi bộ dồn sức cho vụ Đông Xuân, gieo sạ đúng lịch, không để ruộng nào bỏ "
              "trắng; thu dứt điểm sản phẩm còn nợ trước Tết; nhắc bà con làm chuồng, che chắn cho trâu bò, không "
              "thả rông khi trời rét."),
            P("Chi bộ giao đồng chí Phan Văn Hùng điều hành đội thủy nông nạo vét kênh N2, xong trước ngày 25/12; "
              "đồng chí Lê Thị Sương cùng kế toán HTX đối chiếu công nợ từng hộ, báo cáo trước Tết Dương lịch; "
              "đồng chí Ngô Văn Xuân, đội trưởng đội 5, vận động các hộ ở đội 5 nộp dứt điểm sản phẩm còn nợ trong "
              "tháng 01/2009."),
            P("Buổi họp kết thúc lúc 21 giờ 15 phút. Biên bản đọc lại cho chi bộ nghe, mọi người đều thống nhất."),
            G(4),
            S(["THƯ KÝ", "", "", "Lê Thị Sương"], ["BÍ THƯ", "", "", "Nguyễn Văn Bảy"]),
        ],
        "truth": minute(
            meeting("regular", "2008-12-12", "19:30", "21:15", "văn phòng HTX", "CHI BỘ HTX NN ĐIỆN QUANG",
                    "ĐẢNG BỘ XÃ ĐIỆN QUANG"),
            "Nguyễn Văn Bảy", "Bí thư chi bộ", "Lê Thị Sương",
            attendance(15, 12, 1, 1, 0, 2, [("Trần Văn Tư", "đi đám giỗ bên ngoại ở Duy Xuyên", True)]),
            True,
            [],
            [task("Phan Văn Hùng", "điều hành đội thủy nông nạo vét kênh N2", "25/12"),
             task("Lê Thị Sương", "cùng kế toán HTX đối chiếu công nợ từng hộ", "Tết Dương lịch"),
             task("Ngô Văn Xuân", "vận động các hộ ở đội 5 nộp dứt điểm sản phẩm còn nợ", "tháng 01/2009")],
            ["missing_vote", "no_discussion"]),
    }],
    "flags": [],
    "scans": [{"name": "f13-quangnam-coop-scan-fax-no-vote-no-discussion", "folder": "test", "damage": "fax",
               "seed": 1907, "dpi": 200}],
})


# =================================================================================================
# f08 — Gia Lai, district agency: printed form, "Khách mời: ……" left, a "Phân công" part naming nobody.
# =================================================================================================
DOCS.append({
    "name": "f08-gialai-agency-form-unfilled-no-tasks", "folder": "test",
    "style": {"family": "sans", "size": 10.5, "justify": True, "indent": 0, "spacing": 1.3,
              "left": 80, "right": 70},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CƠ QUAN CHÍNH QUYỀN", "HUYỆN CHƯ SÊ", "CHI BỘ PHÒNG TN&MT", "Số: 06-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Chư Sê, ngày 26 tháng 5 năm 2021"], bold_left=(2,)),
            G(6),
            C("BIÊN BẢN", size=13),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 5 NĂM 2021"),
            G(6),
            H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            L("- Thời gian: từ 14 giờ 00 phút đến 16 giờ 05 phút, ngày 26/5/2021."),
            L("- Địa điểm: Phòng họp số 2, Trụ sở HĐND - UBND huyện."),
            L("- Chủ trì: đồng chí Ksor Thơm, Bí thư chi bộ, Trưởng phòng."),
            L("- Thư ký: đồng chí Nguyễn Thị Hồng Nhung, chuyên viên."),
            L("- Tổng số đảng viên: 09 đồng chí; có mặt: 09 đồng chí; vắng: 0."),
            L("- Khách mời: ……………………………………………"),
            H("II. NỘI DUNG SINH HOẠT"),
            L("1. Thông tin thời sự", bold=True),
            P("Đồng chí Bí thư thông tin kết quả bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp ngày "
              "23/5/2021 trên địa bàn huyện, tỷ lệ cử tri đi bầu đạt trên 99%; tình hình dịch Covid-19 đợt thứ tư "
              "và yêu cầu thực hiện nghiêm 5K tại công sở."),
            L("2. Kết quả tháng 5", bold=True),
            P("Phòng đã thẩm định, trình cấp 214 GCNQSDĐ lần đầu, còn 11 hồ sơ trễ hạn do chờ trích đo; phối hợp "
              "với UBND xã Ia Blang lập biên bản 02 trường hợp khai thác cát trái phép trên sông Ayun; hoàn thành "
              "báo cáo thống kê đất đai năm 2020 nộp Sở. Hạn chế: việc trả lời đơn thư về tranh chấp đất rẫy còn "
              "chậm, có đơn quá 30 ngày."),
            L("3. Phương hướng tháng 6", bold=True),
            P("Giải quyết dứt điểm 11 hồ sơ trễ hạn; kiểm tra các điểm tập kết cát ven sông Ayun; rà soát đơn thư "
              "tồn đọng; tổ chức tuyên truyền Ngày Môi trường thế giới 05/6."),
            L("4. Thảo luận", bold=True),
            P("Đ/c Trần Văn Bình (chuyên viên đất đai): hồ sơ trễ hạn chủ yếu do Văn phòng đăng ký đất đai chi "
              "nhánh thiếu người trích đo, đề nghị phòng có văn bản đôn đốc."),
            P("Đ/c Rmah H'Lan: bà con làng Ia Pết hỏi nhiều về đất rẫy cũ chưa có sổ, cần có buổi giải thích bằng "
              "tiếng Jrai ngay tại làng."),
            L("5. Kết luận của chủ trì", bold=True),
            P("Đồng chí Ksor Thơm kết luận: tháng 6 ưu tiên trả hồ sơ trễ hạn cho dân và xử lý nghiêm khai thác "
              "cát trái phép; đơn thư phải trả lời đúng hạn luật định; giữ an toàn phòng dịch ở cơ quan."),
            L("6. Biểu quyết", bold=True),
            P("Tán thành 09/09 đ/c, đạt 100%; không tán thành: 0; ý kiến khác: 0."),
            H("III. PHÂN CÔNG THỰC HIỆN"),
            P("Giao các bộ phận chuyên môn của Phòng căn cứ chức năng, nhiệm vụ được giao triển khai thực hiện "
              "phương hướng tháng 6; đề nghị các đồng chí đảng viên nêu cao tinh thần trách nhiệm, hoàn thành tốt "
              "nhiệm vụ."),
            P("Buổi sinh hoạt kết thúc lúc 16 giờ 05 phút cùng ngày. Biên bản đã được đọc lại và được các đồng chí "
              "dự họp nhất trí thông qua."),
            G(4),
            S(["THƯ KÝ", "", "", "Nguyễn Thị Hồng Nhung"], ["CHỦ TRÌ", "", "", "Ksor Thơm"]),
        ],
        "truth": minute(
            meeting("regular", "2021-05-26", "14:00", "16:05", "Phòng họp số 2, Trụ sở HĐND - UBND huyện",
                    "CHI BỘ PHÒNG TN&MT", "ĐẢNG BỘ CƠ QUAN CHÍNH QUYỀN HUYỆN CHƯ SÊ"),
            "Ksor Thơm", "Bí thư chi bộ", "Nguyễn Thị Hồng Nhung",
            attendance(9, 9, 0, 0, 0, 0),
            True,
            [vote("Kết luận tháng 5/2021", 9, 0, 0, 100)],
            [],
            ["missing_assignments", "unfilled_template"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# f09 — Quảng Trị, border post: tasks from the committee's list, the guest directs, the chair only thanks.
# =================================================================================================
DOCS.append({
    "name": "f09-quangtri-border-post-no-conclusion", "folder": "test",
    "style": {"family": "serif", "size": 12.5, "justify": True, "indent": 26, "spacing": 1.25,
              "left": 80, "right": 62, "foot": "Trang {n}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ ĐỒN BIÊN PHÒNG THANH", "CHI BỘ ĐỘI VẬN ĐỘNG QUẦN CHÚNG", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hướng Hóa, ngày 24 tháng 5 năm 2024"], bold_left=(1,)),
            G(6),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ THÁNG 5 NĂM 2024"),
            G(6),
            P("Vào hồi 13 giờ 30 phút ngày 24 tháng 5 năm 2024, tại hội trường Đồn Biên phòng Thanh, Chi bộ Đội "
              "vận động quần chúng tiến hành sinh hoạt thường kỳ tháng 5. Quân số đảng viên của chi bộ là 12 đồng "
              "chí, có mặt 11; vắng Thượng úy Nguyễn Văn Hòa (đi học lớp bồi dưỡng nghiệp vụ tại Bộ Chỉ huy BĐBP "
              "tỉnh). Đại úy Hồ Sỹ Tuấn, Bí thư chi bộ, Đội trưởng chủ trì; Trung úy Lê Quang Vinh, Chi ủy viên, "
              "làm thư ký. Chi bộ được đón Thiếu tá Phan Đình Quý, Chính trị viên Đồn, Bí thư Đảng ủy Đồn về dự."),
            P("Mở đầu, đồng chí chủ trì quán triệt kế hoạch tuần tra song phương với lực lượng bảo vệ biên giới "
              "nước bạn Lào trong quý II và thông báo của Đảng ủy Đồn về tình hình vận chuyển trái phép chất ma "
              "túy qua các đường mòn, lối mở."),
            P("Tiếp đó, đồng chí Phó Bí thư, Thượng úy Hồ Văn Lâm báo cáo kết quả tháng: đội đã bám 5 bản; phối "
              "hợp với Công an xã hòa giải xong 02 vụ tranh chấp đất rẫy ở bản A Ngo; giúp dân thu hoạch 4 ha sắn; "
              "tổ chức 02 buổi tuyên truyền Luật Biên phòng Việt Nam bằng tiếng Vân Kiều. Việc nắm số người vắng "
              "mặt dài ngày ở các bản còn chưa chắc."),
            P("Sau khi nghe báo cáo, Trung úy Lê Quang Vinh cho rằng đường nội bản A Ngo đã sạt hai chỗ, mưa "
              "xuống là học sinh không ra được điểm trường. QNCN Hồ Thị Hoa, y sĩ của Đồn, báo bản Xa Rúc đã có ca "
              "sốt xuất huyết, đề nghị phun thuốc sớm. Thiếu úy Hồ Văn Khăm nói tờ rơi tuyên truyền in bằng tiếng "
              "Kinh, người già trong bản đọc không hiểu."),
            P("Đồng chí Phó Bí thư đọc bản phân công nhiệm vụ tháng 6 do chi ủy chuẩn bị: Trung úy Lê Quang Vinh "
              "phụ trách nhóm công tác giúp dân làm lại đường nội bản A Ngo, xong trước mùa mưa lũ; QNCN Hồ Thị "
              "Hoa cùng Trạm y tế xã phun thuốc diệt muỗi ở bản Xa Rúc, trong tháng 6; Thiếu úy Hồ Văn Khăm dịch "
              "tờ rơi phòng chống ma túy sang tiếng Vân Kiều, xong trước ngày 10/6/2024."),
            P("Thiếu tá Phan Đình Quý phát biểu chỉ đạo: biểu dương chi bộ đã bám dân, bám bản; yêu cầu tháng tới "
              "nắm chắc người đi làm ăn bên kia biên giới, không để xảy ra xuất nhập cảnh trái phép, chuẩn bị lực "
              "lượng ứng cứu khi có mưa lũ."),
            P("Chi bộ biểu quyết thông qua phương hướng, nhiệm vụ tháng 6: 11/11 đồng chí tán thành."),
            P("Đồng chí Bí thư chi bộ tiếp thu đầy đủ ý kiến chỉ đạo của đồng chí Chính trị viên, cảm ơn các đồng "
              "chí đã tham gia đóng góp và tuyên bố kết thúc buổi sinh hoạt lúc 15 giờ 40 phút. Biên bản đã được "
              "thông qua trước chi bộ."),
            G(4),
            S(["THƯ KÝ", "", "", "Trung úy Lê Quang Vinh"], ["BÍ THƯ CHI BỘ", "", "", "Đại úy Hồ Sỹ Tuấn"]),
        ],
        "truth": minute(
            meeting("regular", "2024-05-24", "13:30", "15:40", "hội trường Đồn Biên phòng Thanh",
                    "CHI BỘ ĐỘI VẬN ĐỘNG QUẦN CHÚNG", "ĐẢNG BỘ ĐỒN BIÊN PHÒNG THANH"),
            "Hồ Sỹ Tuấn", "Bí thư chi bộ", "Lê Quang Vinh",
            attendance(12, 11, 1, 1, 0, 0,
                       [("Nguyễn Văn Hòa", "đi học lớp bồi dưỡng nghiệp vụ tại Bộ Chỉ huy BĐBP tỉnh", True)],
                       [("Phan Đình Quý", "Chính trị viên Đồn, Bí thư Đảng ủy Đồn")]),
            False,
            [vote("Phương hướng, nhiệm vụ tháng 6/2024", 11)],
            [task("Lê Quang Vinh", "phụ trách nhóm công tác giúp dân làm lại đường nội bản A Ngo", "mùa mưa lũ"),
             task("Hồ Thị Hoa", "cùng Trạm y tế xã phun thuốc diệt muỗi ở bản Xa Rúc", "tháng 6"),
             task("Hồ Văn Khăm", "dịch tờ rơi phòng chống ma túy sang tiếng Vân Kiều", "10/6/2024")],
            ["missing_conclusion"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# f10 — Quảng Ngãi, fishing village: minute book Jan–Jun 2025, typed on; May not held; Q2 no thematic;
# đ/c Đặng Văn Cu absent without reason three times.
# =================================================================================================
_BOOK_CELL, _BOOK_COMMITTEE = "CHI BỘ THÔN AN HẢI", "ĐẢNG BỘ XÃ BÌNH CHÂU"


def _bm(date, start, end, location, chair_role, att, conclusion, votes, tasks, flags, topic=None):
    return minute(meeting("regular", date, start, end, location, _BOOK_CELL, _BOOK_COMMITTEE, topic=topic),
                  "Võ Văn Thạnh", chair_role, "Phạm Thị Ngọc Lan", att, conclusion, votes, tasks, flags)


DOCS.append({
    "name": "f10-quangngai-fishing-book-month-thematic-repeated", "folder": "test",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 24, "spacing": 1.25,
              "left": 78, "right": 60, "head": "Chi bộ thôn An Hải – Sổ ghi biên bản năm 2025",
              "head_align": "right", "foot": "- {n} -"},
    "between": 22,
    "minutes": [
        {   # January: run-on; Cu absent "không báo lý do"
            "blocks": [
                HD(["ĐẢNG BỘ XÃ BÌNH CHÂU", "CHI BỘ THÔN AN HẢI", "*"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Bình Châu, ngày 06 tháng 01 năm 2025"], bold_left=(1,)),
                G(4),
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 01 NĂM 2025"),
                G(4),
                P("Hôm nay, lúc 19 giờ 00 ngày 06/01/2025, tại nhà văn hóa thôn An Hải, chi bộ họp thường kỳ tháng "
                  "01. Đồng chí Võ Văn Thạnh, Bí thư chi bộ, chủ trì; đồng chí Phạm Thị Ngọc Lan ghi biên bản. Chi "
                  "bộ có 24 đảng viên, miễn sinh hoạt 03 đồng chí; phải dự 21, có mặt 19. Vắng đ/c Lê Văn Tèo (đi "
                  "biển) và đ/c Đặng Văn Cu, không báo lý do."),
                P("Đồng chí Bí thư thông tin chủ trương sắp xếp, tinh gọn bộ máy và kế hoạch đại hội chi bộ nhiệm kỳ "
                  "2025 – 2027. Tháng 12, thôn có 27 tàu đánh bắt xa bờ, 02 tàu bị tàu nước ngoài xua đuổi ở ngư "
                  "trường Hoàng Sa nhưng đã về an toàn; đổ bê tông xong 300 mét đường xóm Tây."),
                P("Đ/c Nguyễn Tấn Lực, Phó Bí thư, Chi hội trưởng Chi hội Nghề cá, cho biết còn 4 tàu chưa lắp thiết "
                  "bị giám sát hành trình, nếu ra khơi là vi phạm quy định chống khai thác bất hợp pháp. Đ/c Trần "
                  "Thị Bông (Chi hội trưởng Phụ nữ) đề nghị lo quà Tết cho 9 hộ nghèo và 2 cụ già neo đơn."),
                P("Đồng chí Bí thư kết luận: tháng 01 lo Tết Ất Tỵ vui tươi, an toàn; tàu nào chưa lắp thiết bị "
                  "giám sát hành trình thì không cho xuất bến; chăm lo gia đình chính sách, hộ nghèo. Chi bộ biểu "
                  "quyết 19/19 đồng chí tán thành."),
                P("Giao đ/c Nguyễn Tấn Lực cùng Đồn Biên phòng kiểm tra 4 tàu chưa lắp thiết bị giám sát hành "
                  "trình, xong trước ngày 20/01/2025; đ/c Trần Thị Bông lập danh sách tặng quà Tết hộ nghèo trước "
                  "ngày 23 tháng Chạp."),
                P("Kết thúc lúc 21 giờ 00. Biên bản đọc lại, chi bộ thông qua."),
                S(["THƯ KÝ", "", "Phạm Thị Ngọc Lan"], ["BÍ THƯ", "", "Võ Văn Thạnh"]),
            ],
            "truth": _bm("2025-01-06", "19:00", "21:00", "nhà văn hóa thôn An Hải", "Bí thư chi bộ",
                         attendance(24, 19, 2, 1, 1, 3,
                                    [("Lê Văn Tèo", "đi biển", True), ("Đặng Văn Cu", "không báo lý do", False)]),
                         True, [vote("Kết luận tháng 01/2025", 19)],
                         [task("Nguyễn Tấn Lực", "cùng Đồn Biên phòng kiểm tra 4 tàu chưa lắp thiết bị giám sát "
                               "hành trình", "20/01/2025"),
                          task("Trần Thị Bông", "lập danh sách tặng quà Tết hộ nghèo", "ngày 23 tháng Chạp")],
                         ["unexcused_absence"]),
        },
        {   # February: short fields, after Tết. Clean.
            "blocks": [
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 02 NĂM 2025"),
                G(4),
                L("Thời gian: 19 giờ 00 đến 20 giờ 50 ngày 10/02/2025 (nhằm 13 tháng Giêng Ất Tỵ). Địa điểm: nhà "
                  "văn hóa thôn. Chủ trì: đ/c Võ Văn Thạnh, Bí thư chi bộ. Thư ký: đ/c Phạm Thị Ngọc Lan."),
                L("Có mặt 20/21 đảng viên phải dự (03 đ/c miễn sinh hoạt); vắng 01: đ/c Lê Văn Tèo (đi biển chưa "
                  "về)."),
                P("Tình hình: ra quân đầu năm có 31 tàu xuất bến ngày mùng 6 Tết; Tết vui, không có vụ đánh nhau hay "
                  "đốt pháo; 9 hộ nghèo đều được nhận quà."),
                P("Ý kiến: đ/c Huỳnh Văn Sáu, chủ tàu, nói giá dầu tăng, nhiều tàu nhỏ muốn nằm bờ, đề nghị chi bộ "
                  "hỏi xã về vốn vay hỗ trợ. Đ/c Nguyễn Tấn Lực đề nghị vận động chủ tàu mua bảo hiểm thân tàu vì "
                  "mùa gió chướng còn kéo dài."),
                P("Đ/c Bí thư kết luận: giữ tàu bám biển, đi theo tổ, không đi đơn lẻ; làm hồ sơ vay vốn cho hộ khó "
                  "khăn. Biểu quyết: 20/20 tán thành."),
                P("Phân công: đ/c Huỳnh Văn Sáu vận động các chủ tàu mua bảo hiểm thân tàu trong quý I; đ/c Phạm "
                  "Thị Ngọc Lan giúp các hộ làm hồ sơ vay vốn, nộp Ngân hàng Chính sách xã hội trước ngày 28/02/2025."),
                P("Kết thúc 20 giờ 50. Biên bản đã thông qua."),
                S(["THƯ KÝ", "", "Phạm Thị Ngọc Lan"], ["BÍ THƯ", "", "Võ Văn Thạnh"]),
            ],
            "truth": _bm("2025-02-10", "19:00", "20:50", "nhà văn hóa thôn", "Bí thư chi bộ",
                         attendance(24, 20, 1, 1, 0, 3, [("Lê Văn Tèo", "đi biển chưa về", True)]),
                         True, [vote("Kết luận tháng 02/2025", 20)],
                         [task("Huỳnh Văn Sáu", "vận động các chủ tàu mua bảo hiểm thân tàu", "quý I"),
                          task("Phạm Thị Ngọc Lan", "giúp các hộ làm hồ sơ vay vốn, nộp Ngân hàng Chính sách xã hội",
                               "28/02/2025")],
                         []),
        },
        {   # March: regular + thematic combined, 135 min; 18/21; Cu "(không lý do)"
            "blocks": [
                C("BIÊN BẢN"),
                C("SINH HOẠT CHI BỘ THÁNG 3 KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ I NĂM 2025"),
                C("Chuyên đề: Tinh thần tương thân tương ái của ngư dân trên biển", bold=False, italic=True),
                G(4),
                P("Lúc 18 giờ 30 phút ngày 17/3/2025, chi bộ họp tại nhà văn hóa thôn An Hải, đ/c Võ Văn Thạnh (Bí "
                  "thư chi bộ) chủ trì, đ/c Phạm Thị Ngọc Lan ghi. Chỉ có 18/21 đồng chí phải dự đến họp (03 đ/c "
                  "miễn sinh hoạt); vắng đ/c Huỳnh Văn Sáu (đi biển), đ/c Trần Thị Bông (nằm viện ở Quảng Ngãi), "
                  "đ/c Đặng Văn Cu (không lý do)."),
                P("Phần thường kỳ, đồng chí Bí thư điểm lại tháng 02: các tàu đều đi theo tổ; 6 hộ đã được vay vốn; "
                  "có 1 tàu bị hỏng máy được tàu cùng tổ lai dắt về bờ. Tháng 4 chuẩn bị kỷ niệm 50 năm Ngày Giải "
                  "phóng miền Nam, thống nhất đất nước."),
                P("Phần chuyên đề, đ/c Nguyễn Tấn Lực trình bày, kể lại chuyện tàu của thôn cứu 12 thuyền viên tàu "
                  "bạn bị chìm năm ngoái và lời Bác dạy về đoàn kết. Đ/c Lê Văn Tèo, thuyền trưởng, nói ra khơi mà "
                  "không có bạn thuyền, bạn tàu thì không ai dám đi xa. Đ/c Nguyễn Thị Hoa đề nghị lập quỹ giúp "
                  "nhau khi có tàu gặp nạn."),
                P("Đồng chí chủ trì kết luận chuyên đề và nhiệm vụ tháng 4: mỗi tàu phải vào một tổ đoàn kết; thôn "
                  "lập quỹ tương trợ nghề cá từ đóng góp tự nguyện; tổ chức treo cờ, dọn đường làng mừng 30/4. Chi "
                  "bộ nhất trí 18/18."),
                P("Giao đ/c Lê Văn Tèo tập hợp các tàu thành tổ đoàn kết, mỗi tổ 4 đến 5 tàu, xong trong tháng 4; "
                  "đ/c Phạm Thị Ngọc Lan viết tin về tàu cứu nạn gửi Đảng ủy xã trước ngày 30/3/2025."),
                P("Buổi sinh hoạt kết thúc lúc 20 giờ 45 phút; biên bản được đọc lại và thông qua."),
                S(["THƯ KÝ", "", "Phạm Thị Ngọc Lan"], ["CHỦ TRÌ", "", "Võ Văn Thạnh"]),
            ],
            "truth": _bm("2025-03-17", "18:30", "20:45", "nhà văn hóa thôn An Hải", "Bí thư chi bộ",
                         attendance(24, 18, 3, 2, 1, 3,
                                    [("Huỳnh Văn Sáu", "đi biển", True),
                                     ("Trần Thị Bông", "nằm viện ở Quảng Ngãi", True),
                                     ("Đặng Văn Cu", "không lý do", False)]),
                         True, [vote("Kết luận chuyên đề và nhiệm vụ tháng 4/2025", 18)],
                         [task("Lê Văn Tèo", "tập hợp các tàu thành tổ đoàn kết, mỗi tổ 4 đến 5 tàu", "tháng 4"),
                          task("Phạm Thị Ngọc Lan", "viết tin về tàu cứu nạn gửi Đảng ủy xã", "30/3/2025")],
                         ["low_attendance", "unexcused_absence"],
                         topic="Tinh thần tương thân tương ái của ngư dân trên biển"),
        },
        {   # April: nobody named for any task
            "blocks": [
                C("BIÊN BẢN HỌP CHI BỘ THÁNG 4/2025"),
                G(4),
                P("19 giờ ngày 14/4/2025, chi bộ họp tại nhà văn hóa thôn An Hải. Đ/c Võ Văn Thạnh, Bí thư chi bộ "
                  "chủ trì, đ/c Phạm Thị Ngọc Lan thư ký. Dự họp 20/21 đồng chí phải dự (miễn sinh hoạt 03), vắng "
                  "đ/c Lê Văn Tèo (đi biển)."),
                P("Tháng 3 thôn lập được 6 tổ đoàn kết với 28 tàu; quỹ tương trợ nghề cá thu được 41 triệu đồng; "
                  "đường làng đã dọn sạch. Đ/c Huỳnh Văn Sáu đề nghị quỹ phải có sổ sách công khai, mỗi quý báo cáo "
                  "một lần. Đ/c Nguyễn Tấn Lực nói dịp lễ 30/4 nhiều tàu về bờ, cần nhắc thanh niên không tụ tập "
                  "nhậu, đua xe."),
                P("Đồng chí Bí thư kết luận: dịp 30/4 và 1/5 thôn treo cờ đồng loạt, giữ trật tự, không để xảy ra "
                  "đánh nhau; quỹ tương trợ công khai mỗi quý. Biểu quyết 20/20 nhất trí."),
                P("Đề nghị các đồng chí đảng viên gương mẫu treo cờ, nhắc con em giữ trật tự; các chi hội đoàn thể "
                  "vận động hội viên cùng làm."),
                P("Họp xong lúc 20 giờ 40, biên bản đọc lại cả chi bộ nhất trí."),
                S(["THƯ KÝ", "", "Phạm Thị Ngọc Lan"], ["BÍ THƯ", "", "Võ Văn Thạnh"]),
            ],
            "truth": _bm("2025-04-14", "19:00", "20:40", "nhà văn hóa thôn An Hải", "Bí thư chi bộ",
                         attendance(24, 20, 1, 1, 0, 3, [("Lê Văn Tèo", "đi biển", True)]),
                         True, [vote("Kết luận tháng 4/2025", 20)], [],
                         ["missing_assignments"]),
        },
        {   # June: May not held; the secretary sums up, the chair defers the conclusion; Cu "không xin phép"
            "blocks": [
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 6 NĂM 2025"),
                L("(Ghi chú của thư ký: tháng 5/2025 chi bộ không sinh hoạt được vì phần đông đảng viên là chủ tàu, "
                  "thuyền viên đang bám biển vụ cá Nam.)", italic=True),
                G(4),
                P("Vào lúc 19 giờ ngày 09/6/2025, tại nhà văn hóa thôn, chi bộ họp thường kỳ. Chủ trì đ/c Võ Văn "
                  "Thạnh, Bí thư chi bộ; thư ký đ/c Phạm Thị Ngọc Lan. Có mặt 19 trên 21 đồng chí phải dự (miễn "
                  "sinh hoạt 03); vắng đ/c Trần Thị Bông (đi tái khám) và đ/c Đặng Văn Cu (không xin phép)."),
                P("Đồng chí Bí thư thông tin việc sắp xếp, hợp nhất xã và kết thúc hoạt động cấp huyện từ ngày "
                  "01/7/2025; chi bộ sẽ chuyển về đảng bộ xã mới. Đ/c Lê Văn Tèo cho biết vụ cá Nam năm nay khá, "
                  "tàu về bến đều. Đ/c Nguyễn Tấn Lực đề nghị chi bộ xem xét trách nhiệm của đ/c Đặng Văn Cu vì đã "
                  "ba lần vắng họp mà không báo ai."),
                P("Thư ký tóm tắt lại các ý kiến. Đồng chí Bí thư cảm ơn các đồng chí và hẹn sẽ thông báo kết luận "
                  "sau khi xin ý kiến Đảng ủy xã về trường hợp đ/c Cu. Chi bộ biểu quyết nhất trí 100% phương hướng "
                  "tháng 7."),
                P("Giao đ/c Nguyễn Tấn Lực gặp đ/c Đặng Văn Cu, yêu cầu viết bản kiểm điểm, nộp chi ủy trước ngày "
                  "20/6/2025; đ/c Phạm Thị Ngọc Lan hoàn thiện hồ sơ, sổ sách của chi bộ để bàn giao về xã mới "
                  "trong tháng 6."),
                P("Họp kết thúc 21 giờ; biên bản đã đọc lại, thông qua."),
                S(["THƯ KÝ", "", "Phạm Thị Ngọc Lan"], ["BÍ THƯ", "", "Võ Văn Thạnh"]),
            ],
            "truth": _bm("2025-06-09", "19:00", "21:00", "nhà văn hóa thôn", "Bí thư chi bộ",
                         attendance(24, 19, 2, 1, 1, 3,
                                    [("Trần Thị Bông", "đi tái khám", True),
                                     ("Đặng Văn Cu", "không xin phép", False)]),
                         False, [vote("Phương hướng tháng 7/2025", pct=100)],
                         [task("Nguyễn Tấn Lực", "gặp đ/c Đặng Văn Cu, yêu cầu viết bản kiểm điểm, nộp chi ủy",
                               "20/6/2025"),
                          task("Phạm Thị Ngọc Lan", "hoàn thiện hồ sơ, sổ sách của chi bộ để bàn giao về xã mới",
                               "tháng 6")],
                         ["missing_conclusion", "unexcused_absence"]),
        },
    ],
    "flags": ["missing_month", "no_thematic_in_quarter", "repeated_absence"], "scans": [],
})


# =================================================================================================
# f14 — Hải Phòng, retirees' cell of a ward, typed in 2003: scan only (bleed-through, 2 pages).
# =================================================================================================
DOCS.append({
    "name": "f14-haiphong-retirees-scan-bleed-unexcused", "folder": "test", "born_digital": False,
    "style": {"family": "mono", "size": 11.5, "justify": False, "indent": 0, "spacing": 1.3,
              "left": 75, "right": 55},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG LẠCH TRAY", "CHI BỘ HƯU TRÍ SỐ 2", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hải Phòng, ngày 17 tháng 8 năm 2003"], bold_left=(1,)),
            G(6),
            C("BIÊN BẢN HỌP CHI BỘ"),
            C("(Kỳ sinh hoạt tháng 8 năm 2003)", bold=False),
            G(6),
            P("Hôm nay, 8 giờ sáng ngày 17 tháng 8 năm 2003, Chi bộ Hưu trí số 2 họp thường kỳ tại nhà đồng chí "
              "Bí thư Trịnh Xuân Đức, số 14 ngõ 81 Lạch Tray."),
            P("Chi bộ có cả thảy 41 đảng viên, trong đó 13 đồng chí tuổi cao, sức yếu được miễn sinh hoạt, còn 28 "
              "đồng chí phải dự. Đến họp 26 đồng chí. Vắng đồng chí Nguyễn Thị Tâm (lên Hà Nội trông cháu) và "
              "đồng chí Lưu Văn Chính (không báo). Đồng chí Vũ Đình Thược đến muộn vì sáng nay đi khám sức khỏe "
              "định kỳ ở Bệnh viện Hữu nghị Việt Tiệp."),
            P("Đồng chí Trịnh Xuân Đức, Bí thư chi bộ, chủ trì; đồng chí Hoàng Thị Nhung ghi biên bản. Có đồng "
              "chí Bùi Văn Kha, Phó Bí thư Đảng ủy phường, về dự."),
            P("Mở đầu, đồng chí Bí thư thông báo thời sự: dịch viêm đường hô hấp cấp SARS ở nước ta đã được khống "
              "chế từ cuối tháng 4; cả nước chuẩn bị đón SEA Games 22 vào tháng 12; thành phố phát động phong trào "
              "giữ gìn trật tự, vệ sinh đường phố."),
            P("Tiếp đó, đồng chí Phó Bí thư Đỗ Văn Thiềng báo cáo tình hình tháng 7: chi bộ đã đến thăm 06 gia đình "
              "thương binh, liệt sỹ nhân ngày 27/7; 100% đảng viên ủng hộ Quỹ Vì người nghèo; chi ủy đã tới thăm "
              "02 đồng chí ốm nặng. Tồn tại: thu đảng phí quý III còn chậm, mới được 29/41 đồng chí; vài đồng chí "
              "chưa nộp bản đăng ký rèn luyện năm 2003."),
            P("Sau khi nghe báo cáo, các đồng chí phát biểu sôi nổi. Đồng chí Phạm Văn Lộc, nguyên Trung tá quân "
              "đội, đề nghị chi bộ cử người đến tận nhà thu đảng phí những đồng chí đi lại khó khăn, đừng để các "
              "cụ phải chống gậy đi nộp. Đồng chí Cao Thị Liên nói đồng chí Lưu Văn Chính hai tháng nay không đi "
              "họp, có lẽ gia đình có chuyện buồn, chi bộ nên hỏi han trước khi phê bình. Đồng chí Bùi Văn Kha phát "
              "biểu, ghi nhận chi bộ hưu trí luôn là chỗ dựa của phường trong các phong trào ở khu dân cư."),
            P("Cuối cùng, đồng chí Bí thư kết luận: tháng 8 chi bộ hoàn thành thu đảng phí quý III, vận động con "
              "cháu trong các gia đình đảng viên giữ trật tự, vệ sinh ngõ phố; quan tâm đồng chí ốm đau, hoàn cảnh "
              "khó. Chi bộ biểu quyết nhất trí 26/26 đồng chí."),
            P("Giao đồng chí Đỗ Văn Thiềng thu đảng phí quý III, nộp Đảng ủy phường trước ngày 30/9/2003; đồng chí "
              "Cao Thị Liên đến thăm gia đình đồng chí Lưu Văn Chính để nắm tình hình, báo lại chi bộ trong kỳ họp "
              "tháng 9; Tổ đảng số 3 thu đảng phí tận nhà các đồng chí không đi lại được, hằng tháng."),
            P("Cuộc họp kết thúc lúc 10 giờ 30 phút. Biên bản đọc lại, mọi người nhất trí."),
            G(4),
            S(["THƯ KÝ", "", "", "Hoàng Thị Nhung"], ["BÍ THƯ CHI BỘ", "", "", "Trịnh Xuân Đức"]),
        ],
        "truth": minute(
            meeting("regular", "2003-08-17", "08:00", "10:30",
                    "nhà đồng chí Bí thư Trịnh Xuân Đức, số 14 ngõ 81 Lạch Tray",
                    "CHI BỘ HƯU TRÍ SỐ 2", "ĐẢNG BỘ PHƯỜNG LẠCH TRAY"),
            "Trịnh Xuân Đức", "Bí thư chi bộ", "Hoàng Thị Nhung",
            attendance(41, 26, 2, 1, 1, 13,
                       [("Nguyễn Thị Tâm", "lên Hà Nội trông cháu", True), ("Lưu Văn Chính", "không báo", False)],
                       [("Bùi Văn Kha", "Phó Bí thư Đảng ủy phường")]),
            True,
            [vote("Kết luận tháng 8/2003", 26)],
            [task("Đỗ Văn Thiềng", "thu đảng phí quý III, nộp Đảng ủy phường", "30/9/2003"),
             task("Cao Thị Liên", "đến thăm gia đình đồng chí Lưu Văn Chính để nắm tình hình, báo lại chi bộ",
                  "kỳ họp tháng 9"),
             task("Tổ đảng số 3", "thu đảng phí tận nhà các đồng chí không đi lại được", "hằng tháng")],
            ["unexcused_absence"]),
    }],
    "flags": [],
    "scans": [{"name": "f14-haiphong-retirees-scan-bleed-unexcused", "folder": "test", "damage": "bleed", "seed": 1914,
               "dpi": 200}],
})
