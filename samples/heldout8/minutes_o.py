"""Held-out set 8, writer o (dev/, `o…`): the Central Highlands, the South-East, Hồ Chí Minh City and the Mekong delta.

Written by hand, without reading the extractor (extract/**), the generator (samples/generator/**), samples/parts/**,
bench/, tests/, the other writers' minutes or the wording and truth files of the earlier held-out sets (only their
READMEs, the docstrings of samples/heldout5/minutes_{f,g}.py and the helpers of samples/heldout2/minutes.py), and
without running the extractor. Rendered by samples/heldout2/make.py (`build`). Names, places and figures are
invented or used loosely; the paperwork follows /work/shared/DOMAIN.md.

What varies above all is **the clerk's hand**: old and new tone placement inside one minute ("Thuỷ"/"Thúy",
"hoà giải"/"Phước Hòa", "thủy lợi"/"thuỷ lợi", a secretary spelled "Thuỷ" in the opening and "Thủy" under the
signature), every spelling of comrade ("đ/c", "Đ/c", "đc", "Đ.c", "đ.c", "ĐC", "đồng chí"), a missing space after a
comma, colon or full stop, a word typed twice, months in Roman numerals and words ("tháng XI", "tháng Mười",
"tháng Tám"), years as "/24", numbers as "02 (hai)", times as "19g00", "19h00", "07:30", "7 giờ 30'", "10 giờ kém 15
phút", "bảy giờ ba mươi"; tasks given with "nhờ", "đề nghị … đảm nhận", "yêu cầu", "cử", "chịu trách nhiệm chính",
"chủ trì, phối hợp với", "làm đầu mối", deadlines at the start of the sentence, in brackets, in a later sentence,
relative ("trong 10 ngày", "sau 1 tuần", "ngay trong tuần", "đến hết quý"), tasks to people called by a Southern
nickname ("chú Tư", "anh Ba") or an Ê Đê teknonym ("Ama Thảo") named in full elsewhere.

Files (name -> what varies -> minute flags / book flags):

- o01-hcm-khupho-nho-daumoi-clean -> Hồ Chí Minh City (Thủ Đức) neighbourhood cell; Serif 13 justified, "Trang n/N";
  title over three lines ("BIÊN BẢN" / "SINH HOẠT CHI BỘ ĐỊNH KỲ" / "Tháng XI năm 2024"); "Vào lúc 19g00"; five
  exempt members counted, "Có mặt: 27/29 đ/c,vắng 02 đ/c có lý do: …,Đ.c …" (no space after the commas); "Trần Thị
  Thuỷ" and "Huỳnh Thị Thúy" in one minute; a guest who also speaks; opinions as "Name (role): text" with no verb;
  "tán thành 27/27 đ/c, đạt 100%"; tasks "Trước 30/11, đ/c … hoàn chỉnh …", "Nhờ đ/c … làm đầu mối … (trong tháng
  11/2024)", "Đề nghị đ/c … đảm nhận … xong trong 10 ngày", a partner after "cùng", two groups in one sentence
  ("vào tối 16/11/2024") -> —
- o02-binhduong-dntn-opinion-table-80min -> Bình Dương private wood-processing company (chi bộ doanh nghiệp tư
  nhân, name over two header lines); Sans 11.5 ragged, right-aligned running head; meeting in the lunch break
  "từ 11h15 đến 12h35" (80 min); "Dự họp: 11.Vắng: 01 – …" (no space after the stops); opinions in a ruled table
  "TT | Đảng viên | Nội dung ý kiến"; the conclusion holds the tasks ("giao … ngay trong tuần", "yêu cầu … phối
  hợp … xong trước ngày 30/9", "làm đầu mối … đến hết quý", "Chi đoàn Công ty chịu trách nhiệm chính …") and a
  petition to the board; the only vote is on the minutes ("11/11 đ/c … tán thành nội dung biên bản")
  -> missing_vote, short_meeting
- o03-soctrang-chibo-ghep-counts-vs-list -> Sóc Trăng joint cell of two hamlets (chi bộ ghép, Khmer and Kinh names);
  DejaVu Serif 12, "- n -" foot; "THÁNG MƯỜI"; "7 giờ 30'" … "10 giờ kém 15 phút"; "vắng: 03 đ/c (02 có lý do,01
  không lý do)" with only two named ("không liên lạc được" is the unexcused one); "tháng 9/24"; last month's tasks
  reported with names and dates only; a long back-and-forth; the conclusion has only "Mỗi đảng viên …", unnamed
  members and a petition to the commune chairman (disguise 1 of missing_assignments); "28/28 đ/c tán thành"
  -> missing_assignments, unexcused_absence
- o04-dongnai-quansu-xa-vv-ranks-clean -> Đồng Nai commune military cell (chi bộ quân sự xã); Serif 12; title with a
  Roman month and a "V/v:" line; "07:30"; official and probationary members counted separately ("chính thức: 09,
  có mặt 08 …; dự bị: 02/02"); ranks before names; "ĐC"; two votes (conclusion 10/10, full membership 08/08 official
  members); tasks with "Cử … chủ trì, phối hợp với …", "chịu trách nhiệm chính", two people each with a part of
  one job and the deadline in the next sentence, "trong tháng Tư" -> —
- o05-gialai-chibo-coso-form-noconclusion -> Gia Lai (Kbang) base cell of a protection-forest board (chi bộ cơ sở,
  under the district committee; Bahnar and Kinh names); typed printed form, DejaVu Serif 11.5, "Số: 07-BB/CB";
  "Khách mời: (ghi rõ họ tên, chức vụ) ……" and a task's "thời hạn: ……" left; "(Ký, ghi rõ họ tên)"; "Kết luận số
  05-KL/HU" only as a document's name; the chair "tiếp thu các ý kiến, giao Chi ủy bổ sung vào dự thảo Nghị quyết"
  and the draft resolution is voted, but no conclusion is ever given -> missing_conclusion, unfilled_template
- o06-hcm-school-thematic-date-at-end -> Hồ Chí Minh City (Quận 8) primary school; DejaVu Sans 11 justified; thematic
  "QUÝ IV" + "Chuyên đề:" line; the header's right column has no date: the place and date stand only above the
  signatures, the opening says "thứ Ba ngày 19/11" without a year; the topic presented by the deputy; discussion
  with nobody named; the conclusion asks "Mỗi đảng viên …" and "các đồng chí …" only (disguise 2 of
  missing_assignments) -> missing_assignments, no_discussion
- o07-tayninh-ap-combined-probationary-low -> Tây Ninh hamlet; Serif 12.5, running head from page 2; regular
  combined with the Q3 thematic meeting (150 min); probationary members counted apart ("chính thức 18 đ/c, có mặt
  15; dự bị 03 đ/c, có mặt 02"), 17/21; four absentees "1) … 4)" with "bận việc riêng", "đi vắng", "ốm …", "đi học
  …" (all excused); "thủy lợi" and "thuỷ lợi"; a long question-and-answer; "nhất trí 100% (17/17 đ/c)"; "chủ trì,
  phối hợp với … sau 1 tuần", "đến hết quý", "mỗi đồng chí phụ trách …" for two people; ends with the closing time
  and "lập thành 02 bản" only -> low_attendance, not_approved
- o08-bentre-coop-nicknames-words-clean -> Bến Tre organic coconut cooperative; Serif 12.5 ragged, spacing 1.4,
  "Trang n/N"; "Đúng bảy giờ ba mươi sáng"; "Dự họp 13/13 đ/c phải dự"; members called "chú Tư" and "anh Ba"
  (named in full with the nickname in brackets in the opening and the discussion) are given tasks by nickname
  only; "mười ba trên mười ba"; "Họp xong lúc 10g05" -> —
- o09-cantho-dienluc-task-table-clean -> Cần Thơ district power branch under the city power company's Party
  committee; Sans 11 justified, right-aligned running head; title over four lines with "THÁNG VII/2024" and
  "(Kỳ sinh hoạt thứ bảy trong năm)"; "Khai mạc: 13 giờ 30'"; "Thư ký:đ/c" (no space); "18 (mười tám)";
  a ruled task table "TT | Công việc | Người/đơn vị thực hiện | Hạn" with "Trước 31/7/24", "Hết tháng Tám", two
  people in a cell, a group, "Kỳ họp tháng 8" -> —
- o10-daklak-buon-book-jan-may-2025 -> **minute book** of an Ê Đê village cell (Đắk Lắk), Jan–May 2025, five minutes
  typed on continuously (every minute after the first starts mid-page under the previous signatures); Serif 12,
  right-aligned running head from page 2 and "- n -" at the foot; only the first and the fourth minute have a
  header of their own:
    1. 08/01/2025 regular; "Vắng: đ/c Y Drim Kbuôr – không lý do" -> unexcused_absence
    2. 10/02/2025 regular ("nhằm ngày 13 tháng Giêng năm Ất Tỵ"); a task to "Ama Thảo" (Y Thuôn Ayun) -> —
    3. 07/03/2025 regular; "Y Drim Kbuôr (chưa rõ lý do)"; "Kết luận kỳ họp tháng 02" only in the review; the
       month's work programme is voted, then the chair thanks everyone and closes (disguise 2 of
       missing_conclusion) -> missing_conclusion, unexcused_absence
    4. 17/04/2025 thematic "QUÝ II/2025" + "Chuyên đề:", 19h30-20h50 (80 min); Y Drim Kbuôr away "có báo chi ủy"
       -> short_meeting
    5. 09/05/2025 regular; 12/15 present, Y Drim Kbuôr "(không có lý do)" a third time; the minute says April had
       only the thematic meeting -> low_attendance, unexcused_absence
  book -> missing_month (April 2025 has only a thematic meeting, no regular one), no_thematic_in_quarter (Q1 2025
  lies wholly inside Jan–May and has neither a thematic nor a combined meeting), repeated_absence (Y Drim Kbuôr:
  Jan, Mar, May)
- o11-dongnai-quansu-scan-moderate -> image-only twin of o04, moderate, 200 dpi -> as o04
- o12-soctrang-ghep-scan-photocopy -> image-only twin of o03, photocopy, 250 dpi -> as o03

Labelling decisions where the READMEs are silent:
- A task given to a member called only by a nickname or kinship term ("Chú Tư …", "Anh Ba …", "Giao Ama Thảo …")
  is labelled with the member's full name as the same minute writes it next to that nickname ("đ/c Phạm Văn Lành
  (chú Tư)", "đ/c Y Thuôn Ayun (Ama Thảo)"): the assignee is the member, and the nickname in brackets is no part of
  the name (heldout5 rule). A job title before the name ("đ/c Bí thư Y Bhin Niê", "Đ/c Phó Chỉ huy trưởng Nguyễn
  Hữu Tài") is dropped as before.
- When the count line and the list disagree ("vắng: 03 đ/c (02 có lý do,01 không lý do)" with two named), the
  numbers follow the count line (absent 3, excused 2, unexcused 1) and `absentees` holds only the named ones.
- Reasons: "bận việc riêng", "đi vắng", "đi làm ăn xa ở Bình Dương", "đi làm thuê ở Đắk Nông, có báo chi ủy" are
  stated reasons -> excused; "không liên lạc được" and "chưa rõ lý do" say that no reason is known -> unexcused,
  reason as written.
- Probationary members counted apart ("chính thức 18 đ/c, có mặt 15; dự bị 03 đ/c, có mặt 02") are added up:
  total 21, present 17.
- A "V/v: …" line under the title of a regular meeting (o04) is its subject, not a thematic topic: `topic` null.
- A month in Roman numerals or words in the title ("Tháng XI", "THÁNG MƯỜI", "THÁNG VII/2024") gives `month` as a
  number. With the date only above the signatures (o06), `date` comes from that line (the opening has no year).
- Relative deadlines keep their words after the dropped preposition: "xong trong 10 ngày" -> "10 ngày", "đến hết
  quý" -> "hết quý", "sau 1 tuần" kept whole (as "sau …" before), "ngay trong tuần" kept whole (as "ngay sau cuộc
  họp"), "báo cáo … kỳ họp tới" -> "kỳ họp tới", "từ nay đến hết mùa thu hoạch" -> "hết mùa thu hoạch", a deadline
  at the start ("Trước 30/11, đ/c …") -> "30/11", in brackets ("(trong tháng 11/2024)") -> "tháng 11/2024", in the
  next sentence ("Hai phần việc này phải xong trước ngày 14/3/2025.") -> "14/3/2025" for both people; a start and
  an end date ("khai mạc ngày 17/3/2025, kết thúc trước 15/4/2025") -> the end date; "trước Tết" -> "Tết".
- Two people each given a part of one job ("Đ/c A lo hồ sơ …; đ/c B lo hậu cần …") are two assignments with their
  own tasks. "Đ/c A và đ/c B, mỗi đồng chí phụ trách …" is one task for each.
- A sentence where the chair "tiếp thu các ý kiến, giao Chi ủy bổ sung vào dự thảo Nghị quyết" is an assignment to
  "Chi ủy", not a conclusion; a voted "dự thảo Nghị quyết" or "chương trình công tác tháng 3" is a resolution.
- When the secretary's name is spelled with the other tone placement under the signature ("Thuỷ" in the opening,
  "Thủy" in the signature block, o07), the label keeps the opening's spelling.
- In the book, minutes 2, 3 and 5 start with a title and a date line only; they take the cell and committee of the
  book's header. "Tháng 4 chi bộ chỉ tổ chức sinh hoạt chuyên đề" (May minute) confirms missing_month.
- A guest's opinion (o01, o04, o07) sits beside named members' ones and changes nothing.
- A form signature line "(Ký, ghi rõ họ tên)" left under the titles counts as unfilled_template (as before), and
  a task's "thời hạn: ……" gives `deadline` null.
"""

from __future__ import annotations

from samples.heldout2.minutes import C, G, H, HD, L, P, S, T, attendance, meeting, minute, task, vote

DOCS: list[dict] = []


def _doc(name, style, minutes, flags=(), scans=(), between=None):
    d = {"name": name, "folder": "dev", "born_digital": True, "style": style,
         "minutes": [{"blocks": b, "truth": t} for b, t in minutes], "flags": list(flags), "scans": list(scans)}
    if between is not None:
        d["between"] = between
    DOCS.append(d)


# ---------------------------------------------------------------------------------------------------------------
# o01 — Hồ Chí Minh City, Thủ Đức, neighbourhood cell (khu phố) — clean
# ---------------------------------------------------------------------------------------------------------------
_o01 = [
    HD(["ĐẢNG BỘ PHƯỜNG HIỆP BÌNH CHÁNH", "CHI BỘ KHU PHỐ 7", "*"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thủ Đức, ngày 06 tháng 11 năm 2024"]),
    G(4),
    C("BIÊN BẢN", size=15),
    C("SINH HOẠT CHI BỘ ĐỊNH KỲ"),
    C("Tháng XI năm 2024", bold=False, italic=True),
    G(6),
    P("Vào lúc 19g00 ngày 06/11/2024, tại Văn phòng Ban điều hành khu phố 7, số 12 đường số 23, Chi bộ Khu phố 7 "
      "tiến hành sinh hoạt định kỳ tháng XI/2024."),
    H("I. THÀNH PHẦN"),
    P("- Tổng số đảng viên trong chi bộ: 34 đ/c, trong đó 05 đ/c được miễn sinh hoạt (tuổi cao, sức yếu); số "
      "đảng viên phải dự sinh hoạt: 29 đ/c."),
    P("- Có mặt: 27/29 đ/c,vắng 02 đ/c có lý do: đ/c Trần Thị Thuỷ (đi khám bệnh định kỳ),Đ.c Lâm Quốc Hòa "
      "(chăm con nằm viện)."),
    P("- Đại biểu dự: đ/c Phan Thanh Tùng – Đảng ủy viên, Phó Chủ tịch UBND phường, phụ trách địa bàn khu phố 7."),
    P("- Chủ trì: Đ/c Võ Thị Ngọc Hân – Bí thư Chi bộ, Trưởng Ban điều hành khu phố."),
    P("- Thư ký: Đ/c Đặng Minh Khoa – Chi ủy viên."),
    H("II. NỘI DUNG"),
    H("1. Thông tin thời sự, văn bản mới"),
    P("Đ.c Hân thông tin tóm tắt kết quả Hội nghị lần thứ mười Ban Chấp hành Trung ương khóa XIII; Chỉ thị số "
      "35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội XIV của Đảng; kế hoạch của Đảng ủy "
      "phường về đợt cao điểm vận động Quỹ \"Vì người nghèo\" năm 2024. Đ/c Phan Thanh Tùng thông tin thêm tiến độ "
      "chỉnh trang vỉa hè đường số 23 và việc tiếp nhận hồ sơ trực tuyến ở bộ phận một cửa của phường."),
    H("2. Kết quả thực hiện nhiệm vụ tháng Mười"),
    P("Ưu điểm: chi bộ lãnh đạo Ban điều hành khu phố và các đoàn thể hoàn thành phần lớn chỉ tiêu tháng Mười. "
      "Vận động được 46 triệu đồng cho Quỹ \"Vì người nghèo\", đạt 115% kế hoạch; ra quân tổng vệ sinh 03 (ba) "
      "đợt, vớt khoảng 4 tấn rác, lục bình dọc rạch Ông Dầu; không phát sinh ổ dịch sốt xuất huyết mới. Thu đảng "
      "phí đạt 100%, nộp đúng hạn về Đảng ủy phường."),
    P("Hạn chế: còn 02 vụ trộm xe máy trong hẻm 12 và hẻm 19 chưa làm rõ; một số hộ kinh doanh lấn chiếm vỉa hè "
      "đường số 23 tái diễn sau khi đoàn kiểm tra rút; sổ theo dõi đảng viên đi làm ăn xa cập nhật chậm so với so "
      "với yêu cầu của Đảng ủy."),
    H("3. Phương hướng, nhiệm vụ tháng XI"),
    P("- Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư (dự kiến tối 16/11/2024 tại sân khu phố); "
      "- tiếp tục vận động Quỹ \"Vì người nghèo\", rà soát hộ nghèo, hộ cận nghèo năm 2025; - phòng chống triều "
      "cường đợt rằm tháng Mười âm lịch và dịch sốt xuất huyết; - giữ an ninh trật tự những tháng cuối năm, nhất "
      "là trong các dãy nhà trọ."),
    H("4. Ý kiến thảo luận"),
    L("- Đ/c Nguyễn Văn Lợi (tổ dân phố 41): Hẻm 12 mỗi đợt triều cường là ngập tới nửa bánh xe, nước rút chậm "
      "vì cống bị lấp đất. Đề nghị chi bộ kiến nghị phường cho nạo vét trước con nước rằm."),
    L("- đ/c Huỳnh Thị Thúy (Chi hội trưởng Phụ nữ): Chị em tổ 43 đồng tình phân loại rác tại nguồn, nhưng xe "
      "thu gom vẫn đổ chung một thùng nên bà con hỏi phân loại để làm gì. Cần phường làm việc với đơn vị thu gom."),
    L("- Đc Tạ Quang Vinh: Thống nhất với dự thảo. Bổ sung tuyên truyền phòng sốt xuất huyết bằng tờ rơi cho các "
      "dãy trọ, vì người thuê trọ gần như không đi họp tổ dân phố."),
    L("- Đ/c Phan Thanh Tùng (đại biểu Đảng ủy): Phường đã đưa cống hẻm 12 vào danh mục nạo vét quý IV. Chi bộ cần "
      "rà soát kỹ hộ cận nghèo, tránh sót những hộ mới mất việc."),
    H("5. Kết luận"),
    P("Đồng chí chủ trì tóm tắt và kết luận: chi bộ thống nhất với đánh giá kết quả tháng Mười và 04 (bốn) nhóm "
      "nhiệm vụ tháng XI như dự thảo, có tiếp thu ý kiến của các đồng chí dự họp; trọng tâm là Ngày hội Đại đoàn "
      "kết, rà soát hộ nghèo, cận nghèo, phòng chống triều cường và sốt xuất huyết."),
    P("Biểu quyết: chi bộ biểu quyết thông qua kết luận, tán thành 27/27 đ/c, đạt 100%."),
    H("6. Phân công thực hiện"),
    P("Trước 30/11, đ/c Đặng Minh Khoa hoàn chỉnh danh sách hộ nghèo, hộ cận nghèo năm 2025 của khu phố, gửi UBND "
      "phường."),
    P("Nhờ đ/c Nguyễn Văn Lợi làm đầu mối liên hệ Ban quản lý dự án khu vực để khảo sát, nạo vét cống hẻm 12 "
      "(trong tháng 11/2024)."),
    P("Đề nghị đ/c Tạ Quang Vinh đảm nhận việc in và phát tờ rơi phòng chống sốt xuất huyết đến các dãy nhà trọ, "
      "xong trong 10 ngày."),
    P("Đ/c Huỳnh Thị Thúy cùng Chi hội Phụ nữ khu phố vận động thêm 30 hộ đăng ký phân loại rác tại nguồn; kết quả "
      "báo cáo chi bộ ở kỳ họp tháng XII."),
    P("Ban điều hành khu phố và Ban công tác Mặt trận chủ trì tổ chức Ngày hội Đại đoàn kết toàn dân tộc vào tối "
      "16/11/2024."),
    P("Cuộc họp kết thúc lúc 21 giờ 05 phút cùng ngày. Thư ký đọc lại biên bản, chi bộ nhất trí thông qua."),
    S(["THƯ KÝ", "", "Đặng Minh Khoa"], ["T/M CHI BỘ", "BÍ THƯ", "", "Võ Thị Ngọc Hân"]),
]
_o01_t = minute(
    meeting("regular", "2024-11-06", "19:00", "21:05", "Văn phòng Ban điều hành khu phố 7, số 12 đường số 23",
            "CHI BỘ KHU PHỐ 7", "ĐẢNG BỘ PHƯỜNG HIỆP BÌNH CHÁNH"),
    "Võ Thị Ngọc Hân", "Bí thư Chi bộ", "Đặng Minh Khoa",
    attendance(34, 27, 2, 2, 0, 5,
               [("Trần Thị Thuỷ", "đi khám bệnh định kỳ", True), ("Lâm Quốc Hòa", "chăm con nằm viện", True)],
               [("Phan Thanh Tùng", "Đảng ủy viên, Phó Chủ tịch UBND phường, phụ trách địa bàn khu phố 7")]),
    True,
    [vote("chi bộ biểu quyết thông qua kết luận", 27, None, None, 100)],
    [task("Đặng Minh Khoa", "hoàn chỉnh danh sách hộ nghèo, hộ cận nghèo năm 2025 của khu phố, gửi UBND phường",
          "30/11"),
     task("Nguyễn Văn Lợi", "làm đầu mối liên hệ Ban quản lý dự án khu vực để khảo sát, nạo vét cống hẻm 12",
          "tháng 11/2024"),
     task("Tạ Quang Vinh", "đảm nhận việc in và phát tờ rơi phòng chống sốt xuất huyết đến các dãy nhà trọ",
          "10 ngày"),
     task("Huỳnh Thị Thúy", "cùng Chi hội Phụ nữ khu phố vận động thêm 30 hộ đăng ký phân loại rác tại nguồn",
          "kỳ họp tháng XII"),
     task("Ban điều hành khu phố", "chủ trì tổ chức Ngày hội Đại đoàn kết toàn dân tộc", "tối 16/11/2024"),
     task("Ban công tác Mặt trận", "chủ trì tổ chức Ngày hội Đại đoàn kết toàn dân tộc", "tối 16/11/2024")],
    [])
_doc("o01-hcm-khupho-nho-daumoi-clean",
     {"family": "serif", "size": 13, "spacing": 1.3, "justify": True, "foot": "Trang {n}/{N}"},
     [(_o01, _o01_t)])


# ---------------------------------------------------------------------------------------------------------------
# o02 — Bình Dương, private company cell, lunch-break meeting, opinions in a table
# ---------------------------------------------------------------------------------------------------------------
_o02 = [
    HD(["ĐẢNG ỦY PHƯỜNG TÂN ĐỊNH", "CHI BỘ CÔNG TY TNHH", "CHẾ BIẾN GỖ MINH PHÁT", "*"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "Bến Cát, ngày 12 tháng 9 năm 2024"], bold_left=(1, 2)),
    G(4),
    C("BIÊN BẢN"),
    C("HỌP CHI BỘ ĐỊNH KỲ THÁNG 9 NĂM 2024"),
    G(4),
    L("1. Thời gian: từ 11h15 đến 12h35 ngày 12/9/2024 (giờ nghỉ trưa của ca 1)."),
    L("2. Địa điểm: phòng họp nhỏ tầng 2, nhà điều hành Công ty."),
    L("3. Thành phần:"),
    L("- Đảng viên của chi bộ: 12 (10 chính thức, 02 dự bị).Dự họp: 11.Vắng: 01 – đ/c Lê Hoàng Phúc, đi công tác "
      "tại chi nhánh Tân Uyên."),
    L("- Chủ trì: đ/c Trịnh Văn Cường, Bí thư chi bộ, Phó Giám đốc sản xuất."),
    L("- Ghi biên bản: đ/c Nguyễn Thị Kim Loan, Chi ủy viên, Trưởng phòng Nhân sự."),
    L("4. Nội dung:"),
    L("a) Thông tin", italic=True),
    L("Đ/c Cường thông tin: Công ty vừa ký thêm 02 đơn hàng bàn ghế ngoài trời xuất đi Mỹ, giao hàng tháng 11 và "
      "tháng 12; giá gỗ cao su phôi tăng khoảng 8% so với đầu năm. Phổ biến hướng dẫn của Đảng ủy phường về chuẩn bị "
      "đại hội chi bộ nhiệm kỳ 2025–2027."),
    L("b) Đánh giá tháng 8", italic=True),
    L("Sản lượng đạt 96% kế hoạch, tổ sơn vượt 4%; tổ ghép chậm 3 ngày do máy ghép ngang hỏng hai lần. Không xảy ra "
      "tai nạn lao động; đóng đủ bảo hiểm xã hội cho 412 công nhân. Chi đoàn tổ chức được buổi tặng quà cho con công "
      "nhân dịp khai giảng. Đảng phí thu đủ 12/12 đ/c."),
    L("c) Nhiệm vụ tháng 9", italic=True),
    L("Tập trung sản xuất đơn hàng xuất khẩu; kiểm tra phòng cháy chữa cháy ở kho sấy và kho thành phẩm; chuẩn bị "
      "hồ sơ giới thiệu quần chúng Phạm Thị Ngọc Trâm (tổ sơn) đi học lớp bồi dưỡng nhận thức về Đảng."),
    L("d) Ý kiến của đảng viên", italic=True),
    T([(0.07, "TT", "c"), (0.31, "Đảng viên", "l"), (0.62, "Nội dung ý kiến", "l")],
      [["1", "Võ Minh Tâm (tổ trưởng tổ ghép)",
        "Máy ghép ngang hỏng lặp lại do thiếu linh kiện thay thế; đề nghị mua dự phòng 02 bộ dao và ben hơi."],
       ["2", "Đào Thị Mỹ Linh",
        "Công nhân mới vào chưa được tập huấn chữa cháy; nên diễn tập ngay trong tháng, nhất là ca đêm."],
       ["3", "Huỳnh Tấn Lộc (dự bị)",
        "Bếp ăn ca đêm nấu sớm, cơm nguội; đề nghị Công đoàn làm việc lại với nhà thầu suất ăn."]]),
    L("đ) Kết luận của đ/c chủ trì", italic=True),
    L("Chi bộ thống nhất đánh giá tháng 8 như báo cáo. Tháng 9 ưu tiên số một là tiến độ đơn hàng xuất khẩu và an "
      "toàn phòng cháy. Cụ thể: giao đ/c Võ Minh Tâm lập dự trù linh kiện máy ghép ngang trình Giám đốc duyệt, ngay "
      "trong tuần; yêu cầu đ/c Đào Thị Mỹ Linh phối hợp đội PCCC cơ sở tổ chức tập huấn, diễn tập chữa cháy cho "
      "công nhân mới, xong trước ngày 30/9; đ/c Nguyễn Thị Kim Loan làm đầu mối hoàn thiện hồ sơ quần chúng Phạm "
      "Thị Ngọc Trâm, nộp Đảng ủy phường đến hết quý. Chi đoàn Công ty chịu trách nhiệm chính về công trình thanh "
      "niên \"Xưởng xanh – sạch – an toàn\" ở tổ sơn. Về bếp ăn ca đêm, chi bộ kiến nghị Ban Giám đốc chỉ đạo bộ "
      "phận hành chính làm việc với nhà thầu."),
    L("Buổi họp kết thúc lúc 12h35 cùng ngày. Biên bản được đọc lại, 11/11 đ/c dự họp biểu quyết tán thành nội "
      "dung biên bản."),
    S(["NGƯỜI GHI BIÊN BẢN", "", "", "Nguyễn Thị Kim Loan"], ["BÍ THƯ CHI BỘ", "", "", "Trịnh Văn Cường"]),
]
_o02_t = minute(
    meeting("regular", "2024-09-12", "11:15", "12:35", "phòng họp nhỏ tầng 2, nhà điều hành Công ty",
            "CHI BỘ CÔNG TY TNHH CHẾ BIẾN GỖ MINH PHÁT", "ĐẢNG ỦY PHƯỜNG TÂN ĐỊNH"),
    "Trịnh Văn Cường", "Bí thư chi bộ", "Nguyễn Thị Kim Loan",
    attendance(12, 11, 1, 1, 0, 0, [("Lê Hoàng Phúc", "đi công tác tại chi nhánh Tân Uyên", True)]),
    True,
    [],
    [task("Võ Minh Tâm", "lập dự trù linh kiện máy ghép ngang trình Giám đốc duyệt", "ngay trong tuần"),
     task("Đào Thị Mỹ Linh", "phối hợp đội PCCC cơ sở tổ chức tập huấn, diễn tập chữa cháy cho công nhân mới",
          "30/9"),
     task("Nguyễn Thị Kim Loan", "làm đầu mối hoàn thiện hồ sơ quần chúng Phạm Thị Ngọc Trâm, nộp Đảng ủy phường",
          "hết quý"),
     task("Chi đoàn Công ty",
          "chịu trách nhiệm chính về công trình thanh niên \"Xưởng xanh – sạch – an toàn\" ở tổ sơn", None)],
    ["missing_vote", "short_meeting"])
_doc("o02-binhduong-dntn-opinion-table-80min",
     {"family": "sans", "size": 11.5, "spacing": 1.3, "justify": False, "indent": 0,
      "head": "Chi bộ Công ty TNHH Chế biến gỗ Minh Phát – họp tháng 9/2024", "head_align": "right"},
     [(_o02, _o02_t)])


# ---------------------------------------------------------------------------------------------------------------
# o03 — Sóc Trăng, joint cell of two hamlets (chi bộ ghép); counts disagree with the list; no named task
# ---------------------------------------------------------------------------------------------------------------
_o03 = [
    HD(["ĐẢNG BỘ XÃ THẠNH PHÚ", "CHI BỘ GHÉP ẤP", "PHƯỚC HÒA – PHƯỚC THỌ", "*"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thạnh Phú, ngày 10 tháng 10 năm 2024"], bold_left=(1, 2)),
    G(4),
    C("BIÊN BẢN"),
    C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG MƯỜI NĂM 2024"),
    G(4),
    P("Hôm nay, lúc 7 giờ 30' ngày 10-10-2024, tại Hội trường ấp Phước Hòa, Chi bộ ghép ấp Phước Hòa – Phước Thọ "
      "tổ chức sinh hoạt thường kỳ tháng Mười."),
    P("Tổng số ĐV: 33 đ/c; miễn SH: 02 đ/c; có mặt: 28 đ/c; vắng: 03 đ/c (02 có lý do,01 không lý do), gồm: đc Thạch "
      "Sô Phanh (đi làm ăn xa ở Bình Dương), đc Huỳnh Văn Chín (không liên lạc được)."),
    P("Đ/c Lý Văn Sang, Bí thư Chi bộ chủ trì; đc Sơn Thị Pha Ly, Chi ủy viên ghi biên bản."),
    H("I. TÌNH HÌNH THÁNG 9/24"),
    P("1. Sản xuất, đời sống: bà con xuống giống lúa Thu Đông được 310/320 ha, đạt 96,8%; 41 hộ nuôi tôm càng xanh "
      "luân canh trên ruộng lúa, giá bán ổn định. Lễ Sen Đôn-ta của đồng bào Khmer ở hai ấp diễn ra vui tươi, an "
      "toàn, tiết kiệm. Không có hộ tái nghèo."),
    P("2. Thực hiện phân công kỳ trước: đ/c Nguyễn Văn Út đã hoàn thành việc lập danh sách 14 hộ cần hỗ trợ sửa "
      "nhà, nộp xã ngày 23/9; đc Trần Sóc Khum đã cùng Ban quản trị chùa Bưng Chông vận động bà con đóng góp tổ chức "
      "lễ Sen Đôn-ta; đ/c Kim Thị Sa Rươl chưa thu xong quỹ hội Phụ nữ, xin lùi sang tháng Mười."),
    P("3. Hạn chế: cống Kênh Ngang hư cánh, có nguy cơ nước mặn vào sớm; đoạn bờ bao ấp Phước Thọ sạt khoảng 40 m "
      "chưa được đắp lại; 02 đảng viên chậm đóng đảng phí hai tháng."),
    H("II. PHƯƠNG HƯỚNG THÁNG MƯỜI"),
    P("Chăm sóc lúa Thu Đông, phòng rầy nâu; gia cố bờ bao, chuẩn bị phòng triều cường và xâm nhập mặn cuối năm; "
      "phát huy vai trò tổ hoà giải ở hai ấp; tuyên truyền chuẩn bị đại hội chi bộ nhiệm kỳ 2025–2027; giữ vững an "
      "ninh nông thôn dịp lễ Ok Om Bok."),
    H("III. THẢO LUẬN"),
    P("Đ/c Nguyễn Văn Út hỏi: cống Kênh Ngang hư cánh, nước mặn vô thì ruộng ấp Phước Thọ chịu trước, chi bộ đã "
      "tính gì chưa?"),
    P("Đ/c Bí thư trả lời: chi ủy đã báo xã, xã hẹn đưa cống vào kế hoạch sửa chữa năm 2025; trước mắt phải đắp "
      "tạm."),
    P("Đ/c Út: đắp tạm thì tốn tiền cây tràm, bao cát, bà con hỏi ai chi?"),
    P("Đc Trần Sóc Khum: ấp Phước Thọ vận động được ngày công, còn vật tư thì xin xã hỗ trợ, bà con sẽ đồng tình."),
    P("Đ/c Bí thư: thống nhất, đưa vào kiến nghị của chi bộ."),
    P("Đ/c Kim Thị Sa Rươl: quỹ hội chậm vì chị em đi cắt lúa mướn ở Bạc Liêu, cuối tháng về mới thu được."),
    H("IV. KẾT LUẬN"),
    P("Đồng chí chủ trì kết luận: chi bộ thống nhất với đánh giá tháng 9 và phương hướng tháng Mười như trên. Mỗi "
      "đảng viên gương mẫu tham gia đắp đập tạm cống Kênh Ngang khi ấp có kế hoạch; các đảng viên chậm đảng phí "
      "phải nộp đủ trong tháng. Chi bộ kiến nghị đồng chí Chủ tịch UBND xã xem xét hỗ trợ bao cát, cây tràm để đắp "
      "tạm và sớm đưa cống Kênh Ngang vào danh mục sửa chữa năm 2025."),
    P("Biểu quyết: 28/28 đ/c tán thành kết luận (100%)."),
    P("Buổi sinh hoạt kết thúc lúc 10 giờ kém 15 phút cùng ngày. Biên bản đã đọc lại cho chi bộ nghe và được "
      "thông qua."),
    S(["THƯ KÝ", "", "", "Sơn Thị Pha Ly"], ["CHỦ TRÌ", "", "", "Lý Văn Sang"]),
]
_o03_t = minute(
    meeting("regular", "2024-10-10", "07:30", "09:45", "Hội trường ấp Phước Hòa",
            "CHI BỘ GHÉP ẤP PHƯỚC HÒA – PHƯỚC THỌ", "ĐẢNG BỘ XÃ THẠNH PHÚ"),
    "Lý Văn Sang", "Bí thư Chi bộ", "Sơn Thị Pha Ly",
    attendance(33, 28, 3, 2, 1, 2,
               [("Thạch Sô Phanh", "đi làm ăn xa ở Bình Dương", True),
                ("Huỳnh Văn Chín", "không liên lạc được", False)]),
    True,
    [vote("28/28 đ/c tán thành kết luận", 28, None, None, 100)],
    [],
    ["missing_assignments", "unexcused_absence"])
_doc("o03-soctrang-chibo-ghep-counts-vs-list",
     {"family": "dejavu", "size": 12, "spacing": 1.25, "justify": True, "foot": "- {n} -", "indent": 24},
     [(_o03, _o03_t)],
     scans=[{"name": "o12-soctrang-ghep-scan-photocopy", "folder": "dev", "damage": "photocopy", "seed": 8112,
             "dpi": 250}])


# ---------------------------------------------------------------------------------------------------------------
# o04 — Đồng Nai, commune military cell (chi bộ quân sự xã); V/v line; two votes — clean
# ---------------------------------------------------------------------------------------------------------------
_o04 = [
    HD(["ĐẢNG BỘ XÃ PHÚ HỮU", "CHI BỘ QUÂN SỰ XÃ PHÚ HỮU", "*"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phú Hữu, ngày 05 tháng 3 năm 2025"]),
    G(4),
    C("BIÊN BẢN SINH HOẠT CHI BỘ"),
    C("Thường kỳ tháng III/2025", bold=False, italic=True),
    C("V/v: đánh giá kết quả giao quân năm 2025, triển khai huấn luyện dân quân", bold=False, italic=True),
    G(4),
    L("Thời gian: 07:30, thứ Tư ngày 05/3/2025."),
    L("Địa điểm: Hội trường Ban Chỉ huy Quân sự xã Phú Hữu."),
    L("Thành phần:"),
    L("+ Đảng viên chính thức: 09, có mặt 08; vắng 01 – Đ/c Thiếu úy Lê Văn Thắng, đi tập huấn tại Bộ CHQS tỉnh."),
    L("+ Đảng viên dự bị: 02/02 có mặt."),
    L("+ Đại biểu: Đ/c Nguyễn Thị Mỹ Hạnh, Phó Bí thư Thường trực Đảng ủy xã."),
    L("Chủ trì: Đ/c Thượng úy Phạm Quốc Bảo – Bí thư chi bộ, Chỉ huy trưởng Ban CHQS xã. Thư ký: Đ/c Hồ Ngọc Thạch "
      "– Chi ủy viên."),
    H("I. QUÁN TRIỆT, THÔNG TIN"),
    P("ĐC Bảo quán triệt Nghị quyết của Đảng ủy xã về lãnh đạo nhiệm vụ quân sự, quốc phòng năm 2025 và thông tin "
      "chủ trương sắp xếp tổ chức Ban Chỉ huy Quân sự cấp xã theo Luật Dân quân tự vệ."),
    H("II. KẾT QUẢ THÁNG 02"),
    P("Ngày 13/02/2025 xã giao 27 thanh niên nhập ngũ, đạt 100% chỉ tiêu, trong đó có 02 đảng viên và 05 thanh "
      "niên có trình độ cao đẳng, đại học; lễ giao nhận quân trang trọng, đúng thời gian. Hạn chế: hồ sơ đăng ký "
      "nghĩa vụ quân sự ở ấp 3 và ấp 5 còn sai sót ngày sinh; tổ dân quân thường trực có 02 buổi trực chưa nghiêm."),
    H("III. NHIỆM VỤ THÁNG 3"),
    P("Huấn luyện dân quân năm thứ nhất và trung đội dân quân cơ động; đăng ký nghĩa vụ quân sự cho nam công dân "
      "đủ 17 tuổi; bảo đảm an ninh dịp Giỗ Tổ Hùng Vương và 30/4; xét đề nghị công nhận đảng viên chính thức cho "
      "đ/c Trần Minh Nhựt (hết 12 tháng dự bị ngày 28/02/2025)."),
    H("IV. THẢO LUẬN"),
    P("Đ/c Nguyễn Hữu Tài: thao trường ấp 3 ngập cục bộ sau mưa trái mùa, đề nghị chuyển bài bắn đạn thật sang "
      "trường bắn của huyện, xin Ban CHQS huyện bố trí xe."),
    P("Đ/c Trần Minh Nhựt: tự kiểm điểm thời gian dự bị, hứa khắc phục việc nộp báo cáo trực chậm."),
    P("Đ/c Nguyễn Thị Mỹ Hạnh (đại biểu): Đảng ủy đánh giá cao kết quả giao quân; lưu ý công tác chính sách cho "
      "gia đình tân binh dịp Tết Thanh minh."),
    H("V. KẾT LUẬN"),
    P("Đ/c Bí thư kết luận: chi bộ thống nhất đánh giá kết quả giao quân và ba nhiệm vụ trọng tâm tháng 3; đồng ý "
      "đề nghị chuyển bài bắn sang trường bắn huyện; hồ sơ nghĩa vụ quân sự phải sửa dứt điểm trong tháng."),
    H("VI. BIỂU QUYẾT"),
    P("1. Thông qua kết luận: 10/10 đ/c có mặt tán thành, đạt 100%."),
    P("2. Đề nghị công nhận đảng viên chính thức đối với đ/c Trần Minh Nhựt: 08/08 đảng viên chính thức có mặt tán "
      "thành (100%)."),
    H("VII. PHÂN CÔNG"),
    P("- Cử đ/c Hồ Ngọc Thạch chủ trì, phối hợp với Công an xã xây dựng phương án trực sẵn sàng dịp Giỗ Tổ Hùng "
      "Vương và 30/4, trình Đảng ủy trước ngày 25/3/2025."),
    P("- Đ/c Phó Chỉ huy trưởng Nguyễn Hữu Tài chịu trách nhiệm chính tổ chức huấn luyện trung đội dân quân cơ "
      "động; khai mạc ngày 17/3/2025, kết thúc trước 15/4/2025."),
    P("- Đ/c Trần Minh Nhựt lo hồ sơ, danh sách quân số; đ/c Võ Thanh Sơn lo hậu cần, vũ khí huấn luyện. Hai phần "
      "việc này phải xong trước ngày 14/3/2025."),
    P("- Giao đ/c Đoàn Văn Lực (dự bị) rà soát, đăng ký nghĩa vụ quân sự lần đầu cho nam công dân đủ 17 tuổi, "
      "hoàn thành trong tháng Tư."),
    P("Buổi sinh hoạt kết thúc lúc 09:40. Biên bản đã được thông qua trước chi bộ, không có ý kiến khác."),
    S(["THƯ KÝ", "", "Trung úy Hồ Ngọc Thạch"], ["T/M CHI BỘ", "BÍ THƯ", "", "Thượng úy Phạm Quốc Bảo"]),
]
_o04_t = minute(
    meeting("regular", "2025-03-05", "07:30", "09:40", "Hội trường Ban Chỉ huy Quân sự xã Phú Hữu",
            "CHI BỘ QUÂN SỰ XÃ PHÚ HỮU", "ĐẢNG BỘ XÃ PHÚ HỮU"),
    "Phạm Quốc Bảo", "Bí thư chi bộ", "Hồ Ngọc Thạch",
    attendance(11, 10, 1, 1, 0, 0, [("Lê Văn Thắng", "đi tập huấn tại Bộ CHQS tỉnh", True)],
               [("Nguyễn Thị Mỹ Hạnh", "Phó Bí thư Thường trực Đảng ủy xã")]),
    True,
    [vote("Thông qua kết luận", 10, None, None, 100),
     vote("Đề nghị công nhận đảng viên chính thức đối với đ/c Trần Minh Nhựt", 8, None, None, 100)],
    [task("Hồ Ngọc Thạch", "chủ trì, phối hợp với Công an xã xây dựng phương án trực sẵn sàng dịp Giỗ Tổ Hùng Vương "
          "và 30/4, trình Đảng ủy", "25/3/2025"),
     task("Nguyễn Hữu Tài", "chịu trách nhiệm chính tổ chức huấn luyện trung đội dân quân cơ động", "15/4/2025"),
     task("Trần Minh Nhựt", "lo hồ sơ, danh sách quân số", "14/3/2025"),
     task("Võ Thanh Sơn", "lo hậu cần, vũ khí huấn luyện", "14/3/2025"),
     task("Đoàn Văn Lực", "rà soát, đăng ký nghĩa vụ quân sự lần đầu cho nam công dân đủ 17 tuổi", "tháng Tư")],
    [])
_doc("o04-dongnai-quansu-xa-vv-ranks-clean",
     {"family": "serif", "size": 12, "spacing": 1.2, "justify": True, "indent": 22, "top": 45, "bottom": 50},
     [(_o04, _o04_t)],
     scans=[{"name": "o11-dongnai-quansu-scan-moderate", "folder": "dev", "damage": "moderate", "seed": 8111,
             "dpi": 200}])


# ---------------------------------------------------------------------------------------------------------------
# o05 — Gia Lai (Kbang), base cell of a protection-forest board; printed form; no conclusion
# ---------------------------------------------------------------------------------------------------------------
_o05 = [
    HD(["ĐẢNG BỘ HUYỆN KBANG", "CHI BỘ CƠ SỞ BAN QUẢN LÝ", "RỪNG PHÒNG HỘ ĐAK SMAR", "Số: 07-BB/CB"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "Kbang, ngày 06 tháng 6 năm 2025"], bold_left=(1, 2)),
    G(4),
    C("BIÊN BẢN"),
    C("SINH HOẠT CHI BỘ THƯỜNG KỲ"),
    C("Tháng 6 năm 2025", bold=False),
    G(4),
    L("Thời gian bắt đầu: 14 giờ 00, ngày 06 tháng 6 năm 2025."),
    L("Địa điểm: Trạm Quản lý bảo vệ rừng Tiểu khu 59."),
    L("Tổng số đảng viên: 15 đồng chí. Có mặt: 14 đồng chí. Vắng mặt: 01 đồng chí."),
    L("Họ và tên đảng viên vắng mặt, lý do: Đinh Văn Krông – đi tuần tra tiểu khu 45, có báo cáo."),
    L("Khách mời: (ghi rõ họ tên, chức vụ) ……………………………………"),
    L("Chủ trì: đồng chí Phạm Ngọc Duy, Bí thư chi bộ, Trưởng ban."),
    L("Thư ký: đồng chí Đinh Thị Hơn."),
    H("1. Thông tin thời sự, chính sách mới"),
    P("Đồng chí chủ trì thông tin về việc sắp xếp đơn vị hành chính cấp xã, không tổ chức cấp huyện từ ngày "
      "01/7/2025 và ảnh hưởng đến việc quản lý các chi bộ cơ sở trực thuộc; quyết định của UBND tỉnh về giá dịch vụ "
      "môi trường rừng năm 2025."),
    H("2. Đánh giá kết quả thực hiện nhiệm vụ tháng 5"),
    P("Tổ chức 31 lượt tuần tra, phát hiện 03 vụ phát rừng làm rẫy ở Tiểu khu 45 và 52, đã lập biên bản, chuyển "
      "Hạt Kiểm lâm xử lý; không để xảy ra cháy rừng trong cao điểm mùa khô. Chi trả dịch vụ môi trường rừng quý I "
      "cho 06 cộng đồng nhận khoán, đúng hạn. Tiếp tục thực hiện Kết luận số 05-KL/HU của Ban Thường vụ Huyện ủy "
      "về tăng cường quản lý, bảo vệ rừng; vườn ươm đạt 70% số cây giống. Hạn chế: tuần tra ban đêm còn ít; một số "
      "các các hộ nhận khoán chưa ký cam kết mới."),
    H("3. Phương hướng, nhiệm vụ tháng 6"),
    P("Chuẩn bị trồng bổ sung 18 ha rừng phòng hộ bằng cây bản địa khi mưa đều; hoàn thiện hồ sơ chi trả dịch vụ "
      "môi trường rừng quý II; tăng tuần tra ở vùng giáp ranh; tuyên truyền đồng bào Bahnar không phát rẫy mới."),
    H("4. Ý kiến thảo luận"),
    L("- Đ/c Đinh Văn Ar: cây sao đen ở vườn ươm còn nhỏ, nếu trồng đầu tháng 7 thì tỷ lệ sống thấp, nên ưu tiên "
      "trồng dầu rái trước."),
    L("- Đ/c Lê Thị Hồng Nhung: danh sách hộ nhận khoán ở làng Kon Lốc 2 có 04 hộ đã chuyển đi, cần làm lại hợp "
      "đồng trước khi chi trả."),
    L("- Đ/c Đinh Văn Gơh: bà con làng Kon Lốc 1 đồng ý tham gia tổ tuần tra cộng đồng nếu có hỗ trợ ngày công."),
    P("Đồng chí chủ trì tiếp thu các ý kiến thảo luận, giao Chi ủy bổ sung vào dự thảo Nghị quyết tháng 6 và ban "
      "hành ngay sau cuộc họp."),
    H("5. Biểu quyết"),
    L("Biểu quyết thông qua dự thảo Nghị quyết tháng 6: tán thành 14/14; không tán thành: 0; ý kiến khác: 0."),
    H("6. Phân công nhiệm vụ"),
    L("- Đ/c Đinh Văn Ar: chịu trách nhiệm chính chuẩn bị 25.000 cây giống sao đen, dầu rái cho đợt trồng bổ sung; "
      "thời hạn: trước 20/6/2025."),
    L("- Đ/c Lê Thị Hồng Nhung: hoàn thiện hồ sơ chi trả dịch vụ môi trường rừng quý II cho 06 cộng đồng nhận "
      "khoán; thời hạn: ……"),
    L("- Tổ tuần tra cơ động số 2: phối hợp Hạt Kiểm lâm tuần tra liên ngành khu vực giáp ranh Tiểu khu 45, hằng "
      "tuần."),
    L("Cuộc họp kết thúc vào lúc 16 giờ 10 phút cùng ngày. Biên bản đã được thông qua trước chi bộ."),
    S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "", "Đinh Thị Hơn"], ["CHỦ TRÌ", "(Ký, ghi rõ họ tên)", "", "Phạm Ngọc Duy"]),
]
_o05_t = minute(
    meeting("regular", "2025-06-06", "14:00", "16:10", "Trạm Quản lý bảo vệ rừng Tiểu khu 59",
            "CHI BỘ CƠ SỞ BAN QUẢN LÝ RỪNG PHÒNG HỘ ĐAK SMAR", "ĐẢNG BỘ HUYỆN KBANG"),
    "Phạm Ngọc Duy", "Bí thư chi bộ", "Đinh Thị Hơn",
    attendance(15, 14, 1, 1, 0, 0, [("Đinh Văn Krông", "đi tuần tra tiểu khu 45, có báo cáo", True)]),
    False,
    [vote("Biểu quyết thông qua dự thảo Nghị quyết tháng 6", 14, 0, 0, None)],
    [task("Chi ủy", "bổ sung vào dự thảo Nghị quyết tháng 6 và ban hành", "ngay sau cuộc họp"),
     task("Đinh Văn Ar", "chịu trách nhiệm chính chuẩn bị 25.000 cây giống sao đen, dầu rái cho đợt trồng bổ sung",
          "20/6/2025"),
     task("Lê Thị Hồng Nhung", "hoàn thiện hồ sơ chi trả dịch vụ môi trường rừng quý II cho 06 cộng đồng nhận "
          "khoán", None),
     task("Tổ tuần tra cơ động số 2", "phối hợp Hạt Kiểm lâm tuần tra liên ngành khu vực giáp ranh Tiểu khu 45",
          "hằng tuần")],
    ["missing_conclusion", "unfilled_template"])
_doc("o05-gialai-chibo-coso-form-noconclusion",
     {"family": "dejavu", "size": 11.5, "spacing": 1.25, "justify": False, "indent": 0, "foot": "- {n} -"},
     [(_o05, _o05_t)])


# ---------------------------------------------------------------------------------------------------------------
# o06 — Hồ Chí Minh City, Quận 8 primary school; thematic; date only above the signatures
# ---------------------------------------------------------------------------------------------------------------
_o06_topic = ("Nói đi đôi với làm, nêu gương của đảng viên là nhà giáo theo tư tưởng, đạo đức, phong cách Hồ "
              "Chí Minh")
_o06 = [
    HD(["ĐẢNG ỦY PHƯỜNG 16", "CHI BỘ TRƯỜNG TIỂU HỌC", "RẠCH ÔNG", "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM"],
       bold_left=(1, 2)),
    G(2),
    C("BIÊN BẢN"),
    C("SINH HOẠT CHUYÊN ĐỀ QUÝ IV NĂM 2024"),
    C("Chuyên đề: " + _o06_topic, bold=False, italic=True),
    G(6),
    P("Vào lúc 16g30, thứ Ba ngày 19/11, tại phòng họp Hội đồng sư phạm, Chi bộ Trường Tiểu học Rạch Ông tiến hành "
      "sinh hoạt chuyên đề quý IV."),
    P("Đảng viên có mặt 16/17 đồng chí; vắng 01 đồng chí: Đoàn Thị Thanh Thuý – nghỉ thai sản."),
    P("Đồng chí Lương Hoàng Yến – Bí thư chi bộ, Hiệu trưởng – chủ trì; đồng chí Tô Quang Nhật làm thư ký."),
    P("1. Trình bày chuyên đề. Đ/c Mai Thị Lan Phương, Phó Bí thư chi bộ, trình bày chuyên đề. Chuyên đề nhắc lại "
      "lời Bác: \"Nói phải đi đôi với làm\", \"một tấm gương sống còn có giá trị hơn một trăm bài diễn văn tuyên "
      "truyền\"; liên hệ với việc đảng viên là giáo viên đứng lớp phải mẫu mực về giờ giấc, lời nói với học sinh, "
      "không dạy thêm trái quy định, công khai các khoản thu đầu năm, tận tình với học sinh có hoàn cảnh khó khăn "
      "ở các xóm ven rạch Ông Lớn. Chuyên đề cũng chỉ ra những biểu hiện nói nhiều làm ít: đăng ký thi đua đầu năm "
      "nhưng cuối kỳ không kiểm điểm, hứa với phụ huynh mà không thực hiện."),
    P("2. Thảo luận. Các đồng chí đảng viên tham gia ý kiến sôi nổi, thẳng thắn. Nhiều ý kiến cho rằng chuyên đề "
      "sát với thực tế nhà trường; có đồng chí nêu việc một số phụ huynh còn nhờ giáo viên dạy kèm tại nhà, cần nói "
      "rõ quy định để giữ uy tín đội ngũ. Một số ý kiến đề nghị đưa việc nêu gương vào tiêu chí đánh giá, xếp loại "
      "đảng viên cuối năm; cũng có ý kiến lo ngại khối lượng hồ sơ sổ sách còn nhiều, giáo viên khó dành thời gian "
      "cho học sinh yếu."),
    P("3. Kết luận. Đồng chí Bí thư kết luận: chi bộ thống nhất với nội dung chuyên đề; việc học tập và làm theo Bác "
      "phải thể hiện bằng những việc cụ thể ở lớp học, ở sân trường. Mỗi đảng viên xây dựng bản đăng ký làm theo "
      "gắn với công việc hằng ngày, nộp về chi ủy trước ngày 30/11/2024; đề nghị các đồng chí đảng viên gương mẫu "
      "chấp hành quy định về dạy thêm, học thêm và tích cực giúp đỡ học sinh yếu, học sinh có hoàn cảnh khó khăn."),
    P("Chi bộ biểu quyết thông qua kết luận: 16/16 đồng chí tán thành, tỷ lệ 100%."),
    P("Sinh hoạt chuyên đề kết thúc lúc 18g15. Biên bản được đọc lại và được chi bộ thông qua."),
    G(4),
    L("Quận 8, ngày 19 tháng 11 năm 2024", italic=True, indent=250),
    S(["THƯ KÝ", "", "Tô Quang Nhật"], ["BÍ THƯ", "", "Lương Hoàng Yến"]),
]
_o06_t = minute(
    meeting("thematic", "2024-11-19", "16:30", "18:15", "phòng họp Hội đồng sư phạm",
            "CHI BỘ TRƯỜNG TIỂU HỌC RẠCH ÔNG", "ĐẢNG ỦY PHƯỜNG 16", topic=_o06_topic),
    "Lương Hoàng Yến", "Bí thư chi bộ", "Tô Quang Nhật",
    attendance(17, 16, 1, 1, 0, 0, [("Đoàn Thị Thanh Thuý", "nghỉ thai sản", True)]),
    True,
    [vote("Chi bộ biểu quyết thông qua kết luận", 16, None, None, 100)],
    [],
    ["missing_assignments", "no_discussion"])
_doc("o06-hcm-school-thematic-date-at-end",
     {"family": "dvsans", "size": 11, "spacing": 1.3, "justify": True, "indent": 18},
     [(_o06, _o06_t)])


# ---------------------------------------------------------------------------------------------------------------
# o07 — Tây Ninh hamlet; regular + thematic; probationary counted apart; low attendance; never read back
# ---------------------------------------------------------------------------------------------------------------
_o07_topic = "Xây dựng nông thôn mới kiểu mẫu gắn với chuyển đổi số ở ấp"
_o07 = [
    HD(["ĐẢNG BỘ XÃ TRƯỜNG TÂY", "CHI BỘ ẤP TRƯỜNG LÂM", "*"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "Trường Tây, ngày 15 tháng 8 năm 2024"]),
    G(4),
    C("BIÊN BẢN"),
    C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 8 KẾT HỢP"),
    C("SINH HOẠT CHUYÊN ĐỀ QUÝ III NĂM 2024"),
    C("Chuyên đề: " + _o07_topic, bold=False, italic=True),
    G(6),
    P("Thời gian: bắt đầu 19h00, ngày 15/8/2024."),
    P("Địa điểm: Nhà văn hóa ấp Trường Lâm."),
    P("Số lượng đảng viên: chính thức 18 đ/c, có mặt 15; dự bị 03 đ/c, có mặt 02. Tổng cộng có mặt 17/21 đ/c. "
      "Vắng 04 đ/c:"),
    L("1) đ.c Nguyễn Văn Hùng – bận việc riêng;", indent=28),
    L("2) đ.c Phan Thị Diễm – đi vắng;", indent=28),
    L("3) đ.c Trương Công Danh – ốm, đang điều trị tại Trung tâm Y tế Hòa Thành;", indent=28),
    L("4) đ.c Lê Thị Yến Nhi (dự bị) – đi học lớp bồi dưỡng nghiệp vụ tại huyện.", indent=28),
    P("Đại biểu: đ/c Lê Hữu Phước – Đảng ủy viên, phụ trách ấp."),
    P("Chủ trì: đ/c Đỗ Thành Nhân – Bí thư chi bộ, Trưởng ấp. Thư ký: đ/c Ngô Thị Bích Thuỷ."),
    H("PHẦN I: SINH HOẠT THƯỜNG KỲ"),
    P("1. Thông tin: đ/c Bí thư thông tin về lễ Quốc tang Tổng Bí thư Nguyễn Phú Trọng (25–26/7/2024) và việc chi bộ "
      "tổ chức cho bà con viếng tại nhà văn hóa ấp; kế hoạch của Đảng ủy xã về xây dựng ấp nông thôn mới kiểu mẫu "
      "năm 2024."),
    P("2. Đánh giá tháng 7: bà con thu hoạch mì vụ Đông Xuân 120 ha, giá mì giảm còn khoảng 2.600 đồng/kg; mía "
      "chăm sóc đạt yêu cầu; hệ thống kênh thuỷ lợi nội đồng có 02 đoạn bị bồi lắng. Hoàn thành 1,2 km đường bê "
      "tông tổ 4 bằng vốn nhân dân góp. An ninh ổn định, xảy ra 01 vụ trộm bò, đã bắt được đối tượng. Hạn chế: "
      "tỷ lệ hộ dùng thanh toán không dùng tiền mặt mới đạt 38%; thu quỹ an ninh quốc phòng chậm."),
    P("3. Nhiệm vụ tháng 8: chăm sóc mía, xuống giống mì vụ mới; nạo vét kênh; vận động hộ làm hồ sơ vay vốn "
      "chính sách; chuẩn bị đại hội chi bộ nhiệm kỳ 2025–2027."),
    H("PHẦN II: SINH HOẠT CHUYÊN ĐỀ"),
    P("Đ/c Hà Văn Lượm, Phó Bí thư chi bộ, trình bày chuyên đề: 19 tiêu chí ấp nông thôn mới kiểu mẫu, trong đó ấp "
      "Trường Lâm còn thiếu tiêu chí thủy lợi nội đồng, tiêu chí chuyển đổi số (hộ có tài khoản thanh toán, camera "
      "an ninh kết nối) và tiêu chí cảnh quan (hàng rào cây xanh)."),
    P("Thảo luận:"),
    P("- Đ/c Mai Văn Sáu: người lớn tuổi trong ấp chưa rành điện thoại thông minh, làm sao mở tài khoản ngân hàng "
      "cho đủ chỉ tiêu?"),
    P("- Đ/c Hà Văn Lượm trả lời: Chi đoàn ấp sẽ lập Tổ công nghệ số cộng đồng, đến tận nhà hướng dẫn; ai không "
      "muốn thì không ép."),
    P("- Đ/c Mai Văn Sáu: vậy phải chia theo từng tổ nhân dân, chứ dồn một lúc thì thanh niên làm không xuể."),
    P("- Đ/c Nguyễn Thị Kim Thoa: tiêu chí thủy lợi khó nhất; đoạn kênh qua tổ 2 bồi lắng nặng, phải có máy múc, "
      "bà con góp công được nhưng không góp tiền thuê máy nổi."),
    P("- Đ/c Đặng Văn Tám: camera an ninh nên ưu tiên ngã ba Trường Lâm và khu chợ chiều, nơi hay mất trộm."),
    P("- Đ/c Lê Hữu Phước (đại biểu): xã sẽ hỗ trợ máy múc nếu ấp có danh sách đoạn kênh cụ thể; đề nghị chi bộ "
      "không chạy theo chỉ tiêu mà làm chắc từng tiêu chí."),
    H("PHẦN III: KẾT LUẬN, BIỂU QUYẾT VÀ PHÂN CÔNG"),
    P("Đ/c Bí thư kết luận: chi bộ thống nhất với kết quả tháng 7, nhiệm vụ tháng 8 và nội dung chuyên đề; năm 2024 "
      "tập trung hoàn thành hai tiêu chí thủy lợi nội đồng và chuyển đổi số, tiêu chí cảnh quan làm tiếp năm 2025."),
    P("Chi bộ nhất trí 100% (17/17 đ/c) với kết luận trên."),
    P("Phân công: đ/c Hà Văn Lượm chủ trì, phối hợp với Chi đoàn ấp thành lập Tổ công nghệ số cộng đồng, ra mắt sau "
      "1 tuần. Đ/c Nguyễn Thị Kim Thoa cùng Tổ thuỷ lợi ấp rà soát các đoạn kênh nội đồng cần nạo vét, đến hết quý "
      "phải có danh sách trình xã. Đ/c Mai Văn Sáu và đ/c Đặng Văn Tám, mỗi đồng chí phụ trách vận động 20 hộ mở "
      "tài khoản thanh toán, trong tháng 9."),
    P("Cuộc họp kết thúc lúc 21h30 cùng ngày."),
    P("Biên bản lập thành 02 bản, 01 bản lưu chi bộ, 01 bản gửi Đảng ủy xã."),
    S(["THƯ KÝ", "", "", "Ngô Thị Bích Thủy"], ["CHỦ TRÌ", "", "", "Đỗ Thành Nhân"]),
]
_o07_t = minute(
    meeting("regular", "2024-08-15", "19:00", "21:30", "Nhà văn hóa ấp Trường Lâm", "CHI BỘ ẤP TRƯỜNG LÂM",
            "ĐẢNG BỘ XÃ TRƯỜNG TÂY", topic=_o07_topic),
    "Đỗ Thành Nhân", "Bí thư chi bộ", "Ngô Thị Bích Thuỷ",
    attendance(21, 17, 4, 4, 0, 0,
               [("Nguyễn Văn Hùng", "bận việc riêng", True), ("Phan Thị Diễm", "đi vắng", True),
                ("Trương Công Danh", "ốm, đang điều trị tại Trung tâm Y tế Hòa Thành", True),
                ("Lê Thị Yến Nhi", "đi học lớp bồi dưỡng nghiệp vụ tại huyện", True)],
               [("Lê Hữu Phước", "Đảng ủy viên, phụ trách ấp")]),
    True,
    [vote("Chi bộ nhất trí 100% (17/17 đ/c) với kết luận trên", 17, None, None, 100)],
    [task("Hà Văn Lượm", "chủ trì, phối hợp với Chi đoàn ấp thành lập Tổ công nghệ số cộng đồng", "sau 1 tuần"),
     task("Nguyễn Thị Kim Thoa", "cùng Tổ thuỷ lợi ấp rà soát các đoạn kênh nội đồng cần nạo vét", "hết quý"),
     task("Mai Văn Sáu", "phụ trách vận động 20 hộ mở tài khoản thanh toán", "tháng 9"),
     task("Đặng Văn Tám", "phụ trách vận động 20 hộ mở tài khoản thanh toán", "tháng 9")],
    ["low_attendance", "not_approved"])
_doc("o07-tayninh-ap-combined-probationary-low",
     {"family": "serif", "size": 12.5, "spacing": 1.35, "justify": True,
      "head": "Biên bản sinh hoạt Chi bộ ấp Trường Lâm – tháng 8/2024"},
     [(_o07, _o07_t)])


# ---------------------------------------------------------------------------------------------------------------
# o08 — Bến Tre organic coconut cooperative; nicknames; time and vote in words — clean
# ---------------------------------------------------------------------------------------------------------------
_o08 = [
    HD(["ĐẢNG BỘ XÃ TÂN THIỀNG", "CHI BỘ HỢP TÁC XÃ", "DỪA HỮU CƠ TÂN THIỀNG", "*"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tân Thiềng, ngày 14 tháng 12 năm 2024"], bold_left=(1, 2)),
    G(4),
    C("BIÊN BẢN"),
    C("SINH HOẠT CHI BỘ THÁNG 12 NĂM 2024"),
    G(6),
    P("Đúng bảy giờ ba mươi sáng thứ Bảy, ngày 14/12/2024, tại văn phòng Hợp tác xã, ấp Tân Hưng, chi bộ họp "
      "thường lệ tháng 12."),
    P("Đảng viên của chi bộ: 14 đ/c, có 01 đ/c miễn sinh hoạt là đ/c Trần Văn Chơn (78 tuổi). Dự họp 13/13 đ/c "
      "phải dự, đạt 100%."),
    P("Chủ trì: Đ/c Nguyễn Thị Hồng Gấm – Bí thư chi bộ kiêm Giám đốc HTX. Thư ký: Đ/c Phạm Văn Lành (chú Tư) – "
      "Chi ủy viên, Trưởng Ban kiểm soát HTX."),
    H("1. Tình hình tháng 11"),
    P("Giá dừa khô tăng mạnh, có lúc lên 170.000 đồng/chục, xã viên phấn khởi; HTX xuất được 6 container dừa xiêm "
      "xanh gọt sẵn. Đoàn đánh giá chứng nhận hữu cơ đã báo lịch tái đánh giá vào đầu tháng 01/2025. Một số hộ "
      "ngoài HTX bón phân hóa học sát ranh vườn hữu cơ, có nguy cơ ảnh hưởng đến chứng nhận. Dự báo mặn năm 2025 "
      "đến sớm, khoảng đầu tháng 2. Đảng phí thu đủ."),
    H("2. Nhiệm vụ tháng 12 và dịp Tết"),
    P("Giữ vững chứng nhận hữu cơ; ký hợp đồng bao tiêu năm 2025; chuẩn bị phòng mặn cho vườn dừa; chăm lo Tết "
      "cho 9 hộ xã viên khó khăn; chuẩn bị đại hội chi bộ."),
    H("3. Ý kiến"),
    L("Đ/c Võ Thành Công (anh Ba): công ty ở Giồng Trôm muốn bao tiêu cả năm nhưng giá chốt thấp hơn giá chợ, nên "
      "chốt giá sàn và cộng theo giá thị trường từng quý."),
    L("Đ/c Phạm Văn Lành (chú Tư): sổ nhật ký canh tác nhiều hộ ghi không đều, đoàn đánh giá xem kỹ phần này, phải "
      "kiểm tra lại từng nhà."),
    L("Đ/c Lê Thị Ngọc Út: tổ kỹ thuật cần hướng dẫn bà con trữ nước ngọt sớm, năm 2020 mặn vào vườn chết gần 300 "
      "cây dừa."),
    L("Đ/c Nguyễn Thị Hồng Gấm: đồng ý; HTX sẽ mượn máy bơm của xã cho các hộ ở cuối kênh."),
    H("4. Kết luận"),
    P("Đ/c Bí thư kết luận: chi bộ thống nhất giữ chứng nhận hữu cơ là việc sống còn của HTX; hợp đồng bao tiêu "
      "theo hướng giá sàn cộng giá thị trường; phòng mặn làm ngay từ tháng này, không chờ mặn vào."),
    P("Chi bộ biểu quyết: mười ba trên mười ba đồng chí tán thành kết luận."),
    H("5. Phân công"),
    P("Chú Tư kiểm tra lại sổ nhật ký canh tác của 62 hộ xã viên, xong trước ngày 05/01/2025 để kịp đợt tái đánh "
      "giá. Anh Ba chịu trách nhiệm chính đàm phán hợp đồng bao tiêu dừa xiêm xanh năm 2025, báo cáo chi bộ trước "
      "Tết. Đ/c Lê Thị Ngọc Út cùng Chi đoàn HTX vận động các hộ ngoài HTX có vườn giáp ranh ký cam kết không dùng "
      "phân thuốc hóa học sát ranh, trong 15 ngày tới. Tổ kỹ thuật HTX hướng dẫn xã viên đắp bờ, trữ nước ngọt cho "
      "vườn dừa, hoàn thành trước 25/01/2025."),
    P("Họp xong lúc 10g05. Biên bản đọc lại, cả 13 đ/c thống nhất thông qua."),
    S(["THƯ KÝ", "", "", "Phạm Văn Lành"], ["T/M CHI BỘ", "BÍ THƯ", "", "Nguyễn Thị Hồng Gấm"]),
]
_o08_t = minute(
    meeting("regular", "2024-12-14", "07:30", "10:05", "văn phòng Hợp tác xã, ấp Tân Hưng",
            "CHI BỘ HỢP TÁC XÃ DỪA HỮU CƠ TÂN THIỀNG", "ĐẢNG BỘ XÃ TÂN THIỀNG"),
    "Nguyễn Thị Hồng Gấm", "Bí thư chi bộ", "Phạm Văn Lành",
    attendance(14, 13, 0, 0, 0, 1),
    True,
    [vote("mười ba trên mười ba đồng chí tán thành kết luận", 13, None, None, None)],
    [task("Phạm Văn Lành", "kiểm tra lại sổ nhật ký canh tác của 62 hộ xã viên", "05/01/2025"),
     task("Võ Thành Công", "chịu trách nhiệm chính đàm phán hợp đồng bao tiêu dừa xiêm xanh năm 2025", "Tết"),
     task("Lê Thị Ngọc Út", "cùng Chi đoàn HTX vận động các hộ ngoài HTX có vườn giáp ranh ký cam kết không "
          "dùng phân thuốc hóa học "
          "sát ranh", "15 ngày tới"),
     task("Tổ kỹ thuật HTX", "hướng dẫn xã viên đắp bờ, trữ nước ngọt cho vườn dừa", "25/01/2025")],
    [])
_doc("o08-bentre-coop-nicknames-words-clean",
     {"family": "serif", "size": 12.5, "spacing": 1.4, "justify": False, "foot": "Trang {n}/{N}", "indent": 24},
     [(_o08, _o08_t)])


# ---------------------------------------------------------------------------------------------------------------
# o09 — Cần Thơ district power branch; task table; Roman month — clean
# ---------------------------------------------------------------------------------------------------------------
_o09 = [
    HD(["ĐẢNG BỘ CÔNG TY ĐIỆN LỰC CẦN THƠ", "CHI BỘ ĐIỆN LỰC CÁI RĂNG", "*"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "Cái Răng, ngày 11 tháng 7 năm 2024"]),
    G(4),
    C("BIÊN BẢN"),
    C("SINH HOẠT CHI BỘ THƯỜNG KỲ"),
    C("THÁNG VII/2024"),
    C("(Kỳ sinh hoạt thứ bảy trong năm)", bold=False, italic=True),
    G(6),
    L("- Khai mạc: 13 giờ 30', ngày 11/7/2024, tại Hội trường Điện lực Cái Răng."),
    L("- Đảng viên: 19 đ/c (chính thức 17, dự bị 02). Có mặt: 18 đ/c. Vắng: 01 đ/c – đ/c Lâm Thị Kiều Oanh, nghỉ "
      "phép năm."),
    L("- Chủ trì: Đ/c Quách Thanh Liêm – Bí thư Chi bộ, Giám đốc Điện lực."),
    L("- Thư ký:đ/c Trần Ngọc Bảo Trâm – Chi ủy viên."),
    H("I. Thông tin, quán triệt"),
    P("Đ/c Liêm quán triệt chỉ đạo của Đảng ủy Công ty về bảo đảm cung cấp điện mùa mưa bão và các ngày lễ lớn; "
      "thông tin kết quả thực hiện Chỉ thị số 20 của Tập đoàn về tiết kiệm điện 6 tháng đầu năm."),
    H("II. Kết quả tháng VI"),
    P("Sản lượng điện thương phẩm đạt 102,3% kế hoạch tháng; tổn thất điện năng 3,1%, giảm 0,2% so với cùng kỳ; "
      "thời gian mất điện bình quân của khách hàng giảm; xử lý 100% yêu cầu cấp điện mới đúng hạn. Hạn chế: còn 12 "
      "điểm cây xanh chạm lưới trên tuyến 471, gây sự cố thoáng qua 02 (hai) lần; chỉ số hài lòng khách hàng ở khu "
      "vực phường Tân Phú chưa đạt."),
    H("III. Nhiệm vụ tháng VII"),
    P("Bảo đảm điện an toàn mùa mưa; xử lý điểm chạm lưới; kiểm tra sử dụng điện bất thường; tuyên truyền tiết kiệm "
      "điện; chuẩn bị sinh hoạt chuyên đề quý III."),
    H("IV. Thảo luận"),
    P("Đ/c Dương Văn Lực: tuyến 471 đi qua vườn cây ăn trái của dân, phải thỏa thuận từng hộ mới chặt tỉa được, đề "
      "nghị có văn bản của UBND phường hỗ trợ."),
    P("Đ/c Huỳnh Kim Ngân: 230 khách hàng có chỉ số tăng, giảm đột biến, phần lớn do thay đổi người thuê nhà, số "
      "nghi vi phạm khoảng 15 trường hợp."),
    P("Đ/c Tạ Văn Bền: đề nghị phối hợp Công an phường khi kiểm tra, tránh va chạm; biên bản kiểm tra phải có "
      "chữ ký của chủ hộ hoặc người làm chứng, chụp ảnh công tơ trước và sau khi niêm phong."),
    P("Đ/c Lâm Hữu Trí (dự bị): đoàn viên Chi đoàn sẵn sàng đi tuyên truyền tiết kiệm điện, nhưng cần tài liệu "
      "ngắn gọn, dễ hiểu, có bảng so sánh tiền điện khi để máy lạnh 26 độ và 20 độ."),
    P("Đ/c Huỳnh Kim Ngân bổ sung: năm 2023 đơn vị đã xử lý 09 trường hợp câu móc trái phép, truy thu hơn 180 "
      "triệu đồng; cách làm năm nay nên giữ như cũ."),
    H("V. Kết luận"),
    P("Đồng chí Bí thư kết luận: chi bộ đồng ý với đánh giá tháng VI và nhiệm vụ tháng VII; ưu tiên số một là an "
      "toàn lưới điện mùa mưa, đi đôi với việc giữ hài lòng khách hàng."),
    P("Biểu quyết kết luận: tán thành 18 (mười tám) đ/c; không tán thành: 0; không biểu quyết: 0."),
    H("VI. Phân công"),
    T([(0.07, "TT", "c"), (0.47, "Công việc", "l"), (0.27, "Người/đơn vị thực hiện", "l"), (0.19, "Hạn", "l")],
      [["1", "Kiểm tra, xử lý 12 điểm cây xanh chạm lưới trên tuyến 471", "Đ/c Dương Văn Lực", "Trước 31/7/24"],
       ["2", "Tuyên truyền tiết kiệm điện trên nhóm Zalo khách hàng và loa phường", "Chi đoàn Điện lực",
        "Thường xuyên"],
       ["3", "Rà soát 230 khách hàng có chỉ số sử dụng điện bất thường", "Đ/c Huỳnh Kim Ngân, đ/c Tạ Văn Bền",
        "Hết tháng Tám"],
       ["4", "Chuẩn bị nội dung sinh hoạt chuyên đề quý III", "Chi ủy", "Kỳ họp tháng 8"]]),
    L("- Bế mạc: 16 giờ 00'. Biên bản đã được đọc lại và chi bộ nhất trí thông qua."),
    S(["THƯ KÝ", "", "", "Trần Ngọc Bảo Trâm"], ["BÍ THƯ CHI BỘ", "", "", "Quách Thanh Liêm"]),
]
_o09_t = minute(
    meeting("regular", "2024-07-11", "13:30", "16:00", "Hội trường Điện lực Cái Răng", "CHI BỘ ĐIỆN LỰC CÁI RĂNG",
            "ĐẢNG BỘ CÔNG TY ĐIỆN LỰC CẦN THƠ"),
    "Quách Thanh Liêm", "Bí thư Chi bộ", "Trần Ngọc Bảo Trâm",
    attendance(19, 18, 1, 1, 0, 0, [("Lâm Thị Kiều Oanh", "nghỉ phép năm", True)]),
    True,
    [vote("Biểu quyết kết luận", 18, 0, 0, None)],
    [task("Dương Văn Lực", "Kiểm tra, xử lý 12 điểm cây xanh chạm lưới trên tuyến 471", "31/7/24"),
     task("Chi đoàn Điện lực", "Tuyên truyền tiết kiệm điện trên nhóm Zalo khách hàng và loa phường", "Thường xuyên"),
     task("Huỳnh Kim Ngân", "Rà soát 230 khách hàng có chỉ số sử dụng điện bất thường", "Hết tháng Tám"),
     task("Tạ Văn Bền", "Rà soát 230 khách hàng có chỉ số sử dụng điện bất thường", "Hết tháng Tám"),
     task("Chi ủy", "Chuẩn bị nội dung sinh hoạt chuyên đề quý III", "Kỳ họp tháng 8")],
    [])
_doc("o09-cantho-dienluc-task-table-clean",
     {"family": "sans", "size": 11, "spacing": 1.3, "justify": True, "indent": 0,
      "head": "Chi bộ Điện lực Cái Răng – sổ biên bản 2024", "head_align": "right"},
     [(_o09, _o09_t)])


# ---------------------------------------------------------------------------------------------------------------
# o10 — Đắk Lắk, Ê Đê village cell: minute book Jan–May 2025
# ---------------------------------------------------------------------------------------------------------------
_BK_CELL, _BK_COMM = "CHI BỘ BUÔN KRANG", "ĐẢNG ỦY XÃ EA KAO"
_BK_PLACE = "Nhà sinh hoạt cộng đồng buôn Krang"

_b1 = [
    HD(["ĐẢNG ỦY XÃ EA KAO", "CHI BỘ BUÔN KRANG", "*"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "Ea Kao, ngày 08 tháng 01 năm 2025"]),
    G(4),
    C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 01/2025"),
    G(4),
    P("Thời gian: 19 giờ 00, ngày 08/01/2025. Địa điểm: Nhà sinh hoạt cộng đồng buôn Krang."),
    P("Đảng viên: 16 đ/c, miễn sinh hoạt 01 đ/c (Y Ngông Niê, tuổi cao). Có mặt 14/15. Vắng: đ/c Y Drim Kbuôr – "
      "không lý do."),
    P("Chủ trì: đ/c Y Bhin Niê (Ama Khoa), Bí thư chi bộ, Trưởng buôn. Thư ký: đ/c H'Nuôl Mlô."),
    P("a) Tình hình tháng 12/2024: bà con thu hoạch cà phê được khoảng 80% diện tích, giá cà phê nhân có lúc trên "
      "120.000 đồng/kg; xảy ra 02 vụ trộm cà phê trên rẫy, đã báo Công an xã. Buôn tổ chức Noel an toàn. Thu đảng "
      "phí đủ."),
    P("b) Nhiệm vụ tháng 01: giữ an ninh mùa thu hoạch và dịp Tết Ất Tỵ; không đốt rẫy bừa bãi khi vào mùa khô; "
      "chăm lo Tết cho hộ khó khăn; tuyên truyền không uống rượu say gây mất trật tự."),
    P("c) Thảo luận: Đ/c Y Khang Êban – trộm hay vào lúc nửa đêm ở rẫy giáp suối, cần tổ an ninh đi tuần luân "
      "phiên. Đ/c Đỗ Thị Hiền – danh sách hộ khó khăn năm nay có thêm 03 hộ mất mùa do mưa cuối vụ."),
    P("d) Kết luận: đ/c Bí thư kết luận chi bộ thống nhất các nhiệm vụ trên, trọng tâm là an ninh mùa thu hoạch và "
      "Tết an toàn."),
    P("Biểu quyết: 14/14 đ/c nhất trí."),
    P("e) Phân công: giao đ/c Y Khang Êban cùng tổ an ninh buôn tuần tra vườn cà phê ban đêm, từ nay đến hết mùa "
      "thu hoạch; đ/c Đỗ Thị Hiền lập danh sách hộ khó khăn đề nghị xã tặng quà Tết, nộp trước 15/01/2025."),
    P("Kết thúc: 21 giờ 10'. Biên bản đã đọc lại, thông qua."),
    S(["THƯ KÝ", "", "H'Nuôl Mlô"], ["BÍ THƯ", "", "Y Bhin Niê"]),
]
_b1_t = minute(
    meeting("regular", "2025-01-08", "19:00", "21:10", _BK_PLACE, _BK_CELL, _BK_COMM),
    "Y Bhin Niê", "Bí thư chi bộ", "H'Nuôl Mlô",
    attendance(16, 14, 1, 0, 1, 1, [("Y Drim Kbuôr", "không lý do", False)]),
    True,
    [vote("14/14 đ/c nhất trí", 14, None, None, None)],
    [task("Y Khang Êban", "cùng tổ an ninh buôn tuần tra vườn cà phê ban đêm", "hết mùa thu hoạch"),
     task("Đỗ Thị Hiền", "lập danh sách hộ khó khăn đề nghị xã tặng quà Tết", "15/01/2025")],
    ["unexcused_absence"])

_b2 = [
    C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 02/2025"),
    C("Ea Kao, ngày 10 tháng 02 năm 2025", bold=False, italic=True),
    G(4),
    P("Hồi 19h00 ngày 10/02/2025 (nhằm ngày 13 tháng Giêng năm Ất Tỵ), tại Nhà sinh hoạt cộng đồng buôn, chi bộ "
      "họp định kỳ tháng 2. Có mặt 15/15 đ/c phải dự (01 đ/c miễn sinh hoạt). Đ/c Y Bhin Niê, Bí thư chi bộ chủ "
      "trì, đ/c H'Nuôl Mlô ghi biên bản."),
    P("a) Tình hình tháng 01: buôn đón Tết vui, an toàn, 100% hộ khó khăn có quà; còn 01 vụ đánh nhau do say rượu "
      "ngày mùng 3 Tết, đã hòa giải. Cà phê thu hoạch xong, nhiều hộ chuẩn bị tưới đợt 1."),
    P("b) Nhiệm vụ tháng 2: tưới cà phê đợt 1 tiết kiệm nước; phòng chống cháy rẫy, cháy rừng mùa khô; vận động "
      "thanh niên đăng ký tham gia Lễ hội Cà phê Buôn Ma Thuột tháng 3."),
    P("c) Thảo luận: Đ/c H'Yam Byă – nước hồ thấp hơn năm ngoái, nếu các hộ đầu mương bơm cùng lúc thì cuối buôn "
      "không có nước. Đ/c Y Thuôn Ayun (Ama Thảo) – nên chia lịch bơm theo nhóm hộ, tổ thủy lợi giữ lịch."),
    P("d) Kết luận của đ/c chủ trì: chi bộ thống nhất chia lịch tưới theo nhóm hộ; phòng cháy là việc của cả buôn, "
      "không chủ quan."),
    P("Chi bộ biểu quyết nhất trí 100%."),
    P("e) Phân công: giao Ama Thảo phối hợp tổ thủy lợi lập lịch bơm nước theo nhóm hộ, trong tuần này; đ/c H'Yam "
      "Byă vận động chị em Chi hội Phụ nữ buôn không cho trẻ đi chăn bò gần rẫy đốt, thường xuyên."),
    P("Kết thúc lúc 21h00. Biên bản đã đọc lại, chi bộ thông qua."),
    S(["THƯ KÝ", "", "H'Nuôl Mlô"], ["BÍ THƯ", "", "Y Bhin Niê"]),
]
_b2_t = minute(
    meeting("regular", "2025-02-10", "19:00", "21:00", "Nhà sinh hoạt cộng đồng buôn", _BK_CELL, _BK_COMM),
    "Y Bhin Niê", "Bí thư chi bộ", "H'Nuôl Mlô",
    attendance(16, 15, 0, 0, 0, 1),
    True,
    [vote("Chi bộ biểu quyết nhất trí 100%", None, None, None, 100)],
    [task("Y Thuôn Ayun", "phối hợp tổ thủy lợi lập lịch bơm nước theo nhóm hộ", "tuần này"),
     task("H'Yam Byă", "vận động chị em Chi hội Phụ nữ buôn không cho trẻ đi chăn bò gần rẫy đốt", "thường xuyên")],
    [])

_b3 = [
    C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 3 NĂM 2025"),
    C("Ea Kao, ngày 07 tháng 3 năm 2025", bold=False, italic=True),
    G(4),
    P("Thời gian: 19g30 – 21g40 ngày 07/3/2025. Địa điểm: Nhà sinh hoạt cộng đồng buôn Krang."),
    P("Có mặt: 14/15 đ/c (miễn SH: 01). Vắng: Y Drim Kbuôr (chưa rõ lý do)."),
    P("Chủ trì: Đ/c Y Bhin Niê – Bí thư. Thư ký: Đ/c H'Nuôl Mlô."),
    P("a) Thực hiện Kết luận kỳ họp tháng 02: lịch bơm nước theo nhóm hộ đã chạy, cuối buôn có nước tưới; chưa "
      "xảy ra cháy rẫy. Có 06 thanh niên đăng ký đi Lễ hội Cà phê. Giá cà phê giảm nhẹ, bà con giữ hàng chờ giá."),
    P("b) Chương trình công tác tháng 3: tưới đợt 2; phòng cháy; tổ chức cho thanh niên dự lễ hội an toàn; gặp "
      "gỡ đảng viên hay vắng sinh hoạt."),
    P("c) Ý kiến: Đ/c Nguyễn Đình Quang – đoàn thanh niên đi lễ hội phải có người lớn dẫn, không để uống rượu rồi "
      "chạy xe máy về buôn ban đêm. Đ/c H'Yam Byă – đồng ý; đề nghị nhắc các gia đình trước ngày đi. Đ/c Y Khang "
      "Êban – đ/c Y Drim vắng hai lần rồi, chi bộ nên cử người đến nhà hỏi."),
    P("Chi bộ biểu quyết thông qua chương trình công tác tháng 3: 14/14 đ/c giơ tay tán thành."),
    P("Phân công đ/c Nguyễn Đình Quang dẫn đoàn thanh niên buôn dự Lễ hội Cà phê; đ/c Y Khang Êban đến gặp gia đình "
      "đ/c Y Drim Kbuôr tìm hiểu lý do vắng họp, báo lại chi bộ kỳ họp tới."),
    P("Đồng chí chủ trì cảm ơn các đồng chí đã tham gia ý kiến và tuyên bố bế mạc lúc 21g40. Biên bản đã đọc lại, "
      "chi bộ thông qua."),
    S(["THƯ KÝ", "", "H'Nuôl Mlô"], ["BÍ THƯ", "", "Y Bhin Niê"]),
]
_b3_t = minute(
    meeting("regular", "2025-03-07", "19:30", "21:40", _BK_PLACE, _BK_CELL, _BK_COMM),
    "Y Bhin Niê", "Bí thư", "H'Nuôl Mlô",
    attendance(16, 14, 1, 0, 1, 1, [("Y Drim Kbuôr", "chưa rõ lý do", False)]),
    False,
    [vote("Chi bộ biểu quyết thông qua chương trình công tác tháng 3", 14, None, None, None)],
    [task("Nguyễn Đình Quang", "dẫn đoàn thanh niên buôn dự Lễ hội Cà phê", None),
     task("Y Khang Êban", "đến gặp gia đình đ/c Y Drim Kbuôr tìm hiểu lý do vắng họp", "kỳ họp tới")],
    ["missing_conclusion", "unexcused_absence"])

_b4_topic = "Phát huy vai trò người có uy tín trong đồng bào Ê Đê giữ gìn an ninh trật tự buôn làng"
_b4 = [
    HD(["ĐẢNG ỦY XÃ EA KAO", "CHI BỘ BUÔN KRANG", "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Ea Kao, ngày 17 tháng 4 năm 2025"]),
    G(4),
    C("BIÊN BẢN"),
    C("SINH HOẠT CHUYÊN ĐỀ QUÝ II/2025"),
    C("Chuyên đề: " + _b4_topic, bold=False, italic=True),
    G(4),
    P("Bắt đầu lúc 19h30, ngày 17/4/2025, tại Nhà sinh hoạt cộng đồng buôn Krang."),
    P("Dự: 14/15 đ/c (01 đ/c miễn SH). Vắng 01: đ/c Y Drim Kbuôr, đi làm thuê ở Đắk Nông, có báo chi ủy."),
    P("Đ/c Y Bhin Niê – Bí thư chi bộ chủ trì; đ/c H'Nuôl Mlô thư ký."),
    P("Đ/c Nguyễn Đình Quang, Phó Bí thư, trình bày chuyên đề: vai trò già làng, người có uy tín trong hòa giải "
      "tranh chấp đất rẫy, vận động bà con không nghe theo tà đạo, không vượt biên trái phép; kinh nghiệm của buôn "
      "trong năm 2024 khi hòa giải thành 05 vụ."),
    P("Thảo luận: Đ/c Y Thuôn Ayun (Ama Thảo) – già làng Y Tlam Ksơr nói bà con còn nghe, nhưng thanh niên đi làm "
      "xa về thì ít nghe; chi bộ cần cho Chi đoàn cùng ngồi hòa giải. Đ/c H'Yam Byă – nên mời phụ nữ có uy tín "
      "tham gia, vì nhiều tranh chấp là chuyện chia đất theo dòng họ mẹ."),
    P("Đồng chí Bí thư kết luận: chi bộ thống nhất nội dung chuyên đề; mỗi tranh chấp trong buôn phải được hòa "
      "giải ngay tại buôn, có đảng viên cùng già làng."),
    P("Chi bộ biểu quyết tán thành 14/14."),
    P("Giao Ama Thảo phối hợp già làng Y Tlam Ksơr hòa giải vụ tranh chấp đất rẫy giữa hai hộ ở cuối buôn, xong "
      "trong tháng 4."),
    P("Sinh hoạt chuyên đề kết thúc lúc 20h50, biên bản được đọc lại và thông qua."),
    S(["THƯ KÝ", "", "H'Nuôl Mlô"], ["BÍ THƯ", "", "Y Bhin Niê"]),
]
_b4_t = minute(
    meeting("thematic", "2025-04-17", "19:30", "20:50", _BK_PLACE, _BK_CELL, _BK_COMM, topic=_b4_topic),
    "Y Bhin Niê", "Bí thư chi bộ", "H'Nuôl Mlô",
    attendance(16, 14, 1, 1, 0, 1, [("Y Drim Kbuôr", "đi làm thuê ở Đắk Nông, có báo chi ủy", True)]),
    True,
    [vote("Chi bộ biểu quyết tán thành 14/14", 14, None, None, None)],
    [task("Y Thuôn Ayun", "phối hợp già làng Y Tlam Ksơr hòa giải vụ tranh chấp đất rẫy giữa hai hộ ở cuối buôn",
          "tháng 4")],
    ["short_meeting"])

_b5 = [
    C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 5/2025"),
    C("Ea Kao, ngày 09 tháng 5 năm 2025", bold=False, italic=True),
    G(4),
    P("Vào lúc 19 giờ 00 ngày 09/5/2025, tại Nhà sinh hoạt cộng đồng buôn Krang, chi bộ họp thường kỳ tháng 5. "
      "Tháng 4 chi bộ chỉ tổ chức sinh hoạt chuyên đề, không sinh hoạt thường kỳ vì trùng đợt cao điểm chống hạn."),
    P("Tổng số: 16 đ/c; miễn sinh hoạt: 01; có mặt: 12; vắng: 03, gồm: đ/c Y Drim Kbuôr (không có lý do); đ/c Đỗ Thị "
      "Hiền (đi khám bệnh ở Buôn Ma Thuột); đ/c Y Khang Êban (đưa vợ đi sinh)."),
    P("Đ/c Y Bhin Niê, Bí thư chi bộ chủ trì. Đ/c H'Nuôl Mlô, thư ký."),
    P("a) Tình hình tháng 4: hạn gay gắt, 12 ha cà phê thiếu nước tưới đợt 3; đã hòa giải xong vụ tranh chấp đất "
      "rẫy cuối buôn. Đ/c Y Khang Êban đã đến gặp gia đình đ/c Y Drim Kbuôr: đ/c Y Drim lại đi làm thuê dài ngày, "
      "lần này "
      "không báo chi bộ."),
    P("b) Nhiệm vụ tháng 5: chuẩn bị trồng mới, tái canh cà phê khi có mưa; kiểm điểm đảng viên vắng sinh hoạt "
      "nhiều lần; tuyên truyền sắp xếp đơn vị hành chính cấp xã."),
    P("c) Thảo luận: Đ/c Nguyễn Đình Quang – đ/c Y Drim vắng không lý do đã ba lần trong năm, đúng trường hợp phải "
      "xem xét theo Điều lệ. Đ/c H'Nuôl Mlô – đề nghị gặp trực tiếp đ/c Y Drim trước khi chi bộ quyết định."),
    P("d) Kết luận: đ/c Bí thư kết luận chi bộ thống nhất nhiệm vụ tháng 5; việc đ/c Y Drim Kbuôr làm đúng quy "
      "trình, có gặp gỡ, nghe trình bày rồi mới xem xét."),
    P("Biểu quyết: tán thành 12/12 (100%)."),
    P("e) Phân công: giao đ/c Bí thư Y Bhin Niê trực tiếp gặp đ/c Y Drim Kbuôr, báo cáo chi bộ kỳ họp tháng 6; đ/c "
      "Nguyễn Đình Quang chịu trách nhiệm chính hướng dẫn các hộ làm hồ sơ vay vốn tái canh cà phê, trong tháng 5."),
    P("Kết thúc lúc 21 giờ 15. Biên bản đọc lại, chi bộ thống nhất thông qua."),
    S(["THƯ KÝ", "", "H'Nuôl Mlô"], ["BÍ THƯ", "", "Y Bhin Niê"]),
]
_b5_t = minute(
    meeting("regular", "2025-05-09", "19:00", "21:15", _BK_PLACE, _BK_CELL, _BK_COMM),
    "Y Bhin Niê", "Bí thư chi bộ", "H'Nuôl Mlô",
    attendance(16, 12, 3, 2, 1, 1,
               [("Y Drim Kbuôr", "không có lý do", False), ("Đỗ Thị Hiền", "đi khám bệnh ở Buôn Ma Thuột", True),
                ("Y Khang Êban", "đưa vợ đi sinh", True)]),
    True,
    [vote("Biểu quyết: tán thành 12/12 (100%)", 12, None, None, 100)],
    [task("Y Bhin Niê", "trực tiếp gặp đ/c Y Drim Kbuôr", "kỳ họp tháng 6"),
     task("Nguyễn Đình Quang", "chịu trách nhiệm chính hướng dẫn các hộ làm hồ sơ vay vốn tái canh cà phê",
          "tháng 5")],
    ["low_attendance", "unexcused_absence"])

_doc("o10-daklak-buon-book-jan-may-2025",
     {"family": "serif", "size": 12, "spacing": 1.25, "justify": True, "indent": 20,
      "head": "Sổ ghi biên bản sinh hoạt Chi bộ buôn Krang – năm 2025", "head_align": "right", "foot": "- {n} -"},
     [(_b1, _b1_t), (_b2, _b2_t), (_b3, _b3_t), (_b4, _b4_t), (_b5, _b5_t)],
     flags=["missing_month", "no_thematic_in_quarter", "repeated_absence"], between=22)
