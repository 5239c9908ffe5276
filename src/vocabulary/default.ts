/**
 * Every word prfaq-gate knows, in one place: the section aliases, FAQ group
 * names, topic keywords and placeholders it recognises. The recognition code
 * never contains a literal heading or keyword; it reads them from here (or
 * from a team's config, which extends or replaces these lists).
 *
 * Sources: ../shared/reference/prfaq-corpus-findings.md (40 public PR/FAQs)
 * and the Working Backwards literature. Non-English aliases are the ones seen
 * in that corpus plus their obvious neighbours.
 *
 * Matching rules (see match.ts):
 * - Section aliases match a label when every word of the alias appears in the
 *   label, in order, each at the start of a label word ("faq" matches "FAQs").
 *   The alias with the most words wins. Aliases in Chinese, Japanese or Korean
 *   match as substrings. A plain line (no heading, no bold) must equal an
 *   alias exactly, because ordinary sentences would match otherwise.
 * - Topic keywords match question text at the start of a word; keywords of
 *   three characters or fewer (TAM, ROI, P&L) must match a whole word.
 */
export interface Vocabulary {
  /** Section role → label aliases. */
  sections: Record<string, string[]>
  /** Topic → words in an FAQ group label that give all of the group's questions that topic. */
  groupTopics: Record<string, string[]>
  /** Topic → keywords in a question that give it that topic. */
  topics: Record<string, string[]>
  /** Criterion topic → short labels used inside a dedicated Bezos-criteria section ("Big idea:"). */
  criteriaLabels: Record<string, string[]>
  /** First words that make a heading or bold line a question even without "?". */
  interrogatives: string[]
  /** Whole answers (or their first word) that mean "not written yet". */
  placeholders: string[]
  /** Instruction verbs a template leaves in place ("Describe the customer…"). */
  instructions: string[]
  /** Words of an unlabelled paragraph that describes a customer problem; two different ones must occur. */
  problemHints: string[]
}

/** Roles that contain other parts; the rest are press-release parts. */
export const CONTAINER_ROLES = ['pressRelease', 'faq', 'faqExternal', 'faqInternal', 'criteria', 'appendix'] as const

/** The press-release parts a PR/FAQ is expected to have, in their usual order. */
export const PRESS_RELEASE_PARTS = [
  'headline',
  'summary',
  'problem',
  'solution',
  'leaderQuote',
  'customerQuote',
  'gettingStarted'
] as const

export const DEFAULT_VOCABULARY: Vocabulary = {
  sections: {
    pressRelease: [
      'press release', 'press releases', 'working backwards', 'for immediate release', 'blog post', 'announcement',
      'future intended press release', 'press release components',
      'pressemitteilung', 'pressemeldung', 'communiqué de presse', 'comunicado de prensa',
      'プレスリリース', '新闻稿', '보도자료', '프레스 릴리스', 'пресс-релиз'
    ],
    faq: [
      'faq', 'faqs', 'frequently asked questions', 'questions and answers', 'q&a', 'q & a',
      'häufige fragen', 'häufig gestellte fragen', 'fragen und antworten', 'foire aux questions',
      'preguntas frecuentes', 'よくある質問', '常见问答', '常见问题', '자주 묻는 질문', 'часто задаваемые вопросы'
    ],
    faqExternal: [
      'external faq', 'customer faq', 'public faq', 'user faq', 'external questions', 'customer questions',
      'externe faq', 'kunden faq', '外部faq', '顧客faq', '外部 faq', '客户 faq', '외부 faq', 'внешний faq'
    ],
    faqInternal: [
      'internal faq', 'stakeholder faq', 'internal questions', 'stakeholder questions', 'internal faqs',
      'interne faq', '内部faq', '内部 faq', '社内faq', '내부 faq', 'внутренний faq'
    ],
    criteria: [
      'bezos criteria', 'bezos questions', 'bezos tests', 'investment criteria', 'three questions',
      'three tests', 'the three questions', 'decision criteria', 'bar raiser questions', 'go no go criteria',
      'drei fragen', '三つの問い', '三个问题'
    ],
    headline: ['headline', 'heading', 'title', 'überschrift', '見出し', 'タイトル', '标题', '제목'],
    summary: [
      'summary', 'summary paragraph', 'subheading', 'sub heading', 'subtitle', 'intro', 'introduction', 'overview',
      'zusammenfassung', '概要', 'サマリー', '摘要', '요약'
    ],
    problem: [
      'problem', 'problems', 'problem statement', 'customer problem', 'problem paragraph', 'pain point', 'pain points',
      'the challenge', 'das problem', 'problemstellung', 'le problème', 'el problema', '課題', '問題', '问题',
      '痛点', '문제', '문제 정의', 'проблема'
    ],
    solution: [
      'solution', 'solutions', 'solution paragraph', 'how it works', 'how the product works', 'the solution',
      'die lösung', 'lösung', 'la solution', 'la solución', '解決策', 'ソリューション', '解决方案', '해결 방법', '해결책', 'решение'
    ],
    leaderQuote: [
      'leader quote', 'leadership quote', 'ceo quote', 'company leader', 'quote from company leader', 'from the founder',
      'founder quote', 'internal quote', 'executive quote', 'stakeholder quote', 'amazon leader', 'spokesperson quote',
      'zitat der geschäftsführung', 'リーダーの引用', '领导引言', 'ceo 인용문', '리더 인용문'
    ],
    customerQuote: [
      'customer quote', 'customer quotes', 'quote from customer', 'customer testimonial', 'customer testimonials',
      'customer testimonies', 'what customers are saying', 'testimonial', 'testimonials', 'kundenzitat',
      '顧客の声', 'お客様の声', '客户引言', '客户评价', '고객 인용문', 'отзыв клиента'
    ],
    appendix: [
      'appendix', 'appendices', 'references', 'approval', 'approvals', 'sign off', 'next steps', 'revision history',
      'changelog', 'glossary', 'anhang', '付録', '参考', '附录', '부록'
    ],
    gettingStarted: [
      'getting started', 'how to get started', 'get started', 'call to action', 'availability', 'pricing and availability',
      'closing', 'how to start', 'erste schritte', 'verfügbarkeit', 'はじめかた', '始め方', '利用開始', '如何开始',
      '시작 방법', '마무리 문단', 'как начать'
    ]
  },
  groupTopics: {
    finance: [
      'business', 'business model', 'economics', 'financial', 'financials', 'finance', 'pricing', 'money', 'commercial',
      'cost', 'costs', 'monetization', 'monetisation', 'geschäftsmodell', 'finanzen', 'kosten', 'ビジネス', '財務', '商业', '财务', '비즈니스', 'финансы'
    ],
    technical: [
      'technical', 'technology', 'technologies', 'tech', 'feasibility', 'engineering', 'architecture', 'implementation',
      'technisches', 'technik', 'technische', '技術', '技术', '기술', 'технические', 'технологии'
    ]
  },
  topics: {
    finance: [
      'cost', 'costs', 'costing', 'price', 'prices', 'pricing', 'priced', 'pay', 'pays', 'paying', 'paid', 'do i pay', 'paid tier',
      'revenue', 'business model', 'make money', 'earn money', 'monetiz', 'monetis', 'margin', 'unit economics',
      'economics', 'p&l', 'profit', 'budget', 'roi', 'return on investment', 'break even', 'break-even', 'breakeven',
      'market size', 'size of the market', 'tam', 'serviceable addressable', 'addressable market', 'funding', 'funded', 'finance',
      'financials', 'financial model', 'financial plan', 'financial projection', 'financing', 'financially',
      'investment', 'invest in', 'investor', 'expense', 'spend', 'subscription', 'fee', 'fees', 'ebitda', 'irr', 'arr', 'mrr', 'ltv', 'cac',
      'kosten', 'kostet', 'preis', 'umsatz', 'geschäftsmodell', 'finanz', 'rentab', 'coût', 'prix', 'revenu', 'precio',
      'costo', 'ingresos', '料金', '価格', 'コスト', '費用', '収益', '売上', '予算', 'ビジネスモデル', '採算', '成本', '价格',
      '收入', '商业模式', '预算', '盈利', '가격', '비용', '수익', '예산', 'затрат', 'стоимост', 'цена', 'выручк',
      'бюджет', 'финмодел', 'окупаем'
    ],
    technical: [
      'technical', 'technically', 'technology', 'feasib', 'hardest part', 'hard part', 'most difficult',
      'biggest challenge', 'key challenge', 'engineering challenge', 'depend on', 'dependency', 'dependencies',
      'scale', 'scalab', 'scaling', 'performance', 'latency', 'throughput', 'architecture', 'infrastructure',
      'technical design', 'how does it work under', 'breaking change', 'alternative solutions', 'alternatives did',
      'implementation', 'implement', 'reliab', 'availability sla', 'sla', 'api', 'security model', 'threat model',
      'data model', 'integration', 'migrat', 'tech stack', 'stack', 'built on', 'under the hood', 'protocol',
      'encrypt',
      'technisch', 'machbar', 'abhängigkeit', 'skalier', 'architektur', 'leistung', '技術', '実現可能', '依存', '性能',
      'スケール', 'アーキテクチャ', '難しい', '技术', '可行', '依赖', '架构', '기술', '어려운', '아키텍처',
      'техническ', 'технолог', 'архитектур', 'масштаб'
    ],
    risk: [
      'risk', 'risks', 'riskiest', 'could fail', 'fail', 'kill', 'plan b', 'drawback', 'downside', 'threat',
      'what could go wrong', 'concern', 'risiko', 'risiken', 'リスク', '懸念', '风险', '위험', 'риск'
    ],
    'big-idea': [
      'big idea', 'how big', 'opportunity size', 'size of the opportunity', 'how large', 'market size', 'tam',
      'addressable market', 'how many customers', 'why is this big', 'worth it', 'big enough', 'big deal',
      'large opportunity', 'upside', 'große idee', '大きなアイデア', '市場規模', '市场规模', '시장 규모'
    ],
    'should-do': [
      'should we', 'should be doing', 'should build', 'should do', 'why us', 'why are we', 'why we', 'why build',
      'why now', 'why should we', 'why do this', 'build, buy', 'build or buy', 'buy or partner',
      'decide not to build', 'strategic fit', 'our strategy', 'right to win', 'the ones to build', 'why this',
      'sollten wir', 'なぜ私たち', 'なぜ今', '为什么是我们', '为什么现在', '왜 우리'
    ],
    plan: [
      'plan to succeed', 'legitimate plan', 'project plan', 'high-level plan', 'high level plan', 'launch plan',
      'delivery plan', 'execution plan', 'our plan', 'the plan', 'timeline', 'milestone', 'roadmap',
      'what resources', 'resources do we need', 'resourcing', 'staffing', 'how will we deliver', 'how will we build',
      'how will we execute', 'how will we get there', 'how will we measure', 'success metrics', 'measure success',
      'phases', 'zeitplan', 'meilenstein', '計画', 'スケジュール', 'ロードマップ', '计划', '里程碑', '路线图',
      '계획', '일정', 'план'
    ]
  },
  criteriaLabels: {
    'big-idea': ['big idea', 'big', 'idea', 'opportunity', 'size'],
    'should-do': ['should', 'should we', 'should do', 'why us', 'why now', 'right thing', 'strategic'],
    plan: ['plan', 'legitimate plan', 'plan to succeed', 'execution', 'path to success']
  },
  interrogatives: [
    'what', "what's", 'why', 'how', 'when', 'who', 'whom', 'whose', 'where', 'which', 'is', 'are', 'was', 'were',
    'can', 'could', 'do', 'does', 'did', 'will', 'would', 'should', 'shall', 'may', 'might', 'has', 'have',
    'warum', 'wie', 'wann', 'wer', 'wo', 'welche', 'welcher', 'welches', 'gibt', 'kann', 'ist', 'sind', 'muss',
    'pourquoi', 'comment', 'quand', 'qui', 'quel', 'quelle', 'por qué', 'cómo', 'cuándo', 'quién', 'qué'
  ],
  placeholders: [
    'tbd', 'tba', 'tbc', 'todo', 'to do', 'to be decided', 'to be determined', 'to be defined', 'n/a', 'na', 'none yet',
    'coming soon', 'fixme', 'wip', 'xxx', 'lorem ipsum', 'placeholder', 'answer here', 'your answer here',
    'noch offen', 'offen', '未定', '検討中', '待定', '미정'
  ],
  instructions: [
    'describe', 'explain', 'list', 'insert', 'write', 'add', 'replace', 'summarize', 'summarise', 'provide', 'state',
    'include', 'fill in', 'enter', 'outline', 'answer', 'detail', 'identify', 'specify', 'quote', 'name', 'give',
    'beschreibe', 'beschreiben', 'erkläre', 'erklären'
  ],
  problemHints: [
    'problem', 'struggle', 'frustrat', 'pain', 'hard to', 'difficult', 'cannot', "can't", 'unable', 'waste', 'lose',
    'losing', 'lost', 'too slow', 'tedious', 'manual', 'error-prone', 'forced to', 'have to', 'spend hours', 'broken',
    'a mess', 'fail', 'miss', 'risk', 'expensive', 'stuck', 'no way to', 'however', 'trade-off', 'tradeoff',
    'nobody', 'no one', "don't", "doesn't", 'tired of', 'too many', 'too much', 'hours', 'hostage', 'lock-in', 'problème', 'schwierig', '課題', '問題',
    '困って', '问题', '痛点', '문제'
  ]
}
