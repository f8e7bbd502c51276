"""Held-out set 9, writer q (test/, `q…`): the whole country, Lạng Sơn to Cà Mau. Its writer wrote no dev files.

Written by hand, without reading the extractor (extract/**), the generator (samples/generator/**), samples/parts/**,
the bench, the other writers' minutes or the earlier sets' wording and truth files, and without running the
extractor. Rendered by samples/heldout2/make.py (`build`). Names, places and figures are invented or used loosely;
the paperwork follows /work/shared/DOMAIN.md.

The theme of the set is the two defects inspectors ask for first, `missing_conclusion` and `missing_assignments`,
at their edges. This writer varied above all:
- where and how the chair's conclusion is written: no heading at all ("Đồng chí Bí thư tóm lại … Một là … Năm
  là"), "Sau khi nghe ý kiến, chủ trì thống nhất như sau:", "Nghe xong các ý kiến, đồng chí chủ trì thống nhất
  lại", "Chi bộ nhất trí: …" right after the chair takes the opinions in, "Bí thư chi bộ chốt lại:", a deputy's
  "ĐÚC KẾT" on the page after a page break, a chi ủy member concluding for a Bí thư in hospital;
- minutes that look as if they had a conclusion and do not: the secretary's "TỔNG HỢP Ý KIẾN (thư ký ghi)" and a
  chair who only thanks and closes; a chair who "ghi nhận" the opinions and promises answers next month, with
  "kết luận" only in other senses (Kết luận số 21-KL/TW, "kết luận thanh tra", "kết luận của Đảng ủy xã"); a
  "Kết luận của đồng chí chủ trì:" heading with nothing under it; a guest's "Ý kiến chỉ đạo" that the chair only
  "tiếp thu"; a chair who thanks the guest and the members and closes;
- tasks in prose, in points of the conclusion, in ruled tables with the assignee column first or the deadline
  "Thời gian"/"Thời hạn"/"Hạn hoàn thành", for groups ("Tổ 2", "Tổ 1 và Tổ 3", "Chi đoàn thôn", "Chi ủy"), two
  members in one task, verbs "giao", "phụ trách", "theo dõi", "chịu trách nhiệm", "có trách nhiệm", "được phân
  công", "tiếp tục", "hoàn thiện";
- minutes that look as if they had tasks and do not: a plan of collective items ("Toàn chi bộ phấn đấu … trước
  ngày 25/12/2024", "Các đảng viên thực hiện tốt …") ending "chi ủy sẽ họp và phân công sau"; last month's tasks
  reported as done, then "V. PHÂN CÔNG NHIỆM VỤ" + "(theo kế hoạch đã phân công)"; the tasks the Đảng ủy xã gave
  the cell as a whole; a thematic meeting ending in calls to "các đảng viên", "toàn chi bộ", "các đoàn thể".

Files (name -> what varies -> minute flags / book flags):

- q01-langson-tay-village-summing-up-clean -> Lạng Sơn (Văn Quan) Tày/Nùng village after storm Yagi; Serif 13
  justified, "- n -" at the foot, 2 pages; two exempt named, "Số phải dự: 19 … có mặt: 18", one absentee with a
  long reason; guest (Đảng ủy viên phụ trách chi bộ) who speaks; "1.–4." bold headings; a member of the Chi đoàn
  volunteers in the discussion; the conclusion has no heading: "Đồng chí Bí thư tóm lại … Một là … Năm là", with
  the tasks folded in (Tổ 2, two members in one task, Chi đoàn thôn, the secretary; "Năm là, mỗi đảng viên …" is
  no task); "biểu quyết bằng hình thức giơ tay: 18/18 … đạt 100%" -> —
- q02-hanoi-icu-secretary-summary-no-conclusion -> Hà Nội district hospital, intensive-care department; DejaVu
  Sans 11 justified, "Trang n/N"; "Số: 11-BB/CB"; degrees before names; "- Thời gian:" fields; four named opinions;
  "IV. TỔNG HỢP Ý KIẾN (thư ký ghi)" sums the opinions up; ruled task table "TT | Nội dung | Người thực hiện |
  Thời hạn" (two members in one cell, "Chi ủy", "Tuần 4 tháng 3", "Hằng tuần", an empty deadline cell); the month's
  programme voted "16/16 …, đạt 100%"; the chair only thanks and closes -> missing_conclusion
- q03-haiphong-shipyard-collective-plan-80min -> Hải Phòng (Thủy Nguyên) shipyard workshop; Serif 12, one dense
  page; "Đảng viên có mặt: 12/13"; "15h30 đến 16h50" (80 min); plan of collective items only, one with a date, the
  last "chi ủy sẽ họp và phân công sau"; a question and answer; run-in "Nghe xong các ý kiến, đồng chí chủ trì
  thống nhất lại: …"; "Chi bộ nhất trí 100% với kết luận trên" -> missing_assignments, short_meeting
- q04-thanhhoa-school-thematic-deputy-summing-up-p2 -> Thanh Hóa (Nga Sơn) upper-secondary school; DejaVu Serif 12
  justified, "- n -" at the top of page 2; thematic "QUÝ III NĂM 2024" + italic "Chuyên đề:" line; the Bí thư away
  on training and listed absent, the Phó Bí thư chairs; topic presented by a chi ủy member; four named opinions; a
  page break, then "III. ĐỒNG CHÍ PHÓ BÍ THƯ ĐÚC KẾT CHUYÊN ĐỀ" with "a) … d)" points (a request to the Ban Giám
  hiệu); "IV. TỔ CHỨC THỰC HIỆN": "có trách nhiệm hoàn thiện …", two members "được phân công", "Giao Đoàn
  trường", "tổng hợp … báo cáo chi ủy tại kỳ sinh hoạt tháng 10"; "Tán thành: 25/25 (100%); không tán thành: 0;
  không biểu quyết: 0" -> —
- q05-quangbinh-commune-police-noted-not-approved -> Quảng Bình commune police; Liberation Sans 11.5 ragged, one
  page; ranks before names; "Quân số đảng viên: 09/09"; "Kết luận số 21-KL/TW", "kết luận thanh tra của Công an
  tỉnh", "kết luận của Đảng ủy xã" read out; three officers' opinions; "Đồng chí chủ trì ghi nhận các ý kiến … trả
  lời các đồng chí tại kỳ sinh hoạt tháng 7" (no conclusion); tasks in prose ("Giao Đại úy … phụ trách …", "theo
  dõi …, báo cáo chi bộ hằng tuần", the rest "theo lịch trực"); the month's tasks voted "09/09"; ends with the end
  time, never read back -> missing_conclusion, not_approved
- q06-quangngai-hre-village-book-apr-aug-2024 -> minute BOOK of a Hrê village cell (Quảng Ngãi, Ba Tơ), DejaVu
  Serif 11, right-aligned running head from page 2, "- n -" at the foot; five minutes, each after the first typed
  on mid-page under the previous signatures, with no header of its own:
    1. 06/4/2024 regular; "Có mặt 15/16", Phạm Văn Giói "không lý do"; "a) … e)" run-in parts; "e) Sau khi nghe ý
       kiến, chủ trì thống nhất như sau:" then tasks in one paragraph (phụ trách, "Tổ 1 và Tổ 3", "có trách
       nhiệm", the Bí thư himself) -> unexcused_absence
    2. 04/5/2024 regular; 13/16, three absentees in one sentence ("vắng không có lý do"); "5. Kết luận của đồng chí
       chủ trì:" with nothing under it, then "6. Biểu quyết … 13/13"; "7. Phân công:" dash lines ("Tổ 2", "tuần đầu
       tháng 5", "kỳ họp tháng 6") -> missing_conclusion, low_attendance, unexcused_absence
    3. 05/7/2024 regular; a note that June was skipped; "Chi bộ thống nhất với báo cáo, không có ý kiến khác"; inline
       "Đồng chí Bí thư kết luận: … giao …"; nothing voted -> missing_vote, no_discussion
    4. 28/7/2024 thematic "QUÝ III/2024" + "Chuyên đề:" (tảo hôn), 19:30-20:45 (75 min); "Đồng chí Bí thư đúc kết
       chuyên đề: 1. 2. 3." with calls to "Các đảng viên", "toàn chi bộ", "Các đoàn thể" and a request to the
       UBND xã; "Chi bộ nhất trí 100% …" -> missing_assignments, short_meeting
    5. 04/8/2024 regular; Giói absent without reason a third time; guest Đảng ủy viên who speaks; task table "TT |
       Công việc | Người đảm nhận | Thời gian" ("Chi ủy", "Kỳ họp tháng 9"); "15/15 đồng chí nhất trí"; the chair
       thanks the guest and the members and closes -> missing_conclusion, unexcused_absence
  book -> missing_month (June), no_thematic_in_quarter (Q2 lies wholly inside April-August and has no thematic or
  combined meeting), repeated_absence (Phạm Văn Giói: April, May, August)
- q07-khanhhoa-army-company-chot-lai-clean -> Khánh Hòa (Cam Ranh) army company; Serif 12.5, one page; "1.–7."
  fields; ranks before names; "Quân số: tổng số đảng viên 11; có mặt 10"; opinions in one paragraph with roles;
  "6. Bí thư chi bộ chốt lại:" dash points with tasks ("tiếp tục chỉ đạo … xong trước ngày 20/4", "chịu trách
  nhiệm …; kiểm tra thường xuyên", "Chi đoàn đại đội … vào tối 28/4"); "7. Biểu quyết: 10/10" -> —
- q08-daklak-coffee-team-assignee-first-table-clean -> Đắk Lắk (Buôn Hồ) coffee company team, Ê Đê and Kinh names;
  Liberation Sans 12 justified; one exempt named, "14/14 đồng chí phải dự"; "A. B. C." capital headings; a
  question and answer; "Đồng chí chủ trì tiếp thu các ý kiến. Chi bộ nhất trí: … Phân công cụ thể như sau:" then a
  ruled table "Người thực hiện | Công việc | Hạn hoàn thành" without a TT column ("A – B" in one cell, "Tổ bảo vệ",
  "Hằng đêm", "Trước 25 tháng Chạp", an empty cell, "Chi ủy"); "14/14 đồng chí nhất trí (100%)" -> —
- q09-hcm-software-online-tasks-done -> Hồ Chí Minh City software company, online and in the room; DejaVu Sans 11
  ragged; "Điểm cầu chính"; "tham dự 18 (07 tại điểm cầu chính, 11 kết nối trực tuyến)"; "I. KIỂM ĐIỂM VIỆC ĐÃ GIAO
  TẠI KỲ HỌP THÁNG 7" (three tasks reported done, "được giao", "phụ trách"); "IV. KẾT LUẬN"; "V. PHÂN CÔNG NHIỆM VỤ"
  + "(theo kế hoạch đã phân công)"; vote by a Teams poll "18/18 …, đạt 100%" -> missing_assignments
- q10-cantho-retired-cadres-chiuy-member-low -> Cần Thơ (Ninh Kiều) retired cadres' cell; Serif 14, spacing 1.25,
  2 pages; 8 exempt counted, "Đảng viên phải dự: 24; có mặt: 19" (79 %), five absentees on "-" lines ("không báo",
  "không lý do"); the Bí thư in hospital, a chi ủy viên chairs and concludes ("thay mặt chi ủy kết luận mấy điểm
  sau: Thứ nhất … Thứ tư", tasks inside, "chi ủy gặp, nhắc nhở …"); "mười chín trên mười chín" -> low_attendance,
  unexcused_absence
- q11-camau-hamlet-form-guest-directions -> Cà Mau (U Minh) shrimp-farming hamlet, Khmer and Kinh names;
  printed form: "Số: ……-BB/CB", "Không tán thành: ……; Ý kiến khác: ……", "(Ký, ghi rõ họ tên)"; exactly 90 %
  (18/20); "Đảng ủy xã giao chi bộ ấp …: vận động … trước ngày 31/12/2024; … chi bộ chịu trách nhiệm …"; a member
  volunteers for the Chi hội Phụ nữ; "5. Ý kiến chỉ đạo của đồng chí Phó Bí thư Thường trực Đảng ủy xã", the chair
  only "tiếp thu" -> missing_conclusion, missing_assignments, unfilled_template
- q12-khanhhoa-army-scan-moderate -> moderate scan of q07, 200 dpi -> as q07
- q13-haiphong-shipyard-scan-photocopy -> photocopy scan of q03, 250 dpi -> as q03
- q14-quangbinh-police-scan-moderate -> moderate scan of q05, 200 dpi -> as q05

Labelling decisions where the READMEs are silent:
- A summary of the discussion headed and signed off as the secretary's ("TỔNG HỢP Ý KIẾN (thư ký ghi)") is no
  chair's conclusion, nor is a chair who only thanks the members (and a guest) and closes (q02, q06-5).
- "Đồng chí chủ trì ghi nhận các ý kiến … sẽ báo cáo … và trả lời … tại kỳ sinh hoạt tháng 7" is no conclusion;
  "kết luận thanh tra", "Kết luận số 21-KL/TW", "kết luận của Đảng ủy xã" read out are not either (q05).
- A "Kết luận của đồng chí chủ trì:" heading followed straight by the next heading is no conclusion (q06-2); the
  vote on the month's direction right under it is still a resolution.
- The guest's "Ý kiến chỉ đạo" that the chair only "tiếp thu" is no conclusion (q11).
- Conclusions: "Đồng chí Bí thư tóm lại …" with "Một là … Năm là" and no heading (q01); "Sau khi nghe ý kiến, chủ
  trì thống nhất như sau:" (q06-1); "Nghe xong các ý kiến, đồng chí chủ trì thống nhất lại: …" (q03); "Đồng chí
  chủ trì tiếp thu các ý kiến. Chi bộ nhất trí: …" (q08, the cell's summing up after the chair, as heldout5's
  "Chi bộ thống nhất: …"); "Bí thư chi bộ chốt lại:" (q07); "Đồng chí Bí thư đúc kết chuyên đề:" (q06-4); a
  Phó Bí thư's "ĐÚC KẾT" after a page break (q04); a chi ủy viên "thay mặt chi ủy kết luận" (q10). All true.
- A chi ủy member chairing for a Bí thư in hospital has `chair.role` "chi ủy viên" as written (lower case); the
  Bí thư is an absentee with the reason as written ("đang nằm viện", excused).
- Not assignments: a plan item for "Toàn chi bộ" even with a date, "Các đảng viên …", a passive item ("… được
  triển khai …"), "chi ủy sẽ họp và phân công sau" (q03); last month's tasks reported as done ("được giao …: đã
  hoàn thành", "phụ trách …: đã xong"), and a task heading holding only "(theo kế hoạch đã phân công)" (q09); what
  "Đảng ủy xã giao chi bộ" and "chi bộ chịu trách nhiệm trước Đảng ủy" (the cell as a whole), a guest's "đề nghị
  chi bộ …", a member's "Chi hội Phụ nữ sẵn sàng …" (q11); "Các đoàn thể tiếp tục …", "đề nghị Ủy ban nhân dân xã
  …" (q06-4); "mỗi đảng viên …" (q01, q04); "chi bộ kiến nghị Ban Giám hiệu …" (q04); "chi bộ tổ chức góp ý …"
  (q10, the cell itself); "Các đồng chí còn lại tham gia tuần tra theo lịch trực" (q05, nobody named).
- Assignments: "Tổ 1 và Tổ 3 làm …" gives one per group; "Đồng chí A và đồng chí B được phân công …" one per
  member; "giao đồng chí A cùng Ban nhân dân thôn …" gives A only (partner); "chi ủy gặp, nhắc nhở …" inside the
  conclusion gives assignee "chi ủy" (lower case as written); a task the Bí thư gives himself in the chair's
  summing-up ("Đồng chí Đinh Văn Pho trực tiếp gặp …") is an assignment. "Giao Đoàn trường" gives "Đoàn trường".
- `task` is the action as written after the assignee and the verb of giving ("giao", "được phân công", "có trách
  nhiệm"); "phụ trách", "theo dõi", "chịu trách nhiệm", "tiếp tục" stay in the task when they are the action.
- Deadlines: "xong trước ngày 20/4" -> "20/4"; "vào tối 28/4" -> "tối 28/4"; "kiểm tra thường xuyên" ->
  "thường xuyên"; "trong tuần này" -> "tuần này"; "trước kỳ họp tháng 6" -> "kỳ họp tháng 6"; "báo cáo kết quả
  tại kỳ họp tháng 11" -> "kỳ họp tháng 11"; "trước mùa mưa bão" -> "mùa mưa bão"; table cells "Tuần 4 tháng 3",
  "Hằng tuần", "Hằng đêm" as written, "Trước 25 tháng Chạp" -> "25 tháng Chạp", an empty cell -> null.
- Absence reasons: "không báo" is unexcused (like "không báo cáo"); "đi làm thuê ở Bình Dương, có xin phép",
  "đang trên chuyến bay công tác Singapore, đã báo chi ủy", "bệnh, có nhắn chi ủy" are excused.
- Online meeting: the location is the "điểm cầu chính" as written; members joining online are present; a vote
  "bằng chức năng bình chọn trên Teams: 18/18 … đạt 100%" is for 18, percent 100.
- A printed form's "Không tán thành: ……; Ý kiến khác: ……" gives against and abstain null (q11).
- A book month whose absence the next minute explains ("Tháng 6/2024 chi bộ không họp …") is still missing.
"""

from __future__ import annotations

from samples.heldout2.minutes import C, G, H, HD, L, P, S, T, attendance, meeting, minute, task, vote

DOCS: list[dict] = []


# =================================================================================================
# q01 — Lạng Sơn, Tày/Nùng village; conclusion without a heading, tasks folded into "Một là … Năm là".
# =================================================================================================
DOCS.append({
    "name": "q01-langson-tay-village-summing-up-clean", "folder": "test",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 28, "spacing": 1.3, "foot": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ KHÁNH KHÊ", "CHI BỘ THÔN NÀ SLÈO", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Khánh Khê, ngày 08 tháng 10 năm 2024"]),
            G(8),
            C("BIÊN BẢN", size=15),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10 NĂM 2024"),
            G(6),
            P("Hồi 19 giờ 30 phút ngày 08 tháng 10 năm 2024, tại nhà văn hóa thôn Nà Slèo, Chi bộ thôn Nà Slèo họp "
              "sinh hoạt thường kỳ tháng 10 năm 2024."),
            P("Tổng số đảng viên của chi bộ: 21 đồng chí, trong đó 02 đồng chí được miễn sinh hoạt (đ/c Hoàng Văn "
              "Slình, đ/c Lương Thị Nhì). Số phải dự: 19 đồng chí; có mặt: 18 đồng chí; vắng 01 đồng chí: đ/c Nông "
              "Văn Pản, đi làm ăn ở Bắc Ninh, có báo cáo chi ủy."),
            P("Dự và chỉ đạo có đồng chí Vi Văn Thắng, Đảng ủy viên, phụ trách chi bộ."),
            P("Đồng chí Hoàng Văn Tỉnh, Bí thư chi bộ, chủ trì; đồng chí Lộc Thị Mai, chi ủy viên, ghi biên bản."),
            H("1. Thông tin thời sự, văn bản mới"),
            P("Đồng chí Bí thư thông báo tóm tắt Nghị quyết Hội nghị lần thứ mười Ban Chấp hành Trung ương khóa "
              "XIII; Kế hoạch của Đảng ủy xã về tổ chức đại hội chi bộ nhiệm kỳ 2025 – 2027; tình hình mưa lũ sau "
              "cơn bão số 3 (Yagi) trên địa bàn huyện Văn Quan và công tác cứu trợ của tỉnh."),
            H("2. Kết quả thực hiện nhiệm vụ tháng 9"),
            P("Cơn bão số 3 làm sạt 4 điểm taluy trên đường liên thôn, vùi lấp khoảng 300 mét mương Khuổi Luông, "
              "đổ 2 chuồng trại và làm hỏng 3,5 ha lúa mùa của 11 hộ. Chi bộ đã chỉ đạo Ban phát triển thôn huy "
              "động 146 ngày công dọn đất đá, thông đường tạm sau 2 ngày; di chuyển 3 hộ ở chân đồi Pò Pất đến nơi "
              "an toàn; không có thiệt hại về người. Lúa mùa còn lại đã thu hoạch được khoảng 60%, năng suất ước "
              "đạt 48 tạ/ha."),
            P("Ưu điểm: đảng viên có mặt kịp thời ở các điểm sạt lở, nhiều đồng chí đi đầu góp công, góp vật liệu. "
              "Hạn chế: đoạn mương Khuổi Luông chưa khơi thông xong; việc thu đảng phí quý III còn chậm, đến nay "
              "mới thu được của 15/19 đồng chí."),
            H("3. Nhiệm vụ tháng 10"),
            P("Khắc phục xong hậu quả bão lũ, bảo đảm nước cho vụ đông; thu hoạch hồi vụ chính và lúa mùa; giữ an "
              "ninh trật tự mùa thu hoạch; chuẩn bị các điều kiện cho đại hội chi bộ nhiệm kỳ 2025 – 2027; thu đủ "
              "đảng phí quý III."),
            H("4. Ý kiến thảo luận"),
            P("- Đ/c Lăng Văn Hậu (Trưởng thôn): năm nay hồi được mùa nhưng thương lái ép giá, có hộ hái cả hồi "
              "non để bán sớm. Đề nghị chi bộ vận động bà con bán qua Hợp tác xã Hồi Khánh Khê để giữ giá."),
            P("- Đ/c Chu Thị Lụa (Chi hội trưởng Phụ nữ): chị em sẵn sàng đi vận động từng nhà, nhưng cần cán bộ "
              "hợp tác xã về nói rõ giá thu mua."),
            P("- Đ/c Hà Văn Dũng (Bí thư Chi đoàn): Chi đoàn xin nhận phát quang đường vào bản Pò Pất; đề nghị "
              "thôn cho mượn 2 máy cắt cỏ."),
            P("- Đ/c Vi Văn Thắng (Đảng ủy viên phụ trách chi bộ): đề nghị chi bộ làm xong đoạn mương trước khi "
              "làm đất vụ đông và chuẩn bị kỹ nhân sự chi ủy khóa mới."),
            P("Đồng chí Bí thư tóm lại các ý kiến và chốt những việc chi bộ phải làm ngay trong tháng:"),
            P("Một là, khơi thông mương Khuổi Luông: giao Tổ 2 huy động ngày công, làm xong trước ngày 20/10/2024."),
            P("Hai là, về tiêu thụ hồi: đồng chí Lăng Văn Hậu và đồng chí Chu Thị Lụa đi vận động các hộ không hái "
              "hồi non, bán qua hợp tác xã; báo cáo kết quả tại kỳ họp tháng 11."),
            P("Ba là, Chi đoàn thôn phát quang đường vào bản Pò Pất trong tháng 10; thôn cho mượn máy cắt cỏ."),
            P("Bốn là, đồng chí Lộc Thị Mai hoàn thiện dự thảo báo cáo chính trị trình đại hội chi bộ, gửi chi ủy "
              "cho ý kiến trước ngày 31/10/2024."),
            P("Năm là, mỗi đảng viên nộp đủ đảng phí quý III ngay trong tháng này."),
            P("Chi bộ biểu quyết bằng hình thức giơ tay: 18/18 đồng chí có mặt tán thành, đạt 100%."),
            P("Buổi sinh hoạt kết thúc lúc 21 giờ 35 phút cùng ngày. Biên bản đã được đọc lại để chi bộ nghe, các "
              "đồng chí dự họp nhất trí thông qua."),
            S(["THƯ KÝ", "", "", "Lộc Thị Mai"], ["T/M CHI BỘ", "BÍ THƯ", "", "Hoàng Văn Tỉnh"]),
        ],
        "truth": minute(
            meeting("regular", "2024-10-08", "19:30", "21:35", "nhà văn hóa thôn Nà Slèo", "CHI BỘ THÔN NÀ SLÈO",
                    "ĐẢNG BỘ XÃ KHÁNH KHÊ"),
            "Hoàng Văn Tỉnh", "Bí thư chi bộ", "Lộc Thị Mai",
            attendance(21, 18, 1, 1, 0, 2,
                       absentees=[("Nông Văn Pản", "đi làm ăn ở Bắc Ninh, có báo cáo chi ủy", True)],
                       guests=[("Vi Văn Thắng", "Đảng ủy viên, phụ trách chi bộ")]),
            True,
            [vote("Kết luận và nhiệm vụ tháng 10/2024", 18, None, None, 100)],
            [task("Tổ 2", "khơi thông mương Khuổi Luông", "20/10/2024"),
             task("Lăng Văn Hậu", "đi vận động các hộ không hái hồi non, bán qua hợp tác xã", "kỳ họp tháng 11"),
             task("Chu Thị Lụa", "đi vận động các hộ không hái hồi non, bán qua hợp tác xã", "kỳ họp tháng 11"),
             task("Chi đoàn thôn", "phát quang đường vào bản Pò Pất", "tháng 10"),
             task("Lộc Thị Mai", "hoàn thiện dự thảo báo cáo chính trị trình đại hội chi bộ, gửi chi ủy cho ý kiến",
                  "31/10/2024")],
            []),
    }],
})


# =================================================================================================
# q02 — Hà Nội, hospital ICU; the secretary sums up, the chair only thanks and closes.
# =================================================================================================
DOCS.append({
    "name": "q02-hanoi-icu-secretary-summary-no-conclusion", "folder": "test",
    "style": {"family": "dvsans", "size": 11, "justify": True, "indent": 22, "spacing": 1.35, "left": 70,
              "right": 55, "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ BỆNH VIỆN ĐA KHOA THANH TRÌ", "CHI BỘ KHOA HỒI SỨC TÍCH CỰC", "Số: 11-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thanh Trì, ngày 14 tháng 3 năm 2025"]),
            G(10),
            C("BIÊN BẢN HỌP CHI BỘ", size=13),
            C("Tháng 3 năm 2025", bold=False, italic=True),
            G(6),
            L("- Thời gian: từ 16 giờ 00 phút, thứ Sáu, ngày 14/3/2025."),
            L("- Địa điểm: phòng giao ban Khoa Hồi sức tích cực, tầng 3 nhà B."),
            L("- Đảng viên của chi bộ: 17 đồng chí; có mặt: 16 đồng chí; vắng 01 đồng chí (đ/c Đặng Thu Hà – đi "
              "trực cấp cứu ngoại viện)."),
            L("- Chủ trì: BSCKII. Trịnh Quang Vinh – Bí thư chi bộ, Trưởng khoa."),
            L("- Thư ký: ĐD. Phan Thị Ngọc Ánh – chi ủy viên."),
            H("I. KIỂM ĐIỂM THÁNG 02/2025"),
            P("Đồng chí Bí thư báo cáo: trong tháng khoa tiếp nhận 142 lượt người bệnh, trong đó 37 ca thở máy, 9 ca "
              "lọc máu liên tục; tỷ lệ chuyển tuyến giảm so với tháng 01. Không xảy ra sự cố y khoa nghiêm trọng. "
              "Hạn chế: còn 2 trường hợp viêm phổi liên quan đến thở máy; hồ sơ bệnh án ghi diễn biến ca đêm chưa "
              "đầy đủ; bản đăng ký làm theo Chỉ thị 05-CT/TW của một số đảng viên còn chung chung."),
            H("II. NHIỆM VỤ THÁNG 3/2025"),
            P("Nâng cao chất lượng chăm sóc người bệnh nặng; giảm nhiễm khuẩn bệnh viện; triển khai bệnh án điện tử "
              "theo lộ trình của Bệnh viện; quán triệt tinh thần sắp xếp, tinh gọn tổ chức bộ máy theo Nghị quyết "
              "số 18-NQ/TW; hưởng ứng Tháng Thanh niên."),
            H("III. THẢO LUẬN"),
            P("Đ/c Lê Hoàng Nam: đề nghị làm lại bảng kiểm chăm sóc người bệnh thở máy, dán tại từng giường, vì "
              "bảng cũ dài, ca đêm ít người khó làm đủ."),
            P("Đ/c Vũ Minh Tuấn: điều dưỡng mới về khoa chưa thành thạo máy lọc máu, đề nghị có buổi sinh hoạt "
              "chuyên môn riêng."),
            P("Đ/c Đỗ Văn Khải: vi khuẩn kháng thuốc tăng; đề nghị khoa theo dõi, báo cáo đều để Hội đồng thuốc và "
              "điều trị điều chỉnh phác đồ."),
            P("Đ/c Nguyễn Thị Thu Trang: ủng hộ bệnh án điện tử nhưng máy tính ở buồng bệnh còn thiếu, cần đề xuất "
              "Bệnh viện bổ sung."),
            H("IV. TỔNG HỢP Ý KIẾN (thư ký ghi)"),
            P("Các ý kiến tập trung vào ba vấn đề: quy trình chăm sóc người bệnh thở máy; đào tạo điều dưỡng mới về "
              "lọc máu; theo dõi vi khuẩn kháng thuốc. Một ý kiến đề nghị bổ sung máy tính cho bệnh án điện tử. "
              "Không có ý kiến nào khác với báo cáo của chi ủy."),
            H("V. PHÂN CÔNG THỰC HIỆN"),
            T([(0.07, "TT", "c"), (0.49, "Nội dung", "l"), (0.26, "Người thực hiện", "l"), (0.18, "Thời hạn", "l")],
              [["1", "Làm lại bảng kiểm chăm sóc người bệnh thở máy, dán tại từng giường", "Đ/c Lê Hoàng Nam",
                "Trước 25/3/2025"],
               ["2", "Tổ chức buổi sinh hoạt chuyên môn về lọc máu liên tục cho điều dưỡng mới",
                "Đ/c Phan Thị Ngọc Ánh, đ/c Vũ Minh Tuấn", "Tuần 4 tháng 3"],
               ["3", "Theo dõi, báo cáo tình hình vi khuẩn kháng thuốc tại khoa", "Đ/c Đỗ Văn Khải", "Hằng tuần"],
               ["4", "Lập đề xuất bổ sung máy tính tại buồng bệnh, trình Ban Giám đốc", "Đ/c Nguyễn Thị Thu Trang",
                ""],
               ["5", "Đôn đốc đảng viên viết bản cam kết tu dưỡng, rèn luyện năm 2025", "Chi ủy", "Tháng 3/2025"]]),
            H("VI. BIỂU QUYẾT"),
            P("Chi bộ biểu quyết thông qua chương trình công tác tháng 3/2025: 16/16 đồng chí có mặt tán thành, đạt "
              "100%."),
            P("Đồng chí chủ trì cảm ơn các đồng chí đã tham gia nhiều ý kiến tâm huyết, chúc các đồng chí có những "
              "ca trực an toàn và tuyên bố kết thúc buổi sinh hoạt lúc 17 giờ 50 phút cùng ngày."),
            P("Biên bản được thư ký đọc lại, chi bộ nhất trí thông qua."),
            S(["THƯ KÝ", "", "", "Phan Thị Ngọc Ánh"], ["CHỦ TRÌ", "", "", "Trịnh Quang Vinh"]),
        ],
        "truth": minute(
            meeting("regular", "2025-03-14", "16:00", "17:50", "phòng giao ban Khoa Hồi sức tích cực, tầng 3 nhà B",
                    "CHI BỘ KHOA HỒI SỨC TÍCH CỰC", "ĐẢNG BỘ BỆNH VIỆN ĐA KHOA THANH TRÌ"),
            "Trịnh Quang Vinh", "Bí thư chi bộ", "Phan Thị Ngọc Ánh",
            attendance(17, 16, 1, 1, 0, 0, absentees=[("Đặng Thu Hà", "đi trực cấp cứu ngoại viện", True)]),
            False,
            [vote("Chương trình công tác tháng 3/2025", 16, None, None, 100)],
            [task("Lê Hoàng Nam", "Làm lại bảng kiểm chăm sóc người bệnh thở máy, dán tại từng giường", "25/3/2025"),
             task("Phan Thị Ngọc Ánh", "Tổ chức buổi sinh hoạt chuyên môn về lọc máu liên tục cho điều dưỡng mới",
                  "Tuần 4 tháng 3"),
             task("Vũ Minh Tuấn", "Tổ chức buổi sinh hoạt chuyên môn về lọc máu liên tục cho điều dưỡng mới",
                  "Tuần 4 tháng 3"),
             task("Đỗ Văn Khải", "Theo dõi, báo cáo tình hình vi khuẩn kháng thuốc tại khoa", "Hằng tuần"),
             task("Nguyễn Thị Thu Trang", "Lập đề xuất bổ sung máy tính tại buồng bệnh, trình Ban Giám đốc", None),
             task("Chi ủy", "Đôn đốc đảng viên viết bản cam kết tu dưỡng, rèn luyện năm 2025", "Tháng 3/2025")],
            ["missing_conclusion"]),
    }],
})


# =================================================================================================
# q03 — Hải Phòng, shipyard workshop; a plan of collective items, "chi ủy sẽ … phân công sau"; 80 min.
# =================================================================================================
Q03 = {
    "name": "q03-haiphong-shipyard-collective-plan-80min", "folder": "test",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 20, "spacing": 1.18, "top": 45,
              "bottom": 45, "left": 72, "right": 52, "para_gap": 1},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG TY ĐÓNG TÀU HẢI NAM", "CHI BỘ PHÂN XƯỞNG VỎ TÀU 2", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thủy Nguyên, ngày 22 tháng 11 năm 2024"]),
            G(4),
            C("BIÊN BẢN SINH HOẠT CHI BỘ"),
            C("(Kỳ tháng 11/2024)", bold=False, italic=True),
            G(4),
            L("Thời gian: từ 15h30 đến 16h50 ngày 22/11/2024, sau giờ giao ca."),
            L("Địa điểm: nhà điều hành Phân xưởng Vỏ tàu 2."),
            L("Đảng viên có mặt: 12/13 đồng chí; vắng đ/c Bùi Văn Toản (nghỉ phép năm)."),
            L("Chủ trì: đ/c Nguyễn Văn Sướng, Bí thư chi bộ, Quản đốc phân xưởng. Thư ký: đ/c Phạm Thị Hường."),
            H("1. Tình hình tháng 11"),
            P("Phân xưởng hàn xong tổng đoạn đáy và tổng đoạn mạn tàu hàng 22.500 tấn, đạt 96% kế hoạch; thiếu thép "
              "tấm dày 16 ly nên tổng đoạn mũi chậm khoảng 10 ngày. Không để xảy ra tai nạn lao động; còn 4 lượt "
              "công nhân bị nhắc nhở vì không đeo dây an toàn khi làm việc trên cao. Thu nhập bình quân 11,2 triệu "
              "đồng/người/tháng."),
            H("2. Phương hướng tháng 12/2024"),
            L("- Toàn chi bộ phấn đấu hoàn thành lắp ráp tổng đoạn mũi trước ngày 25/12/2024."),
            L("- Các đảng viên thực hiện tốt nội quy an toàn; 100% công nhân đeo dây an toàn khi làm việc trên cao."),
            L("- Công tác chuẩn bị đại hội chi bộ được triển khai theo hướng dẫn của Đảng ủy Công ty."),
            L("- Việc phân công đảng viên phụ trách các tổ sản xuất: chi ủy sẽ họp và phân công sau."),
            H("3. Ý kiến"),
            P("Đ/c Vũ Đình Lực (tổ trưởng tổ hàn 3) đề nghị phòng vật tư cấp thép đúng tiến độ, nếu không tổ hàn "
              "phải làm thêm cả Chủ nhật. Đ/c Hoàng Thị Yến hỏi làm thêm có được tính lương làm thêm giờ không; đ/c "
              "Quản đốc trả lời: có, theo quy chế của Công ty."),
            P("Nghe xong các ý kiến, đồng chí chủ trì thống nhất lại: phân xưởng giữ tiến độ tổng đoạn mũi, không để "
              "chậm thêm vì vật tư; khi cần thì tăng ca ngày thứ Bảy, trả lương làm thêm đầy đủ; ai không đeo dây an "
              "toàn trên cao thì đình chỉ ngay ca làm việc."),
            P("Chi bộ nhất trí 100% với kết luận trên."),
            P("Cuộc họp kết thúc 16h50. Biên bản đọc lại, 12/12 đồng chí có mặt nhất trí thông qua."),
            S(["THƯ KÝ", "", "Phạm Thị Hường"], ["BÍ THƯ CHI BỘ", "", "Nguyễn Văn Sướng"]),
        ],
        "truth": minute(
            meeting("regular", "2024-11-22", "15:30", "16:50", "nhà điều hành Phân xưởng Vỏ tàu 2",
                    "CHI BỘ PHÂN XƯỞNG VỎ TÀU 2", "ĐẢNG BỘ CÔNG TY ĐÓNG TÀU HẢI NAM"),
            "Nguyễn Văn Sướng", "Bí thư chi bộ", "Phạm Thị Hường",
            attendance(13, 12, 1, 1, 0, 0, absentees=[("Bùi Văn Toản", "nghỉ phép năm", True)]),
            True,
            [vote("Kết luận của chủ trì", None, None, None, 100)],
            [],
            ["missing_assignments", "short_meeting"]),
    }],
    "scans": [{"name": "q13-haiphong-shipyard-scan-photocopy", "folder": "test", "damage": "photocopy",
               "seed": 9313, "dpi": 250}],
}
DOCS.append(Q03)


# =================================================================================================
# q04 — Thanh Hóa, upper-secondary school; thematic; the deputy sums up after a page break.
# =================================================================================================
DOCS.append({
    "name": "q04-thanhhoa-school-thematic-deputy-summing-up-p2", "folder": "test",
    "style": {"family": "dejavu", "size": 12, "justify": True, "indent": 24, "spacing": 1.3, "head": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ THỊ TRẤN NGA SƠN", "CHI BỘ TRƯỜNG THPT BA ĐÌNH", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nga Sơn, ngày 19 tháng 9 năm 2024"]),
            G(8),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHUYÊN ĐỀ QUÝ III NĂM 2024"),
            C("Chuyên đề: Đảng viên là nhà giáo nêu gương trong đổi mới phương pháp dạy học theo Chương trình giáo "
              "dục phổ thông 2018", bold=False, italic=True),
            G(6),
            H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            P("Vào lúc 14 giờ 00 phút ngày 19 tháng 9 năm 2024, tại phòng họp Hội đồng sư phạm Trường THPT Ba Đình, "
              "Chi bộ tổ chức sinh hoạt chuyên đề quý III năm 2024."),
            P("Đảng viên của chi bộ: 26 đồng chí (chính thức 24, dự bị 02). Có mặt: 25 đồng chí. Vắng mặt 01 đồng "
              "chí: đồng chí Mai Xuân Hùng, Bí thư chi bộ, Hiệu trưởng (đi tập huấn tại Sở Giáo dục và Đào tạo, có "
              "báo cáo)."),
            P("Chủ trì: đồng chí Lê Thị Thanh Hương, Phó Bí thư chi bộ, Phó Hiệu trưởng. Thư ký: đồng chí Trịnh Văn "
              "Toàn."),
            H("II. NỘI DUNG"),
            H("1. Trình bày chuyên đề", italic=True),
            P("Đồng chí Hoàng Thị Minh Nguyệt, chi ủy viên, Tổ trưởng Tổ Hóa – Sinh, trình bày chuyên đề. Sau hai "
              "năm thực hiện Chương trình 2018 ở lớp 10 và lớp 11, phần lớn giáo viên đảng viên đã chuyển từ giảng "
              "giải sang tổ chức hoạt động cho học sinh; nhiều tiết dạy dùng dự án, thí nghiệm, học ngoài lớp. Tuy "
              "vậy, kiểm tra, đánh giá còn nặng ghi nhớ; một số đồng chí lớn tuổi ngại ứng dụng công nghệ thông "
              "tin; sinh hoạt tổ chuyên môn theo nghiên cứu bài học chưa đều. Chuyên đề đề xuất mỗi đảng viên đăng "
              "ký ít nhất một việc cụ thể để nêu gương trong năm học 2024 – 2025."),
            H("2. Thảo luận", italic=True),
            P("Đồng chí Nguyễn Đình Khang (Tổ trưởng Tổ Toán): đồng tình với chuyên đề; đề nghị mỗi tổ làm mẫu vài "
              "giờ dạy để giáo viên trẻ dự, rút kinh nghiệm, thay vì chỉ viết bản đăng ký."),
            P("Đồng chí Vũ Thị Loan (Tổ trưởng Tổ Ngữ văn): đề thi theo định dạng mới từ năm 2025 không lấy ngữ liệu "
              "trong sách giáo khoa, nên giáo viên Ngữ văn phải đổi cách dạy đọc hiểu ngay từ lớp 10."),
            P("Đồng chí Lê Anh Tú (Bí thư Đoàn trường): học sinh thích các tiết học trải nghiệm; Đoàn trường có thể "
              "tổ chức diễn đàn về tấm gương thầy cô."),
            P("Đồng chí Phạm Văn Quý: thiết bị ở phòng thực hành Vật lý hỏng nhiều, khó dạy theo hướng thực hành; "
              "đề nghị nhà trường sửa chữa."),
            ("page_break",),
            H("III. ĐỒNG CHÍ PHÓ BÍ THƯ ĐÚC KẾT CHUYÊN ĐỀ"),
            P("Thay mặt chi ủy, đồng chí Lê Thị Thanh Hương ghi nhận chuyên đề được chuẩn bị công phu, các ý kiến "
              "thảo luận thẳng thắn, sát thực tế, và đúc kết:"),
            P("a) Chi bộ thống nhất nội dung chuyên đề; việc nêu gương của đảng viên là nhà giáo phải thể hiện bằng "
              "giờ dạy, bằng kết quả học tập của học sinh, không dừng ở bản đăng ký."),
            P("b) Mỗi đảng viên đăng ký một việc làm cụ thể, gửi chi ủy trong tháng 9; kết quả đưa vào đánh giá, xếp "
              "loại đảng viên cuối năm."),
            P("c) Tổ chuyên môn lấy nghiên cứu bài học làm trọng tâm sinh hoạt; đổi cách ra đề kiểm tra theo hướng "
              "đánh giá năng lực."),
            P("d) Về thiết bị phòng thực hành, chi bộ kiến nghị Ban Giám hiệu sớm có phương án sửa chữa trong học "
              "kỳ I."),
            H("IV. TỔ CHỨC THỰC HIỆN"),
            P("- Đồng chí Hoàng Thị Minh Nguyệt có trách nhiệm hoàn thiện bản chuyên đề sau khi tiếp thu ý kiến, gửi "
              "Đảng ủy thị trấn trước ngày 30/9/2024."),
            P("- Đồng chí Nguyễn Đình Khang và đồng chí Vũ Thị Loan được phân công xây dựng mỗi tổ 02 giờ dạy minh "
              "họa theo hướng phát triển năng lực, tổ chức dự giờ trong học kỳ I."),
            P("- Giao Đoàn trường tổ chức diễn đàn “Thầy cô – tấm gương sáng” trong tháng 11/2024, hướng tới Ngày Nhà "
              "giáo Việt Nam."),
            P("- Đồng chí Trịnh Văn Toàn tổng hợp bản đăng ký của đảng viên, báo cáo chi ủy tại kỳ sinh hoạt tháng "
              "10."),
            H("V. BIỂU QUYẾT"),
            P("Tán thành: 25/25 đồng chí (100%); không tán thành: 0; không biểu quyết: 0."),
            P("Buổi sinh hoạt chuyên đề kết thúc lúc 16 giờ 10 phút cùng ngày. Biên bản đã được thông qua trước chi "
              "bộ."),
            S(["THƯ KÝ", "", "", "Trịnh Văn Toàn"], ["T/M CHI BỘ", "PHÓ BÍ THƯ", "", "Lê Thị Thanh Hương"]),
        ],
        "truth": minute(
            meeting("thematic", "2024-09-19", "14:00", "16:10", "phòng họp Hội đồng sư phạm Trường THPT Ba Đình",
                    "CHI BỘ TRƯỜNG THPT BA ĐÌNH", "ĐẢNG BỘ THỊ TRẤN NGA SƠN",
                    topic="Đảng viên là nhà giáo nêu gương trong đổi mới phương pháp dạy học theo Chương trình giáo "
                          "dục phổ thông 2018"),
            "Lê Thị Thanh Hương", "Phó Bí thư chi bộ", "Trịnh Văn Toàn",
            attendance(26, 25, 1, 1, 0, 0,
                       absentees=[("Mai Xuân Hùng", "đi tập huấn tại Sở Giáo dục và Đào tạo, có báo cáo", True)]),
            True,
            [vote("Nội dung chuyên đề và ý kiến đúc kết", 25, 0, 0, 100)],
            [task("Hoàng Thị Minh Nguyệt", "hoàn thiện bản chuyên đề sau khi tiếp thu ý kiến, gửi Đảng ủy thị trấn",
                  "30/9/2024"),
             task("Nguyễn Đình Khang", "xây dựng mỗi tổ 02 giờ dạy minh họa theo hướng phát triển năng lực, tổ chức "
                  "dự giờ", "học kỳ I"),
             task("Vũ Thị Loan", "xây dựng mỗi tổ 02 giờ dạy minh họa theo hướng phát triển năng lực, tổ chức dự "
                  "giờ", "học kỳ I"),
             task("Đoàn trường", "tổ chức diễn đàn “Thầy cô – tấm gương sáng”", "tháng 11/2024"),
             task("Trịnh Văn Toàn", "tổng hợp bản đăng ký của đảng viên, báo cáo chi ủy", "kỳ sinh hoạt tháng 10")],
            []),
    }],
})


# =================================================================================================
# q05 — Quảng Bình, commune police; "kết luận" only in other senses; the chair "ghi nhận"; never read back.
# =================================================================================================
Q05 = {
    "name": "q05-quangbinh-commune-police-noted-not-approved", "folder": "test",
    "style": {"family": "sans", "size": 11.5, "justify": False, "indent": 18, "spacing": 1.22, "top": 48,
              "bottom": 48, "left": 68, "right": 52, "para_gap": 1.5},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ QUẢNG TÙNG", "CHI BỘ CÔNG AN XÃ", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Quảng Tùng, ngày 05 tháng 6 năm 2024"]),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 6/2024", size=12.5),
            G(4),
            P("Hôm nay, hồi 07 giờ 30 phút ngày 05/6/2024, tại hội trường Công an xã Quảng Tùng, Chi bộ Công an xã "
              "tổ chức sinh hoạt thường kỳ tháng 6."),
            P("Quân số đảng viên: 09/09 đồng chí có mặt. Chủ trì: Thiếu tá Hồ Văn Lương, Bí thư chi bộ, Trưởng Công "
              "an xã. Thư ký: Thượng úy Trần Thị Kim Oanh."),
            H("1. Quán triệt, thông tin"),
            P("Đồng chí Bí thư quán triệt Kết luận số 21-KL/TW của Hội nghị Trung ương 4 khóa XIII về đẩy mạnh xây "
              "dựng, chỉnh đốn Đảng; thông báo kết luận thanh tra của Công an tỉnh về công tác đăng ký, quản lý cư "
              "trú tại xã (còn 17 hồ sơ chậm cập nhật vào cơ sở dữ liệu quốc gia); phổ biến kết luận của Đảng ủy "
              "xã tại hội nghị ngày 28/5 về bảo đảm an ninh trật tự mùa du lịch biển."),
            H("2. Kết quả tháng 5"),
            P("Tiếp nhận, giải quyết 46 hồ sơ cư trú; kích hoạt 212 tài khoản định danh điện tử mức 2; xử lý 3 vụ "
              "đánh nhau, 1 vụ trộm cắp tài sản ở thôn Thọ Đơn. Không để xảy ra tai nạn giao thông nghiêm trọng."),
            H("3. Ý kiến đảng viên"),
            L("- Đại úy Nguyễn Hữu Phước: mùa du lịch biển khách đông, đề nghị bố trí thêm người trực đêm ở khu vực "
              "bãi tắm."),
            L("- Trung úy Đoàn Minh Khôi: hỏi chế độ của các đồng chí công an viên khi chuyển sang lực lượng tham gia "
              "bảo vệ an ninh, trật tự ở cơ sở từ ngày 01/7/2024."),
            L("- Thượng úy Lê Văn Sáng: đề xuất mua thêm 04 bộ đàm vì máy cũ hỏng, mất liên lạc khi tuần tra ven "
              "biển."),
            P("Đồng chí chủ trì ghi nhận các ý kiến. Những nội dung về chế độ và kinh phí mua sắm, chi bộ sẽ báo cáo "
              "Đảng ủy xã, Công an huyện xin ý kiến và trả lời các đồng chí tại kỳ sinh hoạt tháng 7."),
            H("4. Nhiệm vụ tháng 6"),
            P("Giao Đại úy Nguyễn Hữu Phước phụ trách hoàn thiện 17 hồ sơ cư trú theo kết luận thanh tra, xong trước "
              "ngày 20/6/2024. Trung úy Đoàn Minh Khôi theo dõi địa bàn thôn Thọ Đơn, báo cáo chi bộ hằng tuần. Các "
              "đồng chí còn lại tham gia tuần tra theo lịch trực của đơn vị."),
            P("Chi bộ biểu quyết thông qua nhiệm vụ tháng 6: 09/09 đồng chí tán thành."),
            P("Buổi sinh hoạt kết thúc lúc 09 giờ 15 phút."),
            S(["THƯ KÝ", "", "Trần Thị Kim Oanh"], ["BÍ THƯ", "", "Hồ Văn Lương"]),
        ],
        "truth": minute(
            meeting("regular", "2024-06-05", "07:30", "09:15", "hội trường Công an xã Quảng Tùng",
                    "CHI BỘ CÔNG AN XÃ", "ĐẢNG BỘ XÃ QUẢNG TÙNG"),
            "Hồ Văn Lương", "Bí thư chi bộ", "Trần Thị Kim Oanh",
            attendance(9, 9, 0, 0, 0, 0),
            False,
            [vote("Nhiệm vụ tháng 6/2024", 9, None, None, None)],
            [task("Nguyễn Hữu Phước", "phụ trách hoàn thiện 17 hồ sơ cư trú theo kết luận thanh tra", "20/6/2024"),
             task("Đoàn Minh Khôi", "theo dõi địa bàn thôn Thọ Đơn, báo cáo chi bộ", "hằng tuần")],
            ["missing_conclusion", "not_approved"]),
    }],
    "scans": [{"name": "q14-quangbinh-police-scan-moderate", "folder": "test", "damage": "moderate",
               "seed": 9314, "dpi": 200}],
}
DOCS.append(Q05)


# =================================================================================================
# q06 — Quảng Ngãi, Hrê village; a minute BOOK, April–August 2024 (June missing, no thematic in Q2,
# one member absent without reason three times).
# =================================================================================================
_SIGN6 = S(["THƯ KÝ", "", "Nguyễn Thị Hạnh"], ["BÍ THƯ", "", "Đinh Văn Pho"])
_CELL6, _COMM6, _LOC6 = "CHI BỘ THÔN HỒ LAY", "ĐẢNG BỘ XÃ BA THÀNH", "nhà sinh hoạt cộng đồng thôn Hồ Lay"

DOCS.append({
    "name": "q06-quangngai-hre-village-book-apr-aug-2024", "folder": "test",
    "style": {"family": "dejavu", "size": 11, "justify": True, "indent": 20, "spacing": 1.25, "left": 72,
              "right": 55, "head": "Sổ biên bản sinh hoạt Chi bộ thôn Hồ Lay – năm 2024", "head_align": "right",
              "foot": "- {n} -", "top": 58},
    "between": 24,
    "flags": ["missing_month", "no_thematic_in_quarter", "repeated_absence"],
    "minutes": [
        # 1 — April
        {"blocks": [
            HD(["ĐẢNG BỘ XÃ BA THÀNH", "CHI BỘ THÔN HỒ LAY", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Ba Thành, ngày 06 tháng 4 năm 2024"]),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 4 NĂM 2024"),
            G(4),
            P("Hôm nay, ngày 06/4/2024, lúc 7 giờ 30 phút, tại nhà sinh hoạt cộng đồng thôn Hồ Lay, Chi bộ thôn Hồ "
              "Lay sinh hoạt thường kỳ tháng 4."),
            P("Đảng viên: 17 đồng chí, miễn sinh hoạt 01 (đ/c Đinh Thị Bền). Có mặt 15/16. Vắng 01: đ/c Phạm Văn "
              "Giói, không lý do."),
            P("Chủ trì: đ/c Đinh Văn Pho, Bí thư chi bộ. Thư ký: đ/c Nguyễn Thị Hạnh."),
            L("a) Thông tin: đồng chí Bí thư thông tin về kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (7/5/1954 – "
              "7/5/2024); Kế hoạch của Đảng ủy xã về phòng, chống cháy rừng mùa khô năm 2024."),
            L("b) Kết quả tháng 3: thôn khai thác 14 ha keo, giá bán 1,1 triệu đồng/tấn; 27 cháu trong độ tuổi đã "
              "tiêm chủng đủ mũi; 2 hộ làm nhà mới theo chương trình xóa nhà tạm. Hạn chế: còn để xảy ra 1 vụ đốt "
              "thực bì gây cháy lan 0,3 ha keo của hộ bên cạnh."),
            L("c) Nhiệm vụ tháng 4: trồng lại keo trên đất đã khai thác; phòng chống cháy rừng; tiêm chủng mở rộng; "
              "giữ vệ sinh nguồn nước."),
            L("d) Ý kiến:"),
            P("+ Đ/c Phạm Văn Bông (Trưởng thôn): cây keo giống năm nay được hỗ trợ 50%, các hộ cần đăng ký sớm để "
              "kịp trồng đầu mùa mưa."),
            P("+ Đ/c Đinh Thị Miên: chị em còn ngại đưa con đi tiêm vì sợ sốt; đề nghị trạm y tế về tận thôn tuyên "
              "truyền."),
            P("+ Đ/c Huỳnh Văn Sơn: đồng chí Giói vắng họp không báo, chi bộ cần gặp tìm hiểu lý do."),
            L("e) Sau khi nghe ý kiến, chủ trì thống nhất như sau:"),
            P("Tháng 4 chi bộ tập trung cho việc trồng lại keo và phòng cháy rừng. Đồng chí Phạm Văn Bông phụ trách "
              "tổng hợp danh sách hộ đăng ký cây giống, nộp Ủy ban nhân dân xã trước ngày 15/4. Tổ 1 và Tổ 3 làm "
              "đường băng cản lửa dọc khu rừng keo giáp đồi Cà Đam trong tháng 4. Chi hội Phụ nữ thôn có trách "
              "nhiệm vận động chị em đưa trẻ đi tiêm chủng đầy đủ, thường xuyên. Đồng chí Đinh Văn Pho trực tiếp "
              "gặp đồng chí Phạm Văn Giói trước kỳ họp tháng 5."),
            L("Biểu quyết: 15/15 đồng chí tán thành."),
            L("Họp xong lúc 9 giờ 30. Biên bản đọc lại, chi bộ nhất trí thông qua."),
            _SIGN6,
        ],
         "truth": minute(
             meeting("regular", "2024-04-06", "07:30", "09:30", _LOC6, _CELL6, _COMM6),
             "Đinh Văn Pho", "Bí thư chi bộ", "Nguyễn Thị Hạnh",
             attendance(17, 15, 1, 0, 1, 1, absentees=[("Phạm Văn Giói", "không lý do", False)]),
             True,
             [vote("Nhiệm vụ tháng 4/2024", 15, None, None, None)],
             [task("Phạm Văn Bông", "phụ trách tổng hợp danh sách hộ đăng ký cây giống, nộp Ủy ban nhân dân xã",
                   "15/4"),
              task("Tổ 1", "làm đường băng cản lửa dọc khu rừng keo giáp đồi Cà Đam", "tháng 4"),
              task("Tổ 3", "làm đường băng cản lửa dọc khu rừng keo giáp đồi Cà Đam", "tháng 4"),
              task("Chi hội Phụ nữ thôn", "vận động chị em đưa trẻ đi tiêm chủng đầy đủ", "thường xuyên"),
              task("Đinh Văn Pho", "trực tiếp gặp đồng chí Phạm Văn Giói", "kỳ họp tháng 5")],
             ["unexcused_absence"])},
        # 2 — May: an empty conclusion heading
        {"blocks": [
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 5 NĂM 2024"),
            G(4),
            P("Thời gian: 7 giờ 30 phút, ngày 04/5/2024. Địa điểm: nhà sinh hoạt cộng đồng thôn Hồ Lay."),
            P("Đảng viên: 17, miễn sinh hoạt 01. Có mặt 13/16. Vắng 03: đ/c Đinh Văn Tạo (đi làm thuê ở Bình Dương, "
              "có xin phép), đ/c Đinh Thị Miên (ốm), đ/c Phạm Văn Giói (vắng không có lý do)."),
            P("Chủ trì: đ/c Đinh Văn Pho, Bí thư chi bộ. Thư ký: đ/c Nguyễn Thị Hạnh."),
            L("1. Thông tin: đồng chí Bí thư phổ biến Chỉ thị của Ban Thường vụ Huyện ủy về phòng, chống tảo hôn và "
              "hôn nhân cận huyết thống trong vùng đồng bào dân tộc thiểu số; lịch ra quân trồng rừng của xã."),
            L("2. Kết quả tháng 4: 41 hộ đã đăng ký 68.000 cây keo giống; Tổ 1 và Tổ 3 làm xong 1,2 km đường băng "
              "cản lửa; không xảy ra cháy rừng. Đồng chí Bí thư đã hai lần đến nhà đồng chí Giói nhưng đồng chí đi "
              "rẫy, chưa gặp được."),
            L("3. Nhiệm vụ tháng 5: nhận cây giống và trồng keo khi có mưa; làm thủy lợi nhỏ cho ruộng lúa hè thu; "
              "vận động con em đi học đầy đủ đến hết năm học."),
            L("4. Ý kiến thảo luận:"),
            P("+ Đ/c Phạm Thị Hrét: mương dẫn nước vào ruộng Đồng Nà bị bồi lấp, cần làm trước khi xuống giống hè "
              "thu."),
            P("+ Đ/c Phạm Văn Xoan: đề nghị chi bộ xem xét việc đồng chí Giói vắng họp liên tục; nếu tháng sau vẫn "
              "vắng thì phải đưa ra kiểm điểm."),
            L("5. Kết luận của đồng chí chủ trì:"),
            L("6. Biểu quyết: chi bộ nhất trí với phương hướng nhiệm vụ tháng 5, 13/13 đồng chí tán thành."),
            L("7. Phân công:"),
            P("– Đ/c Phạm Văn Xoan: theo dõi việc nhận và phân phối cây giống cho các hộ, xong trước 20/5."),
            P("– Tổ 2: nạo vét mương Đồng Nà, xong trong tuần đầu tháng 5."),
            P("– Đ/c Nguyễn Thị Hạnh (giáo viên): nắm danh sách học sinh có nguy cơ bỏ học, cùng nhà trường vận "
              "động, báo cáo chi bộ kỳ họp tháng 6."),
            L("Họp xong 9 giờ 20. Biên bản được đọc lại và thông qua."),
            _SIGN6,
        ],
         "truth": minute(
             meeting("regular", "2024-05-04", "07:30", "09:20", _LOC6, _CELL6, _COMM6),
             "Đinh Văn Pho", "Bí thư chi bộ", "Nguyễn Thị Hạnh",
             attendance(17, 13, 3, 2, 1, 1,
                        absentees=[("Đinh Văn Tạo", "đi làm thuê ở Bình Dương, có xin phép", True),
                                   ("Đinh Thị Miên", "ốm", True),
                                   ("Phạm Văn Giói", "vắng không có lý do", False)]),
             False,
             [vote("Phương hướng nhiệm vụ tháng 5/2024", 13, None, None, None)],
             [task("Phạm Văn Xoan", "theo dõi việc nhận và phân phối cây giống cho các hộ", "20/5"),
              task("Tổ 2", "nạo vét mương Đồng Nà", "tuần đầu tháng 5"),
              task("Nguyễn Thị Hạnh", "nắm danh sách học sinh có nguy cơ bỏ học, cùng nhà trường vận động",
                   "kỳ họp tháng 6")],
             ["low_attendance", "missing_conclusion", "unexcused_absence"])},
        # 3 — July (June skipped): no named opinion, nothing voted
        {"blocks": [
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 7 NĂM 2024"),
            C("(Tháng 6/2024 chi bộ không họp do đảng viên đi trồng keo trên rẫy xa.)", bold=False, italic=True,
              size=10),
            G(4),
            P("Hôm nay, 19 giờ 00 ngày 05/7/2024, tại nhà sinh hoạt cộng đồng thôn Hồ Lay, chi bộ họp thường kỳ tháng "
              "7. Có mặt 16/16 đảng viên phải dự (01 đồng chí miễn sinh hoạt). Đ/c Đinh Văn Pho, Bí thư chi bộ, chủ "
              "trì; đ/c Nguyễn Thị Hạnh ghi biên bản."),
            L("a) Đồng chí Bí thư báo cáo tình hình tháng 5, tháng 6 và nhiệm vụ tháng 7: đã trồng lại 12,5 ha keo; "
              "lúa hè thu sinh trưởng tốt; 3 học sinh của thôn trúng tuyển vào Trường Phổ thông Dân tộc nội trú "
              "huyện; đồng chí Phạm Văn Giói đã đến gặp chi ủy, trình bày hoàn cảnh và hứa sinh hoạt đều. Tháng 7 "
              "tập trung chăm sóc keo mới trồng, phòng chống mưa bão đầu mùa, kỷ niệm 77 năm Ngày Thương binh – "
              "Liệt sĩ; thu đảng phí quý III ngay trong tháng, không để dồn như quý II. Đường vào khu sản xuất "
              "Nước Lăng sạt một đoạn, thôn đã huy động bà con làm tạm."),
            L("b) Chi bộ thống nhất với báo cáo, không có ý kiến khác."),
            L("c) Đồng chí Bí thư kết luận: chi bộ thống nhất nội dung báo cáo; giao đồng chí Phạm Văn Bông cùng Ban "
              "nhân dân thôn tổ chức thăm, tặng quà 6 gia đình thương binh, liệt sĩ trước ngày 27/7; Tổ 2 kiểm tra, "
              "chằng chống nhà cửa cho các hộ già neo đơn trước mùa mưa bão."),
            L("Kỳ này đồng chí Phạm Văn Giói có mặt và đã nộp đủ đảng phí các tháng còn nợ."),
            L("Buổi họp kết thúc lúc 20 giờ 45. Biên bản đọc lại, chi bộ nhất trí."),
            _SIGN6,
        ],
         "truth": minute(
             meeting("regular", "2024-07-05", "19:00", "20:45", _LOC6, _CELL6, _COMM6),
             "Đinh Văn Pho", "Bí thư chi bộ", "Nguyễn Thị Hạnh",
             attendance(17, 16, 0, 0, 0, 1),
             True,
             [],
             [task("Phạm Văn Bông", "tổ chức thăm, tặng quà 6 gia đình thương binh, liệt sĩ", "27/7"),
              task("Tổ 2", "kiểm tra, chằng chống nhà cửa cho các hộ già neo đơn", "mùa mưa bão")],
             ["missing_vote", "no_discussion"])},
        # 4 — July thematic, 75 min, only general calls
        {"blocks": [
            C("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ QUÝ III/2024"),
            C("Chuyên đề: Phòng, chống tảo hôn và hôn nhân cận huyết thống trong đồng bào Hrê", bold=False,
              italic=True),
            G(4),
            P("Thời gian: từ 19 giờ 30 đến 20 giờ 45, ngày 28/7/2024. Địa điểm: nhà sinh hoạt cộng đồng thôn Hồ Lay. "
              "Có mặt 15/16 đảng viên phải dự; vắng đ/c Đinh Văn Tạo (đi làm ăn xa). Chủ trì: đ/c Đinh Văn Pho, Bí "
              "thư chi bộ; thư ký: đ/c Nguyễn Thị Hạnh."),
            P("Đồng chí Đinh Thị Miên, Chi hội trưởng Chi hội Phụ nữ thôn, trình bày chuyên đề: từ năm 2022 đến nay "
              "thôn có 4 cặp tảo hôn, một cặp cưới khi cô dâu mới 15 tuổi; nguyên nhân chủ yếu do tập quán, do các "
              "em bỏ học sớm đi làm rẫy, cha mẹ chưa hiểu luật. Hậu quả: trẻ sinh ra nhẹ cân, suy dinh dưỡng; các em "
              "mất cơ hội học tập."),
            L("Ý kiến tham gia:"),
            P("+ Đ/c Phạm Văn Xoan (Chi hội trưởng Người cao tuổi): già làng, người có uy tín phải nói trước, vì bà "
              "con nghe lời già làng hơn nghe cán bộ."),
            P("+ Đ/c Nguyễn Thị Hạnh: học sinh bỏ học nhiều nhất vào mùa tỉa lúa; nhà trường cần báo ngay cho thôn "
              "để vận động các em trở lại lớp."),
            P("Đồng chí Bí thư đúc kết chuyên đề:"),
            P("1. Chi bộ thống nhất nội dung chuyên đề; tảo hôn là việc phải giải quyết lâu dài, vận động là chính."),
            P("2. Các đảng viên gương mẫu, không để con em trong gia đình mình tảo hôn; toàn chi bộ phấn đấu từ nay "
              "đến cuối năm 2025 không để phát sinh trường hợp mới."),
            P("3. Các đoàn thể tiếp tục tuyên truyền trong các buổi sinh hoạt; đề nghị Ủy ban nhân dân xã đưa nội "
              "dung này vào buổi họp thôn quý IV."),
            L("Chi bộ nhất trí 100% với nội dung chuyên đề và ý kiến đúc kết."),
            L("Kết thúc lúc 20 giờ 45. Biên bản đã thông qua."),
            _SIGN6,
        ],
         "truth": minute(
             meeting("thematic", "2024-07-28", "19:30", "20:45", _LOC6, _CELL6, _COMM6,
                     topic="Phòng, chống tảo hôn và hôn nhân cận huyết thống trong đồng bào Hrê"),
             "Đinh Văn Pho", "Bí thư chi bộ", "Nguyễn Thị Hạnh",
             attendance(17, 15, 1, 1, 0, 1, absentees=[("Đinh Văn Tạo", "đi làm ăn xa", True)]),
             True,
             [vote("Nội dung chuyên đề và ý kiến đúc kết", None, None, None, 100)],
             [],
             ["missing_assignments", "short_meeting"])},
        # 5 — August: the chair thanks and closes
        {"blocks": [
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 8 NĂM 2024"),
            G(4),
            P("Thời gian: 7 giờ 30 phút ngày 04/8/2024. Địa điểm: nhà sinh hoạt cộng đồng thôn Hồ Lay."),
            P("Có mặt 15/16 đồng chí phải dự (miễn sinh hoạt 01). Vắng: đ/c Phạm Văn Giói, không lý do. Đây là lần "
              "thứ ba trong năm đồng chí vắng sinh hoạt không lý do."),
            P("Chủ trì: đ/c Đinh Văn Pho, Bí thư chi bộ. Thư ký: đ/c Nguyễn Thị Hạnh. Dự họp có đồng chí Lê Công Trứ, "
              "Đảng ủy viên phụ trách thôn."),
            L("1. Đồng chí Bí thư thông báo: đồng chí Tổng Bí thư Nguyễn Phú Trọng từ trần ngày 19/7/2024, chi bộ đã "
              "tổ chức cho đảng viên viếng tại hội trường xã; Hội nghị Trung ương ngày 03/8/2024 bầu đồng chí Tô "
              "Lâm giữ chức Tổng Bí thư."),
            L("2. Kết quả tháng 7: đã thăm, tặng quà 6 gia đình thương binh, liệt sĩ; chằng chống 4 nhà hộ già neo "
              "đơn; keo mới trồng sống trên 90%."),
            L("3. Nhiệm vụ tháng 8: chuẩn bị năm học mới, vận động 100% trẻ trong độ tuổi đến trường; chăm sóc lúa "
              "hè thu; phòng chống mưa bão; xem xét trường hợp đồng chí Phạm Văn Giói."),
            L("4. Thảo luận:"),
            P("+ Đ/c Huỳnh Văn Sơn: đồng chí Giói đã ba lần vắng không lý do, đề nghị chi bộ lập hồ sơ báo cáo Đảng "
              "ủy xã xem xét theo quy định."),
            P("+ Đ/c Phạm Thị Hrét: nhiều gia đình chưa mua đủ sách vở cho con, đề nghị vận động nhà hảo tâm hỗ "
              "trợ."),
            P("+ Đồng chí Lê Công Trứ đề nghị chi bộ làm đúng quy trình khi xem xét đảng viên vi phạm: gặp gỡ, nghe "
              "đồng chí trình bày trước khi đề nghị hình thức xử lý."),
            L("5. Phân công:"),
            T([(0.08, "TT", "c"), (0.50, "Công việc", "l"), (0.24, "Người đảm nhận", "l"), (0.18, "Thời gian", "l")],
              [["1", "Lập danh sách trẻ vào lớp 1, lớp 6, vận động ra lớp đủ", "Đ/c Nguyễn Thị Hạnh",
                "Trước 05/9/2024"],
               ["2", "Vận động quà, sách vở cho học sinh nghèo", "Chi hội Phụ nữ thôn", "Tháng 8/2024"],
               ["3", "Gặp đồng chí Phạm Văn Giói, lập hồ sơ báo cáo Đảng ủy xã", "Chi ủy", "Kỳ họp tháng 9"]]),
            L("6. Chi bộ biểu quyết thông qua nhiệm vụ tháng 8: 15/15 đồng chí nhất trí."),
            P("Đồng chí chủ trì cảm ơn đồng chí Lê Công Trứ đã dự và góp ý, cảm ơn các đồng chí đảng viên đã tham "
              "gia ý kiến, rồi tuyên bố bế mạc buổi sinh hoạt lúc 9 giờ 15 phút."),
            L("Biên bản đã được đọc lại, chi bộ nhất trí thông qua."),
            _SIGN6,
        ],
         "truth": minute(
             meeting("regular", "2024-08-04", "07:30", "09:15", _LOC6, _CELL6, _COMM6),
             "Đinh Văn Pho", "Bí thư chi bộ", "Nguyễn Thị Hạnh",
             attendance(17, 15, 1, 0, 1, 1, absentees=[("Phạm Văn Giói", "không lý do", False)],
                        guests=[("Lê Công Trứ", "Đảng ủy viên phụ trách thôn")]),
             False,
             [vote("Nhiệm vụ tháng 8/2024", 15, None, None, None)],
             [task("Nguyễn Thị Hạnh", "Lập danh sách trẻ vào lớp 1, lớp 6, vận động ra lớp đủ", "05/9/2024"),
              task("Chi hội Phụ nữ thôn", "Vận động quà, sách vở cho học sinh nghèo", "Tháng 8/2024"),
              task("Chi ủy", "Gặp đồng chí Phạm Văn Giói, lập hồ sơ báo cáo Đảng ủy xã", "Kỳ họp tháng 9")],
             ["missing_conclusion", "unexcused_absence"])},
    ],
})


# =================================================================================================
# q07 — Khánh Hòa, army company; "Bí thư chi bộ chốt lại" with the tasks in its points.
# =================================================================================================
Q07 = {
    "name": "q07-khanhhoa-army-company-chot-lai-clean", "folder": "test",
    "style": {"family": "serif", "size": 12.5, "justify": True, "indent": 22, "spacing": 1.2, "top": 48,
              "bottom": 48, "left": 75, "right": 52, "para_gap": 1},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG ỦY TIỂU ĐOÀN 8", "CHI BỘ ĐẠI ĐỘI 3", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Cam Ranh, ngày 03 tháng 4 năm 2025"]),
            G(6),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ THÁNG 4 NĂM 2025"),
            G(4),
            L("1. Thời gian: 19 giờ 00 đến 20 giờ 45, thứ Năm, ngày 03/4/2025."),
            L("2. Địa điểm: hội trường Đại đội 3."),
            L("3. Quân số: tổng số đảng viên 11; có mặt 10; vắng 01 (Trung úy Phạm Đức Long – đi học bồi dưỡng tại "
              "Trường Quân sự Quân khu 5)."),
            L("4. Chủ trì: Đại úy Võ Thành Nhân – Bí thư chi bộ, Chính trị viên đại đội; thư ký: Thượng sĩ Lý Văn "
              "Đức."),
            L("5. Nội dung:"),
            P("a) Thông báo tình hình: quán triệt chỉ thị của Đảng ủy Tiểu đoàn về bảo đảm an toàn dịp kỷ niệm 50 năm "
              "Ngày Giải phóng miền Nam, thống nhất đất nước; kế hoạch huấn luyện quý II."),
            P("b) Đánh giá tháng 3: đơn vị duy trì nghiêm chế độ trực sẵn sàng chiến đấu; kiểm tra bắn súng tiểu "
              "liên AK bài 1 đạt 92%, còn 3 chiến sĩ mới không đạt; quản lý vũ khí, trang bị chặt chẽ. Hạn chế: vệ "
              "sinh khu nhà ăn chưa thường xuyên; 02 chiến sĩ về muộn sau ngày nghỉ."),
            P("c) Ý kiến: Thượng úy Đinh Công Bằng (Đại đội trưởng) đề nghị tổ chức bắn bù cho 3 chiến sĩ chưa đạt "
              "ngay trong tháng; Trung úy Hà Minh Triết (Trung đội trưởng trung đội 1) đề nghị tăng kiểm tra kho súng "
              "ban đêm trong dịp lễ; Thượng sĩ Lý Văn Đức báo cáo đã sửa xong hệ thống điện khu nhà ở."),
            L("6. Bí thư chi bộ chốt lại:"),
            P("- Tháng 4 chi bộ lãnh đạo đơn vị hoàn thành huấn luyện theo kế hoạch, tuyệt đối an toàn người, vũ khí "
              "trong dịp 30/4 và 01/5."),
            P("- Thượng úy Đinh Công Bằng tiếp tục chỉ đạo huấn luyện bắn, tổ chức bắn bù cho 3 chiến sĩ chưa đạt, "
              "xong trước ngày 20/4."),
            P("- Trung úy Hà Minh Triết chịu trách nhiệm an toàn kho súng, phòng chống cháy nổ của đại đội; kiểm tra "
              "thường xuyên."),
            P("- Chi đoàn đại đội tổ chức giao lưu văn nghệ chào mừng ngày 30/4 vào tối 28/4."),
            L("7. Biểu quyết: 10/10 đồng chí tán thành."),
            P("Sinh hoạt kết thúc lúc 20 giờ 45. Biên bản đã đọc lại, 10/10 đồng chí nhất trí thông qua."),
            S(["THƯ KÝ", "", "Lý Văn Đức"], ["BÍ THƯ CHI BỘ", "", "Võ Thành Nhân"]),
        ],
        "truth": minute(
            meeting("regular", "2025-04-03", "19:00", "20:45", "hội trường Đại đội 3", "CHI BỘ ĐẠI ĐỘI 3",
                    "ĐẢNG ỦY TIỂU ĐOÀN 8"),
            "Võ Thành Nhân", "Bí thư chi bộ", "Lý Văn Đức",
            attendance(11, 10, 1, 1, 0, 0,
                       absentees=[("Phạm Đức Long", "đi học bồi dưỡng tại Trường Quân sự Quân khu 5", True)]),
            True,
            [vote("Kết luận của Bí thư chi bộ", 10, None, None, None)],
            [task("Đinh Công Bằng", "tiếp tục chỉ đạo huấn luyện bắn, tổ chức bắn bù cho 3 chiến sĩ chưa đạt", "20/4"),
             task("Hà Minh Triết", "chịu trách nhiệm an toàn kho súng, phòng chống cháy nổ của đại đội",
                  "thường xuyên"),
             task("Chi đoàn đại đội", "tổ chức giao lưu văn nghệ chào mừng ngày 30/4", "tối 28/4")],
            []),
    }],
    "scans": [{"name": "q12-khanhhoa-army-scan-moderate", "folder": "test", "damage": "moderate",
               "seed": 9312, "dpi": 200}],
}
DOCS.append(Q07)


# =================================================================================================
# q08 — Đắk Lắk, coffee company team; "Chi bộ nhất trí: …" then an assignee-first table.
# =================================================================================================
DOCS.append({
    "name": "q08-daklak-coffee-team-assignee-first-table-clean", "folder": "test",
    "style": {"family": "sans", "size": 12, "justify": True, "indent": 24, "spacing": 1.3, "left": 75,
              "right": 55},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG TY CÀ PHÊ BUÔN HỒ", "CHI BỘ ĐỘI SẢN XUẤT SỐ 4", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Buôn Hồ, ngày 10 tháng 01 năm 2025"]),
            G(8),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 01 NĂM 2025"),
            G(6),
            P("Vào hồi 8 giờ 00 phút ngày 10/01/2025, tại văn phòng Đội sản xuất số 4, buôn Ea Siên, Chi bộ Đội sản "
              "xuất số 4 tiến hành sinh hoạt định kỳ tháng 01/2025."),
            P("Tổng số đảng viên: 15; miễn sinh hoạt: 01 (đ/c Y Bhin Niê, tuổi cao); dự họp: 14/14 đồng chí phải dự, "
              "không ai vắng."),
            P("Đồng chí H'Nga Mlô, Bí thư chi bộ, Đội trưởng, chủ trì; đồng chí Lê Quang Thắng, chi ủy viên, ghi "
              "biên bản."),
            H("A. KẾT QUẢ THÁNG 12 VÀ CẢ NĂM 2024"),
            P("Vụ cà phê 2024 – 2025 đội đã thu hoạch xong 186 ha, sản lượng ước 540 tấn nhân, năng suất bình quân "
              "2,9 tấn/ha. Giá cà phê nhân cuối năm lên trên 120.000 đồng/kg, thu nhập của người nhận khoán tăng rõ. "
              "Chi bộ đã lãnh đạo giữ an ninh vườn cây, chỉ xảy ra 2 vụ mất trộm nhỏ. Hạn chế: một số hộ nhận khoán "
              "bán cà phê tươi ra ngoài, không nộp đủ sản lượng khoán; 2 đồng chí còn chậm đóng đảng phí."),
            H("B. NHIỆM VỤ THÁNG 01/2025"),
            P("Tưới nước đợt 1 mùa khô cho toàn bộ diện tích; cắt cành, vệ sinh vườn sau thu hoạch; bảo vệ vườn cây, "
              "phòng chống cháy; chăm lo Tết Nguyên đán Ất Tỵ cho người lao động; chuẩn bị nhân sự đại hội chi bộ "
              "nhiệm kỳ 2025 – 2027."),
            H("C. THẢO LUẬN"),
            P("Đ/c Y Kông Ayun (Tổ trưởng tổ 3): giếng và hồ chứa năm nay xuống nước sớm; nếu các tổ cùng bơm một lúc "
              "sẽ tranh nước, đề nghị đội lập lịch tưới luân phiên."),
            P("Đ/c Nguyễn Thị Hoa: có 12 hộ công nhân khó khăn, trong đó 4 hộ có người ốm dài ngày; đề nghị công "
              "đoàn và chi bộ có quà Tết riêng cho các hộ này."),
            P("Đ/c Ksor H'Thu hỏi việc xử lý các hộ không nộp đủ sản lượng khoán; đồng chí chủ trì trả lời: đội sẽ "
              "đối chiếu từng hợp đồng, hộ nào cố tình thì báo cáo Công ty xử lý theo hợp đồng."),
            P("Đồng chí chủ trì tiếp thu các ý kiến. Chi bộ nhất trí: tháng 01 tập trung tưới đợt 1 xong trước Tết, "
              "không để tranh nước; giữ an ninh vườn cây; lo Tết đầy đủ cho người lao động, nhất là hộ khó khăn; "
              "làm tốt công tác chuẩn bị đại hội chi bộ. Phân công cụ thể như sau:"),
            T([(0.30, "Người thực hiện", "l"), (0.48, "Công việc", "l"), (0.22, "Hạn hoàn thành", "l")],
              [["Đ/c Y Kông Ayun", "Lập lịch tưới luân phiên đợt 1 cho các tổ", "Trước 25/01/2025"],
               ["Tổ bảo vệ", "Tuần tra vườn cây ban đêm", "Hằng đêm"],
               ["Đ/c Nguyễn Thị Hoa – đ/c Ksor H'Thu", "Lập danh sách, trao quà Tết cho 12 hộ công nhân khó khăn",
                "Trước 25 tháng Chạp"],
               ["Chi đoàn", "Ra quân dọn vệ sinh buôn Ea Siên đón Tết", ""],
               ["Chi ủy", "Chuẩn bị nhân sự đại hội chi bộ nhiệm kỳ 2025 – 2027", "Tháng 02/2025"]]),
            P("Chi bộ biểu quyết: 14/14 đồng chí nhất trí (100%)."),
            P("Sinh hoạt kết thúc lúc 10 giờ 00 cùng ngày. Biên bản đã đọc lại, chi bộ thông qua."),
            S(["NGƯỜI GHI BIÊN BẢN", "", "", "Lê Quang Thắng"], ["T/M CHI BỘ", "BÍ THƯ", "", "H'Nga Mlô"]),
        ],
        "truth": minute(
            meeting("regular", "2025-01-10", "08:00", "10:00", "văn phòng Đội sản xuất số 4, buôn Ea Siên",
                    "CHI BỘ ĐỘI SẢN XUẤT SỐ 4", "ĐẢNG BỘ CÔNG TY CÀ PHÊ BUÔN HỒ"),
            "H'Nga Mlô", "Bí thư chi bộ", "Lê Quang Thắng",
            attendance(15, 14, 0, 0, 0, 1),
            True,
            [vote("Kết luận và phân công tháng 01/2025", 14, None, None, 100)],
            [task("Y Kông Ayun", "Lập lịch tưới luân phiên đợt 1 cho các tổ", "25/01/2025"),
             task("Tổ bảo vệ", "Tuần tra vườn cây ban đêm", "Hằng đêm"),
             task("Nguyễn Thị Hoa", "Lập danh sách, trao quà Tết cho 12 hộ công nhân khó khăn", "25 tháng Chạp"),
             task("Ksor H'Thu", "Lập danh sách, trao quà Tết cho 12 hộ công nhân khó khăn", "25 tháng Chạp"),
             task("Chi đoàn", "Ra quân dọn vệ sinh buôn Ea Siên đón Tết", None),
             task("Chi ủy", "Chuẩn bị nhân sự đại hội chi bộ nhiệm kỳ 2025 – 2027", "Tháng 02/2025")],
            []),
    }],
})


# =================================================================================================
# q09 — Hồ Chí Minh City, software company, online; tasks reported done, "(theo kế hoạch đã phân công)".
# =================================================================================================
DOCS.append({
    "name": "q09-hcm-software-online-tasks-done", "folder": "test",
    "style": {"family": "dvsans", "size": 11, "justify": False, "indent": 0, "spacing": 1.3, "left": 72,
              "right": 55, "para_gap": 3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG TY CP PHẦN MỀM SAO VIỆT", "CHI BỘ TRUNG TÂM SẢN PHẨM", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "TP. Hồ Chí Minh, ngày 12 tháng 8 năm 2024"], size=10),
            G(10),
            C("BIÊN BẢN", size=13),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 8/2024"),
            C("(Hình thức trực tuyến kết hợp trực tiếp)", bold=False, italic=True),
            G(6),
            L("Thời gian: 17 giờ 30 phút – 19 giờ 10 phút, thứ Hai, ngày 12/8/2024."),
            L("Hình thức: trực tuyến qua Microsoft Teams; điểm cầu chính: phòng họp tầng 5, tòa nhà Sao Việt, quận 7."),
            L("Đảng viên: 19 đồng chí; tham dự 18 (07 tại điểm cầu chính, 11 kết nối trực tuyến); vắng 01: đ/c Trần "
              "Gia Huy – đang trên chuyến bay công tác Singapore, đã báo chi ủy."),
            L("Chủ trì: đ/c Đoàn Thị Mỹ Linh, Bí thư chi bộ. Thư ký: đ/c Huỳnh Tấn Phát."),
            H("I. KIỂM ĐIỂM VIỆC ĐÃ GIAO TẠI KỲ HỌP THÁNG 7"),
            L("- Đ/c Lâm Quốc Bảo được giao hoàn thiện dự thảo quy chế bảo mật dữ liệu khách hàng: đã hoàn thành, Ban "
              "Giám đốc ban hành ngày 29/7/2024."),
            L("- Đ/c Ngô Thị Thu Trang phụ trách hồ sơ đề nghị kết nạp quần chúng Nguyễn Minh Khoa: đã xong, hồ sơ đã "
              "trình Đảng ủy Công ty ngày 02/8."),
            L("- Chi đoàn tổ chức ngày hội hiến máu: đã thực hiện ngày 27/7 với 23 người tham gia."),
            H("II. THÔNG TIN VÀ TÌNH HÌNH THÁNG 8"),
            L("Chi bộ dành một phút tưởng niệm đồng chí Tổng Bí thư Nguyễn Phú Trọng. Đồng chí Bí thư thông tin Hội "
              "nghị Ban Chấp hành Trung ương ngày 03/8/2024 bầu đồng chí Tô Lâm giữ chức Tổng Bí thư, và hướng dẫn "
              "của Đảng ủy Công ty về học tập tấm gương, đạo đức, phong cách của đồng chí Nguyễn Phú Trọng. Về chuyên "
              "môn, trung tâm đang dồn sức phát hành phiên bản 4.0 của phần mềm quản lý bán lẻ; còn 37 lỗi mức cao "
              "chưa xử lý; hai khách hàng lớn phản ánh hỗ trợ ngoài giờ chậm."),
            H("III. Ý KIẾN THẢO LUẬN"),
            L("- Đ/c Lâm Quốc Bảo (trực tuyến): đề nghị tạm dừng nhận yêu cầu tính năng mới đến khi phát hành bản "
              "4.0, dồn người xử lý lỗi."),
            L("- Đ/c Vương Hải Yến: bộ phận hỗ trợ chỉ có 4 người trực ngoài giờ, cần cho kỹ sư phát triển xoay vòng "
              "tham gia trực."),
            L("- Đ/c Ngô Thị Thu Trang (trực tuyến): đề nghị chi bộ tổ chức buổi học tập tấm gương đồng chí Nguyễn "
              "Phú Trọng gắn với đạo đức nghề nghiệp của người làm phần mềm."),
            H("IV. KẾT LUẬN"),
            L("Đồng chí Bí thư kết luận: tháng 8 chi bộ lãnh đạo trung tâm đặt chất lượng lên trước, phát hành phiên "
              "bản 4.0 đúng hạn ngày 30/8 và không để lỗi mức cao tồn đọng; bảo đảm hỗ trợ khách hàng ngoài giờ; "
              "không để lộ lọt dữ liệu khách hàng. Mỗi đảng viên nêu gương về tinh thần trách nhiệm, giờ giấc và bảo "
              "mật thông tin."),
            H("V. PHÂN CÔNG NHIỆM VỤ"),
            L("(theo kế hoạch đã phân công)"),
            H("VI. BIỂU QUYẾT"),
            L("Biểu quyết bằng chức năng bình chọn trên Teams: 18/18 đồng chí đồng ý, đạt 100%."),
            L("Buổi sinh hoạt kết thúc lúc 19 giờ 10 phút. Biên bản được thư ký chia sẻ màn hình, đọc lại và được chi "
              "bộ thông qua."),
            S(["THƯ KÝ", "", "", "Huỳnh Tấn Phát"], ["T/M CHI BỘ", "BÍ THƯ", "", "Đoàn Thị Mỹ Linh"]),
        ],
        "truth": minute(
            meeting("regular", "2024-08-12", "17:30", "19:10", "phòng họp tầng 5, tòa nhà Sao Việt, quận 7",
                    "CHI BỘ TRUNG TÂM SẢN PHẨM", "ĐẢNG BỘ CÔNG TY CP PHẦN MỀM SAO VIỆT"),
            "Đoàn Thị Mỹ Linh", "Bí thư chi bộ", "Huỳnh Tấn Phát",
            attendance(19, 18, 1, 1, 0, 0,
                       absentees=[("Trần Gia Huy", "đang trên chuyến bay công tác Singapore, đã báo chi ủy", True)]),
            True,
            [vote("Kết luận tháng 8/2024", 18, None, None, 100)],
            [],
            ["missing_assignments"]),
    }],
})


# =================================================================================================
# q10 — Cần Thơ, retired cadres; a chi ủy member chairs and concludes; 19 of 24.
# =================================================================================================
DOCS.append({
    "name": "q10-cantho-retired-cadres-chiuy-member-low", "folder": "test",
    "style": {"family": "serif", "size": 14, "justify": True, "indent": 30, "spacing": 1.25, "left": 80,
              "right": 55, "foot": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG AN KHÁNH", "CHI BỘ HƯU TRÍ KHU VỰC 2", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "An Khánh, ngày 07 tháng 5 năm 2025"]),
            G(8),
            C("BIÊN BẢN", size=15),
            C("HỌP CHI BỘ KỲ THÁNG 5 NĂM 2025"),
            G(6),
            P("Sáng ngày 07 tháng 5 năm 2025, lúc 8 giờ, tại nhà văn hóa khu vực 2, phường An Khánh, Chi bộ Hưu trí "
              "khu vực 2 họp kỳ tháng 5."),
            P("Chi bộ có 32 đảng viên, trong đó 08 đồng chí được miễn sinh hoạt do tuổi cao, sức yếu. Đảng viên phải "
              "dự: 24; có mặt: 19; vắng: 05 đồng chí, gồm:"),
            L("- Đ/c Nguyễn Văn Tám (Bí thư chi bộ): đang nằm viện;"),
            L("- Đ/c Trần Thị Mười: đi thăm con ở Bình Dương;"),
            L("- Đ/c Lê Văn Chín: bệnh, có nhắn chi ủy;"),
            L("- Đ/c Phạm Văn Út: không báo;"),
            L("- Đ/c Huỳnh Văn Sáu: không lý do."),
            P("Do đồng chí Bí thư nằm viện, chi ủy phân công đồng chí Võ Thị Hai, chi ủy viên, chủ trì cuộc họp; đồng "
              "chí Đặng Văn Hùng ghi biên bản."),
            H("1. Thông tin thời sự"),
            P("Đồng chí chủ trì thông tin: cả nước vừa long trọng kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống "
              "nhất đất nước; Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Hội nghị Trung ương 11 về sắp xếp đơn vị "
              "hành chính, theo đó thành phố Cần Thơ, tỉnh Sóc Trăng và tỉnh Hậu Giang dự kiến hợp nhất, không tổ "
              "chức cấp huyện; Quốc hội lấy ý kiến nhân dân về dự thảo sửa đổi, bổ sung một số điều của Hiến pháp "
              "năm 2013 từ ngày 06/5 đến ngày 05/6/2025."),
            H("2. Công việc tháng 4"),
            P("Chi bộ đã thăm hỏi 3 đảng viên ốm đau, tặng quà 2 đảng viên nhận Huy hiệu 60 năm và 55 năm tuổi "
              "Đảng; thu đảng phí quý I đạt 100%. Hạn chế: vẫn còn đảng viên vắng họp không lý do, có đồng chí vắng "
              "hai kỳ liền."),
            H("3. Ý kiến"),
            P("Đ/c Trương Văn Lộc: các cô chú hưu trí rất quan tâm việc nhập tỉnh, nhập phường; đề nghị chi bộ tổ "
              "chức một buổi riêng để góp ý dự thảo sửa đổi Hiến pháp, có người đọc dự thảo cho các đồng chí mắt kém."),
            P("Đ/c Nguyễn Thị Lan: đề nghị chi bộ đi thăm đồng chí Bí thư và đồng chí Chín; đồng thời nhắc nhở những "
              "đồng chí vắng họp không lý do, vì ảnh hưởng đến xếp loại chi bộ cuối năm."),
            P("Đ/c Đặng Văn Hùng: đảng phí quý II nên thu sớm, tránh dồn về cuối tháng 6 khi phường đang sắp xếp lại."),
            H("4. Kết luận"),
            P("Kết thúc phần thảo luận, đồng chí Võ Thị Hai thay mặt chi ủy kết luận mấy điểm sau:"),
            P("Thứ nhất, chi bộ tổ chức góp ý dự thảo sửa đổi Hiến pháp vào sáng 20/5 tại nhà văn hóa khu vực; đồng "
              "chí Trương Văn Lộc theo dõi, tổng hợp ý kiến của đảng viên, nộp Đảng ủy phường trước ngày 25/5/2025."),
            P("Thứ hai, đồng chí Đặng Văn Hùng phụ trách thu đảng phí quý II, nộp về Đảng ủy phường trong tháng 6."),
            P("Thứ ba, đồng chí Nguyễn Thị Lan thay mặt chi bộ đi thăm đồng chí Bí thư và đồng chí Lê Văn Chín trong "
              "tuần này."),
            P("Thứ tư, chi ủy gặp, nhắc nhở hai đồng chí Phạm Văn Út và Huỳnh Văn Sáu trước kỳ họp tháng 6."),
            P("Chi bộ biểu quyết bằng giơ tay: mười chín trên mười chín đồng chí tán thành."),
            P("Buổi họp kết thúc lúc 10 giờ 15 phút. Biên bản đã đọc lại trước chi bộ và được nhất trí thông qua."),
            S(["THƯ KÝ", "", "", "Đặng Văn Hùng"], ["CHỦ TRÌ", "CHI ỦY VIÊN", "", "Võ Thị Hai"]),
        ],
        "truth": minute(
            meeting("regular", "2025-05-07", "08:00", "10:15", "nhà văn hóa khu vực 2, phường An Khánh",
                    "CHI BỘ HƯU TRÍ KHU VỰC 2", "ĐẢNG BỘ PHƯỜNG AN KHÁNH"),
            "Võ Thị Hai", "chi ủy viên", "Đặng Văn Hùng",
            attendance(32, 19, 5, 3, 2, 8,
                       absentees=[("Nguyễn Văn Tám", "đang nằm viện", True),
                                  ("Trần Thị Mười", "đi thăm con ở Bình Dương", True),
                                  ("Lê Văn Chín", "bệnh, có nhắn chi ủy", True),
                                  ("Phạm Văn Út", "không báo", False),
                                  ("Huỳnh Văn Sáu", "không lý do", False)]),
            True,
            [vote("Kết luận của chủ trì", 19, None, None, None)],
            [task("Trương Văn Lộc", "theo dõi, tổng hợp ý kiến của đảng viên, nộp Đảng ủy phường", "25/5/2025"),
             task("Đặng Văn Hùng", "phụ trách thu đảng phí quý II, nộp về Đảng ủy phường", "tháng 6"),
             task("Nguyễn Thị Lan", "đi thăm đồng chí Bí thư và đồng chí Lê Văn Chín", "tuần này"),
             task("chi ủy", "gặp, nhắc nhở hai đồng chí Phạm Văn Út và Huỳnh Văn Sáu", "kỳ họp tháng 6")],
            ["low_attendance", "unexcused_absence"]),
    }],
})


# =================================================================================================
# q11 — Cà Mau, shrimp-farming hamlet; printed form; the guest's directions, the committee's tasks to the cell.
# =================================================================================================
DOCS.append({
    "name": "q11-camau-hamlet-form-guest-directions", "folder": "test",
    "style": {"family": "serif", "size": 12.5, "justify": True, "indent": 0, "spacing": 1.28, "left": 78,
              "right": 55},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ KHÁNH HỘI", "CHI BỘ ẤP RẠCH CHÈO", "Số: ……-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Khánh Hội, ngày 16 tháng 12 năm 2024"]),
            G(8),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ"),
            C("Tháng 12 năm 2024", bold=False),
            G(6),
            H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            L("1. Thời gian: bắt đầu lúc 14 giờ 00 phút, ngày 16 tháng 12 năm 2024."),
            L("2. Địa điểm: Hội trường ấp Rạch Chèo."),
            L("3. Tổng số đảng viên: 20 đồng chí; có mặt: 18 đồng chí; vắng: 02 đồng chí (có lý do: 02; không lý do: "
              "0)."),
            L("- Vắng có lý do: đ/c Lâm Văn Thơ (đi biển), đ/c Danh Thị Sa Ry (nghỉ sinh con)."),
            L("- Khách mời: đ/c Quách Minh Trí, Phó Bí thư Thường trực Đảng ủy xã."),
            L("4. Chủ trì: đ/c Tô Văn Hiền, Bí thư chi bộ. Thư ký: đ/c Nguyễn Thị Diễm."),
            H("II. NỘI DUNG"),
            L("1. Thông tin thời sự, phổ biến văn bản:"),
            P("Đồng chí Bí thư thông tin Hội nghị Ban Chấp hành Trung ương về tổng kết Nghị quyết số 18-NQ/TW, sắp "
              "xếp tinh gọn tổ chức bộ máy; Kế hoạch của Đảng ủy xã về tổ chức Tết Nguyên đán Ất Tỵ năm 2025.",
              indent=24),
            L("2. Đánh giá kết quả tháng 11:"),
            P("Vụ tôm cuối năm ấp thả nuôi 212 ha, đã thu hoạch khoảng 60%, tôm sú được giá; 5 hộ bị tôm chết do "
              "nắng nóng đột ngột. Tổ tự quản giữ được an ninh trật tự, không có vụ trộm tôm. Hạn chế: còn 23 hộ nuôi "
              "chưa đăng ký mã số vùng nuôi; lộ giao thông dọc kênh Rạch Chèo sạt lở 2 đoạn chưa khắc phục.",
              indent=24),
            L("3. Phương hướng tháng 12/2024:"),
            P("Theo Thông báo của Đảng ủy xã, Đảng ủy xã giao chi bộ ấp Rạch Chèo: vận động 100% hộ nuôi tôm đăng ký "
              "mã số vùng nuôi trước ngày 31/12/2024; phối hợp Ban nhân dân ấp khắc phục 2 điểm sạt lở; chi bộ chịu "
              "trách nhiệm trước Đảng ủy về bảo đảm an ninh trật tự trên địa bàn dịp Tết. Chi bộ tiếp nhận và tổ "
              "chức thực hiện.", indent=24),
            L("4. Ý kiến thảo luận:"),
            P("- Đ/c Danh Hùng: nhiều hộ chưa đăng ký mã số vùng nuôi vì đất chưa có giấy chứng nhận; đề nghị xã "
              "hướng dẫn cách làm cho các hộ này.", indent=24),
            P("- Đ/c Trần Văn Lợi: đoạn sạt lở gần cống số 3 đang lan rộng, nếu không kè tạm thì xe ba gác không qua "
              "được khi thu hoạch tôm.", indent=24),
            P("- Đ/c Nguyễn Thị Diễm: Chi hội Phụ nữ sẵn sàng cùng tổ tự quản quyên góp quà Tết cho hộ nghèo.",
              indent=24),
            L("5. Ý kiến chỉ đạo của đồng chí Phó Bí thư Thường trực Đảng ủy xã:"),
            P("Đồng chí Quách Minh Trí ghi nhận những cố gắng của chi bộ trong năm; đề nghị chi bộ tập trung vận động "
              "đăng ký mã số vùng nuôi, việc nào vướng giấy tờ thì báo về Ủy ban nhân dân xã để giải quyết; khẩn "
              "trương kè tạm điểm sạt lở gần cống số 3; chuẩn bị tốt việc thăm hỏi, tặng quà gia đình chính sách, hộ "
              "nghèo dịp Tết; tiếp tục giữ vững an ninh trật tự, không để xảy ra trộm cắp tôm cuối vụ.", indent=24),
            P("Đồng chí chủ trì thay mặt chi bộ tiếp thu ý kiến chỉ đạo của đồng chí Phó Bí thư Thường trực Đảng ủy "
              "xã.", indent=24),
            L("6. Biểu quyết thông qua phương hướng tháng 12/2024:"),
            L("Tán thành: 18/18 đồng chí; Không tán thành: ……; Ý kiến khác: ……"),
            P("Cuộc họp kết thúc lúc 16 giờ 00 phút, cùng ngày. Biên bản đã được đọc lại cho chi bộ nghe và nhất trí "
              "thông qua.", indent=24),
            S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "", "Nguyễn Thị Diễm"],
              ["CHỦ TRÌ", "(Ký, ghi rõ họ tên)", "", "Tô Văn Hiền"]),
        ],
        "truth": minute(
            meeting("regular", "2024-12-16", "14:00", "16:00", "Hội trường ấp Rạch Chèo", "CHI BỘ ẤP RẠCH CHÈO",
                    "ĐẢNG BỘ XÃ KHÁNH HỘI"),
            "Tô Văn Hiền", "Bí thư chi bộ", "Nguyễn Thị Diễm",
            attendance(20, 18, 2, 2, 0, 0,
                       absentees=[("Lâm Văn Thơ", "đi biển", True), ("Danh Thị Sa Ry", "nghỉ sinh con", True)],
                       guests=[("Quách Minh Trí", "Phó Bí thư Thường trực Đảng ủy xã")]),
            False,
            [vote("Phương hướng tháng 12/2024", 18, None, None, None)],
            [],
            ["missing_assignments", "missing_conclusion", "unfilled_template"]),
    }],
})
