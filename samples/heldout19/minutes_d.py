"""samples/heldout19, writer d (folder dev, stems d…): the North and the North-Central coast, 2005–2025.

Minutes that run together, in the words of each trade. Written by hand for this set; every sentence is new. Blocks
and truth helpers are those of samples/heldout2/minutes.py (rendered by samples/heldout2/make.py).

Files -> what varies -> minute flags / book flags
- d01-thaibinh-commune-police-prose-clean -> Thái Bình, Tiền Hải, commune police (2021); Serif 11.5 ragged, no
  headings at all; ranks before every name; absentee "(đang học …, đã báo cáo chi ủy)"; a guest from the commune
  committee speaks; four tasks inside the chair's conclusion ("giao đồng chí …; Thượng úy … đến hết mùa thu hoạch;
  … cùng Đoàn Thanh niên xã …; … hằng tuần"); "10/10 … đạt 100%" -> — (clean)
- d02-nghean-school-guest-directs-no-conclusion -> Nghệ An, Quỳnh Lưu, lower-secondary school (2016); Serif 13;
  one exempt member; HĐSP, BGH, HSG, TPT Đội; the deputy reads the plan with "Phân công cụ thể:" (three named
  teachers); the guest gives directions and the chair only thanks him and promises to report back; 15/15 on the
  plan -> missing_conclusion
- d03-hanoi-icu-question-headings-short -> Hà Nội, hospital intensive-care department (2023); Liberation Sans 11,
  "Trang n/N"; questions as headings ("Tháng 3 vừa rồi khoa làm được những gì?", "Tháng 4 làm gì, ai làm, bao giờ
  xong?"); ThS.BS., BSCKI., ĐD., KTV. before names; a doctor late from an intubation; a task table "Việc / Ai làm /
  Xong trước" with a group ("Tổ KSNK của khoa"); 13h30–14h40 -> short_meeting
- d04-quangninh-coal-workshop-19of23-low-unexcused -> Quảng Ninh, Cẩm Phả, coal-mine workshop (2009); typewriter
  face 10.5; "cả thảy 23 đồng chí, đến họp 19", four absentees in one sentence, "anh A và anh B (không báo)"; the
  deputy foreman late from a conveyor fault; CB-CNV, lò chợ, mét lò; tasks in the conclusion ("hằng ca"); "18 …
  tán thành, 01 … không tán thành" -> low_attendance, unexcused_absence
- d05-hatinh-fishing-village-no-assignments-not-approved -> Hà Tĩnh, Cẩm Xuyên, fishing village (2005); Serif 13.5,
  spacing 1.4; two old members exempt; "(đi biển chưa về, có nhắn lại)"; a non-member guest; a fisherman quoted in
  the Nghệ-Tĩnh speech ("bữa ni", "nhà mô", "răng"); "nhất trí 100%"; a plan read out with nobody named and a call to
  "các đồng chí đảng viên"; ends with the end time only -> missing_assignments, not_approved
- d06-haiphong-bank-thematic-tables-clean -> Hải Phòng, Kiến An, customer department of an agricultural bank,
  thematic Q3/2019; Liberation Sans 11.5, right-aligned running head on page 2; a ruled count table instead of the
  attendance line; a ruled opinions table; a task table with the assignee column first (two people in one cell, the
  youth union, "Trước 10/9/2019", "Hằng tuần", "Quý IV/2019"); "Tán thành 13/13 (100%); không tán thành 0; không
  biểu quyết 0" -> — (clean)
- d07-quangbinh-border-post-no-discussion-no-vote -> Quảng Bình, Bố Trạch, armed squad of a border-guard post
  (2012); DejaVu Sans 11, "- n -" at the top of every page; "Quân số đảng viên"; ranks and QNCN; "Phần thứ nhất …
  thứ ba"; SSCĐ, CTĐ-CTCT, HSQ-CS; "Chi bộ thảo luận, các đồng chí đều nhất trí …"; the chair concludes and gives
  three tasks (one to the working group of a Ma Coong village); "Chi bộ thống nhất ra nghị quyết …" with no count ->
  missing_vote, no_discussion
- d08-thanhhoa-state-farm-form-unfilled-no-assignments -> Thanh Hóa, state sugar-cane farm, production team
  (2010); DejaVu Serif 11; a printed form: "Khách mời: ……" and "(Ký, ghi rõ họ tên)" left, all else filled; "Tán
  thành: 12/12; Không tán thành: 0; Ý kiến khác: 0"; the "Phân công thực hiện" field holds only a call to every
  member -> missing_assignments, unfilled_template
- d09-hanoi-university-faculty-odd-headings-clean -> Hà Nội, university faculty (2025); DejaVu Serif 10.5 ragged,
  page number alone at the bottom; opening in one paragraph; "Những việc đã làm được", "Những việc chưa làm được",
  "Ý kiến của chi bộ", "Chi bộ thống nhất", "Phần việc của tháng tới"; PGS.TS., TS., ThS.; a student invited as a
  guest; two votes (conclusion 22/22 (100%); introducing the student to the Party-awareness class 22/22) -> — (clean)
- d10-namdinh-coop-book-jul-dec-2013 -> Nam Định, Giao Thủy, agricultural cooperative; a book of five minutes
  (Jul, Aug, Sep combined with the Q3 thematic meeting, Nov, Dec 2013) on 3 pages, each after the first mid-page
  under the previous signatures; running head from page 2, "Trang n"; mostly prose; October not held (explained in
  November); đ/c Trần Văn Cử absent "không báo", "không có lý do", "không phép" -> per minute: unexcused_absence;
  missing_conclusion (the secretary sums up, the chair thanks and closes); short_meeting (105 min combined) +
  unexcused_absence; missing_assignments ("chi ủy sẽ phân công sau"); unexcused_absence / book: missing_month,
  no_thematic_in_quarter (Q4), repeated_absence
- d11-thaibinh-commune-police-scan-seal -> seal scan of d01 (colour, 200 dpi, blue signatures, red seal) -> as d01
- d12-haiphong-bank-scan-photocopy -> photocopy scan of d06 (2 pages, 200 dpi) -> as d06
- d13-quangninh-coal-workshop-scan-bleed -> bleed scan of d04 (200 dpi) -> as d04
- d14-quangtri-retirees-scan-phone-no-conclusion-no-assignments -> scan only: Quảng Trị, Đông Hà, retirees' cell of
  a ward quarter (2018), phone photo, 200 dpi; nine exempt for age; a member leaves early; a member quoted in the
  Quảng Trị speech ("kiệt", "chừ", "o", "răng mà"); a guest's directions, the secretary's summary and the chair's
  thanks and call to "các đồng chí đảng viên"; "nhất trí 100%" on the April plan -> missing_conclusion,
  missing_assignments

Labelling decisions (beyond docs/CONTRACTS.md, samples/README.md and the heldout2 … heldout18 READMEs)
- Run-on prose is labelled like fields: "cả thảy 23 đồng chí, đến họp 19" gives total 23, present 19; "Số phải dự
  22, có mặt 20" with nine exempt and a total of 31 gives 31 / 20 / 9; a member who arrives late or leaves early
  is present.
- Two names followed by one bracketed reason ("anh A và anh B (không báo)") share that reason; a note that the
  absence was reported ("đã báo cáo chi ủy", "có nhắn lại", "có báo") is left out of the reason and makes it
  excused. Titles of the trade before a name (Thượng úy, QNCN, ThS.BS., BSCKI., ĐD., KTV., PGS.TS.) are dropped,
  in tables too.
- A guest's role in prose is the apposition after the name ("ông Hồ Sỹ Chắt, Chi hội trưởng Chi hội Nghề cá thôn,
  dự phần bàn về tàu thuyền" -> "Chi hội trưởng Chi hội Nghề cá thôn"); the verb phrase that follows is not part of it.
- The chair's role is the Party role as the same minute writes it: "Bí thư chi bộ" or, in "Đồng chí Bí thư X chủ
  trì", "Bí thư"; the job after it (Trưởng khoa, Quản đốc, Hiệu trưởng) is not part of it.
- Tasks named inside a plan the deputy reads out under "Phân công cụ thể:" and the cell then votes on are
  assignments, even when the minute has no chair's conclusion (d02). Tasks "chi ủy đã bàn trước và đề xuất, chi bộ
  đồng ý phân công" are assignments too (d10 August).
- No conclusion: the chair thanking a guest for his directions and promising to report back (d02); the secretary's
  summary followed by the chair's thanks and closing (d10 August, d14). "Chi bộ thống nhất ra nghị quyết … với các
  nội dung trên" after the chair's conclusion is no vote (no count or percentage is written).
- No assignment: a volunteer ("Liên chi đoàn nhận …", "xin chi bộ cho CCB nhận …"), what the committee above says it
  will do ("phường sẽ có văn bản …"), a plan read out with nobody named, "việc cụ thể chi ủy sẽ phân công sau".
- A book minute that mentions no exempt member is labelled exempt 0 with total = present + absent ("Có mặt 15/16
  đồng chí", d10 December), as the earlier sets do, even though other minutes of the book name two exempt members.
- Deadlines drop the words in front as before ("đến hết mùa thu hoạch" -> "hết mùa thu hoạch", "xong trong tuần 10
  của học kỳ I" -> "tuần 10 của học kỳ I", "hoàn thành trước kỳ thi HSG cấp huyện" -> "kỳ thi HSG cấp huyện", "trong
  những ngày mưa bão" -> "những ngày mưa bão", "vào các tối thứ Hai, thứ Tư, thứ Sáu hằng tuần" -> "các tối thứ
  Hai, thứ Tư, thứ Sáu hằng tuần", "trong thời gian học lớp …" -> "thời gian học lớp …"); "hằng ca", "hằng tuần",
  "thường xuyên" stay whole; a table cell "Trước 10/9/2019" gives "10/9/2019".
"""

from __future__ import annotations

from samples.heldout.minutes import attendance
from samples.heldout2.minutes import C, G, H, HD, L, P, S, T, meeting, minute, task, vote

DOCS: list[dict] = []


# =================================================================================================
# d01 — Thái Bình, Tiền Hải: commune police cell, June 2021; all in running prose, ranks before names,
# a guest who speaks, tasks inside the chair's conclusion. Clean. Seal twin d11.
# =================================================================================================
DOCS.append({
    "name": "d01-thaibinh-commune-police-prose-clean", "folder": "dev",
    "style": {"family": "serif", "size": 11.5, "justify": False, "indent": 0, "spacing": 1.2,
              "left": 70, "right": 62, "top": 50},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ HUYỆN TIỀN HẢI", "ĐẢNG BỘ XÃ NAM HẢI", "CHI BỘ CÔNG AN XÃ", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nam Hải, ngày 28 tháng 6 năm 2021"], bold_left=(2,)),
            G(6),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ THÁNG 6 NĂM 2021"),
            G(8),
            L("Hôm nay, vào hồi 07 giờ 30 phút ngày 28/6/2021, tại hội trường Công an xã, Chi bộ Công an xã Nam "
              "Hải họp sinh hoạt thường kỳ tháng 6. Chi bộ hiện có 11 đảng viên (10 chính thức, 01 dự bị), đến "
              "họp 10 đồng chí; vắng Đại úy Đoàn Minh Tú (đang học lớp trung cấp lý luận chính trị tại Trường "
              "Chính trị tỉnh, đã báo cáo chi ủy). Dự họp có đồng chí Nguyễn Thị Dung, Phó Bí thư Thường trực "
              "Đảng ủy xã, phụ trách chi bộ. Thiếu tá Phạm Văn Lực, Bí thư chi bộ, Trưởng Công an xã chủ trì; "
              "Trung úy Vũ Thị Hiền ghi biên bản."),
            G(3),
            L("Mở đầu, đồng chí Bí thư thông tin nhanh kết quả bầu cử đại biểu Quốc hội khóa XV và đại biểu "
              "HĐND các cấp nhiệm kỳ 2021 – 2026 trên địa bàn: cử tri đi bầu đạt 99,6%, không có vụ việc phức tạp "
              "về ANTT tại các khu vực bỏ phiếu. Đồng chí quán triệt công văn của Công an huyện về đẩy nhanh thu "
              "nhận hồ sơ cấp căn cước công dân gắn chip và giữ nghiêm các chốt kiểm soát phòng, chống dịch "
              "Covid-19 ở hai đầu đê và bến đò Đông Thành."),
            G(3),
            L("Tiếp đó, đồng chí Trần Quốc Huy, Phó Trưởng Công an xã, báo cáo kết quả công tác tháng: tiếp "
              "nhận 07 tin báo, đã giải quyết xong 06, còn 01 vụ trộm ngao tại bãi triều thôn Đông Thành đang "
              "xác minh; lập biên bản 23 trường hợp vi phạm TTATGT, phần lớn là đi xe máy không đội mũ bảo hiểm "
              "trên đường trục xã; thu nhận hồ sơ CCCD được 1.842/2.310 trường hợp, đạt 79,7%. Mặt còn tồn tại: "
              "có ca trực chốt chỉ còn một CBCS vì anh em phải đi xác minh tin báo; một số nhà nghỉ ven biển "
              "chưa khai báo lưu trú qua phần mềm đúng quy định."),
            G(3),
            L("Sau khi nghe báo cáo, các đồng chí trong chi bộ tham gia ý kiến. Thượng úy Lê Văn Thắng, cảnh sát "
              "khu vực các thôn ven đê, đề nghị tổ chức tuần tra ban đêm ở bãi ngao vì chủ đầm đã kêu nhiều lần, "
              "bọn trộm thường đi thuyền từ phía cửa sông vào lúc nước ròng. Đồng chí Ngô Thị Phương cho biết số "
              "người già yếu, người ốm nằm một chỗ chưa đi làm CCCD được còn khoảng 170 trường hợp, phải mang máy "
              "xuống tận nhà mới xong. Đồng chí Nguyễn Thị Dung biểu dương anh em đã giữ an toàn ngày bầu cử, "
              "nhắc chi bộ phối hợp chặt với các chi bộ thôn, Đoàn Thanh niên và Hội Phụ nữ khi vận động nhân "
              "dân."),
            G(3),
            L("Cuối buổi, đồng chí Phạm Văn Lực kết luận: chi bộ thống nhất với báo cáo; tháng 7 phải hoàn thành "
              "cơ bản việc thu nhận hồ sơ CCCD, giữ chốt kiểm soát dịch 24/24 giờ, làm rõ vụ trộm ngao và chấn "
              "chỉnh việc khai báo lưu trú. Cụ thể: giao đồng chí Trần Quốc Huy chỉ đạo làm rõ vụ trộm ngao tại "
              "bãi triều thôn Đông Thành, báo cáo chi bộ trước ngày 15/7/2021; Thượng úy Lê Văn Thắng lập tổ "
              "tuần tra bãi ngao ban đêm đến hết mùa thu hoạch; đồng chí Ngô Thị Phương cùng Đoàn Thanh niên xã "
              "tổ chức thu nhận hồ sơ CCCD lưu động tại nhà cho người già, người ốm, xong trong tháng 7/2021; "
              "Trung úy Vũ Thị Hiền kiểm tra việc khai báo lưu trú của các nhà nghỉ ven biển hằng tuần."),
            G(3),
            L("Chi bộ biểu quyết bằng giơ tay: 10/10 đồng chí có mặt tán thành kết luận, đạt 100%."),
            L("Buổi sinh hoạt kết thúc lúc 09 giờ 45 phút cùng ngày. Biên bản được đọc lại, các đồng chí dự họp "
              "nhất trí, không có ý kiến bổ sung."),
            G(4),
            S(["THƯ KÝ", "", "", "Trung úy Vũ Thị Hiền"], ["BÍ THƯ CHI BỘ", "", "", "Thiếu tá Phạm Văn Lực"]),
        ],
        "truth": minute(
            meeting("regular", "2021-06-28", "07:30", "09:45", "hội trường Công an xã", "CHI BỘ CÔNG AN XÃ",
                    "ĐẢNG BỘ XÃ NAM HẢI"),
            "Phạm Văn Lực", "Bí thư chi bộ", "Vũ Thị Hiền",
            attendance(11, 10, 1, 1, 0, 0,
                       [("Đoàn Minh Tú", "đang học lớp trung cấp lý luận chính trị tại Trường Chính trị tỉnh",
                         True)],
                       [("Nguyễn Thị Dung", "Phó Bí thư Thường trực Đảng ủy xã, phụ trách chi bộ")]),
            True,
            [vote("Kết luận sinh hoạt tháng 6/2021", 10, pct=100)],
            [task("Trần Quốc Huy", "chỉ đạo làm rõ vụ trộm ngao tại bãi triều thôn Đông Thành, báo cáo chi bộ",
                  "15/7/2021"),
             task("Lê Văn Thắng", "lập tổ tuần tra bãi ngao ban đêm", "hết mùa thu hoạch"),
             task("Ngô Thị Phương", "cùng Đoàn Thanh niên xã tổ chức thu nhận hồ sơ CCCD lưu động tại nhà cho "
                  "người già, người ốm", "tháng 7/2021"),
             task("Vũ Thị Hiền", "kiểm tra việc khai báo lưu trú của các nhà nghỉ ven biển", "hằng tuần")],
            []),
    }],
    "flags": [],
    "scans": [{"name": "d11-thaibinh-commune-police-scan-seal", "folder": "dev", "damage": "seal", "seed": 1901,
               "dpi": 200}],
})


# =================================================================================================
# d02 — Nghệ An, Quỳnh Lưu: lower-secondary school, November 2016; run-on; HĐSP, BGH, HSG, TPT Đội; a guest
# from the commune committee gives directions and the chair only thanks him and promises to report back.
# =================================================================================================
DOCS.append({
    "name": "d02-nghean-school-guest-directs-no-conclusion", "folder": "dev",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 30, "spacing": 1.3,
              "left": 78, "right": 56},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ QUỲNH THỌ", "CHI BỘ TRƯỜNG THCS QUỲNH THỌ", "Số: 11-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Quỳnh Thọ, ngày 24 tháng 11 năm 2016"], bold_left=(1,)),
            G(8),
            C("BIÊN BẢN HỌP CHI BỘ", size=14),
            C("Tháng 11 năm 2016", bold=False, italic=True),
            G(8),
            P("Vào lúc 16 giờ 45 phút chiều ngày 24 tháng 11 năm 2016, sau buổi dạy thứ Năm, Chi bộ Trường THCS "
              "Quỳnh Thọ họp thường kỳ tại phòng họp Hội đồng sư phạm. Chi bộ có 17 đảng viên; đồng chí Thái Văn "
              "Bình đang điều trị bệnh dài ngày nên được miễn sinh hoạt. Số phải dự 16, có mặt 15; vắng đồng chí "
              "Nguyễn Thị Mai Anh vì con nhỏ bị sốt phải nằm viện huyện, có xin phép. Đến dự có đồng chí Hồ Văn "
              "Sơn, Đảng ủy viên, phụ trách khối giáo dục của Đảng ủy xã. Đồng chí Hoàng Văn Quế, Bí thư chi bộ, "
              "Hiệu trưởng nhà trường chủ trì; đồng chí Lê Thị Thu Hà, chi ủy viên, được cử ghi biên bản."),
            P("Mở đầu, đồng chí Bí thư điểm lại những tin chính trong tháng: Hội nghị Trung ương 4 khóa XII đã ra "
              "Nghị quyết về tăng cường xây dựng, chỉnh đốn Đảng, ngăn chặn, đẩy lùi sự suy thoái; Đảng ủy xã có "
              "kế hoạch học tập nghị quyết vào đầu tháng 12, mỗi đảng viên phải viết bản thu hoạch. Đồng chí cũng "
              "thông báo Phòng GD&ĐT huyện sẽ kiểm tra hồ sơ chuyên môn của trường vào giữa tháng 12."),
            P("Tiếp đó, đồng chí Phó Bí thư Trần Thị Lam, Phó Hiệu trưởng, đánh giá việc thực hiện nhiệm vụ tháng "
              "11. Nhà trường tổ chức thành công đợt hội giảng chào mừng Ngày Nhà giáo Việt Nam 20/11 với 14 tiết "
              "dạy, 9 tiết xếp loại giỏi; kiểm tra giữa học kỳ I nghiêm túc, đúng quy chế; đội tuyển học sinh "
              "giỏi lớp 9 đã lập đủ 6 môn. Tồn tại: học sinh yếu môn Toán khối 8 còn 11,2%; ba em lớp 7 có nguy "
              "cơ bỏ học vì bố mẹ đi làm ăn xa, ở với ông bà; các khoản thu đầu năm còn chậm."),
            P("Đồng chí Lam đọc luôn phương hướng tháng 12: tiếp tục ôn luyện đội tuyển HSG; phụ đạo học sinh yếu "
              "ngoài giờ chính khóa; hoàn thiện hồ sơ đề nghị công nhận lại trường đạt chuẩn quốc gia. Phân công "
              "cụ thể: đồng chí Trần Thị Lam chỉ đạo các tổ chuyên môn ôn luyện đội tuyển, hoàn thành trước "
              "kỳ thi HSG cấp huyện; đồng chí Nguyễn Văn Đức, Tổ trưởng tổ Khoa học tự nhiên, xếp lịch phụ đạo "
              "môn Toán khối 8 trong tuần đầu tháng 12; đồng chí Phan Thị Hằng, Tổng phụ trách Đội, cùng giáo "
              "viên chủ nhiệm đến từng nhà vận động ba em có nguy cơ bỏ học trở lại lớp trước ngày 10/12/2016."),
            P("Các đồng chí tham gia ý kiến khá sôi nổi. Đồng chí Nguyễn Văn Đức đề nghị nhà trường bố trí phòng "
              "học buổi chiều cho các lớp phụ đạo, vì phòng học đang dùng chung với lớp học thêm. Đồng chí Hồ Thị "
              "Nguyệt, giáo viên Ngữ văn, cho rằng đội tuyển Văn năm nay yếu hơn năm trước, xin thêm hai buổi mỗi "
              "tuần. Đồng chí Cao Xuân Tiến, kế toán, báo cáo số thu mới đạt 64%, nhiều phụ huynh làm nghề biển "
              "xin nộp sau vụ cá Bắc."),
            P("Đồng chí Hồ Văn Sơn phát biểu chỉ đạo: ghi nhận kết quả hội giảng và nề nếp dạy học của nhà trường; "
              "đề nghị chi bộ quan tâm bồi dưỡng, giới thiệu quần chúng ưu tú là giáo viên trẻ để kết nạp trong "
              "năm 2017; việc vận động học sinh bỏ học phải làm cùng Ban công tác Mặt trận xóm, không để nhà trường "
              "làm một mình; các khoản thu phải công khai, tuyệt đối không để phụ huynh phản ánh lạm thu."),
            P("Đồng chí Hoàng Văn Quế thay mặt chi bộ cảm ơn ý kiến chỉ đạo của đồng chí Hồ Văn Sơn, xin tiếp thu "
              "đầy đủ và sẽ báo cáo Đảng ủy xã kết quả thực hiện vào đầu tháng 01/2017."),
            P("Chi bộ biểu quyết thông qua phương hướng nhiệm vụ tháng 12 với 15/15 đồng chí tán thành."),
            P("Cuộc họp kết thúc lúc 18 giờ 40 phút cùng ngày. Biên bản đã được đọc lại và thông qua trước chi bộ."),
            G(6),
            S(["THƯ KÝ", "(đã ký)", "Lê Thị Thu Hà"], ["T/M CHI BỘ", "BÍ THƯ", "(đã ký)", "Hoàng Văn Quế"]),
        ],
        "truth": minute(
            meeting("regular", "2016-11-24", "16:45", "18:40", "phòng họp Hội đồng sư phạm",
                    "CHI BỘ TRƯỜNG THCS QUỲNH THỌ", "ĐẢNG BỘ XÃ QUỲNH THỌ"),
            "Hoàng Văn Quế", "Bí thư chi bộ", "Lê Thị Thu Hà",
            attendance(17, 15, 1, 1, 0, 1,
                       [("Nguyễn Thị Mai Anh", "con nhỏ bị sốt phải nằm viện huyện", True)],
                       [("Hồ Văn Sơn", "Đảng ủy viên, phụ trách khối giáo dục của Đảng ủy xã")]),
            False,
            [vote("Phương hướng nhiệm vụ tháng 12/2016", 15)],
            [task("Trần Thị Lam", "chỉ đạo các tổ chuyên môn ôn luyện đội tuyển", "kỳ thi HSG cấp huyện"),
             task("Nguyễn Văn Đức", "xếp lịch phụ đạo môn Toán khối 8", "tuần đầu tháng 12"),
             task("Phan Thị Hằng", "cùng giáo viên chủ nhiệm đến từng nhà vận động ba em có nguy cơ bỏ học trở "
                  "lại lớp", "10/12/2016")],
            ["missing_conclusion"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# d03 — Hà Nội: intensive-care department of a hospital, April 2023; questions as headings, a task table
# ("Ai làm?" / "Xong trước"), degrees before names, a doctor late from an intubation; 70 minutes between
# two shifts.
# =================================================================================================
DOCS.append({
    "name": "d03-hanoi-icu-question-headings-short", "folder": "dev",
    "style": {"family": "sans", "size": 11, "justify": True, "indent": 0, "spacing": 1.25,
              "left": 66, "right": 60, "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ BỆNH VIỆN KIM LIÊN", "CHI BỘ KHOA HỒI SỨC TÍCH CỰC"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hà Nội, ngày 06 tháng 4 năm 2023"], bold_left=(1,)),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ", size=13),
            C("Tháng 4/2023", bold=False),
            G(6),
            L("Thời gian: từ 13h30 đến 14h40 ngày 06/4/2023 (giữa hai ca trực)."),
            L("Địa điểm: phòng giao ban khoa HSTC, tầng 3 nhà B."),
            L("Chủ trì: ThS.BS. Đinh Quang Hưng – Bí thư chi bộ, Trưởng khoa. Thư ký: ĐD. Lương Thị Ngọc Ánh."),
            L("Đảng viên: 21; có mặt 19 (BS. Tạ Minh Đức vào muộn 15 phút vì đang đặt nội khí quản cho NB chuyển "
              "từ khoa Cấp cứu); vắng 02: BSCKI. Hà Thị Yến (đi cấp cứu ngoại viện), ĐD. Chu Văn Long (nghỉ chế "
              "độ khi vợ sinh con)."),
            G(4),
            H("Tháng 3 vừa rồi khoa làm được những gì?"),
            L("Khoa nhận điều trị 187 lượt NB, trong đó 64 ca thở máy, 21 ca lọc máu liên tục; tỷ lệ tử vong và "
              "nặng xin về 6,4%, thấp hơn cùng kỳ năm 2022. Bệnh án điện tử đã chạy ổn định ở cả 24 giường. Đợt "
              "kiểm tra 5S của bệnh viện, khoa đạt loại tốt. Có 03 thư cảm ơn của người nhà NB gửi Ban Giám đốc."),
            H("Cái gì chưa được, tại sao?"),
            L("Tỷ lệ viêm phổi liên quan thở máy còn 9,8%, cao hơn mục tiêu; vệ sinh tay trước khi hút đờm chưa đều "
              "ở ca đêm. Thiếu 03 điều dưỡng do nghỉ sinh và chuyển công tác, ca đêm có lúc một ĐD phải chăm 5 "
              "giường. Vật tư lọc máu về chậm, có hai ngày phải mượn của khoa Thận nhân tạo."),
            H("Mọi người góp ý thế nào?"),
            L("BS. Tạ Minh Đức: đề nghị làm lại bảng kiểm chăm sóc NB thở máy theo gói dự phòng viêm phổi, dán "
              "ngay đầu giường để ca đêm khỏi quên. ĐD. Phùng Thị Hoa (ĐDT khoa): xin bệnh viện cho mượn 02 ĐD "
              "của khoa Nội trong tháng 4, đồng thời sắp xếp lại lịch trực để ca đêm đủ người. Đồng chí Nguyễn "
              "Văn Toàn, kỹ thuật viên: kiểm kê lại máy thở, có 02 máy đến hạn bảo dưỡng mà chưa có lịch."),
            H("Chi bộ chốt lại những gì?"),
            L("ThS.BS. Đinh Quang Hưng kết luận: tháng 4 khoa đặt mục tiêu đưa tỷ lệ viêm phổi liên quan thở máy "
              "xuống dưới 8%; không để ca đêm thiếu người; bảo dưỡng xong máy thở đến hạn; giữ kết quả 5S. Các "
              "việc cụ thể giao như bảng dưới."),
            H("Tháng 4 làm gì, ai làm, bao giờ xong?"),
            T([(0.07, "TT", "c"), (0.45, "Việc", "l"), (0.28, "Ai làm", "l"), (0.20, "Xong trước", "l")],
              [["1", "Làm bảng kiểm gói dự phòng viêm phổi thở máy, dán tại đầu giường", "BS. Tạ Minh Đức",
                "15/4/2023"],
               ["2", "Sắp xếp lại lịch trực đêm, đề xuất mượn điều dưỡng", "ĐD. Phùng Thị Hoa", "10/4/2023"],
               ["3", "Giám sát vệ sinh tay từng ca, báo cáo giao ban sáng", "Tổ KSNK của khoa", "Hằng ngày"],
               ["4", "Lập lịch bảo dưỡng 02 máy thở với phòng Vật tư", "KTV. Nguyễn Văn Toàn", "20/4/2023"]]),
            L("Biểu quyết: 19/19 đồng chí có mặt giơ tay tán thành."),
            L("Biên bản đọc lại lúc 14h40, mọi người nhất trí, không ai có ý kiến khác."),
            G(4),
            S(["THƯ KÝ", "", "ĐD. Lương Thị Ngọc Ánh"], ["BÍ THƯ CHI BỘ", "", "ThS.BS. Đinh Quang Hưng"]),
        ],
        "truth": minute(
            meeting("regular", "2023-04-06", "13:30", "14:40", "phòng giao ban khoa HSTC, tầng 3 nhà B",
                    "CHI BỘ KHOA HỒI SỨC TÍCH CỰC", "ĐẢNG BỘ BỆNH VIỆN KIM LIÊN"),
            "Đinh Quang Hưng", "Bí thư chi bộ", "Lương Thị Ngọc Ánh",
            attendance(21, 19, 2, 2, 0, 0,
                       [("Hà Thị Yến", "đi cấp cứu ngoại viện", True),
                        ("Chu Văn Long", "nghỉ chế độ khi vợ sinh con", True)]),
            True,
            [vote("Kết luận và việc tháng 4/2023", 19)],
            [task("Tạ Minh Đức", "Làm bảng kiểm gói dự phòng viêm phổi thở máy, dán tại đầu giường", "15/4/2023"),
             task("Phùng Thị Hoa", "Sắp xếp lại lịch trực đêm, đề xuất mượn điều dưỡng", "10/4/2023"),
             task("Tổ KSNK của khoa", "Giám sát vệ sinh tay từng ca, báo cáo giao ban sáng", "Hằng ngày"),
             task("Nguyễn Văn Toàn", "Lập lịch bảo dưỡng 02 máy thở với phòng Vật tư", "20/4/2023")],
            ["short_meeting"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# d04 — Quảng Ninh, Cẩm Phả: coal-mine workshop, March 2009; typewriter face; "cả thảy 23 đồng chí, đến
# họp 19"; four absent in one sentence, two "không báo"; a deputy foreman late from a conveyor fault; the
# guest speaks; tasks inside the conclusion; 18 for, 1 against. Bleed twin d13.
# =================================================================================================
DOCS.append({
    "name": "d04-quangninh-coal-workshop-19of23-low-unexcused", "folder": "dev",
    "style": {"family": "mono", "size": 10.5, "justify": False, "indent": 0, "spacing": 1.25,
              "left": 62, "right": 56, "top": 54},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG TY THAN CẨM THÀNH", "CHI BỘ PHÂN XƯỞNG KHAI THÁC 5"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Cẩm Phả, ngày 17 tháng 3 năm 2009"], bold_left=(1,)),
            G(8),
            C("BIÊN BẢN HỌP CHI BỘ THÁNG 3 NĂM 2009"),
            G(8),
            L("Hôm nay ngày 17 tháng 3 năm 2009, sau giao ca 1, chi bộ phân xưởng Khai thác 5 họp tại nhà giao "
              "ca phân xưởng, mặt bằng mức +32. Bắt đầu lúc 15 giờ 00."),
            L("Chi bộ cả thảy 23 đồng chí, đến họp 19. Vắng 04 đồng chí: anh Nguyễn Văn Thạo (trực ca 3 tại lò "
              "chợ 5-2), anh Bùi Quang Vinh (đi học lớp huấn luyện an toàn của Tập đoàn), anh Hoàng Văn Dũng và "
              "anh Lưu Đức Tài (không báo). Đồng chí Đặng Văn Khải, Phó quản đốc cơ điện, đến muộn chừng 20 "
              "phút do phải xử lý sự cố máng cào ở lò dọc vỉa."),
            L("Đồng chí Vũ Đình Nghĩa, Bí thư chi bộ, Quản đốc phân xưởng chủ trì. Đồng chí Phạm Thị Thoa, nhân "
              "viên kinh tế phân xưởng, ghi biên bản. Dự có đồng chí Trịnh Văn Bảy, Phó Bí thư Đảng ủy Công ty."),
            L("Mở đầu đồng chí Bí thư thông báo kết quả sản xuất tháng 2: phân xưởng khai thác 21.350 tấn than "
              "nguyên khai, đạt 96% kế hoạch; đào 412 mét lò chuẩn bị, đạt 103%; thu nhập bình quân của CB-CNV "
              "4,6 triệu đồng/người/tháng. Trong tháng có 01 vụ tai nạn nhẹ ở lò chợ 5-1, thợ lò bị đá rơi dập "
              "ngón tay vì chèn kích không kỹ. Tỷ lệ đi làm mới được 84%, sau Tết còn nhiều anh em ở quê chưa "
              "lên."),
            L("Sau đó anh em góp ý. Đồng chí Nguyễn Văn Hậu, tổ trưởng tổ đào lò số 2, nói tổ thiếu 2 vì chống "
              "thủy lực, đề nghị phân xưởng làm tờ trình để Công ty cấp bổ sung. Đồng chí Đặng Văn Khải đề nghị "
              "giao ca phải ghi đủ kết quả đo khí mê-tan, không để ca sau phải hỏi miệng ca trước. Đồng chí Lê "
              "Thị Hoa, tổ trưởng công đoàn, phản ánh nhà tắm nước nóng hỏng nồi hơi từ sau Tết, thợ lò lên ca "
              "phải tắm nước lạnh. Đồng chí Trịnh Văn Bảy nhắc chi bộ: than năm nay tiêu thụ chậm nhưng không vì "
              "thế mà lơi an toàn, phải có cách giữ thợ, nhất là thợ trẻ mới ra trường nghề."),
            L("Đồng chí Vũ Đình Nghĩa kết luận: tháng 3 phân xưởng phấn đấu khai thác 23.000 tấn, đào 430 mét "
              "lò, không để xảy ra tai nạn lao động; chấn chỉnh ngay khâu giao nhận ca. Giao đồng chí Đặng Văn "
              "Khải kiểm tra toàn bộ hệ thống băng tải, máng cào, hoàn thành trước ngày 25/3/2009; đồng chí "
              "Nguyễn Văn Hậu cùng an toàn viên lập sổ theo dõi khí mê-tan, ký nhận hằng ca; đồng chí Lê Thị "
              "Hoa làm việc với phòng Đời sống Công ty sửa nồi hơi nhà tắm, xong trong tháng 3."),
            L("Chi bộ biểu quyết: 18 đồng chí tán thành, 01 đồng chí không tán thành (đồng chí Hậu cho rằng chỉ "
              "tiêu 23.000 tấn là cao khi lò chợ còn thiếu vì chống)."),
            L("Họp xong lúc 16 giờ 50 phút. Biên bản đọc lại cho chi bộ nghe, mọi người nhất trí."),
            G(6),
            S(["NGƯỜI GHI BIÊN BẢN", "", "", "Phạm Thị Thoa"], ["BÍ THƯ CHI BỘ", "", "", "Vũ Đình Nghĩa"]),
        ],
        "truth": minute(
            meeting("regular", "2009-03-17", "15:00", "16:50", "nhà giao ca phân xưởng, mặt bằng mức +32",
                    "CHI BỘ PHÂN XƯỞNG KHAI THÁC 5", "ĐẢNG BỘ CÔNG TY THAN CẨM THÀNH"),
            "Vũ Đình Nghĩa", "Bí thư chi bộ", "Phạm Thị Thoa",
            attendance(23, 19, 4, 2, 2, 0,
                       [("Nguyễn Văn Thạo", "trực ca 3 tại lò chợ 5-2", True),
                        ("Bùi Quang Vinh", "đi học lớp huấn luyện an toàn của Tập đoàn", True),
                        ("Hoàng Văn Dũng", "không báo", False),
                        ("Lưu Đức Tài", "không báo", False)],
                       [("Trịnh Văn Bảy", "Phó Bí thư Đảng ủy Công ty")]),
            True,
            [vote("Kết luận nhiệm vụ tháng 3/2009", 18, 1)],
            [task("Đặng Văn Khải", "kiểm tra toàn bộ hệ thống băng tải, máng cào", "25/3/2009"),
             task("Nguyễn Văn Hậu", "cùng an toàn viên lập sổ theo dõi khí mê-tan, ký nhận", "hằng ca"),
             task("Lê Thị Hoa", "làm việc với phòng Đời sống Công ty sửa nồi hơi nhà tắm", "tháng 3")],
            ["low_attendance", "unexcused_absence"]),
    }],
    "flags": [],
    "scans": [{"name": "d13-quangninh-coal-workshop-scan-bleed", "folder": "dev", "damage": "bleed",
               "seed": 1913, "dpi": 200}],
})


# =================================================================================================
# d05 — Hà Tĩnh, Cẩm Xuyên: fishing village, December 2005; size 13.5, no headings; two old members
# exempt; a fisherman away at sea; a non-member guest from the fishing association; a member quoted in
# the local speech; conclusion and "nhất trí 100%", then a plan read out with nobody named; the minutes end
# with the end time only.
# =================================================================================================
DOCS.append({
    "name": "d05-hatinh-fishing-village-no-assignments-not-approved", "folder": "dev",
    "style": {"family": "serif", "size": 13.5, "justify": True, "indent": 34, "spacing": 1.4,
              "left": 72, "right": 60, "top": 58},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ CẨM NHƯỢNG", "CHI BỘ THÔN TÂN PHÚC"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Cẩm Nhượng, ngày 20 tháng 12 năm 2005"], bold_left=(1,)),
            G(10),
            C("BIÊN BẢN HỌP CHI BỘ"),
            C("Kỳ họp tháng 12 năm 2005", bold=False),
            G(8),
            P("Vào hồi 19 giờ ngày 20 tháng 12 năm 2005, tại nhà văn hóa thôn Tân Phúc, chi bộ thôn họp định kỳ "
              "tháng 12. Đồng chí Bí thư chi bộ Nguyễn Đình Thụ chủ trì, đồng chí Trần Thị Lài ghi biên bản."),
            P("Chi bộ cả thảy 19 đảng viên, trong đó hai cụ Phan Văn Toàn và Lê Văn Giáp tuổi cao được miễn sinh "
              "hoạt. Đến họp 16 đồng chí, vắng anh Hồ Văn Tình (đi biển chưa về, có nhắn lại). Chi bộ mời ông Hồ "
              "Sỹ Chắt, Chi hội trưởng Chi hội Nghề cá thôn, dự phần bàn về tàu thuyền."),
            P("Đồng chí Thụ thông báo Đảng ủy xã đã tổ chức lấy ý kiến nhân dân góp vào dự thảo Báo cáo chính trị "
              "trình Đại hội X của Đảng; chi bộ đã tổng hợp được 12 ý kiến, gửi lên xã ngày 05/12. Huyện yêu cầu "
              "tiêm phòng cúm gia cầm đợt hai, không để dịch lan từ các tỉnh phía Bắc vào."),
            P("Tiếp đó đồng chí Trưởng thôn Đặng Văn Lợi báo cáo tình hình thôn trong tháng. Thuyền trong thôn đi "
              "lộng được 36 tấn cá, ruốc các loại; đã tiêm phòng cúm cho 4.100 con gà vịt, đạt 92%; đóng góp quỹ "
              "xây trạm y tế xã còn 11 hộ chưa nộp. Có 02 vụ va chạm lưới giữa thuyền trong thôn với thuyền xã "
              "bên, thôn đã hòa giải xong một vụ, vụ kia chuyển lên Ban hòa giải xã."),
            P("Các đồng chí bàn bạc. Anh Phan Văn Nhạn nói: \u201cMấy bữa ni gió mùa về, thuyền nhỏ không ra được, "
              "bà con đi lộng ít. Nhà mô neo thuyền ở cửa lạch thì phải chằng lại, không thì năm mô cũng có thuyền bị sóng đánh trôi\u201d. "
              "Đồng chí Trần Thị Lài đề nghị Chi hội Phụ nữ đứng ra cho chị em buôn cá vay vốn quay vòng trước "
              "Tết. Ông Hồ Sỹ Chắt xin chi bộ can thiệp với xã bên để có quy ước chung về ngư trường, \u201cchứ răng "
              "cứ cãi nhau trên biển mãi\u201d."),
            P("Cuối cùng đồng chí Bí thư kết luận: chi bộ ghi nhận thôn đã làm tốt việc tiêm phòng và hòa giải; "
              "tháng tới phải thu xong quỹ xây trạm y tế, giữ an toàn tàu thuyền trong mùa gió mùa Đông Bắc, lo "
              "Tết cho các gia đình chính sách, gia đình khó khăn. Chi bộ nhất trí 100% với kết luận."),
            P("Phương hướng tháng 01/2006 được đọc lại để chi bộ cùng nắm: vận động các hộ nộp nốt quỹ xây trạm y "
              "tế; tiêm phòng bổ sung cho đàn gia cầm nhập mới; kiểm tra neo đậu tàu thuyền trước mỗi đợt gió mùa; "
              "tổ chức thăm hỏi, tặng quà Tết Bính Tuất. Đề nghị các đồng chí đảng viên gương mẫu đi đầu, vận "
              "động gia đình và bà con cùng làm."),
            P("Cuộc họp kết thúc lúc 21 giờ 30 phút cùng ngày."),
            G(8),
            S(["THƯ KÝ", "", "", "Trần Thị Lài"], ["BÍ THƯ", "", "", "Nguyễn Đình Thụ"]),
        ],
        "truth": minute(
            meeting("regular", "2005-12-20", "19:00", "21:30", "nhà văn hóa thôn Tân Phúc", "CHI BỘ THÔN TÂN PHÚC",
                    "ĐẢNG BỘ XÃ CẨM NHƯỢNG"),
            "Nguyễn Đình Thụ", "Bí thư chi bộ", "Trần Thị Lài",
            attendance(19, 16, 1, 1, 0, 2, [("Hồ Văn Tình", "đi biển chưa về", True)],
                       [("Hồ Sỹ Chắt", "Chi hội trưởng Chi hội Nghề cá thôn")]),
            True,
            [vote("Kết luận tháng 12/2005", pct=100)],
            [],
            ["missing_assignments", "not_approved"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# d06 — Hải Phòng, Kiến An: customer department of an agricultural bank, thematic Q3/2019; sans; a count
# table instead of the attendance line, a ruled table of opinions, a task table with the assignee column
# first (two people in one cell, a youth union); "Tán thành 13/13 (100%)". Clean. Photocopy twin d12.
# =================================================================================================
DOCS.append({
    "name": "d06-haiphong-bank-thematic-tables-clean", "folder": "dev",
    "style": {"family": "sans", "size": 11.5, "justify": True, "indent": 0, "spacing": 1.2,
              "left": 64, "right": 58, "head": "Chi bộ Phòng Khách hàng – Sinh hoạt chuyên đề quý III/2019",
              "head_align": "right"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ NGÂN HÀNG NN&PTNT KIẾN AN", "CHI BỘ PHÒNG KHÁCH HÀNG", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Kiến An, ngày 22 tháng 8 năm 2019"], bold_left=(1,)),
            G(6),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHUYÊN ĐỀ QUÝ III NĂM 2019"),
            C("Chuyên đề: Giữ gìn đạo đức nghề nghiệp của người cán bộ ngân hàng, phòng ngừa rủi ro trong cho "
              "vay", bold=False, italic=True),
            G(8),
            L("Thời gian: từ 16 giờ 30 phút đến 18 giờ 15 phút, ngày 22/8/2019, sau giờ giao dịch."),
            L("Địa điểm: Phòng họp tầng 4, trụ sở Chi nhánh."),
            L("Chủ trì: đồng chí Ngô Quang Thái – Bí thư chi bộ, Trưởng phòng Khách hàng."),
            L("Thư ký: đồng chí Mạc Thị Hồng Nhung – chi ủy viên."),
            L("Dự và phát biểu: đồng chí Đoàn Văn Kiên – Phó Bí thư Đảng ủy, Phó Giám đốc Chi nhánh."),
            L("Đảng viên dự họp:"),
            T([(0.25, "Tổng số đảng viên", "c"), (0.25, "Có mặt", "c"), (0.25, "Vắng có lý do", "c"),
               (0.25, "Vắng không lý do", "c")],
              [["14", "13", "01", "0"]]),
            L("Đồng chí vắng: Vũ Hải Yến – đi công tác tại Trụ sở chính (Hà Nội)."),
            G(4),
            H("1. Trình bày chuyên đề"),
            L("Đồng chí Ngô Quang Thái trình bày chuyên đề. Sáu tháng đầu năm dư nợ của phòng tăng 11,3%, nợ xấu "
              "giữ ở mức 1,8%, nhưng đã có 02 hồ sơ phải chuyển nợ nhóm 2 vì định giá tài sản bảo đảm cao hơn giá "
              "thực. Qua phúc tra, có cán bộ QHKH nhận \u201cquà cảm ơn\u201d của khách hàng sau khi giải ngân, tuy "
              "giá trị nhỏ nhưng vi phạm Quy tắc đạo đức nghề nghiệp và Quy định 47-QĐ/TW về những điều đảng viên "
              "không được làm. Chuyên đề nêu bốn việc đảng viên phải làm gương: không nhận quà dưới mọi hình thức; "
              "thẩm định đúng, đủ, không \u201cvẽ\u201d phương án; công khai lãi suất, phí với khách hàng; báo cáo "
              "ngay khi phát hiện dấu hiệu rủi ro."),
            H("2. Ý kiến của đảng viên"),
            T([(0.07, "TT", "c"), (0.29, "Đảng viên", "l"), (0.64, "Ý kiến", "l")],
              [["1", "Lã Thị Thanh Hương", "Nhất trí chuyên đề; đề nghị thuê định giá độc lập với khoản vay trên "
                "5 tỷ đồng, không để cán bộ tín dụng tự định giá."],
               ["2", "Phạm Tuấn Anh", "Nhiều hồ sơ thế chấp quyền sử dụng đất từ năm 2015 chưa định giá lại, cần "
                "rà soát cả danh mục."],
               ["3", "Nguyễn Thu Trang", "Khách hàng hộ kinh doanh hay gửi quà dịp lễ, Tết; đề nghị phòng treo "
                "thông báo không nhận quà tại quầy."],
               ["4", "Đoàn Văn Kiên", "Chi nhánh sẽ đưa nội dung chuyên đề vào tiêu chí đánh giá KPI của cán bộ "
                "QHKH từ quý IV."]]),
            H("3. Kết luận"),
            L("Đồng chí chủ trì kết luận: chi bộ thống nhất nội dung chuyên đề; mỗi đảng viên ký cam kết không "
              "nhận quà, không gây phiền hà cho khách hàng; phòng rà soát lại toàn bộ tài sản bảo đảm, thu hồi nợ "
              "nhóm 2 và đưa kết quả thực hiện chuyên đề vào kiểm điểm cuối năm."),
            H("4. Biểu quyết"),
            L("Tán thành 13/13 (100%); không tán thành 0; không biểu quyết 0."),
            ("page_break",),
            H("5. Phân công thực hiện"),
            T([(0.30, "Người thực hiện", "l"), (0.48, "Nội dung", "l"), (0.22, "Thời hạn", "l")],
              [["Đ/c Phạm Tuấn Anh", "Rà soát hồ sơ vay có tài sản bảo đảm chưa định giá lại", "30/9/2019"],
               ["Đ/c Lã Thị Thanh Hương, Đ/c Nguyễn Thu Trang", "Lập danh sách khách hàng nợ nhóm 2, đôn đốc thu "
                "hồi", "Hằng tuần"],
               ["Chi đoàn Thanh niên", "Tổ chức thi tìm hiểu Quy tắc đạo đức nghề nghiệp", "Quý IV/2019"],
               ["Đ/c Mạc Thị Hồng Nhung", "Tập hợp bản cam kết của đảng viên, nộp chi ủy", "Trước 10/9/2019"]]),
            L("Buổi sinh hoạt chuyên đề kết thúc lúc 18 giờ 15 phút. Biên bản được thông qua ngay tại buổi họp."),
            G(6),
            S(["THƯ KÝ", "", "Mạc Thị Hồng Nhung"], ["T/M CHI ỦY", "BÍ THƯ", "", "Ngô Quang Thái"]),
        ],
        "truth": minute(
            meeting("thematic", "2019-08-22", "16:30", "18:15", "Phòng họp tầng 4, trụ sở Chi nhánh",
                    "CHI BỘ PHÒNG KHÁCH HÀNG", "ĐẢNG BỘ NGÂN HÀNG NN&PTNT KIẾN AN",
                    topic="Giữ gìn đạo đức nghề nghiệp của người cán bộ ngân hàng, phòng ngừa rủi ro trong cho vay"),
            "Ngô Quang Thái", "Bí thư chi bộ", "Mạc Thị Hồng Nhung",
            attendance(14, 13, 1, 1, 0, 0, [("Vũ Hải Yến", "đi công tác tại Trụ sở chính (Hà Nội)", True)],
                       [("Đoàn Văn Kiên", "Phó Bí thư Đảng ủy, Phó Giám đốc Chi nhánh")]),
            True,
            [vote("Nội dung chuyên đề và kết luận", 13, 0, 0, 100)],
            [task("Phạm Tuấn Anh", "Rà soát hồ sơ vay có tài sản bảo đảm chưa định giá lại", "30/9/2019"),
             task("Lã Thị Thanh Hương", "Lập danh sách khách hàng nợ nhóm 2, đôn đốc thu hồi", "Hằng tuần"),
             task("Nguyễn Thu Trang", "Lập danh sách khách hàng nợ nhóm 2, đôn đốc thu hồi", "Hằng tuần"),
             task("Chi đoàn Thanh niên", "Tổ chức thi tìm hiểu Quy tắc đạo đức nghề nghiệp", "Quý IV/2019"),
             task("Mạc Thị Hồng Nhung", "Tập hợp bản cam kết của đảng viên, nộp chi ủy", "10/9/2019")],
            []),
    }],
    "flags": [],
    "scans": [{"name": "d12-haiphong-bank-scan-photocopy", "folder": "dev", "damage": "photocopy", "seed": 1912,
               "dpi": 200}],
})


# =================================================================================================
# d07 — Quảng Bình, Bố Trạch: armed squad of a border-guard post, May 2012; DejaVu Sans; "Quân số đảng
# viên"; ranks and QNCN; "Phần thứ nhất … thứ ba"; the cell "thảo luận, nhất trí" with nobody named; the
# chair concludes and gives three tasks (one to a working group in a Ma Coong village); nobody votes.
# =================================================================================================
DOCS.append({
    "name": "d07-quangbinh-border-post-no-discussion-no-vote", "folder": "dev",
    "style": {"family": "dvsans", "size": 11, "justify": True, "indent": 24, "spacing": 1.3,
              "left": 70, "right": 64, "head": "- {n} -", "head_first": True},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG ỦY ĐỒN BP THƯỢNG TRẠCH", "CHI BỘ ĐỘI VŨ TRANG", "Số: 05-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thượng Trạch, ngày 26 tháng 5 năm 2012"], bold_left=(1,)),
            G(6),
            C("BIÊN BẢN"),
            C("HỌP CHI BỘ THƯỜNG KỲ THÁNG 5/2012"),
            G(8),
            L("Thời gian: từ 07 giờ 30 đến 10 giờ 15 phút ngày 26/5/2012."),
            L("Địa điểm: Hội trường Đồn."),
            L("Quân số đảng viên: 14 đồng chí; có mặt 13; vắng 01 đồng chí: Trung úy Hồ Văn Thuận – đi tuần tra "
              "song phương đoạn mốc 572–574."),
            L("Chủ trì: Thiếu tá Hồ Sỹ Tâm, Chính trị viên phó, Bí thư chi bộ."),
            L("Thư ký: Thượng úy QNCN Lê Đình Hoàng."),
            G(4),
            H("Phần thứ nhất – THÔNG BÁO TÌNH HÌNH"),
            P("Đồng chí Bí thư thông báo tình hình biên giới Việt – Lào trên địa bàn Đồn quản lý trong tháng: "
              "ổn định, không có xâm canh, xâm cư; đã phối hợp Đại đội Biên phòng 611 (Lào) tuần tra song phương "
              "02 đợt. Bộ Chỉ huy BĐBP tỉnh yêu cầu các đồn tăng cường kiểm soát khai thác gỗ, săn bắt động vật "
              "hoang dã trong vùng lõi Vườn quốc gia Phong Nha – Kẻ Bàng, chuẩn bị lực lượng ứng phó mưa lũ sớm."),
            H("Phần thứ hai – KIỂM ĐIỂM LÃNH ĐẠO THÁNG 5"),
            P("Đội vũ trang duy trì nghiêm chế độ SSCĐ, trực chỉ huy, trực ban; tổ chức 12 đợt tuần tra với 76 lượt "
              "CBCS, phát hiện 01 vụ khai thác gỗ trái phép, lập biên bản chuyển Hạt Kiểm lâm xử lý. Tổ công tác "
              "bản Cà Roòng giúp đồng bào Ma Coong phát rẫy, làm lại 02 nhà bị gió lốc tốc mái; Quân y Đồn khám, "
              "cấp thuốc cho 136 lượt người dân. Lớp xóa mù chữ ở bản Nồng duy trì 19/22 học viên. Hạn chế: một số "
              "HSQ-CS mới nhập ngũ còn ngại đi tuần tra dài ngày; sổ sách CTĐ, CTCT ở Đội ghi chưa kịp thời."),
            P("Chi bộ thảo luận, các đồng chí đều nhất trí với báo cáo kiểm điểm, không có ý kiến bổ sung."),
            H("Phần thứ ba – NGHỊ QUYẾT LÃNH ĐẠO THÁNG 6"),
            P("Thiếu tá Hồ Sỹ Tâm kết luận: tháng 6 chi bộ lãnh đạo Đội vũ trang giữ vững chủ quyền, an ninh biên "
              "giới; ngăn chặn khai thác gỗ trái phép; bám bản giúp dân gieo tra vụ mùa; chấn chỉnh sổ sách công "
              "tác đảng. Nhiệm vụ cụ thể:"),
            L("- Giao Trung úy Phạm Văn Thanh, Đội trưởng Đội vũ trang, tổ chức ít nhất 04 đợt tuần tra đường "
              "biên, mốc quốc giới đoạn từ mốc 570 đến mốc 576 trong tháng 6."),
            L("- Tổ công tác bản Cà Roòng bám bản, giúp đồng bào tra hạt lúa rẫy, hoàn thành trước ngày 20/6/2012."),
            L("- Thượng úy QNCN Lê Đình Hoàng phụ trách lớp xóa mù chữ ở bản Nồng, lên lớp vào các tối thứ Hai, thứ "
              "Tư, thứ Sáu hằng tuần."),
            P("Chi bộ thống nhất ra nghị quyết lãnh đạo tháng 6 với các nội dung trên."),
            P("Biên bản đã thông qua trước chi bộ lúc 10 giờ 15 phút cùng ngày."),
            G(6),
            S(["THƯ KÝ", "", "", "Thượng úy QNCN Lê Đình Hoàng"], ["BÍ THƯ", "", "", "Thiếu tá Hồ Sỹ Tâm"]),
        ],
        "truth": minute(
            meeting("regular", "2012-05-26", "07:30", "10:15", "Hội trường Đồn", "CHI BỘ ĐỘI VŨ TRANG",
                    "ĐẢNG ỦY ĐỒN BP THƯỢNG TRẠCH"),
            "Hồ Sỹ Tâm", "Bí thư chi bộ", "Lê Đình Hoàng",
            attendance(14, 13, 1, 1, 0, 0, [("Hồ Văn Thuận", "đi tuần tra song phương đoạn mốc 572–574", True)]),
            True,
            [],
            [task("Phạm Văn Thanh", "tổ chức ít nhất 04 đợt tuần tra đường biên, mốc quốc giới đoạn từ mốc 570 "
                  "đến mốc 576", "tháng 6"),
             task("Tổ công tác bản Cà Roòng", "bám bản, giúp đồng bào tra hạt lúa rẫy", "20/6/2012"),
             task("Lê Đình Hoàng", "phụ trách lớp xóa mù chữ ở bản Nồng, lên lớp",
                  "các tối thứ Hai, thứ Tư, thứ Sáu hằng tuần")],
            ["missing_vote", "no_discussion"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# d08 — Thanh Hóa, Thạch Thành: production team of a state sugar-cane farm, October 2010; a printed form
# filled by hand-typing: "Khách mời: ……" and "(Ký, ghi rõ họ tên)" left; everything else filled;
# "Tán thành 12/12; Không tán thành: 0; Ý kiến khác: 0"; the "Phân công" field holds only a call to every
# member.
# =================================================================================================
DOCS.append({
    "name": "d08-thanhhoa-state-farm-form-unfilled-no-assignments", "folder": "dev",
    "style": {"family": "dejavu", "size": 11, "justify": True, "indent": 0, "spacing": 1.2,
              "left": 72, "right": 62},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ NÔNG TRƯỜNG VÂN DU", "CHI BỘ ĐỘI SẢN XUẤT SỐ 4", "Số: 10-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Vân Du, ngày 15 tháng 10 năm 2010"], bold_left=(1,)),
            G(8),
            C("BIÊN BẢN SINH HOẠT CHI BỘ", size=14),
            C("Tháng 10 năm 2010", bold=False),
            G(8),
            H("I. THỜI GIAN, ĐỊA ĐIỂM"),
            L("- Thời gian bắt đầu: 14 giờ 00 phút, ngày 15/10/2010."),
            L("- Địa điểm: Nhà làm việc Đội sản xuất số 4."),
            H("II. THÀNH PHẦN"),
            L("- Chủ trì: Đồng chí Lê Văn Mừng, Bí thư chi bộ, Đội trưởng."),
            L("- Thư ký: Đồng chí Trịnh Thị Nga."),
            L("- Tổng số đảng viên: 13 đồng chí. Có mặt: 12 đồng chí. Vắng: 01 đồng chí: Đ/c Lò Văn Sáng, lý do: "
              "ốm."),
            L("- Khách mời: ……………………………………"),
            H("III. NỘI DUNG"),
            L("1. Đánh giá tình hình thực hiện nhiệm vụ tháng 9:"),
            P("Đội chăm sóc xong 186 ha mía giao khoán, bón thúc đợt cuối được 92% diện tích; 7 hộ nhận khoán chưa "
              "nhận phân bón ứng trước vì còn nợ sản phẩm vụ trước. Trồng dặm 14 ha dứa Cayenne ở lô 12, lô 15. Mía "
              "vùng đồi cao bị khô hạn đầu tháng, chữ đường dự kiến thấp. Công tác bảo vệ ruộng mía, chống cháy "
              "được duy trì, chưa để xảy ra cháy mía."),
            L("2. Ý kiến thảo luận:"),
            P("- Đồng chí Bùi Văn Hạnh (tổ trưởng tổ 2): đề nghị Nông trường cho các hộ nợ sản phẩm được khoanh nợ "
              "đến vụ ép 2010 – 2011 để còn có phân bón, không thì năng suất vụ tới còn giảm."),
            P("- Đồng chí Quách Thị Liên: xe chở mía năm nay phải đăng ký lịch với nhà máy đường từ sớm, năm ngoái "
              "mía chặt về để ngoài bãi ba ngày mới cân, mất chữ đường."),
            P("- Đồng chí Phạm Ngọc Tư: mùa khô đến, cần kiểm tra đường băng cản lửa ở các lô giáp rừng."),
            L("3. Kết luận của đồng chí chủ trì:"),
            P("Chi bộ thống nhất: tháng 10 tập trung chuẩn bị vụ ép 2010 – 2011, rà soát diện tích mía đủ tuổi để "
              "đăng ký lịch chặt với nhà máy; đề nghị Nông trường xem xét khoanh nợ cho các hộ khó khăn; làm mới "
              "đường băng cản lửa trước mùa khô; vận động các hộ nộp đủ sản phẩm theo hợp đồng."),
            L("4. Biểu quyết: Tán thành: 12/12; Không tán thành: 0; Ý kiến khác: 0."),
            L("5. Phân công thực hiện:"),
            P("Các đồng chí đảng viên trong đội căn cứ nhiệm vụ được giao, gương mẫu thực hiện và vận động các hộ "
              "nhận khoán cùng làm, bảo đảm vụ ép thắng lợi."),
            P("Buổi sinh hoạt kết thúc vào lúc 16 giờ 10 phút cùng ngày. Biên bản đã được đọc lại cho chi bộ nghe "
              "và nhất trí thông qua."),
            G(6),
            S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "", "Trịnh Thị Nga"],
              ["CHỦ TRÌ", "(Ký, ghi rõ họ tên)", "", "Lê Văn Mừng"]),
        ],
        "truth": minute(
            meeting("regular", "2010-10-15", "14:00", "16:10", "Nhà làm việc Đội sản xuất số 4",
                    "CHI BỘ ĐỘI SẢN XUẤT SỐ 4", "ĐẢNG BỘ NÔNG TRƯỜNG VÂN DU"),
            "Lê Văn Mừng", "Bí thư chi bộ", "Trịnh Thị Nga",
            attendance(13, 12, 1, 1, 0, 0, [("Lò Văn Sáng", "ốm", True)]),
            True,
            [vote("Kết luận tháng 10/2010", 12, 0, 0)],
            [],
            ["missing_assignments", "unfilled_template"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# d09 — Hà Nội: faculty of a transport university, October 2025; DejaVu Serif, ragged; opening in prose,
# then "Những việc đã làm được", "Những việc chưa làm được", "Ý kiến của chi bộ", "Chi bộ thống nhất",
# "Phần việc của tháng tới" (degrees before names, one deadline a semester's week); two votes (the
# conclusion, and introducing a student to the Party-awareness class). Clean.
# =================================================================================================
DOCS.append({
    "name": "d09-hanoi-university-faculty-odd-headings-clean", "folder": "dev",
    "style": {"family": "dejavu", "size": 10.5, "justify": False, "indent": 0, "spacing": 1.35,
              "left": 74, "right": 70, "foot": "{n}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ TRƯỜNG ĐẠI HỌC GTVT HÀ NỘI", "CHI BỘ KHOA CÔNG NGHỆ THÔNG TIN"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hà Nội, ngày 14 tháng 10 năm 2025"], bold_left=(1,)),
            G(8),
            C("BIÊN BẢN", size=13),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10/2025", size=12),
            G(8),
            L("Chiều ngày 14/10/2025, từ 14 giờ 00 đến 16 giờ 05, tại phòng họp Khoa (P.305, nhà A2), Chi bộ Khoa "
              "Công nghệ thông tin sinh hoạt thường kỳ tháng 10. PGS.TS. Đỗ Văn Lâm, Bí thư chi bộ, Trưởng khoa, "
              "chủ trì; ThS. Kiều Thị Phương Thảo, chi ủy viên, làm thư ký. Chi bộ có 24 đảng viên (21 chính "
              "thức, 03 dự bị), có mặt 22; hai đồng chí vắng có lý do: TS. Bạch Văn Tuấn đang làm sau tiến sĩ tại "
              "Hàn Quốc, ThS. Lò Thị Hương đi coi thi tại phân hiệu Vĩnh Yên. Dự có đồng chí Nguyễn Hữu Cường, Ủy "
              "viên Ban Thường vụ Đảng ủy Trường, và em Trần Minh Khoa, sinh viên lớp CNTT K66, đối tượng được "
              "giới thiệu học lớp bồi dưỡng nhận thức về Đảng."),
            L("Đồng chí Bí thư phổ biến Nghị quyết Đại hội Đảng bộ Trường nhiệm kỳ 2025 – 2030 và Hướng dẫn 42-HD/BTCTW "
              "về nâng cao chất lượng sinh hoạt chi bộ; từ tháng 11, biên bản chi bộ phải ghi rõ người, việc, thời "
              "hạn."),
            G(4),
            H("Những việc đã làm được"),
            L("Khoa đón 512 sinh viên K66 nhập học, phân xong cố vấn học tập cho 11 lớp; hoàn thành tự đánh giá "
              "chương trình đào tạo ngành Hệ thống thông tin, nộp Trung tâm Đảm bảo chất lượng đúng hạn; có 04 bài "
              "báo được chấp nhận đăng trên tạp chí thuộc danh mục Scopus; đề tài cấp Bộ của TS. Trịnh Thị Vân "
              "được nghiệm thu loại xuất sắc."),
            H("Những việc chưa làm được"),
            L("Tỷ lệ sinh viên năm nhất đi học đầy đủ tuần đầu mới 87%; hai phòng máy tầng 3 hỏng điều hòa chưa "
              "sửa; đề cương chi tiết của 06 học phần mới chưa duyệt xong."),
            H("Ý kiến của chi bộ"),
            L("TS. Trịnh Thị Vân: cố vấn học tập nên lập nhóm Zalo riêng với từng lớp năm nhất, gọi điện cho phụ "
              "huynh các em nghỉ quá ba buổi."),
            L("ThS. Phùng Văn Khánh (Bí thư Liên chi đoàn): Liên chi đoàn nhận tổ chức tuần sinh hoạt công dân, "
              "hướng dẫn các em dùng hệ thống đăng ký học phần."),
            L("Đồng chí Nguyễn Hữu Cường: Đảng ủy đánh giá cao kết quả kiểm định; đề nghị chi bộ chú ý phát triển "
              "đảng viên trong sinh viên, năm 2025 Khoa mới kết nạp được 02 em."),
            H("Chi bộ thống nhất"),
            L("Tiếp thu ý kiến, đồng chí chủ trì kết luận: tháng 11 Khoa tập trung ổn định học tập của K66, duyệt "
              "xong đề cương học phần mới, sửa phòng máy, chuẩn bị các hoạt động chào mừng Ngày Nhà giáo Việt Nam "
              "20/11; chi bộ đồng ý giới thiệu em Trần Minh Khoa đi học lớp bồi dưỡng nhận thức về Đảng."),
            L("Biểu quyết kết luận: 22/22 đồng chí tán thành (100%). Biểu quyết giới thiệu em Trần Minh Khoa học "
              "lớp nhận thức về Đảng: 22/22 đồng chí tán thành."),
            H("Phần việc của tháng tới"),
            L("- TS. Trịnh Thị Vân chủ trì rà soát đề cương chi tiết 06 học phần mới, trình Hội đồng Khoa trước "
              "ngày 31/10/2025."),
            L("- ThS. Kiều Thị Phương Thảo làm việc với phòng Quản trị thiết bị sửa điều hòa hai phòng máy tầng 3, "
              "xong trong tuần 10 của học kỳ I."),
            L("- ThS. Phùng Văn Khánh theo dõi chuyên cần của sinh viên K66, báo cáo chi bộ hằng tháng."),
            L("- TS. Đinh Công Sơn giúp đỡ em Trần Minh Khoa trong thời gian học lớp nhận thức về Đảng."),
            L("Buổi sinh hoạt kết thúc lúc 16 giờ 05 phút. Biên bản đã được đọc lại, chi bộ nhất trí thông qua."),
            G(6),
            S(["THƯ KÝ", "", "ThS. Kiều Thị Phương Thảo"], ["T/M CHI ỦY", "BÍ THƯ", "", "PGS.TS. Đỗ Văn Lâm"]),
        ],
        "truth": minute(
            meeting("regular", "2025-10-14", "14:00", "16:05", "phòng họp Khoa (P.305, nhà A2)",
                    "CHI BỘ KHOA CÔNG NGHỆ THÔNG TIN", "ĐẢNG BỘ TRƯỜNG ĐẠI HỌC GTVT HÀ NỘI"),
            "Đỗ Văn Lâm", "Bí thư chi bộ", "Kiều Thị Phương Thảo",
            attendance(24, 22, 2, 2, 0, 0,
                       [("Bạch Văn Tuấn", "đang làm sau tiến sĩ tại Hàn Quốc", True),
                        ("Lò Thị Hương", "đi coi thi tại phân hiệu Vĩnh Yên", True)],
                       [("Nguyễn Hữu Cường", "Ủy viên Ban Thường vụ Đảng ủy Trường"),
                        ("Trần Minh Khoa", "sinh viên lớp CNTT K66, đối tượng được giới thiệu học lớp bồi dưỡng "
                         "nhận thức về Đảng")]),
            True,
            [vote("Kết luận tháng 10/2025", 22, pct=100),
             vote("Giới thiệu sinh viên Trần Minh Khoa học lớp nhận thức về Đảng", 22)],
            [task("Trịnh Thị Vân", "chủ trì rà soát đề cương chi tiết 06 học phần mới, trình Hội đồng Khoa",
                  "31/10/2025"),
             task("Kiều Thị Phương Thảo", "làm việc với phòng Quản trị thiết bị sửa điều hòa hai phòng máy tầng 3",
                  "tuần 10 của học kỳ I"),
             task("Phùng Văn Khánh", "theo dõi chuyên cần của sinh viên K66, báo cáo chi bộ", "hằng tháng"),
             task("Đinh Công Sơn", "giúp đỡ em Trần Minh Khoa", "thời gian học lớp nhận thức về Đảng")],
            []),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# d10 — Nam Định, Giao Thủy: agricultural cooperative cell, minute book July–December 2013, five minutes
# typed on one after another (each after the first starts under the previous signatures, no header of its
# own); running head on the right from page 2, "Trang n" at the bottom. October never held (the November
# minute explains it), September is a regular meeting combined with the quarter's thematic one (105 min),
# Q4 has none; đ/c Trần Văn Cử absent "không báo" (Jul), "không có lý do" (Sep), "không phép" (Dec).
# Per minute: unexcused_absence; missing_conclusion (the secretary sums up, the chair closes);
# short_meeting + unexcused_absence; missing_assignments ("Chi ủy sẽ phân công cụ thể sau");
# unexcused_absence.
# =================================================================================================
_D10_CELL, _D10_COMM = "CHI BỘ HTX NÔNG NGHIỆP GIAO TIẾN", "ĐẢNG BỘ XÃ GIAO TIẾN"
DOCS.append({
    "name": "d10-namdinh-coop-book-jul-dec-2013", "folder": "dev",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 26, "spacing": 1.25,
              "left": 72, "right": 60, "head": "Sổ biên bản Chi bộ HTX Nông nghiệp Giao Tiến – năm 2013",
              "head_align": "right", "foot": "Trang {n}"},
    "between": 22,
    "minutes": [
        {   # July
            "blocks": [
                HD(["ĐẢNG BỘ XÃ GIAO TIẾN", "CHI BỘ HTX NÔNG NGHIỆP GIAO TIẾN", "*"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Giao Tiến, ngày 12 tháng 7 năm 2013"], bold_left=(1,)),
                G(6),
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 7/2013"),
                G(4),
                P("Buổi sinh hoạt bắt đầu lúc 19 giờ 30 phút ngày 12/7/2013 tại văn phòng HTX. Đồng chí Vũ Văn "
                  "Thiều, Bí thư chi bộ, Giám đốc HTX chủ trì; đồng chí Đỗ Thị Lụa ghi biên bản. Chi bộ có 18 đảng "
                  "viên, 02 cụ được miễn sinh hoạt (cụ Trần Văn Khang, cụ Mai Xuân Bồi); có mặt 15/16, vắng đồng "
                  "chí Trần Văn Cử, không báo."),
                P("Mở đầu, đồng chí Bí thư thông báo huyện đã giao chỉ tiêu xây dựng nông thôn mới: năm 2013 xã "
                  "Giao Tiến phải đạt thêm 3 tiêu chí, trong đó có giao thông nội đồng và thủy lợi. Tiếp đó đồng "
                  "chí Phạm Văn Quang, Phó Giám đốc HTX, báo cáo: vụ mùa đã cấy xong 312 ha, chủ yếu BC15 và Bắc "
                  "thơm số 7; đã nạo vét 4,2 km kênh cấp 3; dịch vụ làm đất bằng máy đạt 80% diện tích. Hạn chế: "
                  "sâu cuốn lá nhỏ lứa 5 phát sinh sớm ở xứ đồng Cồn Nhất, một số hộ có người đi làm ăn xa bỏ ruộng "
                  "cấy muộn."),
                P("Đồng chí Hoàng Văn Đạt, đội trưởng đội thủy nông, đề nghị bơm tiêu sớm trước các đợt mưa lớn vì "
                  "xứ đồng trũng năm nào cũng ngập. Đồng chí Nguyễn Thị Huế, Chi hội trưởng phụ nữ, cho biết có 9 "
                  "hộ muốn cho thuê lại ruộng, đề nghị HTX đứng ra làm trung gian."),
                P("Đồng chí Vũ Văn Thiều kết luận: tháng 7 tập trung chăm sóc lúa mùa, phòng trừ sâu cuốn lá, giữ "
                  "nước đúng lịch; HTX làm đầu mối cho thuê lại ruộng. Giao đồng chí Phạm Văn Quang tổ chức phun "
                  "thuốc trừ sâu đồng loạt toàn xã, xong trước ngày 25/7/2013; đồng chí Hoàng Văn Đạt điều tiết "
                  "nước cho các xứ đồng trũng, thường xuyên. Chi bộ biểu quyết nhất trí 15/15."),
                P("Buổi sinh hoạt kết thúc lúc 21 giờ 15 phút. Biên bản đã được thông qua."),
                S(["THƯ KÝ", "", "Đỗ Thị Lụa"], ["BÍ THƯ", "", "Vũ Văn Thiều"]),
            ],
            "truth": minute(
                meeting("regular", "2013-07-12", "19:30", "21:15", "văn phòng HTX", _D10_CELL, _D10_COMM),
                "Vũ Văn Thiều", "Bí thư chi bộ", "Đỗ Thị Lụa",
                attendance(18, 15, 1, 0, 1, 2, [("Trần Văn Cử", "không báo", False)]),
                True,
                [vote("Kết luận tháng 7/2013", 15)],
                [task("Phạm Văn Quang", "tổ chức phun thuốc trừ sâu đồng loạt toàn xã", "25/7/2013"),
                 task("Hoàng Văn Đạt", "điều tiết nước cho các xứ đồng trũng", "thường xuyên")],
                ["unexcused_absence"]),
        },
        {   # August
            "blocks": [
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 8/2013"),
                G(4),
                P("Tối ngày 09/8/2013, vào lúc 19 giờ 30, chi bộ họp thường kỳ tại văn phòng HTX. Đồng chí Bí thư "
                  "Vũ Văn Thiều chủ trì, đồng chí Đỗ Thị Lụa thư ký. Có mặt đủ 16/16 đảng viên phải dự (02 đồng chí "
                  "miễn sinh hoạt)."),
                P("Đồng chí Phạm Văn Quang báo cáo: lúa mùa đang thì con gái, đã phun trừ sâu cuốn lá xong 97% "
                  "diện tích; dịch vụ thủy nông thu được 61% kế hoạch; HTX đã khảo sát tuyến đường trục nội đồng "
                  "Cồn Nhất dài 1,5 km để bê tông hóa theo chương trình nông thôn mới, nhân dân đồng tình góp đất."),
                P("Thảo luận: đồng chí Trần Văn Cử nói đường nội đồng nên làm rộng 3 mét cho máy gặt vào được; đồng "
                  "chí Nguyễn Thị Huế đề nghị công khai mức đóng góp từng hộ trên loa truyền thanh; đồng chí Hoàng "
                  "Văn Đạt báo cáo cống Đồng Bông bị rò, cần sửa trước mùa mưa bão."),
                P("Chi ủy đã bàn trước và đề xuất, chi bộ đồng ý phân công: đồng chí Hoàng Văn Đạt sửa cống Đồng "
                  "Bông trước ngày 20/8/2013; đồng chí Nguyễn Thị Huế cùng trưởng các xóm công khai mức đóng góp "
                  "làm đường đến từng hộ trong tháng 8."),
                P("Cuối buổi, đồng chí thư ký Đỗ Thị Lụa tóm tắt lại các ý kiến và đọc lại những việc đã phân công. "
                  "Chi bộ biểu quyết thông qua kế hoạch tháng 9: 16/16 đồng chí tán thành. Đồng chí Bí thư cảm ơn "
                  "các đồng chí và tuyên bố bế mạc."),
                P("Buổi họp kết thúc lúc 21 giờ 20 phút, biên bản đã được đọc lại và thông qua."),
                S(["THƯ KÝ", "", "Đỗ Thị Lụa"], ["BÍ THƯ", "", "Vũ Văn Thiều"]),
            ],
            "truth": minute(
                meeting("regular", "2013-08-09", "19:30", "21:20", "văn phòng HTX", _D10_CELL, _D10_COMM),
                "Vũ Văn Thiều", "Bí thư", "Đỗ Thị Lụa",
                attendance(18, 16, 0, 0, 0, 2),
                False,
                [vote("Kế hoạch tháng 9/2013", 16)],
                [task("Hoàng Văn Đạt", "sửa cống Đồng Bông", "20/8/2013"),
                 task("Nguyễn Thị Huế", "cùng trưởng các xóm công khai mức đóng góp làm đường đến từng hộ",
                      "tháng 8")],
                ["missing_conclusion"]),
        },
        {   # September, combined with the thematic meeting of Q3
            "blocks": [
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 9/2013"),
                C("(kết hợp sinh hoạt chuyên đề quý III)", bold=False, italic=True),
                G(4),
                L("Chuyên đề: Học tập phong cách quần chúng, dân chủ, nêu gương của Chủ tịch Hồ Chí Minh"),
                P("Chi bộ họp từ 19 giờ 00 đến 20 giờ 45 phút ngày 13/9/2013 tại hội trường HTX, do đồng chí Vũ Văn "
                  "Thiều, Bí thư chi bộ chủ trì, đồng chí Đỗ Thị Lụa ghi biên bản. Có mặt 15/16 đồng chí phải dự (02 "
                  "cụ miễn sinh hoạt); vắng đồng chí Trần Văn Cử không có lý do."),
                P("Phần thường kỳ: lúa mùa trổ đều, dự kiến năng suất 60 tạ/ha; cống Đồng Bông đã sửa xong; các hộ "
                  "đã góp được 38 triệu đồng làm đường nội đồng. Đồng chí Bí thư lưu ý tình hình bão số 5 đang vào "
                  "Vịnh Bắc Bộ, HTX phải chuẩn bị máy bơm tiêu úng."),
                P("Phần chuyên đề: đồng chí Phạm Văn Quang trình bày chuyên đề, liên hệ việc bàn bạc dân chủ với xã "
                  "viên khi làm đường nội đồng. Đồng chí Nguyễn Thị Huế nói cán bộ HTX phải xuống tận ruộng, không "
                  "chỉ ngồi văn phòng; đồng chí Hoàng Văn Đạt tự nhận mình có lúc nóng nảy với bà con khi chia nước."),
                P("Đồng chí Vũ Văn Thiều kết luận: mỗi đảng viên đăng ký một việc làm theo gương Bác gắn với sản "
                  "xuất; HTX giữ cách làm dân chủ, công khai trong mọi khoản đóng góp. Giao đồng chí Đỗ Thị Lụa tập "
                  "hợp bản đăng ký của đảng viên, nộp chi ủy trước ngày 30/9/2013; đồng chí Hoàng Văn Đạt trực máy "
                  "bơm tiêu úng trong những ngày mưa bão. Chi bộ biểu quyết: 15/15 đồng chí tán thành."),
                P("Họp xong lúc 20 giờ 45 phút, biên bản đã đọc lại và được chi bộ thông qua."),
                S(["THƯ KÝ", "", "Đỗ Thị Lụa"], ["BÍ THƯ", "", "Vũ Văn Thiều"]),
            ],
            "truth": minute(
                meeting("regular", "2013-09-13", "19:00", "20:45", "hội trường HTX", _D10_CELL, _D10_COMM,
                        topic="Học tập phong cách quần chúng, dân chủ, nêu gương của Chủ tịch Hồ Chí Minh"),
                "Vũ Văn Thiều", "Bí thư chi bộ", "Đỗ Thị Lụa",
                attendance(18, 15, 1, 0, 1, 2, [("Trần Văn Cử", "không có lý do", False)]),
                True,
                [vote("Kết luận tháng 9 và chuyên đề quý III/2013", 15)],
                [task("Đỗ Thị Lụa", "tập hợp bản đăng ký của đảng viên, nộp chi ủy", "30/9/2013"),
                 task("Hoàng Văn Đạt", "trực máy bơm tiêu úng", "những ngày mưa bão")],
                ["short_meeting", "unexcused_absence"]),
        },
        {   # November (October not held)
            "blocks": [
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 11/2013"),
                G(4),
                P("Ngày 08/11/2013, lúc 19 giờ, chi bộ họp thường kỳ tại văn phòng HTX (tháng 10 chi bộ không họp "
                  "được do mưa lớn sau bão và bận gặt vụ mùa). Đồng chí Vũ Văn Thiều, Bí thư chi bộ chủ trì; đồng "
                  "chí Đỗ Thị Lụa ghi biên bản. Dự họp 15/16 đồng chí (miễn sinh hoạt 02); vắng đồng chí Mai Thị "
                  "Hạnh (đi làm ăn ở Hà Nội, có báo)."),
                P("Đồng chí Phạm Văn Quang báo cáo: vụ mùa năng suất bình quân 58,5 tạ/ha, thấp hơn dự kiến vì "
                  "ngập úng sau bão; vụ đông mới trồng được 46 ha ngô và khoai tây, đạt 60% kế hoạch; đường nội "
                  "đồng Cồn Nhất đã đổ bê tông được 900 mét."),
                P("Ý kiến: đồng chí Hoàng Văn Đạt đề nghị HTX có giá dịch vụ làm đất riêng cho vụ đông; đồng chí "
                  "Trần Văn Cử nói giống khoai tây năm nay về muộn, nhiều hộ không kịp trồng."),
                P("Đồng chí Bí thư kết luận: tháng 11 phải trồng xong vụ đông, hoàn thành đường nội đồng trước Tết, "
                  "thu dứt điểm các khoản dịch vụ vụ mùa. Chi bộ nhất trí 100% với kết luận. Đề nghị các đồng chí "
                  "đảng viên gương mẫu trồng vụ đông trên ruộng nhà mình; việc cụ thể chi ủy sẽ phân công sau."),
                P("Buổi sinh hoạt kết thúc lúc 20 giờ 50 phút. Biên bản đã được đọc lại, chi bộ thông qua."),
                S(["THƯ KÝ", "", "Đỗ Thị Lụa"], ["BÍ THƯ", "", "Vũ Văn Thiều"]),
            ],
            "truth": minute(
                meeting("regular", "2013-11-08", "19:00", "20:50", "văn phòng HTX", _D10_CELL, _D10_COMM),
                "Vũ Văn Thiều", "Bí thư chi bộ", "Đỗ Thị Lụa",
                attendance(18, 15, 1, 1, 0, 2, [("Mai Thị Hạnh", "đi làm ăn ở Hà Nội", True)]),
                True,
                [vote("Kết luận tháng 11/2013", pct=100)],
                [],
                ["missing_assignments"]),
        },
        {   # December
            "blocks": [
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 12/2013"),
                G(4),
                P("Vào lúc 19 giờ 00 ngày 13/12/2013, tại văn phòng HTX, chi bộ sinh hoạt thường kỳ tháng 12. Chủ "
                  "trì: đồng chí Vũ Văn Thiều, Bí thư chi bộ. Thư ký: đồng chí Đỗ Thị Lụa. Có mặt 15/16 đồng chí; "
                  "vắng: Trần Văn Cử (không phép)."),
                P("Đồng chí Bí thư thông qua dự thảo báo cáo tổng kết năm 2013 của HTX: tổng doanh thu dịch vụ "
                  "1,27 tỷ đồng, lãi 86 triệu đồng; toàn xã đạt thêm 3 tiêu chí nông thôn mới; đường nội đồng Cồn "
                  "Nhất làm xong 1,5 km. Đồng chí Nguyễn Thị Huế góp ý phải nêu rõ các hộ còn nợ dịch vụ; đồng chí "
                  "Phạm Văn Quang đề nghị chia lãi cho xã viên theo mức sử dụng dịch vụ."),
                P("Đồng chí Vũ Văn Thiều kết luận: chi bộ thống nhất báo cáo, bổ sung danh sách hộ nợ; chuẩn bị đại "
                  "hội xã viên đầu năm 2014 và lo Tết cho xã viên nghèo. Giao đồng chí Đỗ Thị Lụa hoàn chỉnh báo cáo "
                  "kiểm điểm năm của chi bộ trước ngày 20/12/2013; đồng chí Nguyễn Thị Huế lo việc thăm hỏi, tặng "
                  "quà các hộ xã viên nghèo trước Tết Giáp Ngọ; Chi ủy gặp riêng đồng chí Trần Văn Cử, nhắc nhở "
                  "việc nhiều lần vắng họp không lý do, trong tuần sau."),
                P("Biểu quyết: tán thành 14, không tán thành 0, ý kiến khác 01."),
                P("Buổi sinh hoạt kết thúc lúc 21 giờ 00. Biên bản được đọc lại và thông qua."),
                S(["THƯ KÝ", "", "Đỗ Thị Lụa"], ["BÍ THƯ", "", "Vũ Văn Thiều"]),
            ],
            "truth": minute(
                meeting("regular", "2013-12-13", "19:00", "21:00", "văn phòng HTX", _D10_CELL, _D10_COMM),
                "Vũ Văn Thiều", "Bí thư chi bộ", "Đỗ Thị Lụa",
                attendance(16, 15, 1, 0, 1, 0, [("Trần Văn Cử", "không phép", False)]),
                True,
                [vote("Kết luận tháng 12/2013", 14, 0, 1)],
                [task("Đỗ Thị Lụa", "hoàn chỉnh báo cáo kiểm điểm năm của chi bộ", "20/12/2013"),
                 task("Nguyễn Thị Huế", "lo việc thăm hỏi, tặng quà các hộ xã viên nghèo", "Tết Giáp Ngọ"),
                 task("Chi ủy", "gặp riêng đồng chí Trần Văn Cử, nhắc nhở việc nhiều lần vắng họp không lý do",
                      "tuần sau")],
                ["unexcused_absence"]),
        },
    ],
    "flags": ["missing_month", "no_thematic_in_quarter", "repeated_absence"],
    "scans": [],
})


# =================================================================================================
# d14 — Quảng Trị, Đông Hà: retirees' cell of a ward quarter, March 2018; scan only (phone photo, 200 dpi);
# run-on; nine exempt for age; a member leaves early; a member quoted in the local speech; a guest's
# directions, then the secretary's summary and the chair's thanks (no conclusion); "nhất trí 100%" on the
# April plan; only a call to every member.
# =================================================================================================
DOCS.append({
    "name": "d14-quangtri-retirees-scan-phone-no-conclusion-no-assignments", "folder": "dev",
    "born_digital": False,
    "style": {"family": "serif", "size": 11, "justify": True, "indent": 22, "spacing": 1.15,
              "left": 64, "right": 58, "top": 48, "bottom": 50},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG ĐÔNG LỄ", "CHI BỘ HƯU TRÍ KHU PHỐ 4"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đông Lễ, ngày 10 tháng 3 năm 2018"], bold_left=(1,)),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 3/2018"),
            G(6),
            P("Sáng ngày 10/3/2018, lúc 8 giờ, tại nhà văn hóa khu phố 4, Chi bộ hưu trí khu phố 4 sinh hoạt "
              "thường kỳ tháng 3. Đồng chí Bí thư Lê Hữu Phước chủ trì, đồng chí Trương Thị Diệu ghi biên bản. Chi "
              "bộ có 31 đảng viên, phần đông là cán bộ hưu trí và cựu chiến binh; 09 đồng chí được miễn sinh hoạt "
              "vì tuổi cao, sức yếu. Số phải dự 22, có mặt 20; vắng đồng chí Nguyễn Đăng Khoa (vào Đà Nẵng thăm "
              "con) và đồng chí Hoàng Thị Thu (đau chân, có báo). Đồng chí Nguyễn Văn Bổng xin về lúc 9 giờ 30 để "
              "đưa cháu đi khám bệnh. Dự họp có đồng chí Trần Văn Nhân, Đảng ủy viên phường, phụ trách khu phố."),
            P("Mở đầu, đồng chí Bí thư đọc thông báo của Đảng ủy phường về việc học tập Nghị quyết Trung ương 6 "
              "khóa XII và kế hoạch kỷ niệm 50 năm sự kiện Mậu Thân 1968 trên địa bàn tỉnh. Tiếp đó đồng chí Phó "
              "Bí thư Hồ Xuân Quang, Trưởng khu phố, báo cáo: khu phố vận động được 14,5 triệu đồng cho quỹ khuyến "
              "học; 100% hộ ký cam kết không đốt vàng mã ra đường; Hội Người cao tuổi đã chúc thọ 12 cụ tròn 70, "
              "80, 90 tuổi. Còn tồn tại: kiệt 12 đèn chiếu sáng hỏng đã lâu; một số hộ kinh doanh lấn chiếm vỉa "
              "hè đường Lê Duẩn."),
            P("Các đồng chí phát biểu. Đồng chí Nguyễn Văn Bổng nói: \u201cKiệt 12 chừ tối om, mấy o đi chợ sớm "
              "sợ lắm, răng mà báo mãi không ai sửa\u201d. Đồng chí Phan Thị Lành, Chi hội trưởng Chi hội Phụ nữ, "
              "đề nghị chi bộ họp với các hộ kinh doanh trước khi phường ra quân dẹp vỉa hè. Đồng chí Lê Đình "
              "Thắm, Chi hội trưởng CCB, xin chi bộ cho CCB nhận giữ vệ sinh đoạn đường từ kiệt 10 đến kiệt 14."),
            P("Đồng chí Trần Văn Nhân phát biểu chỉ đạo: ghi nhận chi bộ tuy tuổi cao nhưng sinh hoạt đều; yêu cầu "
              "chi bộ vận động các hộ tự tháo dỡ mái che lấn vỉa hè trước đợt ra quân; phường sẽ có văn bản gửi "
              "Điện lực về đèn chiếu sáng kiệt 12; đề nghị các đồng chí tiếp tục làm gương cho con cháu."),
            P("Đồng chí Trương Thị Diệu tóm tắt các ý kiến: chi bộ cơ bản đồng tình với báo cáo, quan tâm nhất là "
              "đèn chiếu sáng và vỉa hè. Đồng chí Bí thư cảm ơn đồng chí Nhân, chúc các đồng chí mạnh khỏe, đề "
              "nghị các đồng chí đảng viên tiếp tục gương mẫu, vận động con cháu và bà con trong kiệt chấp hành "
              "tốt các quy định của phường. Chi bộ nhất trí 100% với phương hướng tháng 4."),
            P("Biên bản được đọc lại và thông qua lúc 10 giờ 15 phút cùng ngày."),
            G(4),
            S(["THƯ KÝ", "", "Trương Thị Diệu"], ["BÍ THƯ", "", "Lê Hữu Phước"]),
        ],
        "truth": minute(
            meeting("regular", "2018-03-10", "08:00", "10:15", "nhà văn hóa khu phố 4", "CHI BỘ HƯU TRÍ KHU PHỐ 4",
                    "ĐẢNG BỘ PHƯỜNG ĐÔNG LỄ"),
            "Lê Hữu Phước", "Bí thư", "Trương Thị Diệu",
            attendance(31, 20, 2, 2, 0, 9,
                       [("Nguyễn Đăng Khoa", "vào Đà Nẵng thăm con", True), ("Hoàng Thị Thu", "đau chân", True)],
                       [("Trần Văn Nhân", "Đảng ủy viên phường, phụ trách khu phố")]),
            False,
            [vote("Phương hướng tháng 4/2018", pct=100)],
            [],
            ["missing_assignments", "missing_conclusion"]),
    }],
    "flags": [],
    "scans": [{"name": "d14-quangtri-retirees-scan-phone-no-conclusion-no-assignments", "folder": "dev",
               "damage": "phone", "seed": 1914, "dpi": 200}],
})
