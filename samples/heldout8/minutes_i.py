"""Held-out set 8, writer i (dev/, `i…`): the North, the Red River Delta and the North-Central coast.

Written by hand, without reading the extractor (extract/**), the generator (samples/generator/**), samples/parts/**,
bench/, tests/, or the minute texts and truth files of the earlier sets (only their READMEs and the docstrings of
samples/heldout5/minutes_{f,g}.py), and without running the extractor. Rendered with samples/heldout2/make.py
(`build`). Names, places and figures are invented or used loosely; the paperwork follows /work/shared/DOMAIN.md.
The set varies above all the clerk's hand: how differently real clerks type the same facts.

Files (name -> what varies -> minute flags / book flags):

- i01-haiphong-private-company-two-votes-clean -> Hải Phòng, chi bộ of a private transport company (doanh nghiệp tư
  nhân) under a ward; the cell's name over two header lines; title with Roman month "THÁNG XI/2024" and an extra
  italic line "(Chi bộ doanh nghiệp tư nhân)"; clerk types "Đ/c" and "đ/c" side by side, "16h30", "02 (hai)",
  commas with no space after them; probationary members counted separately; a guest; opinions with and without
  "nêu"; conclusion section; two votes: the conclusion "10/10 … đạt 100%" and the minutes' approval "(10/10)"
  (not a vote); tasks: deadline first ("Trước 30/11, Đ/c … chủ trì, phối hợp với …"), "Nhờ đ/c …" with the
  deadline in brackets "(thực hiện ngay trong tháng XI)", "Đề nghị đ/c … đảm nhận việc …", two people each with
  their part and one deadline in the next sentence -> — / —
- i02-namdinh-commune-military-past-conclusion-unexcused -> Nam Định, chi bộ Quân sự xã; "HỌP CHI BỘ QUÂN SỰ XÃ
  THÁNG 10/2024" + a "V/v:" line; clerk types "đc", "Đc", "Đ.c", "7g30", "10g00", years "/24", "hoà" and "hòa",
  "Thuỷ" and "Thúy" in one minute; absentee "không lý do"; a long back-and-forth (question, answer) and the guest's
  "phát biểu chỉ đạo"; the plan is voted "10/10 đc có mặt nhất trí"; no conclusion of this meeting, only "tiếp tục
  thực hiện theo kết luận tại kỳ họp tháng 9/24"; tasks with "Cử đc … làm đầu mối", "chịu trách nhiệm chính",
  "nộp sau 1 tuần", "Yêu cầu đc … (vắng họp) giải trình … trong 10 ngày" -> missing_conclusion, unexcused_absence
- i03-ninhbinh-school-combined-110min-deferred-tasks -> Ninh Bình primary school in a Mường commune; month in words
  ("THÁNG MƯỜI NĂM 2024", "tháng Chín"); regular meeting combined with a thematic one whose topic is in quotation
  marks on its own line; "07:30"-style times "14:00 … 15:50" (110 < 120 min); "A. B. C. D." parts; the clerk
  always writes "đồng chí"; the assignment is deferred ("Việc phân công cụ thể … sẽ được thông báo sau") and
  only "mỗi đồng chí đảng viên đăng ký …" follows -> short_meeting, missing_assignments
- i04-bacninh-ward-name-colon-nickname-clean -> Bắc Ninh neighbourhood (khu phố); start time in words ("mười chín
  giờ ba mươi phút"); "ĐV", "ĐC", "đ.c"; 7 exempt; "đi vắng, ở với con gái tại Hà Nội" (excused); opinions
  as "Name: …" or "Name (role): …" with no verb; conclusion; vote in words "hai mươi sáu trên hai mươi sáu";
  tasks "Nhờ chú Tư …" (full name Nguyễn Văn Tư in the discussion), "đến hết quý I/2025", one with no deadline,
  a group ("Tổ bảo vệ dân phố", "xong trước ngày 20/12") -> — / —
- i05-hatinh-base-cell-school-thematic-opinion-table-clean -> Hà Tĩnh, "CHI BỘ CƠ SỞ" of an upper-secondary school
  directly under the district committee (name over two header lines); thematic "QUÝ I/2025" + "V/v:" line holding
  the topic; "14 giờ 15'"; "35 đ/c chính thức và 02 (hai) đ/c dự bị = 37 đ/c"; guest from the district
  propaganda board; opinions in a ruled table (Người phát biểu | Nội dung ý kiến); "Tán thành: 37/37; không tán
  thành: không; ý kiến khác: không"; tasks with "làm đầu mối … trong 2 tuần", "Yêu cầu đ/c … trước 05/3/2025",
  "Đề nghị đ/c … đảm nhận việc …, duy trì đến hết học kỳ II" -> — / —
- i06-hungyen-merged-cell-counts-vs-list-low-unexcused -> Hưng Yên, "CHI BỘ GHÉP" of the commune health station and
  post office; no date in the header: the date only at the very end above the signatures; "8h00 … 10h05"; year
  "/25"; no space after colons ("Chủ trì:đ/c"); the count line "vắng 03 đc (02 có lý do, 01 không lý do)" but
  only two absentees named ("nghỉ ốm", "không liên lạc được"); 11/14 present; "hòa/hoà" both; vote "10 tán
  thành, 01 không tán thành"; tasks with "chủ trì, phối hợp với", "đến hết quý I", "trong tháng 4/25"
  -> low_attendance, unexcused_absence
- i07-quangtri-vankieu-form-hint-left-no-vote -> Quảng Trị (Hướng Hóa) Vân Kiều village; a typed printed form
  "1. … 5." with the form's hint "(ghi rõ giờ, phút, ngày, tháng, năm)" left in the time field; counts with a
  split "(có lý do: 01; không lý do: 0)"; absentee "đi rừng chưa về" (excused); guest; "a) … e)" items;
  conclusion but no vote on it, only "100% … nhất trí thông qua biên bản"; tasks inside a sentence that also
  reports, a deadline in words "trước ngày mười lăm tháng mười hai" -> unfilled_template, missing_vote
- i08-hanoi-district-office-topics-only-self-registration -> Hà Nội (Đông Anh) district office cell; "ĐẢNG BỘ CƠ
  QUAN CHÍNH QUYỀN HUYỆN"; "14h"; absentee "bận việc riêng" (excused); the discussion lists the issues raised
  with nobody named ("Có đồng chí đề nghị …"); conclusion; "100% đảng viên có mặt tán thành"; plan items with
  deadlines, passive, and members asked to register their own tasks with the chi ủy -> no_discussion,
  missing_assignments
- i09-thanhhoa-muong-village-forwarded-not-approved -> Thanh Hóa (Bá Thước) village, Mường and Thái names;
  Liberation Sans; "Đ.c", "đc", "đồng chí" mixed; a word typed twice ("cấy xong xong"); 2 exempt; the chair
  "ghi nhận các ý kiến, sẽ báo cáo Đảng ủy xã cho ý kiến chỉ đạo" instead of concluding; the month's direction
  voted "17/18 …, 01 đc ý kiến khác"; tasks "Nhờ bác Lộc" (Phạm Bá Lộc, "bác Lộc" in the discussion), "sau
  khi gặt xong", a group; ends with the closing time, never read back -> missing_conclusion, not_approved
- i10-thaibinh-village-book-jan-may-2025 -> minute BOOK of a Thái Bình (Thái Thụy) village cell, 5 minutes,
  every one after the first starts mid-page under the previous signatures; running head from page 2, "- n -" at
  the foot; one header for the book; titles "THÁNG 01/2025", "THÁNG HAI NĂM 2025", "THÁNG III/2025", a separate
  thematic "QUÝ II/2025" (18/4) and "THÁNG 5/2025"; "Thụy/Thuỵ" both; đ/c Vũ Văn Toản absent without reason in
  January ("không lý do"), March ("không báo cáo") and May (absentee table, empty reason cell).
    1. 15/01/2025 -> unexcused_absence
    2. 12/02/2025, "anh Ba" (Nguyễn Văn Ba) given a task -> —
    3. 14/3/2025, 19h30-20h50 (80 min) -> short_meeting, unexcused_absence
    4. 18/4/2025 thematic (105 min) -> —
    5. 16/5/2025, reviews "tháng 4 và tháng 5"; only the minutes approved by a vote -> missing_vote,
       unexcused_absence
  book -> missing_month (April has only the thematic meeting, no regular one), no_thematic_in_quarter (Q1 lies
  wholly inside Jan-May and has neither a thematic nor a combined meeting), repeated_absence (Vũ Văn Toản)
- i11-bacninh-ward-scan-moderate -> image-only twin of i04, moderate, 200 dpi -> as i04
- i12-hungyen-merged-cell-scan-photocopy -> image-only twin of i06, photocopy, 250 dpi -> as i06

Labelling decisions where the READMEs are silent:
- A task given to a member by a nickname or kinship term ("Nhờ chú Tư …", "giao anh Ba …", "Nhờ bác Lộc …") has as
  `assignee` the member's full name written elsewhere in the same minute when exactly one member there carries that
  given name (i04 Nguyễn Văn Tư, i09 Phạm Bá Lộc, i10 February Nguyễn Văn Ba): "chú/anh/bác" is a form of address
  like "đồng chí".
- A task inside a sentence that also reports (i07 "đc Hồ Thị Chăn đã hoàn thành … như chi bộ giao tháng trước, tháng
  này tiếp tục giao đc Chăn theo dõi …") is an assignment for its new part only. The chair saying in the discussion
  that he will send a letter himself (i02 "Đc Mạnh: đồng ý, sẽ có văn bản …") and a member's body offering to do a
  job ("Mặt trận nhận vận động", i04) are no assignments; a body after "phối hợp với" / "cùng" is a partner.
- Votes: "17/18 đc tán thành, 01 đc ý kiến khác" -> for 17, abstain 1; "25/25 đ/c tán thành (100%), không có ý kiến
  khác" -> for 25, abstain 0, percent 100; "10 đc tán thành, 01 đc không tán thành" -> 10 / 1; "hai mươi sáu trên
  hai mươi sáu đồng chí tán thành" -> for 26; "Biên bản …, biểu quyết thông qua 24/24 đ/c" approves the minutes
  only (i10 May: missing_vote).
- A "V/v:" line under the title of a regular meeting (i02) is the subject line, not a thematic topic (`topic` null);
  under the title of a thematic meeting (i05) it names the topic: `topic` is the text after "V/v:".
- A topic in quotation marks (i03) is labelled without the quotation marks.
- Counts that disagree with the list (i06: "vắng 03 … (02 có lý do, 01 không lý do)", two names): the numbers are the
  counts (absent 3, excused 2, unexcused 1); `absentees` holds only the two named.
- Reasons: "không liên lạc được" (nobody knows why; the count line confirms it as the unexcused one) and "không báo
  cáo" and an empty reason cell are unexcused; "đi vắng, ở với con gái tại Hà Nội", "đi rừng chưa về", "bận việc
  riêng", "nghỉ chế độ thai sản", "đi biển (có báo chi ủy)" are excused.
- Deadlines: words in front are dropped as before, also "ngay trong" ("thực hiện ngay trong tháng XI" -> "tháng
  XI"; "ngay" is an intensifier like "xong"); "trong 10 ngày" -> "10 ngày", "trong 2 tuần" -> "2 tuần"; "sau …"
  stays whole ("sau 1 tuần", "sau khi gặt xong"); a deadline in words keeps its words ("trước ngày mười lăm tháng
  mười hai" -> "ngày mười lăm tháng mười hai"); "đến hết quý I" -> "hết quý I"; a deadline put first ("Trước
  30/11, Đ/c …") or in brackets after the task, or in a following sentence that covers two people's parts, belongs
  to that task (both parts in i01).
- Several people each with a part of one job ("đ/c A tổng hợp …; đ/c B dự thảo …. Cả hai việc xong trước …") give
  one assignment each with its own part as `task` and the shared deadline.
- A member who is absent may still be given a task (i02 "Yêu cầu đc Trần Văn Thuỷ (vắng họp) giải trình …").
- A deferred assignment ("Việc phân công cụ thể … sẽ được thông báo sau", i03) and members asked to register their
  own tasks with the chi ủy (i08) are no assignment; a passive plan item ("phải hoàn thành trước 25/12") is none.
- No conclusion: the chair only referring to the previous meeting's conclusion (i02), or recording the opinions to
  forward them to the commune committee (i09); a vote on the plan or direction still counts as a resolution there.
- Issues listed under "Ý kiến thảo luận" with nobody named ("Có đồng chí đề nghị …") are no recorded opinion (i08).
- Book: a month whose only meeting is a thematic one (i10, April) has no regular meeting: `missing_month`. Minutes
  typed on without a header of their own take the book header's cell and committee. The May minute's review of
  "tháng 4 và tháng 5 (tháng 4 chi bộ sinh hoạt chuyên đề)" does not fill April. Each book minute's attendance is
  what that minute writes: January gives 31 members with 5 exempt; the later minutes write only "phải dự 26", so
  their total is 26 and exempt 0 (total = present + absent + exempt, as in heldout2 dev-09).
- Times in words ("mười chín giờ ba mươi phút") give the time ("19:30"); "7g30", "16h30", "14 giờ 15'", "8h00"
  likewise.
"""

from __future__ import annotations

from samples.heldout2.minutes import C, G, H, HD, L, P, S, T, attendance, meeting, minute, task, vote

# --------------------------------------------------------------------------------------------------------------
# i01 — Hải Phòng, private transport company
# --------------------------------------------------------------------------------------------------------------
_I01_CELL = "CHI BỘ CÔNG TY TNHH THƯƠNG MẠI VÀ VẬN TẢI HẢI LONG"
I01 = {
    "name": "i01-haiphong-private-company-two-votes-clean",
    "folder": "dev",
    "style": {"family": "serif", "size": 13, "spacing": 1.3, "justify": True, "foot": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG ĐÔNG HẢI 2", "CHI BỘ CÔNG TY TNHH", "THƯƠNG MẠI VÀ VẬN TẢI HẢI LONG", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hải An, ngày 12 tháng 11 năm 2024"], bold_left=(1, 2)),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG XI/2024"),
            C("(Chi bộ doanh nghiệp tư nhân)", bold=False, italic=True),
            G(8),
            P("Thời gian: bắt đầu từ 16h30 ngày 12/11/2024 (sau giờ làm việc của Công ty)."),
            P("Địa điểm: Phòng họp tầng 2, văn phòng Công ty."),
            P("Thành phần: Tổng số đảng viên của chi bộ 11 đ/c (chính thức 09,dự bị 02). Có mặt: 10 đ/c,trong "
              "đó dự bị 02 (hai). Vắng 01 đ/c: Phạm Thị Hòa, lý do: đi công tác Quảng Ninh."),
            P("Khách mời: Đ/c Vũ Đức Thuận – Đảng ủy viên, phụ trách chi bộ."),
            P("Chủ trì: Đ/c Trần Quốc Khánh – Bí thư chi bộ, Phó Giám đốc Công ty."),
            P("Thư ký: Đ/c Lương Thị Thu Trang."),
            H("I. THÔNG TIN THỜI SỰ, VĂN BẢN MỚI"),
            P("Đ/c Bí thư thông tin tóm tắt tình hình kinh tế – xã hội của thành phố 10 tháng đầu năm; phổ biến "
              "Hướng dẫn của Đảng ủy phường về kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên "
              "năm 2024,chi bộ phải hoàn thành trước ngày 10/12."),
            H("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG X"),
            P("Về sản xuất kinh doanh: doanh thu tháng X đạt 14,6 tỷ đồng, bằng 104% kế hoạch; đội xe 22 chiếc "
              "hoạt động ổn định, không để xảy ra tai nạn giao thông. Công ty trả lương đúng hạn cho 186 lao động, "
              "đóng bảo hiểm xã hội đầy đủ,không nợ đọng."),
            P("Về xây dựng Đảng: 11/11 đ/c đóng đảng phí đủ, đúng kỳ. Đ/c Lương Thị Thu Trang đã học xong lớp bồi "
              "dưỡng lý luận chính trị cho đảng viên mới. Chi bộ phối hợp với Công đoàn công ty thăm hỏi 03 gia đình "
              "công nhân có hoàn cảnh khó khăn."),
            P("Hạn chế: phát triển đảng trong công nhân lái xe còn chậm, từ đầu năm chưa kết nạp được quần chúng "
              "nào; một số đảng viên còn ngại phát biểu trong sinh hoạt."),
            H("III. PHƯƠNG HƯỚNG NHIỆM VỤ THÁNG XII"),
            P("Phấn đấu doanh thu tháng XII đạt 15 tỷ đồng; bảo đảm an toàn cho đội xe trong dịp cao điểm cuối năm; "
              "chuẩn bị tốt hội nghị kiểm điểm, xếp loại đảng viên năm 2024; tạo nguồn phát triển đảng trong công "
              "nhân trẻ."),
            H("IV. THẢO LUẬN"),
            P("- Đ/c Nguyễn Văn Sơn (Đội trưởng đội xe): cuối năm hàng về cảng nhiều, lái xe phải chạy đêm liên tục, "
              "đề nghị Công ty bố trí thêm ca nghỉ để anh em không bị quá sức."),
            P("- Đ/c Đỗ Thị Ngọc Ánh (Kế toán trưởng) nêu: công nợ của 2 khách hàng lớn đã quá hạn 60 ngày, cần có "
              "người chuyên trách đi đối chiếu,thu hồi."),
            P("- Đ/c Bùi Minh Hiếu: quần chúng Lê Văn Tài, lái xe gắn bó với Công ty 6 năm,tư cách tốt, đề nghị chi "
              "bộ giới thiệu đi học lớp nhận thức về Đảng."),
            H("V. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ"),
            P("Đ/c Trần Quốc Khánh thay mặt chi ủy tiếp thu các ý kiến và kết luận: chi bộ thống nhất với đánh giá "
              "kết quả tháng X và phương hướng tháng XII nêu trên; tập trung lãnh đạo hoàn thành kế hoạch doanh thu "
              "năm, bảo đảm an toàn giao thông và quyền lợi của người lao động; tiến hành kiểm điểm, xếp loại đảng "
              "viên đúng hướng dẫn của Đảng ủy phường."),
            P("Biểu quyết: 10/10 đ/c có mặt tán thành kết luận, đạt 100%."),
            H("VI. PHÂN CÔNG NHIỆM VỤ"),
            P("- Trước 30/11, Đ/c Đỗ Thị Ngọc Ánh chủ trì, phối hợp với phòng Kinh doanh đối chiếu và thu hồi công "
              "nợ quá hạn của hai khách hàng lớn."),
            P("- Nhờ đ/c Nguyễn Văn Sơn sắp xếp lại lịch chạy xe đêm, bảo đảm mỗi lái xe được nghỉ ít nhất 01 "
              "ngày/tuần (thực hiện ngay trong tháng XI)."),
            P("- Đề nghị đ/c Bùi Minh Hiếu đảm nhận việc giúp đỡ quần chúng Lê Văn Tài viết lý lịch, chuẩn bị hồ "
              "sơ học lớp nhận thức về Đảng, báo cáo chi bộ vào kỳ họp tháng I/2025."),
            P("- Đ/c Lương Thị Thu Trang tổng hợp bản tự kiểm điểm của các đảng viên; đ/c Trần Quốc Khánh dự thảo "
              "báo cáo kiểm điểm của chi bộ. Cả hai việc xong trước ngày 05/12/2024."),
            P("Buổi sinh hoạt kết thúc lúc 18h40 cùng ngày. Biên bản đã được đọc lại trước chi bộ, các đ/c dự họp "
              "nhất trí thông qua (10/10)."),
            S(["THƯ KÝ", "", "", "Lương Thị Thu Trang"], ["T/M CHI BỘ", "BÍ THƯ", "", "Trần Quốc Khánh"]),
        ],
        "truth": minute(
            meeting("regular", "2024-11-12", "16:30", "18:40", "Phòng họp tầng 2, văn phòng Công ty", _I01_CELL,
                    "ĐẢNG BỘ PHƯỜNG ĐÔNG HẢI 2"),
            "Trần Quốc Khánh", "Bí thư chi bộ", "Lương Thị Thu Trang",
            attendance(11, 10, 1, 1, 0, 0, [("Phạm Thị Hòa", "đi công tác Quảng Ninh", True)],
                       [("Vũ Đức Thuận", "Đảng ủy viên, phụ trách chi bộ")]),
            True,
            [vote("Kết luận của chủ trì về kết quả tháng X và phương hướng tháng XII", 10, None, None, 100)],
            [task("Đỗ Thị Ngọc Ánh", "chủ trì, phối hợp với phòng Kinh doanh đối chiếu và thu hồi công nợ quá hạn "
                  "của hai khách hàng lớn", "30/11"),
             task("Nguyễn Văn Sơn", "sắp xếp lại lịch chạy xe đêm, bảo đảm mỗi lái xe được nghỉ ít nhất 01 "
                  "ngày/tuần", "tháng XI"),
             task("Bùi Minh Hiếu", "giúp đỡ quần chúng Lê Văn Tài viết lý lịch, chuẩn bị hồ sơ học lớp nhận thức "
                  "về Đảng", "kỳ họp tháng I/2025"),
             task("Lương Thị Thu Trang", "tổng hợp bản tự kiểm điểm của các đảng viên", "05/12/2024"),
             task("Trần Quốc Khánh", "dự thảo báo cáo kiểm điểm của chi bộ", "05/12/2024")],
            []),
    }],
    "flags": [],
}

# --------------------------------------------------------------------------------------------------------------
# i02 — Nam Định, chi bộ Quân sự xã
# --------------------------------------------------------------------------------------------------------------
I02 = {
    "name": "i02-namdinh-commune-military-past-conclusion-unexcused",
    "folder": "dev",
    "style": {"family": "dejavu", "size": 11.5, "spacing": 1.35, "justify": False, "indent": 20},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ TRỰC ĐẠI", "CHI BỘ QUÂN SỰ", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Trực Đại, ngày 08 tháng 10 năm 2024"]),
            C("BIÊN BẢN"),
            C("HỌP CHI BỘ QUÂN SỰ XÃ THÁNG 10/2024"),
            C("V/v: đánh giá công tác quân sự – quốc phòng tháng 9, triển khai nhiệm vụ tháng 10", bold=False,
              italic=True),
            G(6),
            P("Hồi 7g30 ngày 08/10/24, tại Ban Chỉ huy Quân sự xã, chi bộ Quân sự xã họp thường kỳ tháng 10."),
            P("Đảng viên của chi bộ: 11 đc (10 chính thức, 01 dự bị). Có mặt 10 đc. Vắng 01: đc Trần Văn Thuỷ – "
              "trung đội trưởng dân quân cơ động, không lý do."),
            P("Đ.c Đoàn Văn Mạnh – Bí thư chi bộ, Chỉ huy trưởng Ban CHQS xã chủ trì; đc Ngô Thị Hòa (Chính trị "
              "viên phó) ghi biên bản."),
            P("Dự họp có đc Phạm Ngọc Lâm, Phó Bí thư Thường trực Đảng ủy xã."),
            H("1- Đánh giá kết quả tháng 9/24"),
            P("Hoàn thành đăng ký nghĩa vụ quân sự cho 64 thanh niên tuổi 17; huấn luyện dân quân năm thứ nhất "
              "được 5/7 ngày theo kế hoạch (2 ngày nghỉ do bão số 3); lực lượng dân quân tham gia khắc phục hậu quả "
              "bão, dựng lại 12 cột điện, dọn 3 km đường trục xã, giúp 40 hộ chằng chống nhà cửa. Còn để 2 dân quân "
              "nghỉ huấn luyện không báo cáo."),
            H("2- Nhiệm vụ tháng 10/24"),
            P("Huấn luyện bù 2 ngày còn lại; sơ tuyển sức khỏe nghĩa vụ quân sự năm 2025 đợt 1; rà soát quân nhân "
              "dự bị hạng 1; chuẩn bị diễn tập phòng chống lụt bão – tìm kiếm cứu nạn cấp xã vào trung tuần tháng "
              "11; giữ vững hòa khí trong lực lượng, không để xảy ra vi phạm kỷ luật."),
            H("3- Ý kiến thảo luận"),
            P("Đ.c Vũ Văn Hoà (Phó Chỉ huy trưởng): lịch huấn luyện bù nên dồn vào thứ Bảy, Chủ nhật để anh em đi "
              "làm công ty vẫn tham gia được."),
            P("Đc Đoàn Văn Mạnh hỏi lại: dồn vào cuối tuần thì thao trường có trùng lịch thi đấu bóng đá của xã "
              "không?"),
            P("Đc Hoà trả lời: đã trao đổi với cán bộ Văn hoá xã, lịch bóng đá chuyển sang sân trường THCS."),
            P("Đc Lã Thị Thúy (quân y): đợt sơ tuyển cần báo sớm Trạm y tế, năm ngoái thiếu bác sĩ nên phải khám "
              "lại 2 lần, thanh niên đi làm xa phản ánh nhiều."),
            P("Đc Mạnh: đồng ý, sẽ có văn bản gửi Trạm y tế ngay trong tuần."),
            P("Đc Phạm Ngọc Lâm, Phó Bí thư Thường trực Đảng ủy xã phát biểu chỉ đạo: Đảng ủy ghi nhận lực lượng "
              "dân quân đã xung kích trong mưa bão; đề nghị chi bộ làm rõ trách nhiệm việc dân quân nghỉ huấn luyện "
              "không báo cáo và việc đảng viên vắng họp không lý do."),
            H("4- Biểu quyết"),
            P("Chi bộ biểu quyết thông qua kế hoạch huấn luyện bù và kế hoạch sơ tuyển sức khỏe: 10/10 đc có mặt "
              "nhất trí."),
            P("Đ.c chủ trì nhắc lại: các nội dung còn lại, chi bộ tiếp tục thực hiện theo kết luận tại kỳ họp tháng "
              "9/24 đã ban hành."),
            H("5- Phân công"),
            P("Cử đc Vũ Văn Hoà làm đầu mối tổ chức huấn luyện bù 2 ngày còn lại, xong trong tháng 10/24."),
            P("Đc Lã Thị Thúy chịu trách nhiệm chính về sơ tuyển sức khỏe đợt 1, đc Trịnh Văn Đông (trợ lý) lập "
              "danh sách công dân gọi khám, nộp sau 1 tuần."),
            P("Yêu cầu đc Trần Văn Thuỷ (vắng họp) giải trình bằng văn bản với chi ủy trong 10 ngày."),
            P("Cuộc họp kết thúc 10g00 cùng ngày. Biên bản đã đọc lại, các đc dự họp nhất trí."),
            S(["NGƯỜI GHI BIÊN BẢN", "", "", "Ngô Thị Hòa"], ["CHỦ TRÌ", "BÍ THƯ CHI BỘ", "", "Đoàn Văn Mạnh"]),
        ],
        "truth": minute(
            meeting("regular", "2024-10-08", "07:30", "10:00", "Ban Chỉ huy Quân sự xã", "CHI BỘ QUÂN SỰ",
                    "ĐẢNG BỘ XÃ TRỰC ĐẠI"),
            "Đoàn Văn Mạnh", "Bí thư chi bộ", "Ngô Thị Hòa",
            attendance(11, 10, 1, 0, 1, 0, [("Trần Văn Thuỷ", "không lý do", False)],
                       [("Phạm Ngọc Lâm", "Phó Bí thư Thường trực Đảng ủy xã")]),
            False,
            [vote("Kế hoạch huấn luyện bù và sơ tuyển sức khỏe", 10, None, None, None)],
            [task("Vũ Văn Hoà", "làm đầu mối tổ chức huấn luyện bù 2 ngày còn lại", "tháng 10/24"),
             task("Lã Thị Thúy", "chịu trách nhiệm chính về sơ tuyển sức khỏe đợt 1", None),
             task("Trịnh Văn Đông", "lập danh sách công dân gọi khám", "sau 1 tuần"),
             task("Trần Văn Thuỷ", "giải trình bằng văn bản với chi ủy", "10 ngày")],
            ["missing_conclusion", "unexcused_absence"]),
    }],
    "flags": [],
}

# --------------------------------------------------------------------------------------------------------------
# i03 — Ninh Bình, primary school in a Mường commune, combined meeting
# --------------------------------------------------------------------------------------------------------------
_I03_TOPIC = "Nâng cao chất lượng dạy học ở các điểm trường lẻ vùng đồng bào Mường"
I03 = {
    "name": "i03-ninhbinh-school-combined-110min-deferred-tasks",
    "folder": "dev",
    "style": {"family": "sans", "size": 12, "spacing": 1.3, "justify": True, "indent": 24},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ CÚC PHƯƠNG", "CHI BỘ TRƯỜNG TIỂU HỌC CÚC PHƯƠNG", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Cúc Phương, ngày 17 tháng 10 năm 2024"]),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ THÁNG MƯỜI NĂM 2024"),
            C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ"),
            C("“Nâng cao chất lượng dạy học ở các điểm trường lẻ vùng đồng bào Mường”", bold=False, italic=True),
            G(8),
            L("- Thời gian: từ 14:00 đến 15:50 ngày 17/10/2024 (chiều thứ Năm)."),
            L("- Địa điểm: Phòng Hội đồng nhà trường, điểm trường chính."),
            L("- Đảng viên: tổng số 16 đồng chí; có mặt 15 đồng chí; vắng 01 đồng chí (đồng chí Quách Thị Lựu nghỉ "
              "chế độ thai sản)."),
            L("- Chủ trì: đồng chí Đinh Thị Mai – Bí thư chi bộ, Hiệu trưởng."),
            L("- Thư ký: đồng chí Bùi Thị Thu Hà."),
            H("A. SINH HOẠT THƯỜNG KỲ"),
            H("1. Kết quả thực hiện nhiệm vụ tháng Chín", bold=False, italic=True),
            P("Khai giảng năm học 2024 – 2025 an toàn, tiết kiệm; huy động 100% trẻ 6 tuổi vào lớp Một (62 em, "
              "trong đó 41 em dân tộc Mường); hoàn thành sắp xếp lại 5 điểm trường lẻ. Tồn tại: 2 phòng học tại "
              "điểm trường bản Đăng bị dột sau mưa bão, chưa có kinh phí sửa chữa; tỷ lệ học sinh đi học chuyên cần "
              "ở điểm bản Sạng mới đạt 91%."),
            H("2. Nhiệm vụ tháng Mười", bold=False, italic=True),
            P("Ổn định nền nếp dạy và học; tổ chức Hội thi giáo viên dạy giỏi cấp trường; kiện toàn Ban đại diện cha "
              "mẹ học sinh; vận động học sinh bản Sạng đi học đều; hướng dẫn đảng viên viết bản kiểm điểm cuối năm."),
            H("B. SINH HOẠT CHUYÊN ĐỀ"),
            P("Đồng chí Đinh Công Lực, Phó Bí thư chi bộ, trình bày chuyên đề. Chuyên đề nêu thực trạng: học sinh "
              "lớp Một, lớp Hai ở 3 điểm trường lẻ còn hạn chế về tiếng Việt, nhiều em ở nhà chỉ nói tiếng Mường; "
              "giáo viên phải dạy lớp ghép, thiếu đồ dùng trực quan. Chuyên đề đề ra 4 nhóm giải pháp: tăng cường "
              "tiếng Việt cho trẻ trước khi vào lớp Một; dùng giáo viên người Mường làm cầu nối với phụ huynh; luân "
              "chuyển giáo viên giỏi xuống điểm lẻ theo học kỳ; xã hội hóa đồ dùng dạy học."),
            H("C. THẢO LUẬN"),
            P("Đồng chí Bùi Văn Tuấn (giáo viên điểm bản Đăng) phát biểu: học sinh bản Đăng hiểu bài nhanh hơn khi "
              "thầy giải thích thêm bằng tiếng Mường; đề nghị nhà trường cho phép dùng song ngữ trong các tiết "
              "đầu năm lớp Một."),
            P("Đồng chí Nguyễn Thị Hằng cho rằng việc luân chuyển giáo viên theo học kỳ làm học sinh phải làm quen "
              "lại từ đầu, nên luân chuyển theo năm học."),
            P("Đồng chí Đinh Công Lực giải trình thêm: luân chuyển theo năm học cũng được, nhưng giáo viên trẻ mới "
              "về trường cần được dự giờ ở điểm chính ít nhất một học kỳ."),
            H("D. KẾT LUẬN"),
            P("Đồng chí Bí thư kết luận: chi bộ thống nhất với đánh giá tháng Chín, nhiệm vụ tháng Mười và nội dung "
              "chuyên đề; bổ sung giải pháp dạy song ngữ Mường – Việt ở lớp Một trong học kỳ I và chuyển việc luân "
              "chuyển giáo viên sang theo năm học; đưa các giải pháp của chuyên đề vào kế hoạch năm học."),
            P("Chi bộ biểu quyết: 15/15 đồng chí tán thành (100%)."),
            P("Việc phân công cụ thể từng phần việc của chuyên đề sẽ được thông báo sau khi có kế hoạch của Phòng "
              "Giáo dục và Đào tạo huyện. Đề nghị mỗi đồng chí đảng viên đăng ký ít nhất một việc làm cụ thể để "
              "thực hiện chuyên đề."),
            P("Buổi sinh hoạt kết thúc lúc 15:50 cùng ngày. Biên bản đã được đọc lại và thông qua trước chi bộ, "
              "15/15 đồng chí nhất trí."),
            S(["THƯ KÝ", "", "", "Bùi Thị Thu Hà"], ["CHỦ TRÌ", "", "", "Đinh Thị Mai"]),
        ],
        "truth": minute(
            meeting("regular", "2024-10-17", "14:00", "15:50", "Phòng Hội đồng nhà trường, điểm trường chính",
                    "CHI BỘ TRƯỜNG TIỂU HỌC CÚC PHƯƠNG", "ĐẢNG BỘ XÃ CÚC PHƯƠNG", topic=_I03_TOPIC),
            "Đinh Thị Mai", "Bí thư chi bộ", "Bùi Thị Thu Hà",
            attendance(16, 15, 1, 1, 0, 0, [("Quách Thị Lựu", "nghỉ chế độ thai sản", True)]),
            True,
            [vote("Kết luận và nội dung chuyên đề", 15, None, None, 100)],
            [],
            ["missing_assignments", "short_meeting"]),
    }],
    "flags": [],
}

# --------------------------------------------------------------------------------------------------------------
# i04 — Bắc Ninh, neighbourhood cell (khu phố)
# --------------------------------------------------------------------------------------------------------------
I04 = {
    "name": "i04-bacninh-ward-name-colon-nickname-clean",
    "folder": "dev",
    "style": {"family": "serif", "size": 12.5, "spacing": 1.25, "justify": True, "indent": 26},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG ĐẠI PHÚC", "CHI BỘ KHU PHỐ THANH SƠN", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đại Phúc, ngày 06 tháng 12 năm 2024"]),
            C("BIÊN BẢN HỌP CHI BỘ"),
            C("Kỳ họp tháng 12 năm 2024", bold=False, italic=True),
            G(8),
            P("Vào hồi mười chín giờ ba mươi phút tối ngày 06/12/2024, tại Nhà văn hoá khu phố Thanh Sơn, Chi bộ "
              "khu phố Thanh Sơn họp định kỳ tháng 12."),
            P("Tổng số ĐV: 34 đ.c, trong đó 07 ĐC được miễn sinh hoạt (tuổi cao, sức yếu); số phải dự: 27. Có mặt: "
              "26 đ.c (25 chính thức, 01 dự bị). Vắng 01: ĐC Nguyễn Thị Thuý, đi vắng, ở với con gái tại Hà Nội."),
            P("ĐC Ngô Xuân Trường – Bí thư chi bộ chủ trì. Thư ký: đ.c Hoàng Thị Thanh Hương."),
            H("* Thông tin thời sự"),
            P("ĐC Bí thư thông báo kết quả Hội nghị Ban Chấp hành Đảng bộ tỉnh; lịch tiếp nhận hồ sơ chỉnh trang "
              "vỉa hè của phường; chủ trương sắp xếp, sáp nhập tổ dân phố trong năm 2025."),
            H("* Kiểm điểm tháng 11"),
            P("Khu phố thu quỹ vì người nghèo được 18,5 triệu đồng, đạt 112% chỉ tiêu; 100% hộ ký cam kết không "
              "đốt vàng mã ngoài đường; tổ bảo vệ dân phố tuần tra 22 đêm, phát hiện và báo công an phường 01 vụ "
              "trộm xe máy. Hạn chế: ngõ 4 mặt đường bong tróc, mưa là đọng nước; còn 3 hộ kinh doanh lấn chiếm vỉa "
              "hè phố Thanh Sơn."),
            H("* Nhiệm vụ tháng 12 và dịp Tết"),
            P("Chuẩn bị kiểm điểm, xếp loại đảng viên năm 2024; giữ gìn an ninh trật tự dịp cuối năm; vận động làm "
              "lại mặt đường ngõ 4; thăm hỏi hộ nghèo, gia đình chính sách trước Tết Nguyên đán Ất Tỵ."),
            H("* Ý kiến"),
            P("Nguyễn Văn Chiến: ngõ 4 có 26 hộ, nhiều hộ đã sẵn sàng góp tiền, chỉ cần người đứng ra vận động và "
              "giữ sổ sách công khai."),
            P("Trần Thị Bích Ngọc (tổ trưởng tổ 3): 3 hộ lấn chiếm vỉa hè đều đã được nhắc nhở, đề nghị phường "
              "lập biên bản nếu tái phạm."),
            P("Nguyễn Văn Tư (Trưởng ban công tác Mặt trận khu phố): Mặt trận nhận vận động, nhưng cần chi bộ ra "
              "nghị quyết để bà con tin tưởng."),
            P("Lê Đình Phúc: đêm Giao thừa năm ngoái có nhóm thanh niên đốt pháo ở ngã ba, năm nay tổ bảo vệ cần "
              "trực sớm hơn."),
            H("* Kết luận"),
            P("ĐC Bí thư kết luận: chi bộ thống nhất đánh giá tháng 11 và nhiệm vụ tháng 12; chủ trương làm lại mặt "
              "đường ngõ 4 theo phương thức nhân dân làm, Nhà nước hỗ trợ, công khai thu chi; kiên quyết xử lý lấn "
              "chiếm vỉa hè; bảo đảm đón Tết vui tươi, an toàn."),
            P("Biểu quyết thông qua kết luận: hai mươi sáu trên hai mươi sáu đồng chí tán thành."),
            H("* Phân công"),
            P("Nhờ chú Tư vận động các hộ ngõ 4 góp công, góp tiền làm lại mặt đường, xong trước Tết Nguyên đán."),
            P("Đ.c Nguyễn Văn Chiến giữ sổ thu chi, niêm yết công khai tại nhà văn hoá đến hết quý I/2025."),
            P("Đ.c Trần Thị Bích Ngọc theo dõi 3 hộ lấn chiếm, tái phạm thì báo ngay Công an phường."),
            P("Tổ bảo vệ dân phố lập phương án trực ở ngã ba, xong trước ngày 20/12."),
            P("Họp xong lúc 21 giờ 20 phút. Biên bản được đọc lại, chi bộ nhất trí thông qua."),
            S(["THƯ KÝ", "", "", "Hoàng Thị Thanh Hương"], ["BÍ THƯ", "", "", "Ngô Xuân Trường"]),
        ],
        "truth": minute(
            meeting("regular", "2024-12-06", "19:30", "21:20", "Nhà văn hoá khu phố Thanh Sơn",
                    "CHI BỘ KHU PHỐ THANH SƠN", "ĐẢNG BỘ PHƯỜNG ĐẠI PHÚC"),
            "Ngô Xuân Trường", "Bí thư chi bộ", "Hoàng Thị Thanh Hương",
            attendance(34, 26, 1, 1, 0, 7, [("Nguyễn Thị Thuý", "đi vắng, ở với con gái tại Hà Nội", True)]),
            True,
            [vote("Kết luận của Bí thư", 26, None, None, None)],
            [task("Nguyễn Văn Tư", "vận động các hộ ngõ 4 góp công, góp tiền làm lại mặt đường", "Tết Nguyên đán"),
             task("Nguyễn Văn Chiến", "giữ sổ thu chi, niêm yết công khai tại nhà văn hoá", "hết quý I/2025"),
             task("Trần Thị Bích Ngọc", "theo dõi 3 hộ lấn chiếm, tái phạm thì báo ngay Công an phường", None),
             task("Tổ bảo vệ dân phố", "lập phương án trực ở ngã ba", "20/12")],
            []),
    }],
    "flags": [],
}

# --------------------------------------------------------------------------------------------------------------
# i05 — Hà Tĩnh, chi bộ cơ sở of an upper-secondary school, thematic meeting, opinions in a table
# --------------------------------------------------------------------------------------------------------------
_I05_TOPIC = "Tinh thần tự học suốt đời theo tấm gương Hồ Chí Minh – trách nhiệm của nhà giáo"
_OPINION_COLS = [(0.30, "Người phát biểu", "l"), (0.70, "Nội dung ý kiến", "l")]
I05 = {
    "name": "i05-hatinh-base-cell-school-thematic-opinion-table-clean",
    "folder": "dev",
    "style": {"family": "dvsans", "size": 11, "spacing": 1.4, "justify": False, "indent": 0,
              "head": "Chi bộ cơ sở Trường THPT Đồng Lộc – Biên bản sinh hoạt chuyên đề quý I/2025",
              "head_align": "right", "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ HUYỆN CAN LỘC", "CHI BỘ CƠ SỞ", "TRƯỜNG THPT ĐỒNG LỘC", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Can Lộc, ngày 21 tháng 02 năm 2025"], bold_left=(1, 2)),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHUYÊN ĐỀ QUÝ I/2025"),
            C("V/v: " + _I05_TOPIC, bold=False, italic=True),
            G(8),
            P("Hôm nay, lúc 14 giờ 15' ngày 21/02/2025, tại phòng họp Hội đồng sư phạm, Chi bộ cơ sở Trường THPT "
              "Đồng Lộc tổ chức sinh hoạt chuyên đề quý I năm 2025."),
            P("Tổng số đảng viên: 38 đ/c; miễn sinh hoạt: 0. Có mặt: 35 đ/c chính thức và 02 (hai) đ/c dự bị = 37 "
              "đ/c. Vắng: 01 đ/c – Phan Thị Thanh Tâm (đi coi thi học sinh giỏi tỉnh, có giấy triệu tập)."),
            P("Đại biểu dự: đ/c Hồ Thị Kim Oanh – Phó Trưởng Ban Tuyên giáo Huyện ủy."),
            P("Chủ trì: đ/c Trần Đình Nghĩa – Bí thư chi bộ, Hiệu trưởng. Thư ký: đ/c Lê Thị Diệu Linh."),
            H("1. Trình bày chuyên đề"),
            P("Đ/c Võ Văn Hải, Phó Bí thư chi bộ, trình bày chuyên đề (đã gửi trước cho các đ/c đảng viên 01 tuần). "
              "Chuyên đề nhắc lại những năm Bác tự học ngoại ngữ trên tàu, tự học trong tù, và lời Bác “học hỏi là "
              "một việc phải tiếp tục suốt đời”; đối chiếu với nhà trường: 100% giáo viên đạt chuẩn đào tạo, song "
              "mới có 9/52 giáo viên có chứng chỉ ngoại ngữ B1 trở lên, việc ứng dụng công nghệ số trong dạy học "
              "chưa đều giữa các tổ."),
            H("2. Thảo luận"),
            P("Có 04 đ/c phát biểu, thư ký ghi tóm tắt như sau:"),
            ("table", _OPINION_COLS, [
                ["Đ/c Nguyễn Thị Quỳnh (tổ trưởng tổ Ngữ văn)",
                 "Đề nghị lập tủ sách tự học tại thư viện cho giáo viên và học sinh, mỗi tổ chuyên môn góp sách."],
                ["Đ/c Đặng Quang Huy (Bí thư Đoàn trường)",
                 "Học sinh đọc sách giấy ít; Đoàn có thể phát động đọc sách theo tuần, có điểm rèn luyện."],
                ["Đ/c Phạm Văn Lợi",
                 "Giáo viên lớn tuổi ngại học ngoại ngữ; nhà trường nên hỗ trợ một phần học phí lớp B1."],
                ["Đ/c Hồ Thị Kim Oanh (đại biểu)",
                 "Chuyên đề có liên hệ thực tế; đề nghị gửi bản hoàn chỉnh về Ban Tuyên giáo để chọn giới thiệu."],
            ]),
            H("3. Kết luận"),
            P("Đ/c Trần Đình Nghĩa kết luận: chi bộ thống nhất nội dung chuyên đề; mỗi đảng viên xây dựng kế hoạch "
              "tự học năm 2025 gắn với chuẩn nghề nghiệp; hỗ trợ 50% học phí lớp ngoại ngữ B1 cho giáo viên trên 45 "
              "tuổi từ quỹ phúc lợi; phong trào đọc sách được đưa vào tiêu chí thi đua của tập thể lớp."),
            P("Tán thành: 37/37; không tán thành: không; ý kiến khác: không."),
            H("4. Việc cần làm sau chuyên đề"),
            P("- Đ/c Nguyễn Thị Quỳnh làm đầu mối xây dựng tủ sách tự học tại thư viện, hoàn thành trong 2 tuần."),
            P("- Yêu cầu đ/c Võ Văn Hải hoàn chỉnh chuyên đề, gửi Ban Tuyên giáo Huyện ủy trước 05/3/2025."),
            P("- Đề nghị đ/c Đặng Quang Huy đảm nhận việc phát động phong trào “Mỗi tuần một cuốn sách” trong học "
              "sinh, duy trì đến hết học kỳ II."),
            P("- Đ/c Phạm Văn Lợi (kế toán) lập dự toán hỗ trợ học phí ngoại ngữ, trình Hiệu trưởng trong tháng 3."),
            P("Sinh hoạt kết thúc lúc 16 giờ 45' cùng ngày. Biên bản được đọc lại và thông qua; 37/37 đ/c nhất trí."),
            S(["THƯ KÝ", "", "", "Lê Thị Diệu Linh"], ["T/M CHI ỦY", "BÍ THƯ", "", "Trần Đình Nghĩa"]),
        ],
        "truth": minute(
            meeting("thematic", "2025-02-21", "14:15", "16:45", "phòng họp Hội đồng sư phạm",
                    "CHI BỘ CƠ SỞ TRƯỜNG THPT ĐỒNG LỘC", "ĐẢNG BỘ HUYỆN CAN LỘC", topic=_I05_TOPIC),
            "Trần Đình Nghĩa", "Bí thư chi bộ", "Lê Thị Diệu Linh",
            attendance(38, 37, 1, 1, 0, 0,
                       [("Phan Thị Thanh Tâm", "đi coi thi học sinh giỏi tỉnh, có giấy triệu tập", True)],
                       [("Hồ Thị Kim Oanh", "Phó Trưởng Ban Tuyên giáo Huyện ủy")]),
            True,
            [vote("Nội dung chuyên đề và kết luận", 37, 0, 0, None)],
            [task("Nguyễn Thị Quỳnh", "làm đầu mối xây dựng tủ sách tự học tại thư viện", "2 tuần"),
             task("Võ Văn Hải", "hoàn chỉnh chuyên đề, gửi Ban Tuyên giáo Huyện ủy", "05/3/2025"),
             task("Đặng Quang Huy", "phát động phong trào “Mỗi tuần một cuốn sách” trong học sinh",
                  "hết học kỳ II"),
             task("Phạm Văn Lợi", "lập dự toán hỗ trợ học phí ngoại ngữ, trình Hiệu trưởng", "tháng 3")],
            []),
    }],
    "flags": [],
}

# --------------------------------------------------------------------------------------------------------------
# i06 — Hưng Yên, merged cell (chi bộ ghép) of the commune health station and the post office
# --------------------------------------------------------------------------------------------------------------
_I06_CELL = "CHI BỘ GHÉP TRẠM Y TẾ – BƯU ĐIỆN VĂN HÓA XÃ"
I06 = {
    "name": "i06-hungyen-merged-cell-counts-vs-list-low-unexcused",
    "folder": "dev",
    "style": {"family": "serif", "size": 13, "spacing": 1.25, "justify": True, "indent": 30},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ LIÊN NGHĨA", "CHI BỘ GHÉP TRẠM Y TẾ –", "BƯU ĐIỆN VĂN HÓA XÃ", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM"], bold_left=(1, 2)),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 3/25"),
            G(8),
            P("Hôm nay, hồi 8h00, chi bộ ghép Trạm Y tế – Bưu điện văn hoá xã họp thường kỳ tại Hội trường Trạm Y "
              "tế xã Liên Nghĩa."),
            P("Tổng số đảng viên:14 đc. Có mặt 11 đc (09 chính thức + 02 dự bị). Vắng 03 đc (02 có lý do, 01 không "
              "lý do), gồm:"),
            L("+ Đ/c Đào Thị Hường – nghỉ ốm;"),
            L("+ Đ/c Nguyễn Văn Khoa – không liên lạc được."),
            P("Chủ trì:đ/c Lương Văn Toàn – Bí thư chi bộ, Trưởng trạm y tế. Thư ký:đ/c Hoàng Thị Lụa."),
            H("I/ Tình hình tháng 2/25"),
            P("Trạm khám cho 1.126 lượt người, tiêm chủng mở rộng đạt 98%; không để dịch sởi lây lan trên địa bàn; "
              "điểm bưu điện văn hóa xã chi trả lương hưu, trợ cấp cho 412 người đúng ngày, không sai sót. Tồn tại: "
              "tủ sách của bưu điện văn hoá ít người đọc; hồ sơ sức khỏe điện tử mới cập nhật được 71% dân số."),
            H("II/ Nhiệm vụ tháng 3/25"),
            P("Tiêm vắc xin sởi bổ sung cho trẻ 1 – 5 tuổi; cập nhật hồ sơ sức khỏe điện tử; giữ hòa khí, đoàn kết "
              "giữa hai đơn vị trong chi bộ; chuẩn bị hồ sơ đề nghị kết nạp quần chúng Đỗ Thị Vân."),
            H("III/ Thảo luận"),
            P("Đc Hoàng Thị Lụa: số trẻ chưa tiêm sởi tập trung ở thôn Đan Nghĩa, nhiều bố mẹ đi làm khu công nghiệp,"
              "nên tiêm vào chiều thứ Bảy."),
            P("Đc Trịnh Văn Khải (Trưởng bưu điện văn hóa xã): đề nghị đưa sách về các nhà văn hóa thôn theo kiểu "
              "luân chuyển, mỗi thôn 1 tháng."),
            P("Đ/c Phan Thị Hoà: việc đảng viên vắng họp không liên lạc được cần chi ủy gặp trực tiếp, không để kéo "
              "dài."),
            H("IV/ Kết luận"),
            P("Đ/c Lương Văn Toàn kết luận: thống nhất nhiệm vụ tháng 3; ưu tiên tiêm sởi bổ sung trước, hồ sơ sức "
              "khỏe điện tử làm song song; đồng ý luân chuyển tủ sách về thôn; việc vắng họp của đ/c Khoa sẽ được "
              "xem xét tại kỳ họp sau."),
            P("Biểu quyết: 10 đc tán thành, 01 đc không tán thành (đề nghị lùi việc luân chuyển sách sang quý II)."),
            H("V/ Phân công"),
            P("- Đ/c Hoàng Thị Lụa chủ trì, phối hợp với Chi đoàn thanh niên xã tổ chức tiêm sởi bổ sung vào các "
              "chiều thứ Bảy, đến hết quý I."),
            P("- Yêu cầu đc Trịnh Văn Khải lập lịch luân chuyển tủ sách về 6 thôn trong tháng 4/25."),
            P("- Đ/c Phan Thị Hoà giúp đỡ quần chúng Đỗ Thị Vân hoàn thiện hồ sơ, trình chi bộ kỳ họp tháng 5."),
            P("Cuộc họp kết thúc lúc 10h05. Biên bản đọc lại cho chi bộ nghe, không ai có ý kiến khác, nhất trí "
              "thông qua."),
            P("Liên Nghĩa, ngày 14 tháng 3 năm 2025", italic=True, indent=220),
            S(["THƯ KÝ", "", "", "Hoàng Thị Lụa"], ["BÍ THƯ CHI BỘ", "", "", "Lương Văn Toàn"]),
        ],
        "truth": minute(
            meeting("regular", "2025-03-14", "08:00", "10:05", "Hội trường Trạm Y tế xã Liên Nghĩa", _I06_CELL,
                    "ĐẢNG BỘ XÃ LIÊN NGHĨA"),
            "Lương Văn Toàn", "Bí thư chi bộ", "Hoàng Thị Lụa",
            attendance(14, 11, 3, 2, 1, 0, [("Đào Thị Hường", "nghỉ ốm", True),
                                            ("Nguyễn Văn Khoa", "không liên lạc được", False)]),
            True,
            [vote("Kết luận nhiệm vụ tháng 3", 10, 1, None, None)],
            [task("Hoàng Thị Lụa", "chủ trì, phối hợp với Chi đoàn thanh niên xã tổ chức tiêm sởi bổ sung vào các "
                  "chiều thứ Bảy", "hết quý I"),
             task("Trịnh Văn Khải", "lập lịch luân chuyển tủ sách về 6 thôn", "tháng 4/25"),
             task("Phan Thị Hoà", "giúp đỡ quần chúng Đỗ Thị Vân hoàn thiện hồ sơ, trình chi bộ",
                  "kỳ họp tháng 5")],
            ["low_attendance", "unexcused_absence"]),
    }],
    "flags": [],
}

# --------------------------------------------------------------------------------------------------------------
# i07 — Quảng Trị (Hướng Hóa), Vân Kiều village, printed form typed in, a form hint left in place
# --------------------------------------------------------------------------------------------------------------
I07 = {
    "name": "i07-quangtri-vankieu-form-hint-left-no-vote",
    "folder": "dev",
    "style": {"family": "serif", "size": 12.5, "spacing": 1.3, "justify": False, "indent": 0},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ HƯỚNG PHÙNG", "CHI BỘ THÔN HƯỚNG CHOA", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hướng Phùng, ngày 09 tháng 11 năm 2024"]),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 11 NĂM 2024"),
            G(8),
            L("1. Thời gian: bắt đầu 19 giờ 00 phút, ngày 09/11/2024 (ghi rõ giờ, phút, ngày, tháng, năm)."),
            L("2. Địa điểm: Nhà văn hóa thôn Hướng Choa."),
            L("3. Thành phần:"),
            L("- Tổng số đảng viên: 12 đc."),
            L("- Có mặt: 11 đc. Vắng: 01 đc (có lý do: 01; không lý do: 0)."),
            L("- Họ tên đảng viên vắng và lý do: Hồ Văn Đôi – đi rừng chưa về."),
            L("- Khách mời: đc Hồ Văn Khăm – Đảng ủy viên, phụ trách thôn."),
            L("4. Chủ trì: đc Hồ Văn Nhiên – Bí thư chi bộ. Thư ký: đc Lê Thị Sương."),
            L("5. Nội dung:"),
            L("a) Thông tin thời sự, văn bản mới", bold=True),
            P("Đc Nhiên thông báo: Huyện ủy chỉ đạo các thôn giáp biên tăng cường quản lý người qua lại đường "
              "mòn; xã tiếp tục hỗ trợ giống cà phê chè cho hai hộ nghèo của thôn; hạn đăng ký làm nhà theo chương "
              "trình xóa nhà tạm là ngày 30/11.", indent=20),
            L("b) Đánh giá tháng 10", bold=True),
            P("Thôn thu hoạch xong cà phê vối, năng suất khá; đc Hồ Thị Chăn đã hoàn thành việc vận động 4 cháu bỏ "
              "học quay lại trường như chi bộ giao tháng trước, tháng này tiếp tục giao đc Chăn theo dõi chuyên cần "
              "các cháu đến hết học kỳ I. Tồn tại: còn 2 hộ nuôi bò thả rông phá hoa màu; đường vào khu sản xuất "
              "Khe Sanh Bên sạt một đoạn sau mưa.", indent=20),
            L("c) Ý kiến thảo luận", bold=True),
            P("- Đc Hồ Văn Chơn: đường khu sản xuất sạt khoảng 15 mét, bà con góp công làm được, chỉ xin xã hỗ trợ "
              "xi măng.", indent=20),
            P("- Đc Hồ Thị Pơi (Chi hội trưởng phụ nữ): 2 hộ thả bò rông đã được nhắc 3 lần, đề nghị đưa vào "
              "hương ước để phạt.", indent=20),
            P("- Đc Hồ Văn Khăm (khách mời): đồng ý đưa vào hương ước, nhưng phải họp dân thông qua.", indent=20),
            L("d) Kết luận của chủ trì", bold=True),
            P("Đc Hồ Văn Nhiên kết luận: chi bộ thống nhất huy động dân góp công sửa đường khu sản xuất, đề nghị xã "
              "hỗ trợ xi măng; bổ sung quy định về chăn thả gia súc vào hương ước thôn, đưa ra họp dân tháng 12; "
              "tiếp tục vận động con em đi học đầy đủ.", indent=20),
            L("đ) Phân công", bold=True),
            P("- Đc Hồ Văn Chơn vận động bà con góp công sửa đường khu sản xuất, xong trước ngày mười lăm tháng "
              "mười hai.", indent=20),
            P("- Đc Hồ Thị Pơi cùng tổ hòa giải dự thảo điều khoản chăn thả gia súc, trình họp dân tháng 12.",
              indent=20),
            L("e) Kết thúc", bold=True),
            P("Cuộc họp kết thúc 21 giờ 00 phút cùng ngày. Biên bản được thư ký đọc lại, 100% đảng viên dự họp nhất "
              "trí thông qua biên bản.", indent=20),
            S(["THƯ KÝ", "", "", "Lê Thị Sương"], ["CHỦ TRÌ", "", "", "Hồ Văn Nhiên"]),
        ],
        "truth": minute(
            meeting("regular", "2024-11-09", "19:00", "21:00", "Nhà văn hóa thôn Hướng Choa",
                    "CHI BỘ THÔN HƯỚNG CHOA", "ĐẢNG BỘ XÃ HƯỚNG PHÙNG"),
            "Hồ Văn Nhiên", "Bí thư chi bộ", "Lê Thị Sương",
            attendance(12, 11, 1, 1, 0, 0, [("Hồ Văn Đôi", "đi rừng chưa về", True)],
                       [("Hồ Văn Khăm", "Đảng ủy viên, phụ trách thôn")]),
            True,
            [],
            [task("Hồ Thị Chăn", "theo dõi chuyên cần các cháu", "hết học kỳ I"),
             task("Hồ Văn Chơn", "vận động bà con góp công sửa đường khu sản xuất", "ngày mười lăm tháng mười hai"),
             task("Hồ Thị Pơi", "cùng tổ hòa giải dự thảo điều khoản chăn thả gia súc, trình họp dân",
                  "tháng 12")],
            ["missing_vote", "unfilled_template"]),
    }],
    "flags": [],
}

# --------------------------------------------------------------------------------------------------------------
# i08 — Hà Nội (Đông Anh), district office cell
# --------------------------------------------------------------------------------------------------------------
_I08_CELL = "CHI BỘ PHÒNG TÀI CHÍNH – KẾ HOẠCH"
I08 = {
    "name": "i08-hanoi-district-office-topics-only-self-registration",
    "folder": "dev",
    "style": {"family": "dejavu", "size": 12, "spacing": 1.3, "justify": True, "indent": 22},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CƠ QUAN CHÍNH QUYỀN HUYỆN", "CHI BỘ PHÒNG TÀI CHÍNH – KẾ HOẠCH", "*", "Số: 12-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đông Anh, ngày 16 tháng 12 năm 2024"]),
            C("BIÊN BẢN SINH HOẠT CHI BỘ"),
            C("Tháng 12/2024", bold=False),
            G(8),
            P("Thời gian: 14h ngày 16/12/2024. Địa điểm: phòng họp số 3, tầng 4 trụ sở HĐND – UBND huyện."),
            P("Thành phần: Tổng số đảng viên 15 đ/c. Có mặt 14/15 đ/c. Vắng 01 đ/c: Đ/c Tạ Thu Hương, bận việc "
              "riêng."),
            P("Chủ trì: ĐC Nguyễn Hữu Quyết – Bí thư chi bộ, Trưởng phòng. Thư ký: Đ/c Kiều Văn Định."),
            H("1. Đánh giá tháng 11/2024"),
            P("Phòng tham mưu UBND huyện trình HĐND huyện dự toán ngân sách năm 2025 đúng thời hạn; giải ngân vốn "
              "đầu tư công 11 tháng đạt 78% kế hoạch, thấp hơn mức bình quân của thành phố; thẩm định xong 14 dự án "
              "nhỏ lẻ. Chi bộ duy trì sinh hoạt đúng kỳ; 15/15 đ/c đóng đảng phí đầy đủ. Hạn chế: hồ sơ quyết toán "
              "của 6 công trình trường học còn chậm,nhiều chủ đầu tư nộp thiếu chứng từ."),
            H("2. Nhiệm vụ tháng 12/2024 và những tháng đầu năm 2025"),
            P("Đẩy nhanh giải ngân, phấn đấu cả năm đạt trên 95%; tham mưu giao dự toán năm 2025 cho các xã, thị "
              "trấn; báo cáo tổng kết năm của phòng phải hoàn thành trước 25/12; tổ chức kiểm điểm, đánh giá, xếp "
              "loại đảng viên năm 2024 trước ngày 28/12."),
            H("3. Ý kiến thảo luận"),
            P("Ý kiến thảo luận tập trung vào ba vấn đề: (1) nguyên nhân giải ngân chậm chủ yếu do vướng giải phóng "
              "mặt bằng ở 3 dự án đường liên xã; (2) cần lịch làm việc cố định với từng chủ đầu tư để đôn đốc hồ sơ "
              "quyết toán; (3) có đồng chí đề nghị chi bộ kiến nghị UBND huyện bố trí thêm 01 biên chế cho bộ phận "
              "thẩm định."),
            H("4. Kết luận"),
            P("ĐC Bí thư kết luận: chi bộ thống nhất với đánh giá và nhiệm vụ đã nêu; tập trung cao nhất cho giải "
              "ngân và quyết toán cuối năm; kiến nghị UBND huyện về biên chế thẩm định; việc kiểm điểm cuối năm "
              "phải thực chất, không hình thức."),
            P("Chi bộ biểu quyết thông qua kết luận, 100% đảng viên có mặt tán thành."),
            H("5. Tổ chức thực hiện"),
            P("Mỗi đảng viên căn cứ nhiệm vụ của phòng để tự nhận việc cụ thể, đăng ký với chi ủy trước 20/12; các "
              "bộ phận làm thêm giờ khi cần để kịp tiến độ cuối năm."),
            P("Buổi sinh hoạt kết thúc lúc 16h10. Biên bản đã đọc lại, các đ/c dự họp nhất trí thông qua."),
            S(["THƯ KÝ", "", "", "Kiều Văn Định"], ["T/M CHI BỘ", "BÍ THƯ", "", "Nguyễn Hữu Quyết"]),
        ],
        "truth": minute(
            meeting("regular", "2024-12-16", "14:00", "16:10",
                    "phòng họp số 3, tầng 4 trụ sở HĐND – UBND huyện", _I08_CELL,
                    "ĐẢNG BỘ CƠ QUAN CHÍNH QUYỀN HUYỆN"),
            "Nguyễn Hữu Quyết", "Bí thư chi bộ", "Kiều Văn Định",
            attendance(15, 14, 1, 1, 0, 0, [("Tạ Thu Hương", "bận việc riêng", True)]),
            True,
            [vote("Kết luận tháng 12/2024", None, None, None, 100)],
            [],
            ["missing_assignments", "no_discussion"]),
    }],
    "flags": [],
}

# --------------------------------------------------------------------------------------------------------------
# i09 — Thanh Hóa (Bá Thước), Mường/Thái village; opinions forwarded, never read back
# --------------------------------------------------------------------------------------------------------------
I09 = {
    "name": "i09-thanhhoa-muong-village-forwarded-not-approved",
    "folder": "dev",
    "style": {"family": "sans", "size": 11.5, "spacing": 1.35, "justify": False, "indent": 18},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ LŨNG NIÊM", "CHI BỘ THÔN KHỊ", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Lũng Niêm, ngày 06 tháng 8 năm 2024"]),
            C("BIÊN BẢN"),
            C("HỌP CHI BỘ THÔN KHỊ – KỲ THÁNG 8/2024"),
            G(8),
            P("Đúng 19h30' ngày 06/8/2024, tại nhà văn hóa thôn Khị, chi bộ họp thường kỳ tháng 8."),
            P("Đảng viên toàn chi bộ 20 đồng chí, có 02 đ.c miễn sinh hoạt (Hà Văn Sương, Trương Văn Lự – tuổi "
              "cao). Dự họp 18/18 đ.c phải dự, đạt 100%."),
            P("Đ.c Trương Công Minh, Bí thư chi bộ điều hành; đc Hà Thị Ươm làm thư ký."),
            P("I. Đ.c Bí thư báo cáo kết quả tháng 7: lúa vụ mùa cấy xong xong 100% diện tích (38 ha); thôn ra quân "
              "làm 2,5 km kênh mương nội đồng; 3 hộ được hỗ trợ làm nhà từ quỹ “Vì người nghèo”; đã tổ chức lễ mừng "
              "thọ cho 11 cụ. Tồn tại: đoạn kè suối Khị bị xói sau trận lũ đầu tháng 7, chưa khắc phục; còn 5 hộ "
              "chưa đóng quỹ an ninh quốc phòng."),
            P("II. Phương hướng tháng 8: chăm sóc lúa mùa, phòng rầy nâu; làm homestay thí điểm ở 2 hộ theo đề án "
              "du lịch cộng đồng của huyện; tu sửa nhà sàn văn hóa trước mùa du lịch; vận động 5 hộ còn nợ quỹ."),
            P("III. Thảo luận:"),
            P("- Đ.c Phạm Bá Lộc (bác Lộc, trưởng thôn): kè suối phải làm trước mùa lũ chính vụ, tiền xã cấp không "
              "đủ, đề nghị mỗi hộ góp 2 ngày công."),
            P("- Đc Lương Văn Khiêm: làm homestay phải có người biết tiếng Anh đơn giản, thanh niên trong thôn có "
              "thể học ở trung tâm huyện."),
            P("- Đồng chí Trương Thị Mai (Chi hội trưởng phụ nữ): chị em muốn dựng đội văn nghệ Mường để biểu diễn "
              "phục vụ khách, cần chi bộ ủng hộ."),
            P("- Đc Khiêm nói thêm: thôn Kho Mường bên Thành Lâm làm homestay 3 năm, nên cho 2 hộ thí điểm sang học "
              "cách làm."),
            P("- Đồng chí Mai hỏi: kinh phí may trang phục cho đội văn nghệ lấy ở đâu? Đc Bí thư trả lời: xin hỗ "
              "trợ của xã một phần, còn lại vận động."),
            P("Đ.c Trương Công Minh ghi nhận các ý kiến, sẽ tổng hợp báo cáo Đảng ủy xã cho ý kiến chỉ đạo về kè "
              "suối và đề án homestay."),
            P("Chi bộ biểu quyết phương hướng tháng 8: 17/18 đc tán thành, 01 đc ý kiến khác."),
            P("IV. Giao việc:"),
            P("- Nhờ bác Lộc huy động ngày công của các hộ đắp tạm kè suối Khị sau khi gặt xong."),
            P("- Chi hội phụ nữ thôn dựng đội văn nghệ Mường, ra mắt trong tháng 9."),
            P("- Đc Lương Văn Khiêm đưa 2 hộ làm homestay thí điểm đi học kinh nghiệm ở thôn Kho Mường, xong trước "
              "ngày 31/8."),
            P("Cuộc họp kết thúc vào lúc 21h30'."),
            S(["THƯ KÝ", "", "", "Hà Thị Ươm"], ["BÍ THƯ", "", "", "Trương Công Minh"]),
        ],
        "truth": minute(
            meeting("regular", "2024-08-06", "19:30", "21:30", "nhà văn hóa thôn Khị", "CHI BỘ THÔN KHỊ",
                    "ĐẢNG BỘ XÃ LŨNG NIÊM"),
            "Trương Công Minh", "Bí thư chi bộ", "Hà Thị Ươm",
            attendance(20, 18, 0, 0, 0, 2),
            False,
            [vote("Phương hướng tháng 8", 17, None, 1, None)],
            [task("Phạm Bá Lộc", "huy động ngày công của các hộ đắp tạm kè suối Khị", "sau khi gặt xong"),
             task("Chi hội phụ nữ thôn", "dựng đội văn nghệ Mường, ra mắt", "tháng 9"),
             task("Lương Văn Khiêm", "đưa 2 hộ làm homestay thí điểm đi học kinh nghiệm ở thôn Kho Mường", "31/8")],
            ["missing_conclusion", "not_approved"]),
    }],
    "flags": [],
}

# --------------------------------------------------------------------------------------------------------------
# i10 — Thái Bình (Thái Thụy), village cell: a minute book, January – May 2025
# --------------------------------------------------------------------------------------------------------------
_I10_CELL, _I10_COMM = "CHI BỘ THÔN TÂN BỒI", "ĐẢNG BỘ XÃ THỤY HẢI"
_I10_LOC = "Nhà văn hoá thôn Tân Bồi"
_I10_TOPIC = "Bảo vệ môi trường biển và rừng ngập mặn ven đê Thuỵ Hải"
_I10_SIGN = S(["THƯ KÝ", "", "Đặng Thị Huế"], ["BÍ THƯ CHI BỘ", "", "Phạm Văn Thịnh"])

I10_JAN = {
    "blocks": [
        HD(["ĐẢNG BỘ XÃ THỤY HẢI", "CHI BỘ THÔN TÂN BỒI", "*"],
           ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thụy Hải, ngày 15 tháng 01 năm 2025"]),
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 01/2025"),
        G(4),
        P("Thời gian: 19h30 ngày 15/01/2025. Địa điểm: Nhà văn hoá thôn Tân Bồi."),
        P("Tổng số đảng viên 31 đ/c, miễn sinh hoạt 05 đ/c, phải dự 26 đ/c. Có mặt 24 đ/c. Vắng 02 đ/c: Đỗ Thị "
          "Nhàn (ốm, đang nằm viện huyện); Vũ Văn Toản (không lý do)."),
        P("Chủ trì: đ/c Phạm Văn Thịnh – Bí thư chi bộ. Thư ký: đ/c Đặng Thị Huế."),
        P("a) Kết quả năm 2024: thôn giữ danh hiệu Làng văn hóa; thu nhập bình quân 68 triệu đồng/người/năm; "
          "100% hộ dùng nước sạch; không có đảng viên vi phạm. Chi bộ được xếp loại hoàn thành tốt nhiệm vụ. Hạn "
          "chế: nghề nuôi ngao vây lưới còn tự phát, rác thải ven đê chưa được thu gom triệt để."),
        P("b) Nhiệm vụ tháng 01 và dịp Tết Ất Tỵ: chăm lo Tết cho hộ nghèo, gia đình chính sách; giữ an ninh trật "
          "tự, không đốt pháo; thu gom rác ven đê trước Tết; làm đất chuẩn bị vụ xuân."),
        P("c) Ý kiến: đ/c Tô Thị Hằng (Chi hội trưởng Phụ nữ) đề nghị năm nay gói bánh chưng tặng hộ nghèo tại "
          "nhà văn hoá để con cháu cùng tham gia; đ/c Hoàng Văn Quyết (Bí thư chi đoàn) cho biết đoàn viên về quê "
          "ăn Tết đông, có thể lập đội trực; đ/c Trần Văn Khương (Chi hội trưởng CCB): rác ven đê phải có chỗ tập "
          "kết cố định thì mới giữ được lâu."),
        P("d) Đ/c Bí thư kết luận: thống nhất nhiệm vụ tháng 01; lấy việc chăm lo Tết cho người nghèo và giữ gìn "
          "vệ sinh ven đê làm trọng tâm; bố trí điểm tập kết rác cố định ở đầu dốc đê."),
        P("Biểu quyết: 24/24 đ/c tán thành (100%)."),
        P("e) Phân công: đ/c Tô Thị Hằng tổ chức gói bánh chưng tặng 12 hộ nghèo, xong trước 26 tháng Chạp; đ/c "
          "Hoàng Văn Quyết cùng đoàn viên thanh niên trực chốt đầu làng vào đêm 30 Tết; đ/c Trần Văn Khương chịu "
          "trách nhiệm chính việc dọn rác ven đê, làm trong 10 ngày."),
        P("Buổi họp kết thúc lúc 21h35. Biên bản đã được đọc lại, chi bộ nhất trí thông qua."),
        _I10_SIGN,
    ],
    "truth": minute(
        meeting("regular", "2025-01-15", "19:30", "21:35", _I10_LOC, _I10_CELL, _I10_COMM),
        "Phạm Văn Thịnh", "Bí thư chi bộ", "Đặng Thị Huế",
        attendance(31, 24, 2, 1, 1, 5, [("Đỗ Thị Nhàn", "ốm, đang nằm viện huyện", True),
                                        ("Vũ Văn Toản", "không lý do", False)]),
        True,
        [vote("Kết luận tháng 01/2025", 24, None, None, 100)],
        [task("Tô Thị Hằng", "tổ chức gói bánh chưng tặng 12 hộ nghèo", "26 tháng Chạp"),
         task("Hoàng Văn Quyết", "cùng đoàn viên thanh niên trực chốt đầu làng", "đêm 30 Tết"),
         task("Trần Văn Khương", "chịu trách nhiệm chính việc dọn rác ven đê", "10 ngày")],
        ["unexcused_absence"]),
}

I10_FEB = {
    "blocks": [
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG HAI NĂM 2025"),
        G(4),
        P("Thời gian: 19 giờ 00 phút, ngày 12 tháng 2 năm 2025 (tức 15 tháng Giêng). Địa điểm: Nhà văn hoá thôn "
          "Tân Bồi."),
        P("Đảng viên phải dự 26 đ/c, có mặt 26/26 (trong đó 01 đ/c dự bị)."),
        P("Chủ trì: đ/c Phạm Văn Thịnh – Bí thư chi bộ. Thư ký: đ/c Đặng Thị Huế."),
        P("a) Kết quả tháng 01: 12 hộ nghèo nhận quà và bánh chưng; Tết an toàn, không có pháo nổ; rác ven đê đã "
          "dọn xong, có điểm tập kết ở đầu dốc đê. Tồn tại: vẫn còn người đổ trộm rác xuống chân đê ban đêm."),
        P("b) Nhiệm vụ tháng 2: gieo cấy vụ xuân đúng khung thời vụ; ra quân làm thủy lợi nội đồng; tổ chức lễ "
          "giao nhận quân năm 2025; tu sửa nhà văn hóa thôn."),
        P("c) Ý kiến:"),
        P("- Đ/c Nguyễn Văn Ba (Phó Bí thư, trưởng thôn): mương tưới xứ đồng Cồn Vành bị bồi lấp gần 400 m, nếu "
          "không nạo vét thì 6 ha lúa xuân thiếu nước."),
        P("- Đ/c Lại Văn Cường (Chi hội trưởng Nông dân): Chi hội Nông dân sẵn sàng huy động máy xúc mini của "
          "hội viên."),
        P("- Đ/c Phạm Thị Thủy: đề nghị lắp camera ở đầu dốc đê để chấm dứt đổ rác trộm."),
        P("d) Đ/c Bí thư kết luận: ưu tiên nạo vét mương Cồn Vành trước khi cấy; đồng ý lắp camera đầu dốc đê "
          "bằng nguồn xã hội hóa; lễ giao quân tổ chức trang trọng, tiết kiệm."),
        P("Chi bộ nhất trí 26/26, đạt tỷ lệ 100%."),
        P("e) Phân công: giao anh Ba chủ trì, phối hợp với Chi hội Nông dân nạo vét mương Cồn Vành, xong trước "
          "ngày 20/2; Đ/c Phạm Thị Thủy làm đầu mối vận động kinh phí lắp camera, đến hết tháng 3."),
        P("Buổi họp kết thúc 21 giờ. Biên bản đã đọc lại, thông qua."),
        _I10_SIGN,
    ],
    "truth": minute(
        meeting("regular", "2025-02-12", "19:00", "21:00", _I10_LOC, _I10_CELL, _I10_COMM),
        "Phạm Văn Thịnh", "Bí thư chi bộ", "Đặng Thị Huế",
        attendance(26, 26, 0, 0, 0, 0),
        True,
        [vote("Kết luận tháng 2/2025", 26, None, None, 100)],
        [task("Nguyễn Văn Ba", "chủ trì, phối hợp với Chi hội Nông dân nạo vét mương Cồn Vành", "20/2"),
         task("Phạm Thị Thủy", "làm đầu mối vận động kinh phí lắp camera", "hết tháng 3")],
        []),
}

I10_MAR = {
    "blocks": [
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG III/2025"),
        G(4),
        P("Thời gian: từ 19h30 đến 20h50 ngày 14/3/2025, tại nhà văn hoá thôn."),
        P("Phải dự: 26 đ/c; có mặt: 25 đ/c; vắng: 01 – đ/c Vũ Văn Toản vắng mặt, không báo cáo."),
        P("Chủ trì: đ/c Phạm Văn Thịnh – Bí thư chi bộ. Thư ký: đ/c Đặng Thị Huế."),
        P("a) Tháng 2: cấy xong 100% diện tích lúa xuân; mương Cồn Vành nạo vét xong ngày 18/2; đã giao 3 thanh niên "
          "lên đường nhập ngũ; camera đầu dốc đê mới vận động được 60% kinh phí."),
        P("b) Tháng 3: chăm sóc lúa xuân, phòng chuột; hoàn thành lắp camera; hướng dẫn hộ nuôi ngao đăng ký vùng "
          "nuôi theo quy định mới của huyện."),
        P("c) Ý kiến: đ/c Bùi Văn Hưng (hộ nuôi ngao) hỏi thời hạn đăng ký vùng nuôi; đ/c Nguyễn Văn Ba trả lời: "
          "hạn cuối ngày 30/4, hồ sơ nộp tại UBND xã. Đ/c Đỗ Thị Nhàn nêu: chuột phá mạnh ở xứ đồng Bãi Trên, cần "
          "đánh bả đồng loạt."),
        P("d) Kết luận của đ/c Bí thư: chi bộ thống nhất nhiệm vụ tháng 3; tổ chức diệt chuột đồng loạt một ngày; "
          "hướng dẫn 100% hộ nuôi ngao làm hồ sơ đúng hạn."),
        P("Biểu quyết: 25/25 đ/c tán thành."),
        P("e) Đ/c Nguyễn Văn Ba hướng dẫn các hộ nuôi ngao lập hồ sơ đăng ký vùng nuôi trước ngày 30/4/2025; đ/c "
          "Đỗ Thị Nhàn cùng tổ bảo vệ thực vật tổ chức ngày diệt chuột, sau 1 tuần báo cáo kết quả."),
        P("Họp xong lúc 20h50. Biên bản đọc lại, chi bộ nhất trí thông qua."),
        _I10_SIGN,
    ],
    "truth": minute(
        meeting("regular", "2025-03-14", "19:30", "20:50", "nhà văn hoá thôn", _I10_CELL, _I10_COMM),
        "Phạm Văn Thịnh", "Bí thư chi bộ", "Đặng Thị Huế",
        attendance(26, 25, 1, 0, 1, 0, [("Vũ Văn Toản", "không báo cáo", False)]),
        True,
        [vote("Kết luận tháng 3/2025", 25, None, None, None)],
        [task("Nguyễn Văn Ba", "hướng dẫn các hộ nuôi ngao lập hồ sơ đăng ký vùng nuôi", "30/4/2025"),
         task("Đỗ Thị Nhàn", "cùng tổ bảo vệ thực vật tổ chức ngày diệt chuột", "sau 1 tuần")],
        ["short_meeting", "unexcused_absence"]),
}

I10_APR = {
    "blocks": [
        C("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ QUÝ II/2025"),
        C("Chuyên đề: " + _I10_TOPIC, bold=False, italic=True),
        G(4),
        P("Thời gian: 19h30 – 21h15, ngày 18/4/2025. Địa điểm: Nhà văn hoá thôn Tân Bồi."),
        P("Phải dự 26 đ/c, có mặt 25 đ/c; vắng 01: đ/c Bùi Văn Hưng – đi biển (có báo chi ủy)."),
        P("Khách mời: đ/c Mai Xuân Trường – Phó Chủ tịch UBND xã Thuỵ Hải."),
        P("Chủ trì: đ/c Phạm Văn Thịnh – Bí thư chi bộ. Thư ký: đ/c Đặng Thị Huế."),
        P("a) Đ/c Nguyễn Văn Ba trình bày chuyên đề: diện tích rừng ngập mặn ven đê của thôn còn 21 ha, giảm 3 ha "
          "so với năm 2020 do mở rộng vây ngao; rác nhựa dạt vào bãi sau mỗi con nước lớn; bãi ngao giống có dấu "
          "hiệu suy giảm. Chuyên đề đề xuất trồng bổ sung 2 ha bần, sú; không vây ngao lấn vào rừng; mỗi tháng một "
          "ngày toàn dân nhặt rác bãi bồi."),
        P("b) Thảo luận: đ/c Vũ Văn Toản (hộ nuôi ngao) cho rằng dỡ vây thì hộ nuôi mất thu nhập, cần lộ trình; đ/c "
          "Tô Thị Hằng đề nghị phụ nữ nhận trồng và chăm 1 ha sú; đ/c Mai Xuân Trường (khách mời) cho biết xã có "
          "nguồn cây giống của dự án, thôn chỉ cần đăng ký."),
        P("c) Đ/c Bí thư kết luận: chi bộ thống nhất nội dung chuyên đề; dỡ vây lấn rừng theo lộ trình đến hết năm "
          "2025; trồng bổ sung 2 ha bần, sú trong mùa mưa; duy trì ngày nhặt rác bãi bồi vào chủ nhật cuối tháng."),
        P("Biểu quyết: 25/25 đ/c tán thành (100%), không có ý kiến khác."),
        P("d) Phân công: đ/c Nguyễn Văn Ba đăng ký cây giống với UBND xã trong tháng 5; Chi hội Phụ nữ thôn trồng và "
          "chăm sóc 1 ha sú; đ/c Trần Văn Khương tổ chức ngày nhặt rác bãi bồi hằng tháng."),
        P("Kết thúc 21h15. Biên bản thông qua tại hội nghị, các đ/c nhất trí."),
        _I10_SIGN,
    ],
    "truth": minute(
        meeting("thematic", "2025-04-18", "19:30", "21:15", _I10_LOC, _I10_CELL, _I10_COMM, topic=_I10_TOPIC),
        "Phạm Văn Thịnh", "Bí thư chi bộ", "Đặng Thị Huế",
        attendance(26, 25, 1, 1, 0, 0, [("Bùi Văn Hưng", "đi biển (có báo chi ủy)", True)],
                   [("Mai Xuân Trường", "Phó Chủ tịch UBND xã Thuỵ Hải")]),
        True,
        [vote("Nội dung chuyên đề và kết luận", 25, None, 0, 100)],
        [task("Nguyễn Văn Ba", "đăng ký cây giống với UBND xã", "tháng 5"),
         task("Chi hội Phụ nữ thôn", "trồng và chăm sóc 1 ha sú", None),
         task("Trần Văn Khương", "tổ chức ngày nhặt rác bãi bồi", "hằng tháng")],
        []),
}

I10_MAY = {
    "blocks": [
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 5/2025"),
        G(4),
        P("Thời gian: 19h30 ngày 16/5/2025, tại Nhà văn hoá thôn Tân Bồi."),
        P("Đảng viên phải dự 26 đ/c. Có mặt 24/26 đ/c; vắng 02 đ/c, cụ thể:"),
        T([(0.09, "TT", "c"), (0.41, "Họ và tên", "l"), (0.50, "Lý do", "l")], [
            ["1", "Vũ Văn Toản", ""],
            ["2", "Lại Văn Cường", "Đi Hải Phòng dự đám cưới cháu"],
        ]),
        P("Chủ trì: đ/c Phạm Văn Thịnh – Bí thư chi bộ. Thư ký: đ/c Đặng Thị Huế."),
        P("a) Đ/c Bí thư báo cáo kết quả tháng 4 và tháng 5 (tháng 4 chi bộ sinh hoạt chuyên đề): thu hoạch lúa "
          "xuân đạt 7,1 tấn/ha; đã đăng ký 2 ha cây giống; 17/19 hộ nuôi ngao nộp hồ sơ vùng nuôi; camera đầu dốc "
          "đê hoạt động từ 02/4, không còn đổ rác trộm."),
        P("b) Nhiệm vụ tháng 6: thu hoạch lúa xuân, làm đất vụ mùa; chuẩn bị trồng cây ngập mặn đầu mùa mưa; vận "
          "động 2 hộ nuôi ngao còn lại hoàn thiện hồ sơ; hè an toàn cho trẻ em, phòng đuối nước."),
        P("c) Ý kiến: đ/c Hoàng Văn Quyết đề nghị mở lớp dạy bơi cho trẻ ở ao làng như năm ngoái; đ/c Nguyễn Văn "
          "Ba: 2 hộ ngao chưa nộp hồ sơ là do chờ đo đạc lại ranh giới."),
        P("d) Kết luận: đ/c Bí thư thống nhất với các ý kiến; chi bộ tập trung thu hoạch nhanh lúa xuân, chuẩn bị "
          "trồng rừng; phòng chống đuối nước cho trẻ em là việc phải làm ngay."),
        P("e) Phân công: Trước 15/6, đ/c Hoàng Văn Quyết phối hợp với Chi đoàn mở lớp dạy bơi cho trẻ; đ/c Nguyễn "
          "Văn Ba làm việc với địa chính xã đo lại ranh giới cho 2 hộ nuôi ngao."),
        P("Biên bản được đọc lại, biểu quyết thông qua 24/24 đ/c. Họp xong lúc 21h30."),
        _I10_SIGN,
    ],
    "truth": minute(
        meeting("regular", "2025-05-16", "19:30", "21:30", _I10_LOC, _I10_CELL, _I10_COMM),
        "Phạm Văn Thịnh", "Bí thư chi bộ", "Đặng Thị Huế",
        attendance(26, 24, 2, 1, 1, 0, [("Vũ Văn Toản", None, False),
                                        ("Lại Văn Cường", "Đi Hải Phòng dự đám cưới cháu", True)]),
        True,
        [],
        [task("Hoàng Văn Quyết", "phối hợp với Chi đoàn mở lớp dạy bơi cho trẻ", "15/6"),
         task("Nguyễn Văn Ba", "làm việc với địa chính xã đo lại ranh giới cho 2 hộ nuôi ngao", None)],
        ["missing_vote", "unexcused_absence"]),
}

I10 = {
    "name": "i10-thaibinh-village-book-jan-may-2025",
    "folder": "dev",
    "style": {"family": "serif", "size": 12, "spacing": 1.25, "justify": True, "indent": 24,
              "head": "Sổ biên bản sinh hoạt Chi bộ thôn Tân Bồi – năm 2025", "head_align": "right",
              "foot": "- {n} -"},
    "between": 22,
    "minutes": [I10_JAN, I10_FEB, I10_MAR, I10_APR, I10_MAY],
    "flags": ["missing_month", "no_thematic_in_quarter", "repeated_absence"],
}

I04["scans"] = [{"name": "i11-bacninh-ward-scan-moderate", "folder": "dev", "damage": "moderate", "seed": 8411,
                 "dpi": 200}]
I06["scans"] = [{"name": "i12-hungyen-merged-cell-scan-photocopy", "folder": "dev", "damage": "photocopy",
                 "seed": 8412, "dpi": 250}]

DOCS: list[dict] = [I01, I02, I03, I04, I05, I06, I07, I08, I09, I10]
