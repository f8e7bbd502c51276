"""Held-out set 5, writer g (dev/, `g…`): the Central coast and the South.

Written by hand, without reading the extractor, the generator or the earlier writers' minutes, and without
running the extractor. Rendered with `samples/heldout2/make.py` (`build`).

Files (name -> what varies -> minute flags / book flags):
- g01-quangngai-port-clean -> Quảng Ngãi fishing village (Tịnh Kỳ port); Serif 13 justified, "- n -" at the
  foot, 2 pages; "18/19 đồng chí phải dự" with 2 exempt named; a guest; "I.–IV." capital headings with
  italic "1.–4." sub-headings; opinions as a list of speakers one per line with a direct quote in Southern
  speech; conclusion section; "18/18 … đạt tỷ lệ 100%"; numbered tasks: two people in one task ("trước mùa
  mưa bão"), a group ("Chi đoàn thôn", "hằng tuần"), a task over three sentences ("kỳ họp tháng 8"), a
  mass organisation ("trong tháng 7/2024"), "gửi ngay sau cuộc họp" -> — / —
- g02-hue-ward-thematic-no-conclusion -> Huế ward (tổ dân phố), thematic "QUÝ II" + "Chuyên đề:" line;
  Sans 12 ragged; numbered fields; counts in words ("mười lăm"); the agenda promises "đồng chí chủ trì kết
  luận" but none is written; indirect speech, a question and answer, an opinion by role only ("Đ/c Trưởng Ban
  công tác Mặt trận"); the thematic content is voted 15/15; tasks in prose: passive "được giao", two mass
  organisations "cùng nhận nhiệm vụ", "vào cuối quý", "thường xuyên" -> missing_conclusion / —
- g03-binhdinh-ward-task-table-clean -> Bình Định coastal ward (khu phố); DejaVu Serif 11.5, "Trang n/N",
  "Số: 09-BB/CB"; chính thức / dự bị and 3 exempt counted; "Có 04 ý kiến phát biểu:" + "+ Đ/c X (role): …";
  run-in "Kết luận:"; "tán thành 20/20 (100%), không tán thành 0, không biểu quyết 0"; ruled task table with
  the columns "Đơn vị, cá nhân thực hiện | Thời hạn | Nội dung công việc | Ghi chú" (assignee first, deadline
  second), wrapped cells, two groups in one cell, "A – B" in one cell, "Trước mùa mưa bão", "Ngay sau cuộc
  họp", "Cuối quý IV/2024", a partner only in "Ghi chú" -> — / —
- g04-khanhhoa-tourism-short-no-vote -> Khánh Hòa tourism company; DejaVu Sans 11, no indent; "từ 16 giờ 45
  đến 18 giờ 05" (80 min); "12/12"; list of speakers with a direct quote and one by role only ("Đồng chí Đội
  trưởng đội tàu"); inline "Đồng chí Bí thư kết luận"; nobody votes on it, only the minutes are approved
  "12/12"; tasks: "Đề nghị đồng chí …", role only ("Đồng chí Phó Bí thư phụ trách …", the deputy is named
  nowhere), two people, a department with no deadline -> missing_vote, short_meeting / —
- g05-binhduong-factory-general-call -> Bình Dương footwear factory workshop; Serif 12 ragged; "1/ … 4/";
  direct quote, question and answer, a member volunteering ("xin nhận"); conclusion with unnamed duties; vote
  as a percentage only ("tỷ lệ 100% đảng viên có mặt"); only "Đề nghị các đồng chí … / Mỗi đảng viên … / Các
  tổ …"; ends with the end time, never read back -> missing_assignments, not_approved / —
- g06-dongthap-rice-coop-unnamed-opinions -> Đồng Tháp rice cooperative; Serif 13; 11/14 present, three
  absentees named with reasons; the chair known as "chú Bảy"; "Có ý kiến cho rằng …", "Một số đảng viên …"
  (nobody named); run-in "Kết luận:"; tasks in one prose paragraph (a named member, "Chi hội Nông dân ấp …",
  "Tổ khuyến nông", "hằng tuần") -> low_attendance, no_discussion / —
- g07-hcm-hospital-combined-clean -> Hồ Chí Minh City district hospital, paediatrics; Serif 12.5 justified,
  "Trang n/N"; regular + thematic (130 min); "PHẦN THỨ NHẤT / HAI"; degrees before names; 1 exempt named,
  "17/18 …, đạt 94,4%"; guest; list of speakers; "KẾT LUẬN" with "1) 2) 3)"; "tán thành 16/17 đồng chí
  (94,1%), 01 đồng chí không biểu quyết"; tasks: two people ("trước 31/10/2024"), a group ("hằng ngày"), a
  task over three sentences ("ở kỳ họp tháng 11"), "trước cuối năm 2024" -> — / —
- g08-binhphuoc-rubber-form-unfilled -> Bình Phước rubber plantation team, S'tiêng / Khmer / Kinh names;
  typed printed form in Liberation Mono; "Khách mời: ……"; "(Ký, ghi rõ họ tên)" under both titles; one member
  "vắng không lý do"; "Tán thành: 14/14 đ/c; Không tán thành: 0 đ/c; Ý kiến khác: 0 đ/c"; tasks "…: giao cho
  đ/c X …" incl. a person and a team together, "hằng đêm", "trước Tết Nguyên đán", "Chi ủy"
  -> unfilled_template, unexcused_absence / —
- g09-travinh-khmer-hamlet-book -> **minute book** of a Khmer hamlet cell in Trà Vinh, Jun–Nov 2024, 5 minutes
  typed on continuously (every minute after the first starts mid-page under the previous signatures); Serif
  12, right-aligned running head from page 2, "- n -" at the foot; "a) … e)" run-in parts; September missing
  (the October minute says why; still missing); Q3 has the combined meeting of August; đ/c Sơn Văn Chanh absent
  without reason in June ("không lý do"), July ("không báo lý do") and October ("vắng không lý do").
  Per minute: Jun unexcused_absence; Jul unexcused_absence + missing_assignments (only "Đề nghị các đồng
  chí …"); Aug combined in 105 min short_meeting; Oct low_attendance (13/16) + unexcused_absence; Nov —
  -> book: missing_month, repeated_absence
- g10-quangngai-port-scan-moderate -> image-only twin of g01, moderate, 250 dpi -> as g01
- g11-dongthap-coop-scan-photocopy -> image-only twin of g06, photocopy, 300 dpi -> as g06

Labelling decisions where the READMEs are silent:
- A task given to a role only, with the holder named nowhere on the page ("Đồng chí Phó Bí thư phụ trách …"),
  has the role as written as `assignee` ("Phó Bí thư"), like a group.
- A person and a group given one task together ("giao cho đ/c Lâm Văn Sóc và tổ cạo 3") give two assignments,
  the group as written (lower case kept). Two groups in one table cell ("Ban điều hành khu phố, Tổ tự quản số
  2") and two groups in one sentence ("Chi hội Cựu chiến binh và Chi đoàn thanh niên cùng nhận nhiệm vụ") give
  one assignment each. A body named after "cùng" (g09 June: "cùng Tổ tự quản số 1") or in the "Ghi chú" cell
  ("Phối hợp Chi hội Nông dân") is a partner, not an assignee.
- A task told over several sentences is one assignment: `task` is the action of its first sentence, the
  deadline comes from the sentence that gives it ("Kết quả báo cáo chi bộ tại kỳ họp tháng 8" -> "kỳ họp
  tháng 8").
- Deadlines: "ngay sau cuộc họp" / "Ngay sau cuộc họp" are kept whole (no preposition to drop); "trước mùa mưa
  bão" / "Trước mùa mưa bão" -> "mùa mưa bão"; "vào cuối quý" -> "cuối quý"; "Trong tháng 10" (table cell) ->
  "tháng 10"; "Cuối quý IV/2024" in a table cell keeps "Cuối" (as "Hết quý IV/2024" keeps "Hết");
  "xong trước cuối năm 2024" -> "cuối năm 2024"; "trong suốt dịp hè" -> "suốt dịp hè"; "trước Tết Nguyên
  đán" -> "Tết Nguyên đán"; "hoàn thành trước lễ hội Ok Om Bok" -> "lễ hội Ok Om Bok"; "báo cáo … hằng
  tuần" -> "hằng tuần"; "hằng đêm", "hằng ngày", "hằng tháng" as written.
- A nickname in brackets ("Lê Văn Bảy (chú Bảy)", "Nguyễn Văn Tư (anh Tư)") is no part of the name.
- Opinions: "Có ý kiến cho rằng …", "Một số đảng viên đề nghị …", "Cũng có ý kiến …" name nobody
  (no_discussion); the chair's own conclusion is not an opinion. A guest's opinion (g01, g07, g09 Aug) sits
  beside named members' ones and changes nothing.
- Not assignments: "Đ/c X xin nhận kèm cặp …" (a member volunteering), "Chi đoàn nhận đóng góp ngày công"
  said in the discussion, "hai đồng chí chậm đóng đảng phí phải nộp đủ" (unnamed), "chi bộ kiến nghị Ban
  Giám đốc …" (the cell itself), "Các tổ tiếp tục …" (no named group), "mỗi đảng viên phụ trách 10 hộ".
- A thematic content voted when no conclusion is written (g02) is a resolution: missing_conclusion only.
- Votes: "tán thành 16/17 đồng chí (94,1%), 01 đồng chí không biểu quyết" -> 16 / null / 1 / 94.1;
  "với tỷ lệ 100% đảng viên có mặt tán thành" -> for null, percent 100; "nhất trí 100% (15/15 đồng chí)" ->
  15 / null / null / 100; "Ý kiến khác: 0 đ/c" -> abstain 0.
- Absence reasons as written: "không báo lý do", "vắng không lý do" are unexcused; "bệnh, có báo", "có xin
  phép", "có báo chi ủy" excused. Counts in words ("mười sáu … mười lăm … một") give the numbers.
- `party_committee` is the committee right above the cell when the header has two ("ĐẢNG BỘ PHƯỜNG KIM LONG",
  not "ĐẢNG BỘ THÀNH PHỐ HUẾ"). A location keeps its case ("nhà văn hóa tổ dân phố 9, phường Kim Long").
- A book month whose minute explains why the previous month was skipped ("Tháng 9 chi bộ không sinh hoạt
  được …") still leaves that month missing.
"""

from __future__ import annotations

from samples.heldout2.minutes import C, G, H, HD, L, P, S, T, attendance, meeting, minute, task, vote

DOCS: list[dict] = []


# ─────────────────────────────────────────────────────────────────────────────────────────────────────
# g01 · Quảng Ngãi, fishing village by Tịnh Kỳ port · clean · 2 pages · scanned as g10 (moderate, 250 dpi)
# ─────────────────────────────────────────────────────────────────────────────────────────────────────
G01_CELL, G01_COMM = "CHI BỘ THÔN KỲ TÂN", "ĐẢNG BỘ XÃ TỊNH KỲ"
DOCS.append({
    "name": "g01-quangngai-port-clean",
    "folder": "dev",
    "born_digital": True,
    "style": {"family": "serif", "size": 13, "justify": True, "spacing": 1.3, "left": 82, "right": 56,
              "indent": 30, "foot": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD([G01_COMM, G01_CELL, "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tịnh Kỳ, ngày 08 tháng 7 năm 2024"]),
            G(10),
            C("BIÊN BẢN", size=15),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 7 NĂM 2024"),
            G(8),
            P("Hôm nay, lúc 19 giờ 00 phút ngày 08/7/2024, tại Nhà sinh hoạt cộng đồng thôn Kỳ Tân, Chi bộ thôn "
              "Kỳ Tân tiến hành sinh hoạt thường kỳ tháng 7 năm 2024."),
            H("I. THÀNH PHẦN"),
            P("- Tổng số đảng viên của chi bộ: 21 đồng chí; miễn sinh hoạt 02 đồng chí (đ/c Huỳnh Văn Lực, "
              "đ/c Võ Thị Liễu – tuổi cao, sức yếu)."),
            P("- Có mặt: 18/19 đồng chí phải dự sinh hoạt; vắng 01 đồng chí: đ/c Phạm Văn Tâm (đi biển dài "
              "ngày, có báo cáo)."),
            P("- Đại biểu: đồng chí Nguyễn Thanh Hải – Đảng ủy viên, Phó Chủ tịch UBND xã."),
            P("- Chủ trì: đồng chí Lê Văn Tám – Bí thư chi bộ, Trưởng thôn."),
            P("- Thư ký: đồng chí Trương Thị Mỹ Lệ – Chi ủy viên."),
            H("II. NỘI DUNG"),
            L("1. Thông tin thời sự, văn bản mới", italic=True, bold=True),
            P("Đồng chí Bí thư thông tin: tỉnh tiếp tục chuẩn bị cho đợt kiểm tra tiếp theo của Ủy ban châu Âu "
              "(EC) về chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU); các xã "
              "ven biển phải rà soát toàn bộ tàu cá, xử lý dứt điểm tàu mất kết nối thiết bị giám sát hành trình. "
              "Đài Khí tượng thủy văn dự báo mùa mưa bão năm nay có thể đến sớm, ngay từ cuối tháng 8."),
            L("2. Kết quả thực hiện nhiệm vụ tháng 6/2024", italic=True, bold=True),
            P("Chi bộ lãnh đạo thôn hoàn thành cấp lại sổ danh bạ thuyền viên cho 37 tàu; 100% tàu dài từ 15 m "
              "trở lên đã lắp thiết bị giám sát hành trình, 58/61 tàu ghi nhật ký khai thác đúng quy định. Thu quỹ "
              "phòng, chống thiên tai đạt 92%. Đêm văn nghệ mừng Ngày Gia đình Việt Nam 28/6 do Chi hội Phụ nữ "
              "tổ chức được bà con hưởng ứng đông vui."),
            P("Hạn chế: còn 02 tàu mất kết nối thiết bị giám sát hành trình quá 6 giờ khi đang trên biển nhưng "
              "chủ tàu chậm báo; bãi tập kết ghe thúng phía bắc cảng còn rác thải nhựa, dầu nhớt thải chưa được "
              "thu gom."),
            L("3. Phương hướng, nhiệm vụ tháng 7/2024", italic=True, bold=True),
            P("Tuyên truyền chủ tàu, thuyền trưởng không đưa tàu sang khai thác ở vùng biển nước ngoài; giữ liên "
              "lạc thường xuyên với tàu đang hoạt động trên biển; chuẩn bị phương án neo đậu tàu thuyền, di dời "
              "dân khi có bão; hoàn thành thu quỹ phòng, chống thiên tai; vận động đoàn viên thanh niên tham gia "
              "đợt tình nguyện hè."),
            L("4. Thảo luận", italic=True, bold=True),
            P("Các ý kiến phát biểu:"),
            L("- Đ/c Đặng Văn Lợi (chủ tàu QNg 90233 TS): thống nhất với báo cáo; theo đồng chí, tàu mất kết nối "
              "phần nhiều do chủ tàu tiếc tiền thuê bao. “Tàu nào mất tín hiệu thì gọi về Đồn Biên phòng liền, "
              "đừng để vô tới bến rồi mới khai.”"),
            L("- Đ/c Nguyễn Văn Hùng (Chi hội trưởng Chi hội Nghề cá): đề nghị thôn kiến nghị xã đặt thêm thùng "
              "chứa dầu nhớt thải ở bãi ghe thúng, giao tổ thu gom rác quản lý."),
            L("- Đ/c Huỳnh Thị Diễm (Bí thư Chi đoàn): Chi đoàn sẵn sàng nhận phần dọn bãi biển, nhưng cần thôn "
              "hỗ trợ bao tải và găng tay."),
            L("- Đ/c Võ Văn Hạnh: tàu của gia đình đã thay thiết bị giám sát mới; đề nghị Chi hội Nghề cá giới "
              "thiệu cho bà con chỗ sửa chữa thiết bị có uy tín."),
            L("- Đ/c Nguyễn Thanh Hải (đại biểu Đảng ủy xã): ghi nhận ý kiến của chi bộ, đề nghị làm rõ trách "
              "nhiệm từng đảng viên là chủ tàu."),
            H("III. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ"),
            P("Đồng chí Lê Văn Tám thay mặt chi ủy tiếp thu các ý kiến và kết luận: tháng 7 chi bộ tập trung hai "
              "việc chính là chống khai thác IUU và chuẩn bị cho mùa mưa bão. Đảng viên là chủ tàu phải gương mẫu, "
              "không để tàu của mình vi phạm; tàu nào mất kết nối quá 6 giờ mà không báo thì chi bộ xem xét trách "
              "nhiệm đảng viên đó. Thôn kiến nghị xã đặt thùng chứa dầu nhớt thải ở bãi ghe thúng ngay trong tháng."),
            P("Chi bộ biểu quyết thông qua kết luận bằng hình thức giơ tay: 18/18 đồng chí có mặt tán thành, đạt "
              "tỷ lệ 100%."),
            H("IV. PHÂN CÔNG THỰC HIỆN"),
            L("1. Đồng chí Đặng Văn Lợi và đồng chí Nguyễn Văn Hùng rà soát danh sách tàu, phương án neo đậu "
              "tại cảng Tịnh Kỳ, báo cáo chi ủy trước mùa mưa bão."),
            L("2. Chi đoàn thôn tổ chức dọn rác bãi biển và bãi ghe thúng vào sáng Chủ nhật, duy trì hằng tuần."),
            L("3. Đồng chí Lê Văn Tám trực tiếp làm việc với chủ 02 tàu bị mất kết nối. Đồng chí yêu cầu các chủ "
              "tàu viết cam kết, kiểm tra lại thiết bị trước chuyến biển tiếp theo. Kết quả báo cáo chi bộ tại kỳ "
              "họp tháng 8."),
            L("4. Chi hội Phụ nữ thôn vận động hội viên nộp quỹ phòng, chống thiên tai, hoàn thành trong tháng "
              "7/2024."),
            L("5. Đồng chí Trương Thị Mỹ Lệ soạn văn bản kiến nghị xã về thùng chứa dầu nhớt thải, gửi ngay sau "
              "cuộc họp."),
            P("Buổi sinh hoạt kết thúc lúc 21 giờ 05 phút cùng ngày. Biên bản đã được đọc lại trước chi bộ; các "
              "đồng chí dự họp nhất trí với nội dung ghi trong biên bản."),
            S(["THƯ KÝ", "", "", "Trương Thị Mỹ Lệ"], ["T/M CHI BỘ", "BÍ THƯ", "", "", "Lê Văn Tám"]),
        ],
        "truth": minute(
            meeting("regular", "2024-07-08", "19:00", "21:05", "Nhà sinh hoạt cộng đồng thôn Kỳ Tân",
                    G01_CELL, G01_COMM),
            "Lê Văn Tám", "Bí thư chi bộ", "Trương Thị Mỹ Lệ",
            attendance(21, 18, 1, 1, 0, 2, [("Phạm Văn Tâm", "đi biển dài ngày, có báo cáo", True)],
                       [("Nguyễn Thanh Hải", "Đảng ủy viên, Phó Chủ tịch UBND xã")]),
            True,
            [vote("Thông qua kết luận sinh hoạt tháng 7/2024", 18, None, None, 100)],
            [task("Đặng Văn Lợi", "rà soát danh sách tàu, phương án neo đậu tại cảng Tịnh Kỳ", "mùa mưa bão"),
             task("Nguyễn Văn Hùng", "rà soát danh sách tàu, phương án neo đậu tại cảng Tịnh Kỳ", "mùa mưa bão"),
             task("Chi đoàn thôn", "tổ chức dọn rác bãi biển và bãi ghe thúng vào sáng Chủ nhật", "hằng tuần"),
             task("Lê Văn Tám", "trực tiếp làm việc với chủ 02 tàu bị mất kết nối", "kỳ họp tháng 8"),
             task("Chi hội Phụ nữ thôn", "vận động hội viên nộp quỹ phòng, chống thiên tai", "tháng 7/2024"),
             task("Trương Thị Mỹ Lệ", "soạn văn bản kiến nghị xã về thùng chứa dầu nhớt thải",
                  "ngay sau cuộc họp")],
            []),
    }],
    "flags": [],
    "scans": [{"name": "g10-quangngai-port-scan-moderate", "folder": "dev", "damage": "moderate",
               "seed": 5211, "dpi": 250}],
})


# ─────────────────────────────────────────────────────────────────────────────────────────────────────
# g02 · Huế, ward residential cell · thematic · "kết luận" only in the agenda · missing_conclusion
# ─────────────────────────────────────────────────────────────────────────────────────────────────────
G02_CELL, G02_COMM = "CHI BỘ TỔ DÂN PHỐ 9", "ĐẢNG BỘ PHƯỜNG KIM LONG"
G02_TOPIC = "Giữ gìn nếp sống văn minh, bảo vệ cảnh quan di sản trên địa bàn tổ dân phố"
DOCS.append({
    "name": "g02-hue-ward-thematic-no-conclusion",
    "folder": "dev",
    "born_digital": True,
    "style": {"family": "sans", "size": 12, "justify": False, "spacing": 1.35, "indent": 20, "left": 78,
              "right": 60, "para_gap": 3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ THÀNH PHỐ HUẾ", G02_COMM, G02_CELL, "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Kim Long, ngày 22 tháng 5 năm 2024"], bold_left=(2,)),
            G(10),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHUYÊN ĐỀ QUÝ II NĂM 2024"),
            C("Chuyên đề: " + G02_TOPIC, bold=False, italic=True),
            G(8),
            L("1. Thời gian: bắt đầu lúc 19 giờ 30 phút, ngày 22/5/2024."),
            L("2. Địa điểm: nhà văn hóa tổ dân phố 9, phường Kim Long."),
            L("3. Thành phần: chi bộ có mười sáu đảng viên; có mặt mười lăm đồng chí; vắng một đồng chí là đ/c "
              "Tôn Thất Minh (đang điều trị tại Bệnh viện Trung ương Huế)."),
            L("4. Chủ trì: đ/c Nguyễn Thị Thu Hà, Bí thư chi bộ. Thư ký: đ/c Hồ Đắc Phước."),
            L("5. Chương trình: (1) đồng chí Bí thư trình bày chuyên đề; (2) đảng viên thảo luận, liên hệ bản "
              "thân và gia đình; (3) đồng chí chủ trì kết luận, chi bộ biểu quyết; (4) phân công thực hiện."),
            G(4),
            H("I. TRÌNH BÀY CHUYÊN ĐỀ"),
            P("Đồng chí Nguyễn Thị Thu Hà trình bày chuyên đề. Tổ dân phố 9 nằm trong vùng đệm của quần thể di "
              "tích, có nhiều nhà vườn và phủ đệ cũ; thời gian qua một số hộ tự ý cơi nới, xây tường rào kiên cố "
              "trên đất nhà vườn, có hộ đổ xà bần xuống bờ sông Hương. Chuyên đề đề ra ba nhóm việc: giữ gìn kiến "
              "trúc nhà vườn; giữ sạch bờ sông và các kiệt; thực hiện nếp sống văn minh trong việc cưới, việc tang "
              "và lễ hội."),
            H("II. THẢO LUẬN"),
            P("Đ/c Tôn Nữ Bích Vân cho rằng nhiều nhà vườn đã qua ba, bốn đời, con cháu muốn xây nhà ống cho "
              "tiện nên rất khó vận động; đồng chí đề nghị phường kiến nghị thành phố có chính sách hỗ trợ tu sửa "
              "nhà rường."),
            P("Đ/c Lê Quang Thịnh (Tổ trưởng tổ dân phố) hỏi: các hộ làm homestay lấn bờ sông làm bến thuyền thì "
              "tổ dân phố có được lập biên bản không? Đ/c Bí thư trả lời: tổ dân phố chỉ nhắc nhở, ghi nhận và "
              "báo cáo, việc xử lý thuộc thẩm quyền Ủy ban nhân dân phường."),
            P("Đ/c Trưởng Ban công tác Mặt trận nêu: đám tang trong tổ vẫn còn rải vàng mã dọc đường, đề nghị đưa "
              "việc này vào hương ước của tổ dân phố."),
            P("Đ/c Hồ Đắc Phước liên hệ bản thân: gia đình đồng chí đã tháo dỡ mái tôn che lấn ra kiệt trước nhà "
              "và sẽ vận động bà con trong xóm cùng làm."),
            H("III. BIỂU QUYẾT"),
            P("Chi bộ biểu quyết thông qua nội dung chuyên đề và các giải pháp đã nêu: 15/15 đồng chí có mặt tán "
              "thành, đạt 100%."),
            H("IV. PHÂN CÔNG THỰC HIỆN"),
            P("Đ/c Lê Quang Thịnh được giao lập danh sách các hộ cơi nới, xây dựng trên đất nhà vườn để báo cáo "
              "phường, hoàn thành trong tháng 6/2024."),
            P("Chi hội Cựu chiến binh và Chi đoàn thanh niên cùng nhận nhiệm vụ ra quân dọn vệ sinh bờ sông "
              "Hương đoạn qua tổ dân phố, duy trì hằng tháng."),
            P("Ban công tác Mặt trận tổ dân phố dự thảo phần bổ sung hương ước về việc tang, trình hội nghị toàn "
              "tổ dân phố vào cuối quý."),
            P("Đ/c Tôn Nữ Bích Vân phụ trách tuyên truyền nội dung chuyên đề trên nhóm Zalo của tổ dân phố, "
              "thường xuyên."),
            P("Buổi sinh hoạt chuyên đề kết thúc lúc 21 giờ 15 phút cùng ngày. Biên bản đã được đọc lại cho chi "
              "bộ nghe và nhất trí thông qua."),
            S(["THƯ KÝ", "", "", "Hồ Đắc Phước"], ["CHỦ TRÌ", "", "", "Nguyễn Thị Thu Hà"]),
        ],
        "truth": minute(
            meeting("thematic", "2024-05-22", "19:30", "21:15", "nhà văn hóa tổ dân phố 9, phường Kim Long",
                    G02_CELL, G02_COMM, topic=G02_TOPIC),
            "Nguyễn Thị Thu Hà", "Bí thư chi bộ", "Hồ Đắc Phước",
            attendance(16, 15, 1, 1, 0, 0,
                       [("Tôn Thất Minh", "đang điều trị tại Bệnh viện Trung ương Huế", True)]),
            False,
            [vote("Thông qua nội dung chuyên đề và các giải pháp", 15, None, None, 100)],
            [task("Lê Quang Thịnh", "lập danh sách các hộ cơi nới, xây dựng trên đất nhà vườn để báo cáo phường",
                  "tháng 6/2024"),
             task("Chi hội Cựu chiến binh", "ra quân dọn vệ sinh bờ sông Hương đoạn qua tổ dân phố", "hằng tháng"),
             task("Chi đoàn thanh niên", "ra quân dọn vệ sinh bờ sông Hương đoạn qua tổ dân phố", "hằng tháng"),
             task("Ban công tác Mặt trận tổ dân phố", "dự thảo phần bổ sung hương ước về việc tang", "cuối quý"),
             task("Tôn Nữ Bích Vân", "tuyên truyền nội dung chuyên đề trên nhóm Zalo của tổ dân phố",
                  "thường xuyên")],
            ["missing_conclusion"]),
    }],
    "flags": [],
    "scans": [],
})


# ─────────────────────────────────────────────────────────────────────────────────────────────────────
# g03 · Bình Định, coastal ward · task table with the assignee and deadline columns first · clean
# ─────────────────────────────────────────────────────────────────────────────────────────────────────
G03_CELL, G03_COMM = "CHI BỘ KHU PHỐ TRUNG HÓA", "ĐẢNG BỘ PHƯỜNG TAM QUAN BẮC"
G03_TASK_COLS = [(0.23, "Đơn vị, cá nhân thực hiện", "l"), (0.23, "Thời hạn", "l"),
                 (0.36, "Nội dung công việc", "l"), (0.18, "Ghi chú", "l")]
DOCS.append({
    "name": "g03-binhdinh-ward-task-table-clean",
    "folder": "dev",
    "born_digital": True,
    "style": {"family": "dejavu", "size": 11.5, "justify": True, "spacing": 1.3, "indent": 26, "left": 78,
              "right": 54, "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD([G03_COMM, G03_CELL, "Số: 09-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tam Quan Bắc, ngày 10 tháng 9 năm 2024"]),
            G(10),
            C("BIÊN BẢN HỌP CHI BỘ", size=13),
            C("Kỳ sinh hoạt tháng 9 năm 2024", bold=False, italic=True),
            G(6),
            P("Vào hồi 14 giờ 00 ngày 10/9/2024, tại hội trường khu phố Trung Hóa, Chi bộ khu phố Trung Hóa họp "
              "định kỳ tháng 9 năm 2024."),
            P("Đảng viên trong chi bộ: 24 đồng chí (chính thức 22, dự bị 02); miễn sinh hoạt: 03 đồng chí. Dự "
              "họp: 20 đồng chí, trong đó có 02 đảng viên dự bị. Vắng 01 đồng chí: Trần Ngọc Sang – đi làm ăn ở "
              "Bình Dương, có đơn xin phép."),
            P("Đồng chí Đinh Văn Thảo, Bí thư chi bộ, chủ trì; đồng chí Lương Thị Kim Oanh, chi ủy viên, ghi "
              "biên bản."),
            H("1. Tình hình tháng 8 và thông tin mới"),
            P("Đồng chí Bí thư quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp tiến "
              "tới Đại hội XIV của Đảng và kế hoạch của Đảng ủy phường về chuẩn bị đại hội đảng bộ phường."),
            P("Trong tháng 8, khu phố làm mới 1,2 km đường bê tông xóm Bắc bằng tiền nhân dân đóng góp và ngân "
              "sách phường; thu bảo hiểm y tế hộ gia đình đạt 87%; không để xảy ra vụ việc phức tạp về an ninh "
              "trật tự. Hạn chế: bò còn thả rông ở khu vực ven đầm; vài hộ nuôi heo sát khu dân cư gây ô nhiễm, "
              "bà con phản ánh nhiều lần."),
            H("2. Nhiệm vụ tháng 9"),
            P("Chủ động phòng, chống lụt bão, vận động bà con chằng chống nhà cửa, nhất là các hộ ven biển; tiếp "
              "tục thu bảo hiểm y tế; chuẩn bị hồ sơ phát triển đảng viên; tổ chức Tết Trung thu cho thiếu nhi."),
            H("3. Ý kiến thảo luận"),
            P("Có 04 ý kiến phát biểu:"),
            L("+ Đ/c Phan Văn Dũng (Trưởng khu phố): nhất trí nhiệm vụ; đề nghị rà lại danh sách hộ sát bờ biển "
              "vì năm nay có thêm 06 hộ mới ra ở riêng."),
            L("+ Đ/c Nguyễn Thị Kim Cúc (Chi hội trưởng Phụ nữ): bảo hiểm y tế chưa đạt chủ yếu ở các hộ cận "
              "nghèo không thuộc diện được hỗ trợ; hội sẽ vận động mỗi hội viên giúp một hộ."),
            L("+ Đ/c Võ Tấn Lực (Bí thư Chi đoàn): đội thanh niên xung kích có 15 đoàn viên nhưng thiếu áo phao "
              "và đèn pin."),
            L("+ Đ/c Huỳnh Văn Mẫn: đề nghị xử lý nghiêm hộ thả bò rông, tái phạm thì báo công an phường."),
            P("Kết luận: Đồng chí chủ trì tổng hợp ý kiến và kết luận, chi bộ thống nhất: tháng 9 là tháng cao "
              "điểm chuẩn bị cho mùa mưa bão, mọi việc khác phải xếp sau công tác phòng, chống thiên tai; bảo "
              "hiểm y tế phấn đấu đạt 92% vào cuối năm; khu phố trích quỹ mua thêm 10 áo phao cho đội xung kích; "
              "hộ thả bò rông lần đầu nhắc nhở, tái phạm lập biên bản báo phường."),
            P("Biểu quyết: tán thành 20/20 (100%), không tán thành 0, không biểu quyết 0."),
            H("4. Phân công thực hiện"),
            ("table", G03_TASK_COLS, [
                ["Ban điều hành khu phố, Tổ tự quản số 2", "Trước mùa mưa bão",
                 "Rà soát, lập danh sách hộ ở nhà yếu, nhà sát biển cần di dời khi có bão",
                 "Báo cáo Ban chỉ huy PCTT phường"],
                ["Đ/c Đinh Văn Thảo", "Ngay sau cuộc họp",
                 "Làm việc với gia đình đ/c Trần Ngọc Sang, hướng dẫn thủ tục sinh hoạt tạm thời nơi làm việc mới",
                 ""],
                ["Chi hội Phụ nữ", "Trong tháng 10",
                 "Vận động hội viên, hộ cận nghèo tham gia bảo hiểm y tế hộ gia đình", "Phối hợp Chi hội Nông dân"],
                ["Đ/c Lương Thị Kim Oanh – đ/c Phan Văn Dũng", "Cuối quý IV/2024",
                 "Hoàn thiện hồ sơ đề nghị kết nạp quần chúng Nguyễn Thị Hồng Nhung", ""],
                ["Chi đoàn khu phố", "Thường xuyên",
                 "Duy trì đội thanh niên xung kích, trực ứng cứu khi có bão, lũ", "15 đoàn viên"],
            ], {"head_center": True, "size": 9.5}),
            P("Cuộc họp kết thúc vào lúc 16 giờ 10 phút cùng ngày. Thư ký đọc lại biên bản, chi bộ thống nhất "
              "thông qua 100%."),
            S(["THƯ KÝ", "", "", "Lương Thị Kim Oanh"], ["T/M CHI ỦY", "BÍ THƯ", "", "", "Đinh Văn Thảo"]),
        ],
        "truth": minute(
            meeting("regular", "2024-09-10", "14:00", "16:10", "hội trường khu phố Trung Hóa", G03_CELL, G03_COMM),
            "Đinh Văn Thảo", "Bí thư chi bộ", "Lương Thị Kim Oanh",
            attendance(24, 20, 1, 1, 0, 3,
                       [("Trần Ngọc Sang", "đi làm ăn ở Bình Dương, có đơn xin phép", True)]),
            True,
            [vote("Thông qua kết luận tháng 9/2024", 20, 0, 0, 100)],
            [task("Ban điều hành khu phố",
                  "Rà soát, lập danh sách hộ ở nhà yếu, nhà sát biển cần di dời khi có bão", "mùa mưa bão"),
             task("Tổ tự quản số 2",
                  "Rà soát, lập danh sách hộ ở nhà yếu, nhà sát biển cần di dời khi có bão", "mùa mưa bão"),
             task("Đinh Văn Thảo", "Làm việc với gia đình đ/c Trần Ngọc Sang, hướng dẫn thủ tục sinh hoạt tạm "
                  "thời nơi làm việc mới", "Ngay sau cuộc họp"),
             task("Chi hội Phụ nữ", "Vận động hội viên, hộ cận nghèo tham gia bảo hiểm y tế hộ gia đình",
                  "tháng 10"),
             task("Lương Thị Kim Oanh", "Hoàn thiện hồ sơ đề nghị kết nạp quần chúng Nguyễn Thị Hồng Nhung",
                  "Cuối quý IV/2024"),
             task("Phan Văn Dũng", "Hoàn thiện hồ sơ đề nghị kết nạp quần chúng Nguyễn Thị Hồng Nhung",
                  "Cuối quý IV/2024"),
             task("Chi đoàn khu phố", "Duy trì đội thanh niên xung kích, trực ứng cứu khi có bão, lũ",
                  "Thường xuyên")],
            []),
    }],
    "flags": [],
    "scans": [],
})


# ─────────────────────────────────────────────────────────────────────────────────────────────────────
# g04 · Khánh Hòa, tourism company · 80 minutes after work · conclusion never voted
# ─────────────────────────────────────────────────────────────────────────────────────────────────────
G04_CELL, G04_COMM = "CHI BỘ LỮ HÀNH – ĐIỀU HÀNH TOUR", "ĐẢNG BỘ CÔNG TY CP DU LỊCH BIỂN XANH"
DOCS.append({
    "name": "g04-khanhhoa-tourism-short-no-vote",
    "folder": "dev",
    "born_digital": True,
    "style": {"family": "dvsans", "size": 11, "justify": False, "spacing": 1.35, "indent": 0, "left": 76,
              "right": 56, "para_gap": 4},
    "minutes": [{
        "blocks": [
            HD([G04_COMM, G04_CELL, "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nha Trang, ngày 18 tháng 3 năm 2025"],
               size=10),
            G(10),
            C("BIÊN BẢN", size=13),
            C("SINH HOẠT CHI BỘ THÁNG 3/2025"),
            G(8),
            L("Thời gian: từ 16 giờ 45 đến 18 giờ 05, ngày 18/3/2025 (sau giờ làm việc)."),
            L("Địa điểm: phòng họp tầng 3, trụ sở Công ty, số 12 Trần Phú, Nha Trang."),
            L("Đảng viên dự họp: 12/12 đồng chí."),
            L("Chủ trì: đ/c Phạm Ngọc Quỳnh Như – Bí thư chi bộ, Trưởng phòng Điều hành tour."),
            L("Ghi biên bản: đ/c Lâm Gia Huy."),
            H("1. Tình hình tháng 02 và quý I"),
            L("Lượng khách tháng 02 đạt 6.840 lượt, tăng 18% so với cùng kỳ, chủ yếu khách Hàn Quốc và Nga; tour "
              "4 đảo và tour lặn ngắm san hô Hòn Mun kín chỗ các ngày cuối tuần. Có 01 phản ánh của khách về việc "
              "hướng dẫn viên cộng tác bán thêm dịch vụ ngoài chương trình; phòng đã xử lý và hoàn tiền cho khách. "
              "Đảng viên chấp hành tốt quy định của Công ty, không có trường hợp vi phạm."),
            H("2. Nhiệm vụ tháng 3"),
            L("Chuẩn bị cho mùa cao điểm hè; rà soát hợp đồng với nhà hàng, tàu du lịch đối tác; bảo đảm 100% "
              "khách đi tàu được phát áo phao; tập huấn lại quy tắc ứng xử cho hướng dẫn viên cộng tác."),
            H("3. Thảo luận"),
            L("- Đ/c Quách Mỹ Linh (Tổ hướng dẫn viên): “Khách Hàn tháng này tăng gần gấp đôi, anh em hướng dẫn "
              "tiếng Hàn không đủ, đang phải mượn người của đơn vị bạn.” Đề nghị Công ty mở lớp tiếng Hàn ngắn "
              "hạn cho hướng dẫn viên."),
            L("- Đồng chí Đội trưởng đội tàu cho biết 02 tàu thuê ngoài chưa đủ phao tròn cứu sinh theo quy định; "
              "nếu đối tác không bổ sung thì nên dừng hợp đồng."),
            L("- Đ/c Võ Thành Nhân: nêu tình trạng cò mồi ở bến Cầu Đá làm mất uy tín của Công ty, đề nghị làm "
              "việc với Ban quản lý bến."),
            L("Đồng chí Bí thư kết luận: chi bộ thống nhất đặt an toàn của khách lên trên doanh thu; tàu thuê "
              "ngoài chưa đủ trang bị cứu sinh thì không đưa khách ra đảo; chấn chỉnh ngay việc hướng dẫn viên bán "
              "thêm dịch vụ; đến quý II phải đủ hướng dẫn viên tiếng Hàn cho mùa hè."),
            H("4. Phân công"),
            L("- Đề nghị đồng chí Quách Mỹ Linh lập danh sách hướng dẫn viên học lớp tiếng Hàn, gửi phòng Nhân "
              "sự xong trước ngày 25/3."),
            L("- Đồng chí Phó Bí thư phụ trách kiểm tra trang bị cứu sinh trên các tàu đối tác, báo cáo Ban Giám "
              "đốc hằng tuần."),
            L("- Đ/c Võ Thành Nhân và đ/c Lâm Gia Huy làm việc với Ban quản lý bến Cầu Đá về tình trạng cò mồi, "
              "có kết quả trong tháng 4."),
            L("- Phòng Điều hành tour soạn lại bộ quy tắc ứng xử cho hướng dẫn viên cộng tác."),
            L("Cuộc họp kết thúc lúc 18 giờ 05 phút. Biên bản được đọc lại, 12/12 đồng chí nhất trí thông qua."),
            S(["NGƯỜI GHI BIÊN BẢN", "", "", "Lâm Gia Huy"], ["BÍ THƯ CHI BỘ", "", "", "Phạm Ngọc Quỳnh Như"]),
        ],
        "truth": minute(
            meeting("regular", "2025-03-18", "16:45", "18:05",
                    "phòng họp tầng 3, trụ sở Công ty, số 12 Trần Phú, Nha Trang", G04_CELL, G04_COMM),
            "Phạm Ngọc Quỳnh Như", "Bí thư chi bộ", "Lâm Gia Huy",
            attendance(12, 12, 0, 0, 0, 0),
            True,
            [],
            [task("Quách Mỹ Linh", "lập danh sách hướng dẫn viên học lớp tiếng Hàn, gửi phòng Nhân sự", "25/3"),
             task("Phó Bí thư", "kiểm tra trang bị cứu sinh trên các tàu đối tác", "hằng tuần"),
             task("Võ Thành Nhân", "làm việc với Ban quản lý bến Cầu Đá về tình trạng cò mồi", "tháng 4"),
             task("Lâm Gia Huy", "làm việc với Ban quản lý bến Cầu Đá về tình trạng cò mồi", "tháng 4"),
             task("Phòng Điều hành tour", "soạn lại bộ quy tắc ứng xử cho hướng dẫn viên cộng tác", None)],
            ["missing_vote", "short_meeting"]),
    }],
    "flags": [],
    "scans": [],
})


# ─────────────────────────────────────────────────────────────────────────────────────────────────────
# g05 · Bình Dương, footwear factory workshop · only general calls · not read back
# ─────────────────────────────────────────────────────────────────────────────────────────────────────
G05_CELL, G05_COMM = "CHI BỘ PHÂN XƯỞNG GÒ RÁP", "ĐẢNG BỘ CÔNG TY TNHH GIÀY PHÚ AN"
DOCS.append({
    "name": "g05-binhduong-factory-general-call",
    "folder": "dev",
    "born_digital": True,
    "style": {"family": "serif", "size": 12, "justify": False, "spacing": 1.25, "indent": 24, "left": 80,
              "right": 60},
    "minutes": [{
        "blocks": [
            HD([G05_COMM, G05_CELL, "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thuận An, ngày 12 tháng 11 năm 2024"]),
            G(10),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 11 NĂM 2024"),
            G(8),
            P("Vào lúc 15 giờ 30 phút, ngày 12 tháng 11 năm 2024, tại phòng họp Phân xưởng Gò ráp, Chi bộ Phân "
              "xưởng Gò ráp tiến hành sinh hoạt định kỳ tháng 11/2024."),
            P("Tổng số đảng viên: 17 đồng chí; có mặt: 16 đồng chí; vắng: 01 đồng chí (đ/c Hoàng Thị Huyền – "
              "nghỉ chế độ thai sản)."),
            P("Đồng chí Trần Quốc Bảo – Bí thư chi bộ, Quản đốc phân xưởng chủ trì; đồng chí Lê Thị Thu Trang "
              "ghi biên bản."),
            H("1/ Đánh giá tình hình tháng 10"),
            P("Phân xưởng đạt 104% kế hoạch sản lượng, tỷ lệ hàng lỗi giảm còn 1,8%. Đơn hàng cuối năm tăng, "
              "công nhân tăng ca đến 20 giờ nhiều ngày liền; có 09 công nhân nghỉ việc chuyển sang công ty khác "
              "vì mức phụ cấp chuyên cần cao hơn. Đảng viên giữ đúng giờ giấc, không vi phạm nội quy; còn 02 "
              "đồng chí đóng đảng phí chưa đúng kỳ."),
            H("2/ Thảo luận"),
            P("Đ/c Nguyễn Văn Hậu (Tổ trưởng tổ gò 3) phát biểu: “Anh em tăng ca liên tục thì mệt, chỗ nào phụ "
              "cấp cao hơn là họ đi. Chi bộ nên kiến nghị công ty xem lại tiền chuyên cần, không thì Tết này "
              "thiếu người.”"),
            P("Đ/c Phạm Thị Lan hỏi: công nhân ở trọ xa có được bố trí xe đưa đón ca tối không? Đ/c Trần Quốc "
              "Bảo trả lời: công ty đang khảo sát, dự kiến mở tuyến xe về Lái Thiêu từ tháng 12."),
            P("Đ/c Đỗ Minh Khoa xin nhận kèm cặp 02 công nhân mới vào làm ở chuyền của mình."),
            P("Đ/c Lê Thị Thu Trang đề nghị Công đoàn bộ phận thăm hỏi các gia đình công nhân có hoàn cảnh khó "
              "khăn trước Tết."),
            H("3/ Kết luận"),
            P("Đồng chí Trần Quốc Bảo kết luận: tháng 11 phân xưởng phải bảo đảm tiến độ đơn hàng xuất đi châu "
              "Âu nhưng không để tăng ca quá 40 giờ một tháng; chi bộ kiến nghị Ban Giám đốc điều chỉnh phụ cấp "
              "chuyên cần từ tháng 12; hai đồng chí chậm đóng đảng phí phải nộp đủ trong tháng."),
            P("Chi bộ biểu quyết thông qua kết luận với tỷ lệ 100% đảng viên có mặt tán thành."),
            H("4/ Phương hướng tháng 11"),
            P("Đề nghị các đồng chí đảng viên tiếp tục gương mẫu trong sản xuất, bám sát chuyền, nắm tâm tư công "
              "nhân, kịp thời báo cáo chi ủy những việc phát sinh. Mỗi đảng viên vận động ít nhất một công nhân "
              "gắn bó với phân xưởng đến sau Tết. Các tổ tiếp tục giữ tỷ lệ hàng lỗi dưới 2%."),
            P("Cuộc họp kết thúc lúc 17 giờ 20 phút cùng ngày."),
            S(["THƯ KÝ", "", "", "Lê Thị Thu Trang"], ["CHỦ TRÌ", "", "", "Trần Quốc Bảo"]),
        ],
        "truth": minute(
            meeting("regular", "2024-11-12", "15:30", "17:20", "phòng họp Phân xưởng Gò ráp", G05_CELL, G05_COMM),
            "Trần Quốc Bảo", "Bí thư chi bộ", "Lê Thị Thu Trang",
            attendance(17, 16, 1, 1, 0, 0, [("Hoàng Thị Huyền", "nghỉ chế độ thai sản", True)]),
            True,
            [vote("Thông qua kết luận tháng 11/2024", None, None, None, 100)],
            [],
            ["missing_assignments", "not_approved"]),
    }],
    "flags": [],
    "scans": [],
})


# ─────────────────────────────────────────────────────────────────────────────────────────────────────
# g06 · Đồng Tháp, rice cooperative · 11/14 · opinions with nobody named · scanned as g11 (photocopy)
# ─────────────────────────────────────────────────────────────────────────────────────────────────────
G06_CELL, G06_COMM = "CHI BỘ HTX NÔNG NGHIỆP TÂN LỢI", "ĐẢNG BỘ XÃ TÂN KHÁNH TRUNG"
DOCS.append({
    "name": "g06-dongthap-rice-coop-unnamed-opinions",
    "folder": "dev",
    "born_digital": True,
    "style": {"family": "serif", "size": 13, "justify": True, "spacing": 1.25, "indent": 30, "left": 80,
              "right": 56},
    "minutes": [{
        "blocks": [
            HD([G06_COMM, G06_CELL, "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tân Khánh Trung, ngày 06 tháng 5 năm 2025"]),
            G(10),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 5 NĂM 2025"),
            G(6),
            P("Hôm nay, lúc 8 giờ 00 phút, ngày 06/5/2025, tại văn phòng Hợp tác xã nông nghiệp Tân Lợi, ấp Tân "
              "Lợi 2, Chi bộ Hợp tác xã tổ chức sinh hoạt thường kỳ tháng 5/2025."),
            P("Tổng số đảng viên: 14 đồng chí. Có mặt: 11 đồng chí. Vắng: 03 đồng chí, gồm: đ/c Nguyễn Văn Út "
              "(bệnh, nằm viện ở Sa Đéc); đ/c Phan Thị Bé Tư (đi đám cưới con ở Cần Thơ, có xin phép); đ/c Huỳnh "
              "Văn Sáu (đi cắt lúa mướn ở Long An, có báo chi ủy)."),
            P("Chủ trì: đồng chí Lê Văn Bảy (chú Bảy), Bí thư chi bộ, Giám đốc Hợp tác xã. Thư ký: đồng chí Võ "
              "Thị Ngọc Hân."),
            H("1. Kết quả sản xuất vụ Đông Xuân 2024 – 2025"),
            P("Hợp tác xã có 126 xã viên, diện tích 318 ha. Vụ Đông Xuân năng suất bình quân 7,6 tấn/ha; 180 ha "
              "lúa chất lượng cao được Công ty lương thực bao tiêu theo hợp đồng, giá cao hơn giá thị trường 300 "
              "đồng/kg. Cuối vụ giá lúa giảm mạnh, một số hộ bán lúa tươi cho thương lái trước khi Công ty thu "
              "mua, vi phạm hợp đồng liên kết. Dịch vụ bơm tưới và sấy lúa của Hợp tác xã có lãi 146 triệu đồng."),
            H("2. Kế hoạch vụ Hè Thu 2025"),
            P("Xuống giống tập trung, né rầy theo lịch của ngành nông nghiệp; mở rộng diện tích liên kết lên 220 "
              "ha; áp dụng quy trình “1 phải 5 giảm”; nạo vét kênh nội đồng trước mùa lũ; vận động xã viên góp "
              "thêm vốn mua máy sấy thứ hai."),
            H("3. Ý kiến thảo luận"),
            P("Có ý kiến cho rằng hợp đồng bao tiêu cần ghi rõ giá sàn thì bà con mới yên tâm, không bán ra "
              "ngoài. Một số đảng viên đề nghị Hợp tác xã ứng trước vật tư, phân bón cho các hộ khó khăn, trừ vào "
              "tiền lúa cuối vụ. Cũng có ý kiến lo nước mặn vào sâu nếu mùa khô kéo dài, đề nghị theo dõi độ mặn "
              "ở cống Tân Lợi."),
            P("Kết luận: đồng chí chủ trì thống nhất với các ý kiến; chi bộ lãnh đạo Hợp tác xã giữ uy tín với "
              "doanh nghiệp, xã viên nào bán lúa ngoài hợp đồng thì vụ sau không ký tiếp; ưu tiên ứng vật tư cho "
              "hộ khó khăn có bảo lãnh của Chi hội Nông dân."),
            P("Chi bộ biểu quyết: 11/11 đồng chí có mặt tán thành, tỷ lệ 100%."),
            H("4. Phân công"),
            P("Giao đồng chí Huỳnh Văn Mười, Phó Giám đốc Hợp tác xã, làm việc với Công ty lương thực để ký hợp "
              "đồng bao tiêu vụ Hè Thu có điều khoản giá sàn, xong trước ngày 20/5/2025. Chi hội Nông dân ấp Tân "
              "Lợi 2 vận động bà con xuống giống đồng loạt, xong trong tháng 5. Tổ khuyến nông thăm đồng, theo dõi "
              "rầy nâu và độ mặn, báo cáo hằng tuần."),
            P("Buổi sinh hoạt kết thúc lúc 10 giờ 00 cùng ngày. Biên bản được đọc lại và được các đồng chí dự họp "
              "thông qua."),
            S(["THƯ KÝ", "", "", "Võ Thị Ngọc Hân"], ["CHỦ TRÌ", "", "", "Lê Văn Bảy"]),
        ],
        "truth": minute(
            meeting("regular", "2025-05-06", "08:00", "10:00",
                    "văn phòng Hợp tác xã nông nghiệp Tân Lợi, ấp Tân Lợi 2", G06_CELL, G06_COMM),
            "Lê Văn Bảy", "Bí thư chi bộ", "Võ Thị Ngọc Hân",
            attendance(14, 11, 3, 3, 0, 0,
                       [("Nguyễn Văn Út", "bệnh, nằm viện ở Sa Đéc", True),
                        ("Phan Thị Bé Tư", "đi đám cưới con ở Cần Thơ, có xin phép", True),
                        ("Huỳnh Văn Sáu", "đi cắt lúa mướn ở Long An, có báo chi ủy", True)]),
            True,
            [vote("Thông qua kết luận tháng 5/2025", 11, None, None, 100)],
            [task("Huỳnh Văn Mười", "làm việc với Công ty lương thực để ký hợp đồng bao tiêu vụ Hè Thu có điều "
                  "khoản giá sàn", "20/5/2025"),
             task("Chi hội Nông dân ấp Tân Lợi 2", "vận động bà con xuống giống đồng loạt", "tháng 5"),
             task("Tổ khuyến nông", "thăm đồng, theo dõi rầy nâu và độ mặn", "hằng tuần")],
            ["low_attendance", "no_discussion"]),
    }],
    "flags": [],
    "scans": [{"name": "g11-dongthap-coop-scan-photocopy", "folder": "dev", "damage": "photocopy",
               "seed": 5243, "dpi": 300}],
})


# ─────────────────────────────────────────────────────────────────────────────────────────────────────
# g07 · Hồ Chí Minh City, district hospital (paediatrics) · regular + thematic in 130 min · clean
# ─────────────────────────────────────────────────────────────────────────────────────────────────────
G07_CELL, G07_COMM = "CHI BỘ KHOA NHI", "ĐẢNG BỘ BỆNH VIỆN QUẬN 8"
G07_TOPIC = "Nâng cao y đức, thái độ phục vụ người bệnh theo lời dạy của Chủ tịch Hồ Chí Minh"
DOCS.append({
    "name": "g07-hcm-hospital-combined-clean",
    "folder": "dev",
    "born_digital": True,
    "style": {"family": "serif", "size": 12.5, "justify": True, "spacing": 1.25, "indent": 28, "left": 80,
              "right": 56, "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD([G07_COMM, G07_CELL, "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "TP. Hồ Chí Minh, ngày 16 tháng 10 năm 2024"]),
            G(10),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10/2024"),
            C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ IV"),
            C("Chuyên đề: " + G07_TOPIC, bold=False, italic=True),
            G(6),
            L("- Thời gian: từ 13 giờ 30 phút đến 15 giờ 40 phút, ngày 16/10/2024."),
            L("- Địa điểm: Phòng giao ban Khoa Nhi, lầu 2."),
            L("- Thành phần: tổng số đảng viên 19 đồng chí (chính thức 17, dự bị 02); miễn sinh hoạt 01 đồng chí "
              "(đ/c Nguyễn Thị Kim Loan – đang học nghiên cứu sinh ở nước ngoài). Có mặt 17/18 đồng chí, đạt "
              "94,4%; vắng 01 đồng chí: ThS.BS. Lâm Quốc Vĩnh (trực cấp cứu, có báo cáo)."),
            L("- Đại biểu dự: đồng chí Đoàn Minh Tuấn – Phó Bí thư Đảng ủy, Phó Giám đốc Bệnh viện."),
            L("- Chủ tọa: BSCKI. Huỳnh Thị Ngọc Diệp – Bí thư chi bộ, Trưởng khoa. Thư ký: CNĐD. Thạch Thị Sa Ly."),
            G(4),
            H("PHẦN THỨ NHẤT: SINH HOẠT THƯỜNG KỲ"),
            L("1. Đánh giá công tác tháng 9/2024", italic=True),
            P("Khoa tiếp nhận 1.946 lượt khám, 412 lượt điều trị nội trú; số ca sốt xuất huyết tăng 30% so với "
              "tháng 8, trong đó 06 ca có dấu hiệu cảnh báo được chuyển Bệnh viện Nhi Đồng 1 đúng quy trình; bệnh "
              "tay chân miệng rải rác, chưa có ổ dịch. Không có sai sót chuyên môn. Khảo sát hài lòng người bệnh "
              "đạt 93,2%; còn 02 phản ánh qua đường dây nóng về thời gian chờ lấy kết quả xét nghiệm."),
            L("2. Nhiệm vụ tháng 10/2024", italic=True),
            P("Sẵn sàng giường bệnh cho đợt cao điểm sốt xuất huyết; phối hợp Trung tâm Y tế quận truyền thông "
              "phòng bệnh ở các trường mầm non; rút ngắn thời gian trả kết quả xét nghiệm; hoàn thành kiểm tra hồ "
              "sơ bệnh án quý III."),
            H("PHẦN THỨ HAI: SINH HOẠT CHUYÊN ĐỀ"),
            P("Đồng chí Trịnh Thanh Sơn, Phó Bí thư chi bộ, trình bày chuyên đề, liên hệ lời Bác dạy “Lương y "
              "phải như từ mẫu” với công việc hằng ngày của khoa: nói năng nhẹ nhàng với thân nhân bệnh nhi, giải "
              "thích rõ tình trạng bệnh, không để người nhà chờ đợi mà không ai hướng dẫn."),
            P("Các ý kiến tham gia:"),
            L("- Đ/c Sơn Minh Tâm: “Nhiều khi mình bận quá nên trả lời cộc lốc, người nhà tưởng mình khó chịu. "
              "Tôi xin nhận khuyết điểm này trước chi bộ.”"),
            L("- Đ/c Nguyễn Hoàng Phúc: đề nghị dán sơ đồ hướng dẫn quy trình khám, lấy mẫu xét nghiệm ngay tại "
              "khu chờ, có hình vẽ cho người không rành chữ."),
            L("- Đ/c Trần Mỹ Hạnh (Điều dưỡng trưởng khoa): điều dưỡng có thể luân phiên trực bàn hướng dẫn vào "
              "giờ cao điểm buổi sáng."),
            L("- Đ/c Đoàn Minh Tuấn (đại biểu Đảng ủy): ghi nhận tinh thần tự phê bình của chi bộ; đề nghị đưa "
              "tiêu chí thái độ phục vụ vào đánh giá đảng viên cuối năm."),
            H("KẾT LUẬN"),
            P("Đồng chí chủ tọa kết luận:"),
            L("1) Tháng 9 khoa hoàn thành tốt nhiệm vụ; tháng 10 tập trung phòng, chống sốt xuất huyết, không để "
              "tử vong do chuyển viện chậm."),
            L("2) Về chuyên đề: mỗi đảng viên đăng ký một việc làm cụ thể để cải thiện thái độ phục vụ; chi bộ đưa "
              "tiêu chí này vào đánh giá, xếp loại đảng viên cuối năm."),
            L("3) Khoa rút thời gian trả kết quả xét nghiệm thường quy xuống dưới 60 phút."),
            P("Biểu quyết thông qua kết luận: tán thành 16/17 đồng chí (94,1%), 01 đồng chí không biểu quyết (xin "
              "ý kiến thêm về tiêu chí đánh giá)."),
            H("PHÂN CÔNG"),
            L("- Giao BS. Nguyễn Hoàng Phúc và CNĐD. Trần Mỹ Hạnh cùng xây dựng sơ đồ hướng dẫn người bệnh tại "
              "khu chờ, hoàn thành trước 31/10/2024."),
            L("- Tổ điều dưỡng khoa bố trí người trực bàn hướng dẫn ở khu chờ vào giờ cao điểm buổi sáng, thực "
              "hiện hằng ngày."),
            L("- Đồng chí Sơn Minh Tâm phối hợp Khoa Xét nghiệm rà lại quy trình lấy mẫu, trả kết quả. Đồng chí lập "
              "bảng theo dõi thời gian chờ của từng ca trong hai tuần. Số liệu trình chi bộ ở kỳ họp tháng 11."),
            L("- Đồng chí Trịnh Thanh Sơn tổng hợp bản đăng ký việc làm cụ thể của từng đảng viên, xong trước cuối "
              "năm 2024."),
            P("Buổi sinh hoạt kết thúc lúc 15 giờ 40 phút cùng ngày. Biên bản được thư ký đọc lại, chi bộ nhất "
              "trí thông qua."),
            S(["THƯ KÝ", "", "", "Thạch Thị Sa Ly"], ["CHỦ TỌA", "", "", "Huỳnh Thị Ngọc Diệp"]),
        ],
        "truth": minute(
            meeting("regular", "2024-10-16", "13:30", "15:40", "Phòng giao ban Khoa Nhi, lầu 2", G07_CELL, G07_COMM,
                    topic=G07_TOPIC),
            "Huỳnh Thị Ngọc Diệp", "Bí thư chi bộ", "Thạch Thị Sa Ly",
            attendance(19, 17, 1, 1, 0, 1, [("Lâm Quốc Vĩnh", "trực cấp cứu, có báo cáo", True)],
                       [("Đoàn Minh Tuấn", "Phó Bí thư Đảng ủy, Phó Giám đốc Bệnh viện")]),
            True,
            [vote("Thông qua kết luận tháng 10 và chuyên đề quý IV", 16, None, 1, 94.1)],
            [task("Nguyễn Hoàng Phúc", "xây dựng sơ đồ hướng dẫn người bệnh tại khu chờ", "31/10/2024"),
             task("Trần Mỹ Hạnh", "xây dựng sơ đồ hướng dẫn người bệnh tại khu chờ", "31/10/2024"),
             task("Tổ điều dưỡng khoa", "bố trí người trực bàn hướng dẫn ở khu chờ vào giờ cao điểm buổi sáng",
                  "hằng ngày"),
             task("Sơn Minh Tâm", "phối hợp Khoa Xét nghiệm rà lại quy trình lấy mẫu, trả kết quả",
                  "kỳ họp tháng 11"),
             task("Trịnh Thanh Sơn", "tổng hợp bản đăng ký việc làm cụ thể của từng đảng viên", "cuối năm 2024")],
            []),
    }],
    "flags": [],
    "scans": [],
})


# ─────────────────────────────────────────────────────────────────────────────────────────────────────
# g08 · Bình Phước, rubber plantation team · typed printed form · dots and "(Ký, ghi rõ họ tên)" left
# ─────────────────────────────────────────────────────────────────────────────────────────────────────
G08_CELL, G08_COMM = "CHI BỘ ĐỘI SẢN XUẤT SỐ 5", "ĐẢNG BỘ NÔNG TRƯỜNG CAO SU THUẬN LỢI"
DOCS.append({
    "name": "g08-binhphuoc-rubber-form-unfilled",
    "folder": "dev",
    "born_digital": True,
    "style": {"family": "mono", "size": 10.5, "justify": False, "spacing": 1.3, "indent": 0, "left": 70,
              "right": 50, "para_gap": 3},
    "minutes": [{
        "blocks": [
            HD([G08_COMM, G08_CELL, "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đồng Phú, ngày 10 tháng 12 năm 2024"],
               size=10),
            G(10),
            C("BIÊN BẢN SINH HOẠT CHI BỘ", size=12),
            C("Tháng 12 năm 2024", bold=False),
            G(6),
            L("Thời gian: 14 giờ 00 phút, ngày 10 tháng 12 năm 2024"),
            L("Địa điểm: Văn phòng Đội sản xuất số 5"),
            L("Tổng số đảng viên: 15 đ/c; có mặt: 14 đ/c; vắng: 01 đ/c"),
            L("Họ tên đảng viên vắng, lý do: Điểu Kré – vắng không lý do"),
            L("Khách mời: ……………………………………"),
            L("Chủ trì: đ/c Nguyễn Hữu Tài; chức vụ: Bí thư chi bộ, Đội trưởng"),
            L("Thư ký: đ/c Lâm Thị Bích Trâm"),
            G(4),
            H("I. NỘI DUNG SINH HOẠT"),
            L("1. Thông tin, quán triệt:"),
            L("Chi ủy thông tin kết quả sản xuất 11 tháng của Nông trường: sản lượng mủ quy khô đạt 94% kế hoạch "
              "năm; giá mủ tăng nên thu nhập công nhân cạo khá hơn năm trước. Quán triệt Kế hoạch phòng, chống "
              "cháy vườn cây mùa khô 2024 – 2025 của Nông trường."),
            L("2. Đánh giá tháng 11/2024:"),
            L("Đội 5 khai thác 412 ha, sản lượng tháng đạt 103% kế hoạch. Còn 04 công nhân cạo phạm kỹ thuật "
              "(cạo sâu, phạm gỗ), đã nhắc nhở. Tình trạng mất trộm mủ chén ở lô 18 chưa chấm dứt. Đ/c Điểu Kré "
              "hai tháng liền không dự sinh hoạt; chi ủy đã gặp nhưng đồng chí chưa có chuyển biến."),
            L("3. Nhiệm vụ tháng 12/2024:"),
            L("Cạo đủ ngày công trước khi nghỉ cạo mùa rụng lá; làm đường ranh cản lửa, phát dọn thực bì tất cả "
              "các lô; tổ chức bảo vệ mủ ban đêm; chăm lo Tết cho công nhân."),
            H("II. THẢO LUẬN"),
            L("- Đ/c Lâm Văn Sóc (Tổ trưởng tổ cạo 3): đề nghị Đội bố trí thêm người trực đêm ở lô 18, lô 19 vì "
              "hai lô này giáp đường liên xã."),
            L("- Đ/c Điểu Thị Lan: năm ngoái đường ranh cản lửa làm chậm, có lô đến tháng Giêng mới xong."),
            L("- Đ/c Trương Văn Hiếu: đề nghị chi bộ xem xét xử lý đ/c Điểu Kré theo Điều lệ Đảng nếu còn tiếp "
              "tục vắng."),
            H("III. KẾT LUẬN"),
            L("Đồng chí chủ trì kết luận: thống nhất các nhiệm vụ tháng 12; phòng cháy vườn cây là nhiệm vụ trọng "
              "tâm đến hết mùa khô; việc vắng sinh hoạt của đ/c Điểu Kré phải được làm rõ, báo cáo Đảng ủy Nông "
              "trường."),
            H("IV. BIỂU QUYẾT"),
            L("Tán thành: 14/14 đ/c; Không tán thành: 0 đ/c; Ý kiến khác: 0 đ/c"),
            H("V. PHÂN CÔNG THỰC HIỆN"),
            L("- Làm đường ranh cản lửa các lô 15 đến 22: giao cho đ/c Lâm Văn Sóc và tổ cạo 3, xong trước ngày "
              "20/12/2024."),
            L("- Bảo vệ mủ ban đêm ở lô 18, lô 19: giao cho đ/c Trương Văn Hiếu phối hợp lực lượng bảo vệ Nông "
              "trường, thực hiện hằng đêm."),
            L("- Gặp gỡ, làm rõ lý do vắng sinh hoạt của đ/c Điểu Kré: giao cho Chi ủy, báo cáo Đảng ủy Nông "
              "trường trước Tết Nguyên đán."),
            L("Cuộc họp kết thúc lúc 16 giờ 00 phút cùng ngày. Biên bản đã đọc lại cho chi bộ nghe, các đồng chí "
              "nhất trí thông qua."),
            S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "", "Lâm Thị Bích Trâm"],
              ["CHỦ TRÌ", "(Ký, ghi rõ họ tên)", "", "Nguyễn Hữu Tài"]),
        ],
        "truth": minute(
            meeting("regular", "2024-12-10", "14:00", "16:00", "Văn phòng Đội sản xuất số 5", G08_CELL, G08_COMM),
            "Nguyễn Hữu Tài", "Bí thư chi bộ", "Lâm Thị Bích Trâm",
            attendance(15, 14, 1, 0, 1, 0, [("Điểu Kré", "vắng không lý do", False)]),
            True,
            [vote("Thông qua kết luận tháng 12/2024", 14, 0, 0, None)],
            [task("Lâm Văn Sóc", "Làm đường ranh cản lửa các lô 15 đến 22", "20/12/2024"),
             task("tổ cạo 3", "Làm đường ranh cản lửa các lô 15 đến 22", "20/12/2024"),
             task("Trương Văn Hiếu", "Bảo vệ mủ ban đêm ở lô 18, lô 19", "hằng đêm"),
             task("Chi ủy", "Gặp gỡ, làm rõ lý do vắng sinh hoạt của đ/c Điểu Kré", "Tết Nguyên đán")],
            ["unexcused_absence", "unfilled_template"]),
    }],
    "flags": [],
    "scans": [],
})


# ─────────────────────────────────────────────────────────────────────────────────────────────────────
# g09 · Trà Vinh, Khmer hamlet cell · minute book Jun–Nov 2024 · September missing · one member absent
#       without reason three times
# ─────────────────────────────────────────────────────────────────────────────────────────────────────
G09_CELL, G09_COMM = "CHI BỘ ẤP ĐA CA", "ĐẢNG BỘ XÃ NGỌC BIÊN"
G09_LOC = "Nhà văn hóa ấp Đa Ca"
G09_TOPIC = "Phát huy sức mạnh đoàn kết Kinh – Khmer trong xây dựng ấp văn hóa"


def _g09_head(date_line):
    return HD([G09_COMM, G09_CELL, "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM", date_line])


def _g09_sign():
    return S(["THƯ KÝ", "", "Sơn Thị Kim Thoa"], ["BÍ THƯ", "", "Kim Văn Hùng"])


G09_M1 = {
    "blocks": [
        _g09_head("Ngọc Biên, ngày 12 tháng 6 năm 2024"),
        G(6),
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 6 NĂM 2024"),
        G(4),
        P("Vào lúc 19 giờ 00 phút ngày 12/6/2024, tại Nhà văn hóa ấp Đa Ca, Chi bộ ấp Đa Ca họp thường kỳ tháng "
          "6."),
        P("Đảng viên của chi bộ: 16 đồng chí; dự họp 15 đồng chí; vắng 01: đ/c Sơn Văn Chanh (không lý do)."),
        P("Chủ trì: đ/c Kim Văn Hùng, Bí thư chi bộ. Thư ký: đ/c Sơn Thị Kim Thoa."),
        P("a) Đánh giá tháng 5: ấp trồng xong 2 ha màu (đậu phộng, bắp) trên đất giồng cát; 38 hộ đồng bào "
          "Khmer được hỗ trợ nước sạch; an ninh trật tự ổn định. Hạn chế: còn 05 hộ chưa tham gia bảo hiểm y tế; "
          "một số thanh niên tụ tập uống rượu khuya ở khu vực chùa."),
        P("b) Nhiệm vụ tháng 6: vận động bà con chuẩn bị xuống giống lúa Hè Thu; hoàn thành hồ sơ hỗ trợ nhà ở "
          "cho 03 hộ nghèo; cùng nhà chùa quản lý thanh niên trong dịp nghỉ hè."),
        P("c) Ý kiến đảng viên:"),
        L("- Đ/c Thạch Sa Rết: nhất trí; đề nghị mời Ban quản trị chùa Đa Ca họp chung với Tổ tự quản để giữ "
          "trật tự khu vực chùa."),
        L("- Đ/c Thạch Thị Sô Phia: Chi hội Phụ nữ đã lập danh sách 05 hộ chưa có bảo hiểm y tế, trong đó 02 hộ "
          "đi làm ăn ở Bình Dương chưa về."),
        L("- Đ/c Nguyễn Văn Tư (anh Tư): đề nghị ưu tiên hộ ông Kim Sô Phanh trong đợt hỗ trợ nhà ở vì nhà đã "
          "sập một mái."),
        P("d) Kết luận: đồng chí Bí thư thống nhất các ý kiến; tháng 6 chi bộ tập trung xuống giống đúng lịch, "
          "hoàn thành hồ sơ nhà ở cho hộ nghèo, ưu tiên hộ ông Kim Sô Phanh. Chi bộ biểu quyết 15/15 đồng chí "
          "tán thành (100%)."),
        P("e) Phân công: đ/c Thạch Sa Rết cùng Tổ tự quản số 1 giữ trật tự khu vực chùa trong suốt dịp hè; đ/c "
          "Nguyễn Văn Tư hoàn chỉnh hồ sơ hỗ trợ nhà ở cho 03 hộ nghèo, nộp xã trong tháng 6; Chi hội Phụ nữ vận "
          "động 05 hộ còn lại tham gia bảo hiểm y tế."),
        P("Buổi họp kết thúc lúc 21 giờ 00. Biên bản đã đọc lại, chi bộ thông qua."),
        _g09_sign(),
    ],
    "truth": minute(
        meeting("regular", "2024-06-12", "19:00", "21:00", G09_LOC, G09_CELL, G09_COMM),
        "Kim Văn Hùng", "Bí thư chi bộ", "Sơn Thị Kim Thoa",
        attendance(16, 15, 1, 0, 1, 0, [("Sơn Văn Chanh", "không lý do", False)]),
        True,
        [vote("Thông qua kết luận tháng 6/2024", 15, None, None, 100)],
        [task("Thạch Sa Rết", "giữ trật tự khu vực chùa", "suốt dịp hè"),
         task("Nguyễn Văn Tư", "hoàn chỉnh hồ sơ hỗ trợ nhà ở cho 03 hộ nghèo, nộp xã", "tháng 6"),
         task("Chi hội Phụ nữ", "vận động 05 hộ còn lại tham gia bảo hiểm y tế", None)],
        ["unexcused_absence"]),
}

G09_M2 = {
    "blocks": [
        _g09_head("Ngọc Biên, ngày 10 tháng 7 năm 2024"),
        G(6),
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 7 NĂM 2024"),
        G(4),
        P("Hôm nay, ngày 10/7/2024, lúc 19 giờ 15 phút, tại Nhà văn hóa ấp Đa Ca, chi bộ sinh hoạt thường kỳ "
          "tháng 7."),
        P("Tổng số đảng viên 16, có mặt 15. Vắng mặt: đ/c Sơn Văn Chanh, không báo lý do."),
        P("Đồng chí Kim Văn Hùng – Bí thư chi bộ điều hành; đồng chí Sơn Thị Kim Thoa ghi biên bản."),
        P("a) Kết quả tháng 6: bà con xuống giống Hè Thu được 96 ha, đạt 100% diện tích; 03 hộ nghèo được xã "
          "duyệt hỗ trợ nhà ở; khu vực chùa không còn tụ tập gây mất trật tự. Đ/c Sơn Văn Chanh hai tháng liền "
          "vắng sinh hoạt, chi ủy đến nhà nhưng đồng chí đi vắng."),
        P("b) Phương hướng tháng 7: chăm sóc lúa Hè Thu, phòng trừ rầy nâu; họp mặt kỷ niệm 77 năm Ngày Thương "
          "binh – Liệt sĩ (27/7); vận động đóng góp xây cầu bê tông qua kênh Đa Ca."),
        P("c) Thảo luận:"),
        L("- Đ/c Huỳnh Văn Hai: đề nghị mỗi hộ góp 200.000 đồng xây cầu, hộ nghèo được miễn."),
        L("- Đ/c Kim Sóc Ra (Bí thư Chi đoàn): Chi đoàn nhận đóng góp ngày công san lấp hai đầu cầu."),
        L("- Đ/c Thạch Sa Rết: đề nghị gặp gia đình đ/c Sơn Văn Chanh để nắm hoàn cảnh."),
        P("d) Kết luận: đồng chí chủ trì kết luận, chi bộ thống nhất phương hướng tháng 7; việc đóng góp xây cầu "
          "phải công khai, bàn bạc với bà con; việc đ/c Sơn Văn Chanh vắng sinh hoạt sẽ xem xét ở kỳ sau. Chi bộ "
          "nhất trí 100% (15/15 đồng chí)."),
        P("Đề nghị các đồng chí đảng viên tiếp tục vận động bà con chăm sóc lúa, tham gia đóng góp xây cầu và "
          "tổ chức chu đáo ngày 27/7."),
        P("Buổi sinh hoạt kết thúc lúc 21 giờ 00 phút, biên bản được thông qua tại chỗ."),
        _g09_sign(),
    ],
    "truth": minute(
        meeting("regular", "2024-07-10", "19:15", "21:00", G09_LOC, G09_CELL, G09_COMM),
        "Kim Văn Hùng", "Bí thư chi bộ", "Sơn Thị Kim Thoa",
        attendance(16, 15, 1, 0, 1, 0, [("Sơn Văn Chanh", "không báo lý do", False)]),
        True,
        [vote("Thông qua phương hướng và kết luận tháng 7/2024", 15, None, None, 100)],
        [],
        ["missing_assignments", "unexcused_absence"]),
}

G09_M3 = {
    "blocks": [
        _g09_head("Ngọc Biên, ngày 14 tháng 8 năm 2024"),
        G(6),
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 8 NĂM 2024"),
        C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ III"),
        C("Chuyên đề: " + G09_TOPIC, bold=False, italic=True),
        G(4),
        P("Thời gian: từ 13 giờ 30 phút đến 15 giờ 15 phút ngày 14/8/2024. Địa điểm: Nhà văn hóa ấp Đa Ca."),
        P("Dự họp: 16/16 đảng viên. Chủ trì: đ/c Kim Văn Hùng, Bí thư chi bộ; thư ký: đ/c Sơn Thị Kim Thoa. Dự "
          "có đ/c Trần Thanh Phong, Đảng ủy viên phụ trách địa bàn."),
        P("a) Sinh hoạt thường kỳ: tháng 7 ấp tổ chức họp mặt 27/7 chu đáo, thăm 12 gia đình chính sách; vận động "
          "được 86 triệu đồng xây cầu; lúa Hè Thu phát triển tốt. Nhiệm vụ tháng 8: khởi công cầu; chuẩn bị thu "
          "hoạch lúa Hè Thu; vận động học sinh ra lớp năm học mới."),
        P("b) Chuyên đề: đ/c Thạch Sa Rết trình bày. Ấp có 72% hộ đồng bào Khmer, việc gì cũng phải bàn với Ban "
          "quản trị chùa và các vị sư cả; mỗi đảng viên gắn bó với 10 hộ, tôn trọng phong tục, vận động bà con "
          "cùng làm đường, giữ vệ sinh phum sóc."),
        P("c) Ý kiến:"),
        L("- Đ/c Sơn Ngọc Thạnh: “Bà con mình tin nhà chùa lắm, muốn vận động việc gì thì phải nhờ thầy nói "
          "trước.”"),
        L("- Đ/c Trần Thanh Phong (đại biểu Đảng ủy xã): biểu dương chi bộ, đề nghị duy trì lớp dạy chữ Khmer ở "
          "chùa cho các em trong dịp hè."),
        P("d) Kết luận: chi bộ thống nhất phấn đấu xây dựng ấp Đa Ca đạt ấp văn hóa năm 2024; mỗi đảng viên phụ "
          "trách 10 hộ; cầu bê tông khởi công trong tháng 8. Biểu quyết: 16/16 tán thành, đạt 100%."),
        P("e) Phân công: đ/c Huỳnh Văn Hai và đ/c Sơn Ngọc Thạnh theo dõi thi công cầu, báo cáo chi bộ hằng "
          "tháng. Ban điều hành ấp lập danh sách đảng viên phụ trách hộ, xong trước 31/8/2024."),
        P("Buổi họp kết thúc lúc 15 giờ 15 phút, biên bản đã đọc lại, được chi bộ nhất trí thông qua."),
        _g09_sign(),
    ],
    "truth": minute(
        meeting("regular", "2024-08-14", "13:30", "15:15", G09_LOC, G09_CELL, G09_COMM, topic=G09_TOPIC),
        "Kim Văn Hùng", "Bí thư chi bộ", "Sơn Thị Kim Thoa",
        attendance(16, 16, 0, 0, 0, 0, guests=[("Trần Thanh Phong", "Đảng ủy viên phụ trách địa bàn")]),
        True,
        [vote("Thông qua kết luận tháng 8 và chuyên đề quý III", 16, None, None, 100)],
        [task("Huỳnh Văn Hai", "theo dõi thi công cầu", "hằng tháng"),
         task("Sơn Ngọc Thạnh", "theo dõi thi công cầu", "hằng tháng"),
         task("Ban điều hành ấp", "lập danh sách đảng viên phụ trách hộ", "31/8/2024")],
        ["short_meeting"]),
}

G09_M4 = {
    "blocks": [
        _g09_head("Ngọc Biên, ngày 09 tháng 10 năm 2024"),
        G(6),
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 10 NĂM 2024"),
        G(4),
        P("Lúc 18 giờ 30 phút ngày 09/10/2024, tại Nhà văn hóa ấp Đa Ca, Chi bộ ấp Đa Ca tổ chức sinh hoạt "
          "thường kỳ tháng 10/2024."),
        P("Tổng số đảng viên: 16 đồng chí; có mặt: 13 đồng chí; vắng: 03 đồng chí, gồm đ/c Lâm Thị Sóc Khum "
          "(bệnh, có báo), đ/c Danh Sà Rương (đi làm ăn ở Bình Dương, có xin phép) và đ/c Sơn Văn Chanh (vắng "
          "không lý do)."),
        P("Chủ trì: đ/c Kim Văn Hùng, Bí thư chi bộ. Thư ký: đ/c Sơn Thị Kim Thoa."),
        P("a) Đánh giá tháng 8, tháng 9: tháng 9 chi bộ không sinh hoạt được do đảng viên bận thu hoạch lúa và gia "
          "cố đê bao. Lúa Hè Thu thu hoạch xong, năng suất 6,2 tấn/ha; cầu qua kênh Đa Ca xong 70%. Đ/c Sơn Văn Chanh vắng sinh hoạt không lý do lần thứ "
          "ba trong năm."),
        P("b) Nhiệm vụ tháng 10: hoàn thành cầu; chuẩn bị lễ hội Ok Om Bok; đăng ký thi đua ấp văn hóa."),
        P("c) Thảo luận:"),
        L("- Đ/c Thạch Sa Rết: đảng viên bỏ sinh hoạt ba tháng trong năm không lý do thì chi bộ phải xem xét theo "
          "Điều lệ Đảng; đề nghị làm thủ tục xóa tên đ/c Sơn Văn Chanh."),
        L("- Đ/c Nguyễn Văn Tư: đồng tình, nhưng nên gặp đồng chí một lần nữa để nghe trình bày."),
        L("- Đ/c Kim Sóc Ra: Chi đoàn đã lập đội ghe ngo, cần kinh phí sửa ghe."),
        P("d) Kết luận: đồng chí Bí thư kết luận, chi bộ thống nhất gặp đ/c Sơn Văn Chanh trước khi làm thủ tục "
          "theo quy định; hoàn thành cầu trong tháng 10; ấp hỗ trợ Chi đoàn 5 triệu đồng sửa ghe ngo. Chi bộ "
          "biểu quyết: 13/13 đồng chí tán thành (100%)."),
        P("e) Phân công: giao đ/c Kim Văn Hùng và đ/c Thạch Sa Rết gặp đ/c Sơn Văn Chanh, lập biên bản làm việc, "
          "trước kỳ họp tháng 11. Giao Chi đoàn ấp tập luyện đội ghe ngo, hoàn thành trước lễ hội Ok Om Bok."),
        P("Buổi họp kết thúc lúc 20 giờ 40 phút. Biên bản được đọc lại và thông qua."),
        _g09_sign(),
    ],
    "truth": minute(
        meeting("regular", "2024-10-09", "18:30", "20:40", G09_LOC, G09_CELL, G09_COMM),
        "Kim Văn Hùng", "Bí thư chi bộ", "Sơn Thị Kim Thoa",
        attendance(16, 13, 3, 2, 1, 0,
                   [("Lâm Thị Sóc Khum", "bệnh, có báo", True),
                    ("Danh Sà Rương", "đi làm ăn ở Bình Dương, có xin phép", True),
                    ("Sơn Văn Chanh", "vắng không lý do", False)]),
        True,
        [vote("Thông qua kết luận tháng 10/2024", 13, None, None, 100)],
        [task("Kim Văn Hùng", "gặp đ/c Sơn Văn Chanh, lập biên bản làm việc", "kỳ họp tháng 11"),
         task("Thạch Sa Rết", "gặp đ/c Sơn Văn Chanh, lập biên bản làm việc", "kỳ họp tháng 11"),
         task("Chi đoàn ấp", "tập luyện đội ghe ngo", "lễ hội Ok Om Bok")],
        ["low_attendance", "unexcused_absence"]),
}

G09_M5 = {
    "blocks": [
        _g09_head("Ngọc Biên, ngày 13 tháng 11 năm 2024"),
        G(6),
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 11 NĂM 2024"),
        G(4),
        P("Vào lúc 19 giờ 00 phút ngày 13/11/2024, tại Nhà văn hóa ấp Đa Ca, Chi bộ ấp Đa Ca sinh hoạt thường kỳ "
          "tháng 11."),
        P("Đảng viên: 16 đồng chí; có mặt 15/16; vắng 01: đ/c Danh Sà Rương (đi làm ăn xa, có xin phép)."),
        P("Chủ trì: đ/c Kim Văn Hùng, Bí thư chi bộ. Thư ký: đ/c Sơn Thị Kim Thoa."),
        P("a) Đánh giá tháng 10: cầu bê tông kênh Đa Ca khánh thành ngày 28/10; đội ghe ngo của ấp đã sẵn sàng "
          "dự lễ hội Ok Om Bok ngày 15/11; 100% hộ đăng ký gia đình văn hóa. Chi ủy đã làm việc với đ/c Sơn Văn Chanh ngày 05/11; đồng "
          "chí trình bày do đi làm thuê theo mùa vụ, ngại xin phép, hứa từ nay sinh hoạt đầy đủ."),
        P("b) Nhiệm vụ tháng 11: chuẩn bị xuống giống Đông Xuân; tổng kết ấp văn hóa; chuẩn bị kiểm điểm, đánh "
          "giá, xếp loại đảng viên cuối năm."),
        P("c) Ý kiến:"),
        L("- Đ/c Sơn Văn Chanh: “Tôi nhận khuyết điểm trước chi bộ, từ nay đi làm xa tôi sẽ xin phép chi ủy.”"),
        L("- Đ/c Thạch Thị Sô Phia: đề nghị cho đồng chí viết bản kiểm điểm và chi bộ theo dõi đến cuối năm."),
        L("- Đ/c Lý Văn Mến: đề nghị nạo vét kênh Đa Ca trước khi xuống giống Đông Xuân."),
        P("d) Kết luận: chi bộ thống nhất ghi nhận sự tiếp thu của đ/c Sơn Văn Chanh, yêu cầu đồng chí viết bản "
          "kiểm điểm; tập trung nạo vét kênh, chuẩn bị vụ Đông Xuân; chuẩn bị chu đáo kiểm điểm cuối năm. Biểu "
          "quyết: 15/15 đồng chí tán thành, đạt 100%."),
        P("e) Phân công: Đ/c Sơn Văn Chanh nộp bản kiểm điểm cho chi ủy trước ngày 30/11/2024. Đ/c Lý Văn Mến vận "
          "động bà con nạo vét kênh Đa Ca, xong trong tháng 12. Đ/c Sơn Thị Kim Thoa chuẩn bị mẫu kiểm điểm cuối "
          "năm, phát cho đảng viên tại kỳ họp tháng 12."),
        P("Cuộc họp kết thúc lúc 21 giờ 00 phút. Biên bản đã được đọc lại, chi bộ nhất trí thông qua."),
        _g09_sign(),
    ],
    "truth": minute(
        meeting("regular", "2024-11-13", "19:00", "21:00", G09_LOC, G09_CELL, G09_COMM),
        "Kim Văn Hùng", "Bí thư chi bộ", "Sơn Thị Kim Thoa",
        attendance(16, 15, 1, 1, 0, 0, [("Danh Sà Rương", "đi làm ăn xa, có xin phép", True)]),
        True,
        [vote("Thông qua kết luận tháng 11/2024", 15, None, None, 100)],
        [task("Sơn Văn Chanh", "nộp bản kiểm điểm cho chi ủy", "30/11/2024"),
         task("Lý Văn Mến", "vận động bà con nạo vét kênh Đa Ca", "tháng 12"),
         task("Sơn Thị Kim Thoa", "chuẩn bị mẫu kiểm điểm cuối năm, phát cho đảng viên", "kỳ họp tháng 12")],
        []),
}

DOCS.append({
    "name": "g09-travinh-khmer-hamlet-book",
    "folder": "dev",
    "born_digital": True,
    "style": {"family": "serif", "size": 12, "justify": True, "spacing": 1.22, "indent": 24, "left": 80,
              "right": 56, "head": "Sổ biên bản sinh hoạt Chi bộ ấp Đa Ca – năm 2024", "head_align": "right",
              "foot": "- {n} -"},
    "between": 18,
    "minutes": [G09_M1, G09_M2, G09_M3, G09_M4, G09_M5],
    "flags": ["missing_month", "repeated_absence"],
    "scans": [],
})
