package io.larkgen.sandbox;

import java.util.List;

/**
 * Hand-written, realistic vocabulary the data set draws from: Chinese names with their pinyin,
 * offices, time zones, stages, questions, abilities and feedback dimensions of a typical
 * Feishu Hire tenant. Every entry carries its Chinese ({@code zh_cn}) and English
 * ({@code en_us}) text.
 */
final class Catalog {

  private Catalog() {}

  /** A text in both languages. */
  record Text(String zh, String en) {}

  /** A city with its district, state and country, Feishu location codes and time zone. */
  record Place(
      Text district, String districtCode,
      Text city, String cityCode,
      Text state, String stateCode,
      Text country, String countryCode,
      Text officeName, String phonePrefix) {}

  /** A time zone as Hire shows it to candidates. */
  record Zone(String code, Text name) {}

  /** An interview score level of the feedback form. */
  record ScoreLevel(int level, Text name, Text description) {}

  /** A feedback-form dimension template for one dimension_type. */
  record Dimension(Text name, List<Text> options) {}

  static final List<Text> SURNAMES = List.of(
      new Text("王", "Wang"), new Text("李", "Li"), new Text("张", "Zhang"), new Text("刘", "Liu"),
      new Text("陈", "Chen"), new Text("杨", "Yang"), new Text("黄", "Huang"), new Text("赵", "Zhao"),
      new Text("吴", "Wu"), new Text("周", "Zhou"), new Text("徐", "Xu"), new Text("孙", "Sun"),
      new Text("马", "Ma"), new Text("朱", "Zhu"), new Text("胡", "Hu"), new Text("郭", "Guo"),
      new Text("何", "He"), new Text("林", "Lin"), new Text("高", "Gao"), new Text("罗", "Luo"),
      new Text("郑", "Zheng"), new Text("梁", "Liang"), new Text("谢", "Xie"), new Text("宋", "Song"),
      new Text("唐", "Tang"), new Text("许", "Xu"), new Text("韩", "Han"), new Text("冯", "Feng"),
      new Text("邓", "Deng"), new Text("曹", "Cao"), new Text("彭", "Peng"), new Text("曾", "Zeng"),
      new Text("欧阳", "Ouyang"), new Text("司马", "Sima"));

  static final List<Text> GIVEN_NAMES = List.of(
      new Text("伟", "Wei"), new Text("芳", "Fang"), new Text("娜", "Na"), new Text("敏", "Min"),
      new Text("静", "Jing"), new Text("丽", "Li"), new Text("强", "Qiang"), new Text("磊", "Lei"),
      new Text("军", "Jun"), new Text("洋", "Yang"), new Text("勇", "Yong"), new Text("艳", "Yan"),
      new Text("杰", "Jie"), new Text("涛", "Tao"), new Text("明", "Ming"), new Text("超", "Chao"),
      new Text("秀英", "Xiuying"), new Text("霞", "Xia"), new Text("平", "Ping"), new Text("刚", "Gang"),
      new Text("子涵", "Zihan"), new Text("浩然", "Haoran"), new Text("雨涵", "Yuhan"),
      new Text("梓萱", "Zixuan"), new Text("宇轩", "Yuxuan"), new Text("欣怡", "Xinyi"),
      new Text("思远", "Siyuan"), new Text("嘉怡", "Jiayi"), new Text("一诺", "Yinuo"),
      new Text("俊杰", "Junjie"), new Text("晓东", "Xiaodong"), new Text("文博", "Wenbo"),
      new Text("佳琪", "Jiaqi"), new Text("志强", "Zhiqiang"), new Text("婷婷", "Tingting"),
      new Text("鹏", "Peng"), new Text("慧", "Hui"), new Text("颖", "Ying"), new Text("昊天", "Haotian"));

  static final List<Place> PLACES = List.of(
      new Place(new Text("海淀区", "Haidian"), "DS_110108", new Text("北京", "Beijing"), "CT_11",
          new Text("北京市", "Beijing"), "ST_11", new Text("中国", "China"), "CN_1",
          new Text("北京中关村办公区", "Beijing Zhongguancun Office"), "1381"),
      new Place(new Text("朝阳区", "Chaoyang"), "DS_110105", new Text("北京", "Beijing"), "CT_11",
          new Text("北京市", "Beijing"), "ST_11", new Text("中国", "China"), "CN_1",
          new Text("北京望京办公区", "Beijing Wangjing Office"), "1391"),
      new Place(new Text("浦东新区", "Pudong"), "DS_310115", new Text("上海", "Shanghai"), "CT_31",
          new Text("上海市", "Shanghai"), "ST_31", new Text("中国", "China"), "CN_1",
          new Text("上海张江办公区", "Shanghai Zhangjiang Office"), "1381"),
      new Place(new Text("徐汇区", "Xuhui"), "DS_310104", new Text("上海", "Shanghai"), "CT_31",
          new Text("上海市", "Shanghai"), "ST_31", new Text("中国", "China"), "CN_1",
          new Text("上海漕河泾办公区", "Shanghai Caohejing Office"), "1360"),
      new Place(new Text("南山区", "Nanshan"), "DS_440305", new Text("深圳", "Shenzhen"), "CT_4403",
          new Text("广东省", "Guangdong"), "ST_44", new Text("中国", "China"), "CN_1",
          new Text("深圳科技园办公区", "Shenzhen Science Park Office"), "1371"),
      new Place(new Text("西湖区", "Xihu"), "DS_330106", new Text("杭州", "Hangzhou"), "CT_3301",
          new Text("浙江省", "Zhejiang"), "ST_33", new Text("中国", "China"), "CN_1",
          new Text("杭州西溪办公区", "Hangzhou Xixi Office"), "1585"),
      new Place(new Text("武侯区", "Wuhou"), "DS_510107", new Text("成都", "Chengdu"), "CT_5101",
          new Text("四川省", "Sichuan"), "ST_51", new Text("中国", "China"), "CN_1",
          new Text("成都高新办公区", "Chengdu Hi-tech Zone Office"), "1398"),
      new Place(new Text("洪山区", "Hongshan"), "DS_420111", new Text("武汉", "Wuhan"), "CT_4201",
          new Text("湖北省", "Hubei"), "ST_42", new Text("中国", "China"), "CN_1",
          new Text("武汉光谷办公区", "Wuhan Optics Valley Office"), "1357"),
      new Place(new Text("中区", "Central Region"), "DS_SG01", new Text("新加坡", "Singapore"),
          "CT_SG01", new Text("新加坡", "Singapore"), "ST_SG01", new Text("新加坡", "Singapore"),
          "SG_1", new Text("新加坡滨海湾办公室", "Singapore Marina Bay Office"), "6591"),
      new Place(new Text("港区", "Minato"), "DS_JP13103", new Text("东京", "Tokyo"), "CT_JP13",
          new Text("东京都", "Tokyo Metropolis"), "ST_JP13", new Text("日本", "Japan"), "JP_1",
          new Text("东京六本木办公室", "Tokyo Roppongi Office"), "8190"));

  static final List<Zone> ZONES = List.of(
      new Zone("Asia/Shanghai", new Text("亚洲/上海", "Asia/Shanghai")),
      new Zone("UTC+08:00", new Text("亚洲/上海", "Asia/Shanghai")),
      new Zone("Asia/Singapore", new Text("亚洲/新加坡", "Asia/Singapore")),
      new Zone("Asia/Tokyo", new Text("亚洲/东京", "Asia/Tokyo")),
      new Zone("Europe/London", new Text("欧洲/伦敦", "Europe/London")),
      new Zone("America/Los_Angeles", new Text("美洲/洛杉矶", "America/Los_Angeles")));

  static final List<Text> STAGES = List.of(
      new Text("笔试", "Written test"), new Text("业务面试", "Business interview"),
      new Text("技术面试", "Technical interview"), new Text("终面", "Final interview"),
      new Text("HR 面试", "HR interview"));

  static final List<Text> ROUND_TYPES = List.of(
      new Text("第一轮", "Round 1"), new Text("第二轮", "Round 2"), new Text("第三轮", "Round 3"),
      new Text("交叉面", "Cross interview"), new Text("HR 面", "HR round"));

  static final List<String> REMARKS = List.of(
      "候选人希望安排在下午", "请提前准备笔试题", "候选人需要英文面试", "已与候选人确认时间",
      "候选人在外地，改为视频面试", "请面试官重点考察系统设计", "");

  static final List<Text> BUILDINGS = List.of(
      new Text("A 座", "Tower A"), new Text("B 座", "Tower B"), new Text("C 座", "Tower C"));

  static final List<String> ROOM_NAMES = List.of(
      "长城", "黄河", "泰山", "西湖", "峨眉", "昆仑", "珠峰", "洞庭", "漓江", "天山");

  static final List<ScoreLevel> SCORE_LEVELS = List.of(
      new ScoreLevel(1, new Text("1", "one"),
          new Text("不通过, 能力未达到要求", "Fail, ability does not meet the requirements")),
      new ScoreLevel(2, new Text("2", "two"),
          new Text("待定, 能力基本达到要求", "Undecided, ability roughly meets the requirements")),
      new ScoreLevel(3, new Text("3", "three"),
          new Text("通过, 能力达到要求, 建议录用", "Pass, ability to meet the requirements, suggest to hire")),
      new ScoreLevel(4, new Text("4", "four"),
          new Text("强烈推荐, 能力超出要求", "Strong hire, ability exceeds the requirements")));

  static final List<String> RECORD_CONTENTS = List.of(
      "代码能力强，思维逻辑清晰", "沟通顺畅，项目经验丰富", "基础扎实，但系统设计经验不足",
      "符合要求，推荐录用", "表达能力一般，技术深度不够", "学习能力强，有团队管理经验",
      "对业务理解深入，推荐进入下一轮", "算法题完成度高，代码风格良好");

  static final List<Text> QUESTIONS = List.of(
      new Text("你从业几年了？", "How long have you been working?"),
      new Text("是否遇到过团队成员没有达到目标的情况", "Have you ever encountered a situation where a team member did not meet their goals?"),
      new Text("介绍一个你最有成就感的项目", "Describe the project you are proudest of"),
      new Text("你如何处理与同事的意见分歧？", "How do you handle disagreements with colleagues?"),
      new Text("为什么考虑换工作？", "Why are you looking for a new job?"),
      new Text("描述一次你在压力下完成任务的经历", "Describe a time you delivered under pressure"),
      new Text("你未来三年的职业规划是什么？", "What are your career plans for the next three years?"),
      new Text("如何设计一个短链接服务？", "How would you design a URL shortener?"));

  static final List<Text> QUESTION_DESCRIPTIONS = List.of(
      new Text("当时具体是什么情况？", "What was the specific situation at that time?"),
      new Text("请结合具体事例说明", "Please give a concrete example"),
      new Text("重点关注候选人的思考过程", "Focus on the candidate's reasoning"));

  static final List<String> ANSWERS = List.of(
      "没有", "五年，主要做后端开发", "主导过支付系统重构", "先沟通目标，再对齐方案",
      "希望有更大的成长空间", "上线前一周重写了核心模块", "希望成为技术负责人", "哈希加自增 ID，缓存热点");

  static final List<Text> CODE_QUESTIONS = List.of(
      new Text("两数之和", "Two Sum"), new Text("LRU 缓存", "LRU Cache"),
      new Text("合并区间", "Merge Intervals"), new Text("反转链表", "Reverse Linked List"),
      new Text("二叉树的层序遍历", "Binary Tree Level Order Traversal"));

  static final List<Text> ABILITIES = List.of(
      new Text("创新思维", "Creative Thinking"), new Text("沟通能力", "Communication"),
      new Text("逻辑思维", "Logical Thinking"), new Text("团队协作", "Teamwork"),
      new Text("学习能力", "Learning Ability"), new Text("抗压能力", "Resilience"),
      new Text("编码能力", "Coding"), new Text("系统设计", "System Design"));

  static final List<Text> IMAGE_NAMES = List.of(
      new Text("成绩单", "transcript"), new Text("白板照片", "whiteboard"),
      new Text("作品集", "portfolio"), new Text("笔试答卷", "written-test"));

  static final List<Text> DESCRIPTIVE_ANSWERS = List.of(
      new Text("这个候选人还不错", "A solid candidate"),
      new Text("经验与岗位匹配度高", "Experience matches the role well"),
      new Text("需要进一步考察", "Needs further assessment"));

  static final List<String> SINGLE_LINE_ANSWERS = List.of(
      "期望薪资 30k*15", "可立即到岗", "一个月内到岗", "需要办理签证");

  static final List<String> JOB_LEVEL_RANGES = List.of("2-1 ~ 2-2", "2-2 ~ 3-1", "3-1 ~ 3-2");

  /** Dimension templates by dimension_type (Feishu's documented types). */
  static Dimension dimension(int type) {
    return switch (type) {
      case 1 -> new Dimension(new Text("工作意愿", "Motivation"), List.of(
          new Text("强烈", "Strong"), new Text("一般", "Moderate"), new Text("较弱", "Weak")));
      case 2 -> new Dimension(new Text("技术栈", "Tech stack"), List.of(
          new Text("Java", "Java"), new Text("Go", "Go"), new Text("Python", "Python"),
          new Text("Rust", "Rust")));
      case 3 -> new Dimension(new Text("综合评价", "Overall assessment"), List.of());
      case 4 -> new Dimension(new Text("到岗时间", "Availability"), List.of());
      case 5 -> new Dimension(new Text("建议职级", "Suggested job level"), List.of());
      case 6 -> new Dimension(new Text("执行力", "Execution capability"), List.of(
          new Text("选项 1", "Option 1"), new Text("选项 2", "Option 2"), new Text("选项 3", "Option 3")));
      case 7 -> new Dimension(new Text("专业能力", "Expertise"), List.of());
      case 10 -> new Dimension(new Text("结论", "Conclusion"), List.of(
          new Text("通过", "Pass"), new Text("不通过", "Fail"), new Text("待定", "Undecided")));
      case 11 -> new Dimension(new Text("得分", "Score"), List.of(
          new Text("1", "one"), new Text("2", "two"), new Text("3", "three"), new Text("4", "four")));
      case 12 -> new Dimension(new Text("记录", "Notes"), List.of());
      default -> new Dimension(new Text("自定义维度", "Custom dimension"), List.of());
    };
  }
}
