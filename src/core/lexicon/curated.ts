/**
 * Hand-written word lists for entity recognition (written for Sourcelight, MIT like the project).
 * Entries are separated by "|"; within an entry, ";" separates a canonical name from its aliases.
 * Kept as strings so the bundle stays small; src/core/lexicon/index.ts turns them into lookups.
 */

/** News organisations and wire services: canonical;aliases. "The" is never part of a name. */
export const OUTLETS =
  'Associated Press;AP;A.P.|Reuters;Thomson Reuters|Agence France-Presse;AFP;Agence France Presse|Bloomberg;Bloomberg News|' +
  'Wall Street Journal;WSJ|New York Times;NYT|Washington Post|Financial Times;FT|BBC;British Broadcasting Corporation;BBC News|' +
  'CNN|Fox News;Fox News Channel|NBC News;NBC|ABC News;ABC|CBS News;CBS|NPR;National Public Radio|PBS|MSNBC|CNBC|Politico|Axios|' +
  'Al Jazeera|Xinhua;Xinhua News Agency|TASS;Itar-Tass;ITAR-TASS|RIA Novosti;RIA|Interfax|Kyodo;Kyodo News|' +
  'Yonhap;Yonhap News Agency|Los Angeles Times;LA Times|USA Today|Newsweek|New Yorker|Der Spiegel;Spiegel|Le Monde|' +
  'Le Figaro|Daily Telegraph|Times of London|Sunday Times|Daily Mail;Mail Online|Sky News|ITV News|' +
  'Channel 4 News|Deutsche Welle;DW|Radio Free Europe;Radio Free Europe/Radio Liberty;RFE/RL|Voice of America;VOA|ProPublica|' +
  'BuzzFeed News;BuzzFeed|HuffPost;Huffington Post|Breitbart;Breitbart News|Daily Beast|Vice News|' +
  'TMZ|CNET|Ars Technica|TechCrunch|Yahoo News;Yahoo Finance|Business Insider|Forbes|' +
  "Nikkei;Nikkei Asia|South China Morning Post;SCMP|Global Times|People's Daily|China Daily|Asahi Shimbun|Yomiuri Shimbun|" +
  'Haaretz|Times of Israel|Jerusalem Post|Al Arabiya|Anadolu;Anadolu Agency|Press Trust of India;PTI|Times of India|Hindustan Times|' +
  'Straits Times|Sydney Morning Herald|Globe and Mail|Toronto Star|CBC;CBC News|Irish Times|Kommersant|Izvestia|Pravda|' +
  'Novaya Gazeta|Meduza|Kyiv Independent|Ukrainska Pravda|Frankfurter Allgemeine Zeitung;FAZ|Süddeutsche Zeitung|Die Zeit|Bild|' +
  'El País;El Pais|La Repubblica|Corriere della Sera|Dow Jones;Dow Jones Newswires|CNN Business|Semafor|The Information|Punchbowl News|' +
  'Los Angeles Daily News|Chicago Tribune|Boston Globe|Miami Herald|Houston Chronicle|San Francisco Chronicle|Seattle Times|' +
  'Denver Post|Dallas Morning News|Philadelphia Inquirer|Atlanta Journal-Constitution|Star Tribune|Baltimore Sun|Newsday|' +
  'New York Post|New York Daily News;Daily News|Washington Times|Washington Examiner|National Review|Mother Jones|' +
  'Rolling Stone|Hollywood Reporter|Politico Europe|Euronews|France 24|RFI|RT;Russia Today|Sputnik';

/** Outlets whose one-word name is an ordinary word: recognised only right after a capitalised "The". */
export const OUTLETS_AFTER_THE =
  'Guardian|Economist|Atlantic|Independent|Hill|Verge|Nation|Observer|Times|Post|Telegraph|Spectator|Information|Intercept|' +
  'Insider|Variety|Deadline|Billboard|Fortune|Dawn|Wired|Vox|Slate|Salon|Sun|Mirror|Mail|Express|Star|Globe|Herald|Age|Australian';

/** Organisations the rules cannot type from their shape alone: canonical;aliases. */
export const ORGANIZATIONS =
  'United Nations;UN;U.N.|North Atlantic Treaty Organization;NATO;Nato|European Union;EU;E.U.|International Monetary Fund;IMF|' +
  'World Bank|World Trade Organization;WTO|World Health Organization;WHO|Organization of the Petroleum Exporting Countries;OPEC;Opec|' +
  'Federal Bureau of Investigation;FBI|Central Intelligence Agency;CIA|National Security Agency;NSA|Pentagon|Kremlin|White House|' +
  'Congress|Senate|House of Representatives|Parliament|Federal Reserve;Fed|Bundesbank|European Central Bank;ECB|Bank of England|' +
  'Bank of Japan;BOJ|Treasury|State Department|Justice Department;Department of Justice;DOJ|Commerce Department;Department of Commerce|' +
  'Defense Department;Department of Defense;DoD|Homeland Security;Department of Homeland Security;DHS|Interpol|Europol|' +
  'Red Cross;International Committee of the Red Cross;ICRC|Amnesty International;Amnesty|Human Rights Watch|Greenpeace|' +
  'Doctors Without Borders;Medecins Sans Frontieres;MSF|Hamas|Hezbollah;Hizbollah|Taliban|al Qaeda;al-Qaeda;Al Qaeda;Al-Qaeda|' +
  'Islamic State;ISIS;ISIL|Irish Republican Army;IRA|Palestine Liberation Organisation;Palestine Liberation Organization;PLO|' +
  'Supreme Court|Security Council;UN Security Council|General Assembly|European Commission;Commission|European Parliament|' +
  'Council of Europe|African Union;AU|Arab League|ASEAN|G7;G-7|G20;G-20|OECD|Organisation for Economic Co-operation and Development|' +
  'OSCE|International Atomic Energy Agency;IAEA|International Criminal Court;ICC|Securities and Exchange Commission;SEC|' +
  'Federal Communications Commission;FCC|Federal Trade Commission;FTC|Food and Drug Administration;FDA|' +
  'Centers for Disease Control and Prevention;CDC|Environmental Protection Agency;EPA|NASA|Internal Revenue Service;IRS|' +
  'Drug Enforcement Administration;DEA|Secret Service|Census Bureau|Labor Department|Transportation Security Administration;TSA|' +
  'Office of Foreign Assets Control;OFAC|Bureau of Industry and Security|Ministry of Foreign Affairs|Foreign Ministry|' +
  'Defence Ministry;Defense Ministry|Downing Street|Whitehall|Elysee;Élysée|Bundestag|Duma;State Duma|Knesset|Politburo|' +
  'Labour;Labour Party|Conservative Party;Tories|Democratic Party|Republican Party;GOP|Liberal Democrats|Communist Party|' +
  'Google;Alphabet|Apple|Microsoft|Amazon|Meta;Facebook|Twitter|Instagram|WhatsApp|TikTok;ByteDance|Tesla|SpaceX|OpenAI|' +
  'Nvidia|Intel|IBM|Oracle|Samsung|Sony|Toyota|Honda|Volkswagen;VW|BMW|Daimler|Mercedes-Benz|General Motors;GM|Ford|Boeing|' +
  'Airbus|Lockheed Martin|Raytheon|Huawei|ZTE|Alibaba|Tencent|Baidu|Xiaomi|Hikvision|Dahua|SMIC|TSMC|Gazprom|Rosneft|Lukoil|' +
  'Sberbank|Aeroflot|Shell;Royal Dutch Shell|BP|Exxon;ExxonMobil;Exxon Mobil|Chevron|Saudi Aramco;Aramco|Goldman Sachs|' +
  'JPMorgan;JPMorgan Chase;JP Morgan|Morgan Stanley|Citigroup;Citi|Bank of America|Wells Fargo|HSBC|Barclays|Deutsche Bank|' +
  "UBS|Credit Suisse|BlackRock|Visa|Mastercard|PayPal|Uber|Lyft|Airbnb|Netflix|Disney;Walt Disney|Walmart|Starbucks|McDonald's|" +
  'Coca-Cola|PepsiCo;Pepsi|Pfizer|Moderna|Johnson & Johnson|AstraZeneca|Novartis|Roche|Bayer|Siemens|Nokia|Ericsson|Philips|' +
  'Unilever|Nestle;Nestlé|Glencore|Rio Tinto|BHP|Vale|ArcelorMittal|Tata|Reliance|Infosys|Wipro|Nissan|Hyundai|Kia|LG|' +
  'Panasonic|Toshiba|Hitachi|Mitsubishi|Fiat|Renault|Peugeot|Volvo|Ikea|H&M|Zara|Inditex|Wikipedia|Wikileaks;WikiLeaks|' +
  'Anonymous|Telegram|Signal|Reddit|YouTube|LinkedIn|Snapchat|Spotify|Zoom|Salesforce|Adobe|Cisco|Qualcomm|AMD|Arm|Dell|HP|' +
  'Lenovo|Foxconn|Wagner;Wagner Group|Hezbollah|Houthis;Houthi|Kataib Hezbollah|Muslim Brotherhood|Boko Haram|al-Shabaab;Al-Shabaab|' +
  'PKK|Kurdistan Workers Party|YPG|Mossad|MI5|MI6|GCHQ|FSB|KGB|GRU|SVR|Stasi|Scotland Yard|Met Police;Metropolitan Police|' +
  'Harvard;Harvard University|Yale;Yale University|Stanford;Stanford University|MIT;Massachusetts Institute of Technology|' +
  'Oxford University;University of Oxford|Cambridge University;University of Cambridge|Princeton;Princeton University|' +
  'Columbia University|Georgetown;Georgetown University|Brookings;Brookings Institution|RAND;Rand Corporation|' +
  'Council on Foreign Relations|Carnegie Endowment for International Peace|Chatham House|Atlantic Council|' +
  'Center for Strategic and International Studies;CSIS|Heritage Foundation|Cato Institute|C4ADS|' +
  'FIFA|UEFA|IOC;International Olympic Committee|NBA|NFL|NHL|MLB|NCAA|ATP|WTA|ICC';

/** Places the country/city lists miss, or name differently: canonical;aliases. */
export const PLACES =
  'United States;U.S.;US;U.S.A.;USA;America;United States of America|United Kingdom;U.K.;UK;Britain;Great Britain|' +
  "United Arab Emirates;UAE;U.A.E.|Soviet Union;USSR|Russia;Russian Federation|China;People's Republic of China;PRC;Mainland China|" +
  "Taiwan;Republic of China|North Korea;DPRK|South Korea;Korea|Czech Republic;Czechia|Ivory Coast;Cote d'Ivoire;Côte d'Ivoire|" +
  'Myanmar;Burma|Netherlands;Holland|Vatican;Vatican City;Holy See|Gaza;Gaza Strip|West Bank|East Jerusalem|Kashmir|Crimea|' +
  'Donbas;Donbass|Donetsk|Luhansk|Kherson|Zaporizhzhia|Chechnya|Dagestan|Siberia|Tibet|Xinjiang|Hong Kong|Macau;Macao|' +
  'Kurdistan|Darfur|Balkans|Caucasus|Middle East|Far East|Near East|Persian Gulf;Gulf|Latin America|South America|North America|' +
  'Central America|Central Asia|Southeast Asia;South East Asia|East Asia|South Asia|Asia|Asia-Pacific;Asia Pacific|Europe|' +
  'Eastern Europe|Western Europe|Central Europe|Africa|North Africa|West Africa|East Africa|Sub-Saharan Africa|Southern Africa|' +
  'Horn of Africa|Sahel|Maghreb|Scandinavia|Arctic|Antarctica;Antarctic|Pacific;Pacific Ocean|Atlantic;Atlantic Ocean|' +
  'Indian Ocean|Mediterranean;Mediterranean Sea|Black Sea|Baltic;Baltic Sea|Red Sea|Caspian;Caspian Sea|North Sea|' +
  'South China Sea|East China Sea|Sea of Japan|Strait of Hormuz|Taiwan Strait|Suez Canal;Suez|Panama Canal|Himalayas|Alps|' +
  'Sahara|Amazon River|Nile|Yangtze|Danube|Rhine|Mekong|Euphrates|Tigris|Golan Heights;Golan|Sinai|Negev|Ulster|' +
  'Northern Ireland|Scotland|England|Wales|Silicon Valley|Wall Street|Capitol Hill|Manhattan|Brooklyn|Queens|Bronx|' +
  'Staten Island|Long Island|Washington;Washington D.C.;Washington, D.C.;Washington DC|New York;New York City;NYC|' +
  'Los Angeles;L.A.|San Francisco|Kyiv;Kiev|Beijing;Peking|Mumbai;Bombay|Kolkata;Calcutta|Chennai;Madras|' +
  'Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland|' +
  'New South Wales|Victoria|Queensland|Tasmania|Western Australia|South Australia|Bavaria|Saxony|Catalonia|Andalusia|' +
  'Basque Country|Lombardy|Tuscany|Sicily|Sardinia|Corsica|Brittany|Normandy|Provence|Flanders|Wallonia|' +
  'Punjab|Kerala|Bengal;West Bengal|Gujarat|Maharashtra|Bihar|Uttar Pradesh|Tamil Nadu|Karnataka|Rajasthan|Assam|' +
  'Guangdong|Fujian|Sichuan|Hubei|Hunan|Henan|Yunnan|Zhejiang|Jiangsu|Shandong|Inner Mongolia|Manchuria|' +
  'Kosovo|Bosnia;Bosnia-Herzegovina;Bosnia and Herzegovina|Herzegovina|Transnistria|Abkhazia|South Ossetia|Nagorno-Karabakh;Karabakh|' +
  'Kurdistan Region|Anbar|Idlib|Aleppo|Homs|Raqqa|Mosul|Kirkuk|Basra|Fallujah|Benghazi|Tripoli|Mogadishu|Gaza City|' +
  'Ramallah|Hebron|Nablus|Rafah|Khan Younis|Jenin|Bakhmut|Avdiivka|Mariupol|Kharkiv;Kharkov|Odesa;Odessa|Lviv|Dnipro|Sevastopol|' +
  'Mariinka|Belgorod|Kursk|Bryansk|Transcaucasia|Baltics|Benelux|Borneo|Java|Sumatra|Bali|Mindanao|Luzon|Okinawa|Hokkaido|' +
  'Greenland|Iceland|Hawaii|Alaska|Puerto Rico|Guam|Bermuda|Caribbean|Gibraltar|Falklands;Falkland Islands|Faroe Islands|' +
  'Midwest|Deep South|New England|Appalachia|Pacific Northwest|Rust Belt|Sun Belt|Bay Area|Westminster|Brussels|Davos|Geneva|' +
  'Grozny|The Hague;Hague|Earth|Ala.;Alabama|Ariz.;Arizona|Ark.;Arkansas|Calif.;California|Colo.;Colorado|Conn.;Connecticut|' +
  'Del.;Delaware|Fla.;Florida|Ga.;Georgia|Ill.;Illinois|Ind.;Indiana|Kan.;Kansas|Ky.;Kentucky|La.;Louisiana|Md.;Maryland|' +
  'Mass.;Massachusetts|Mich.;Michigan|Minn.;Minnesota|Miss.;Mississippi|Mo.;Missouri|Mont.;Montana|Neb.;Nebraska|Nev.;Nevada|' +
  'N.H.;New Hampshire|N.J.;New Jersey|N.M.;New Mexico|N.Y.;New York|N.C.;North Carolina|N.D.;North Dakota|Okla.;Oklahoma|' +
  'Ore.;Oregon|Pa.;Pennsylvania|R.I.;Rhode Island|S.C.;South Carolina|S.D.;South Dakota|Tenn.;Tennessee|Tex.;Texas|Vt.;Vermont|' +
  'Va.;Virginia|Wash.;Washington|W.Va.;West Virginia|Wis.;Wisconsin|Wyo.;Wyoming';

/** Lower-case forms of place-like words that head a name ("Yangtze River", "Hubei Province"). */
export const PLACE_HEADS =
  'river|sea|ocean|lake|lakes|mountain|mountains|mount|island|islands|isles|peninsula|bay|gulf|strait|straits|valley|desert|' +
  'province|region|county|district|prefecture|oblast|canton|state|territory|coast|plateau|basin|heights|hills|highlands|' +
  'beach|harbour|harbor|canal|channel|street|avenue|boulevard|road|square|park|forest|glacier|delta|falls|reef|archipelago|' +
  'stadium|stadion|arena|oval|bridge|circuit|velodrome|racecourse|speedway|raceway|airfield';

/** Words that start a place name ("Mount Everest", "Lake Geneva", "Fort Worth"). */
export const PLACE_PREFIXES =
  'mount|mt.|lake|fort|cape|port|saint|st.|san|santa|sao|são|los|las|el|new|north|south|east|west';

/** Lower-case heads that make a capitalised phrase an organisation ("Wuhan Tongsheng Technology"). */
export const ORG_HEADS =
  'inc|inc.|corp|corp.|corporation|co|co.|company|companies|ltd|ltd.|llc|plc|ag|sa|s.a.|nv|gmbh|bv|spa|ab|oyj|asa|lp|llp|' +
  'group|holding|holdings|bank|banks|bancorp|party|ministry|department|council|commission|committee|agency|association|' +
  'union|federation|confederation|institute|institution|university|college|school|academy|foundation|fund|court|tribunal|' +
  'parliament|assembly|congress|senate|army|navy|forces|force|police|guard|guards|militia|brigade|brigades|battalion|' +
  'club|fc|united|rovers|athletic|athletico|wanderers|albion|hotspur|town|county fc|rangers|celtic|' +
  'airlines|airline|airways|motors|motor|technology|technologies|tech|systems|industries|industry|communications|telecom|' +
  'telecommunications|energy|oil|petroleum|gas|pharmaceuticals|pharma|electric|electronics|exchange|reserve|board|' +
  'authority|office|service|services|organization|organisation|network|networks|church|front|movement|league|alliance|' +
  'coalition|team|studios|records|media|capital|partners|securities|investments|investment|trust|insurance|steel|mining|' +
  'resources|chemicals|chemical|labs|laboratories|laboratory|hospital|clinic|museum|library|bureau|administration|' +
  'commission|cabinet|government|secretariat|directorate|inspectorate|regiment|corps|command|fleet|society|centre|center|' +
  'caucus|watch|initiative|project|program|programme|consortium|cooperative|co-operative|syndicate|ventures|enterprises|' +
  'solutions|software|labs|robotics|aerospace|defence|defense|logistics|shipping|lines|railways|railway|rail|airport|' +
  'port authority|sensors|sensor|semiconductor|semiconductors|microelectronics|instruments|devices|manufacturing|' +
  'brothers|bros|bros.|sons|associates|agencies|times|post|journal|herald|tribune|gazette|telegraph|news|daily|radio|' +
  'banco|banca|banque|entertainment|pictures|cinemas|foods|brewery|brewing|stores|airport|hotels|resorts|' +
  'television|tv|broadcasting|press|review|magazine|weekly|chronicle|observer|standard|express|mirror|examiner|inquirer';

/** Heads that make an organisation a news outlet ("Kyiv Post", "Daily Telegraph"). */
export const OUTLET_HEADS =
  'times|post|journal|herald|tribune|gazette|telegraph|news|radio|television|tv|broadcasting|press|magazine|weekly|' +
  'chronicle|observer|examiner|inquirer|newspaper|zeitung';

/** Heads of "X of Y" organisation names ("Bank of England", "University of Texas", "Ministry of Defence"). */
export const OF_HEADS =
  'bank|university|ministry|department|institute|church|council|court|board|chamber|academy|college|school|museum|office|' +
  'federation|association|union|league|commission|committee|organization|organisation|house|party|society|order|army|' +
  'federal reserve bank|people|republic|kingdom|state|states|gulf|bay|sea|isle|island|islands|strait|straits|lake|cape|' +
  'city|port|province|district|county|sultanate|emirate|principality|duchy|commonwealth|center|centre|corps|guard|' +
  'fund|foundation|trust|agency|bureau|secretary|banco|banca|banque|caisse|instituto|ministerio|partido|forum';

/** Words that make a capitalised phrase something we do not output (events, laws, prizes: CoNLL's MISC). */
export const MISC_HEADS =
  'cup|championship|championships|games|olympics|olympiad|prix|award|awards|prize|trophy|series|tour|marathon|' +
  'festival|treaty|accord|accords|agreement|act|bill|doctrine|war|revolution|crisis|index|indices|bowl|classic|stakes|open|' +
  'day|week|year|summit|conference|plan|initiative|protocol|declaration|convention|charter|constitution|amendment|' +
  'code|law|era|dynasty|empire';

/** Honorifics and titles that come before a person's name and are not part of it. */
export const TITLES =
  'mr|mr.|mrs|mrs.|ms|ms.|miss|dr|dr.|prof|prof.|professor|sir|dame|lord|lady|rev|rev.|reverend|father|sister|brother|' +
  'president|vice-president|chancellor|premier|minister|secretary|senator|sen.|sen|rep.|rep|representative|congressman|' +
  'congresswoman|governor|gov.|gov|mayor|ambassador|envoy|commissioner|spokesman|spokeswoman|spokesperson|speaker|' +
  'king|queen|prince|princess|emperor|empress|pope|cardinal|archbishop|bishop|ayatollah|sheikh|sheik|emir|sultan|imam|rabbi|' +
  'general|gen.|gen|colonel|col.|col|lieutenant|lt.|lt|major|maj.|maj|captain|capt.|capt|admiral|adm.|adm|sergeant|sgt.|sgt|' +
  'corporal|cpl.|private|pvt.|marshal|commander|cmdr.|brig.|brigadier|judge|justice|magistrate|prosecutor|attorney|' +
  'chairman|chairwoman|chair|chief|ceo|cfo|coo|cto|director|executive|founder|co-founder|head|leader|boss|manager|coach|' +
  'striker|midfielder|defender|goalkeeper|captain|skipper|president-elect|chief executive|officer|deputy|detective|' +
  'inspector|constable|superintendent|sheriff|agent|analyst|economist|strategist|professor|researcher|lawyer|diplomat|' +
  'negotiator|correspondent|reporter|editor|columnist|writer|photographer|producer|author|novelist|artist|singer|actor|actress|' +
  'historian|scientist|physicist|economist|adviser|advisor|aide|chancellor-elect|councillor|councilman|' +
  'councilwoman|alderman|delegate|mp|mep|legislator|lawmaker|activist|dissident|opposition leader|comrade|saint|st.|' +
  'tsar|czar|shah|crown prince|baron|baroness|count|countess|duke|duchess|earl|marquis|viscount|mrs|messrs|messrs.|mme|mlle|herr|frau';

/** Words that qualify a title ("Treasury Secretary", "Deputy Prime Minister", "Foreign Minister"). */
export const TITLE_QUALIFIERS =
  'vice|deputy|acting|interim|former|ex|prime|foreign|defence|defense|finance|interior|home|justice|trade|treasury|energy|' +
  'health|education|economy|economic|agriculture|transport|transportation|environment|culture|labor|labour|commerce|' +
  'state|first|chief|senior|junior|assistant|associate|general|executive|managing|attorney|secretary|under|undersecretary|' +
  'permanent|principal|supreme|grand|high|lord|crown|shadow|parliamentary|national|security|intelligence|press|' +
  'information|communications|budget|fisheries|immigration|housing|development|science|technology|sports|tourism|' +
  'industry|oil|mines|water|emergency|emergencies|veterans|army|navy|air|force|military|police|public|foreign affairs|' +
  'federal|district|circuit|appeals|white|house|senate|majority|minority|party|opposition|regional|provincial|' +
  'city|county|team|club|head|co|world|olympic|reigning|defending|new|outgoing|incoming|then|late';

/** Nationalities, religions and other group adjectives the country list misses (CoNLL calls them MISC). */
export const DEMONYMS_EXTRA =
  'European|Asian|African|Arab|Arabic|Western|Eastern|Northern|Southern|Latin|Muslim|Moslem|Christian|Islamic|Islamist|' +
  "Jewish|Jew|Catholic|Protestant|Orthodox|Sunni|Shi'ite|Shiite|Shia|Kurdish|Kurd|Palestinian|Basque|Catalan|Tamil|Sikh|" +
  'Hindu|Buddhist|Hutu|Tutsi|Chechen|Serb|Serbian|Croat|Croatian|Bosnian|Kosovar|Albanian|Tibetan|Uighur|Uyghur|Zionist|' +
  'Soviet|Nazi|Communist|Socialist|Marxist|Democrat|Republican|Conservative|Liberal|Labourite|Tory|Scottish|Scot|Welsh|' +
  'English|Irish|British|Briton|Britons|American|Yankee|Latino|Hispanic|Pashtun|Baloch|Sindhi|Punjabi|Bengali|Gujarati|' +
  'Mandarin|Cantonese|Han|Persian|Turkic|Slavic|Anglo|Francophone|Anglophone|Nordic|Scandinavian|Baltic|Caucasian|' +
  'Mediterranean|Pacific|Atlantic|Caribbean|Balkan|Gulf|Middle Eastern|Sub-Saharan|Aboriginal|Maori|Inuit|Cossack|' +
  'Yazidi|Alawite|Druze|Copt|Coptic|Maronite|Evangelical|Methodist|Baptist|Anglican|Lutheran|Mormon|Pentecostal|Quaker|' +
  'Amish|Bolshevik|Kremlinologist|Euro|Olympian|Afrikaner|Boer|Zulu|Xhosa|Yoruba|Igbo|Hausa|Amhara|Oromo|Tigrayan|Somali|' +
  'Rohingya|Karen|Kachin|Shan|Uzbek|Tajik|Turkmen|Kazakh|Kyrgyz|Azeri|Tatar|Bashkir|Ossetian|Abkhaz|Ingush|Avar|' +
  'Korean|Saudi|Spaniard|Dane|Swede|Finn|Pole|Turk|Kiwi|Dutchman|Frenchman|Englishman|Scotsman|Welshman|Irishman|Aussie|' +
  'Brit|Argentinian|Filipina|Afghani';

/** Group adjectives that begin organisation names ("Christian Democratic Union", "Islamic Revolutionary Guard
 * Corps", "African National Congress"), unlike a country's adjective before a generic body ("Russian Foreign Ministry"). */
export const NAME_OPENING_ADJECTIVES =
  'Christian|Islamic|Jewish|Catholic|Protestant|Orthodox|Muslim|Moslem|Arab|European|African|Asian|Pacific|Atlantic|Baltic|' +
  'Nordic|Latin|Socialist|Communist|Democratic|Republican|Liberal|Conservative|Islamist|Evangelical|Methodist|Baptist|' +
  'Anglican|Lutheran|Coptic|Palestinian|Kurdish|Hindu|Buddhist|Sikh|Zionist|Caribbean|Mediterranean|Gulf|Scottish|Welsh';

/** Words that open the name of a storm ("Hurricane Katrina", "Storm Ciaran"): CoNLL's MISC. */
export const MISC_OPENERS = 'storm|hurricane|typhoon|cyclone|tropical|operation';

/** Lower-case words after a name that make it a market index or product, not a company ("the Nikkei average"). */
export const MISC_NOUNS =
  'index|average|indices|futures|sedan|sedans|smartphone|smartphones|browser|rifle|rifles|missile|missiles';

/** Months, weekdays and holidays: capitalised, never entities. */
export const CALENDAR =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|' +
  'sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|' +
  'sat|sun|christmas|easter|ramadan|eid|hanukkah|diwali|passover|thanksgiving|halloween|lent|new year|yom kippur|ad|bc|' +
  'gmt|utc|est|edt|pst|pdt|cet|bst|am|pm|a.m.|p.m.';

/** Capitalised words that are not names even mid-sentence ("the Internet", "God"), or are titles alone. */
export const NOT_NAMES =
  'i|internet|web|god|lord|allah|government|administration|state|states|president|premier|minister|prime|secretary|' +
  'official|officials|mr|mrs|ms|dr|sir|madam|north|south|east|west|northern|southern|eastern|western|central|' +
  'chapter|section|article|page|figure|table|photo|video|image|graphic|reporting|editing|additional|related|read|more|' +
  'advertisement|subscribe|share|comment|comments|updated|posted|published|copyright|all|rights|reserved|ok|tv|pc|ceo|' +
  'cfo|gdp|covid|covid-19|sars|hiv|aids|ai|ipo|faq|pdf|url|html|usb|dna|lol|omg|vs|vs.|etc|et|al|ie|eg|no|nos|st|nd|rd|th|' +
  'percent|pct|bn|mln|mn|km|kg|mph|cm|mm|ft|lb|lbs|oz|gbp|usd|eur|jpy|cny|rub|chf|cad|aud|dlrs|yen|euro|euros|dollar|' +
  'dollars|pound|pounds|sterling|rouble|roubles|ruble|rubles|yuan|rupee|rupees|peso|pesos|franc|francs|marks|lira|' +
  'breaking|exclusive|update|analysis|opinion|editorial|live|watch|listen|photos|videos|news';

/** Words that, capitalised inside a run of capitals, still join the parts of one name. */
export const CONNECTORS =
  'of|for|and|&|de|du|des|do|la|le|van|von|der|den|da|di|del|della|dos|das|al|el|bin|ibn|ben|on|the|zu|ter|ten|op|af|arap';

/** Lower-case particles that may start a person's surname ("Ursula von der Leyen", "Charles de Gaulle"). */
export const NAME_PARTICLES =
  'van|von|der|den|de|du|do|da|di|del|della|dos|das|le|la|al|el|bin|ibn|ben|ter|ten|zu|op|af|arap|st.';

/** Given names the English lists miss but newswire is full of. */
export const FIRST_NAMES_EXTRA =
  'Dmitry|Dmitri|Sergei|Sergey|Vladimir|Vladislav|Vyacheslav|Yuri|Yury|Yevgeny|Evgeny|Mikhail|Nikolai|Nikolay|Alexei|Alexey|' +
  'Aleksei|Aleksandr|Andrei|Andriy|Oleksandr|Oleksiy|Volodymyr|Petro|Viktor|Igor|Ivan|Boris|Gennady|Anatoly|Grigory|Pavel|' +
  'Ramzan|Sergiy|Vitali|Vitaly|Yulia|Svetlana|Tatiana|Natalia|Olga|Irina|Elena|Yelena|Marina|Lyudmila|Valentina|Ekaterina|' +
  'Mohammed|Muhammad|Mohammad|Mohamed|Mahmoud|Ahmed|Ahmad|Ali|Hassan|Hussein|Hosni|Abdul|Abdullah|Abdel|Omar|Osama|Yasser|' +
  'Bashar|Hafez|Recep|Tayyip|Ayman|Khalid|Khaled|Saad|Saud|Salman|Faisal|Hamad|Tamim|Nouri|Haider|Moqtada|Hamid|Ismail|' +
  'Benjamin|Yitzhak|Shimon|Ehud|Ariel|Naftali|Yair|Avigdor|Moshe|Benny|Recep|Emmanuel|Jacques|Francois|François|Nicolas|' +
  'Jean|Jean-Claude|Jean-Pierre|Jean-Marie|Pierre|Laurent|Olivier|Philippe|Thierry|Dominique|Marine|Ségolène|Angela|Helmut|' +
  'Gerhard|Olaf|Wolfgang|Frank-Walter|Horst|Heiko|Annalena|Ursula|Jürgen|Joschka|Hans|Klaus|Dieter|Lothar|Jens|Mark|' +
  'Silvio|Romano|Matteo|Giuseppe|Mario|Giorgia|Sergio|Giorgio|Enrico|Massimo|Pedro|Mariano|José|Jose|Juan|Carlos|Luis|' +
  'Javier|Felipe|Jair|Lula|Dilma|Andres|Andrés|Manuel|Nicolás|Hugo|Evo|Rafael|Cristina|Mauricio|Alberto|Gustavo|Xiomara|' +
  'Shinzo|Fumio|Yoshihide|Junichiro|Taro|Yoshiko|Hiroshi|Kenji|Akihito|Naruhito|Xi|Jinping|Hu|Jintao|Wen|Jiabao|Li|Keqiang|' +
  'Qiang|Wang|Yi|Zhang|Liu|Chen|Zhou|Deng|Xiaoping|Mao|Jiang|Zemin|Kim|Jong|Moon|Jae-in|Yoon|Suk|Park|Lee|Narendra|Rahul|' +
  'Sonia|Manmohan|Atal|Amit|Arvind|Imran|Nawaz|Shehbaz|Benazir|Pervez|Asif|Recep|Ilham|Nikol|Alexander|Lukashenko|Aleksandar|' +
  'Slobodan|Zoran|Vojislav|Radovan|Ratko|Alija|Franjo|Milorad|Viktor|Andrzej|Donald|Lech|Jaroslaw|Mateusz|Vaclav|Václav|' +
  'Milos|Miloš|Robert|Zuzana|Kersti|Alar|Gitanas|Egils|Krisjanis|Sauli|Sanna|Jens|Magdalena|Mette|Erna|Jonas|Stefan|Kyriakos|' +
  'Alexis|Recep|Ekrem|Kemal|Nelson|Thabo|Jacob|Cyril|Robert|Emmerson|Uhuru|William|Paul|Yoweri|Abiy|Muhammadu|Bola|Goodluck|' +
  'Olusegun|Ellen|George|Kofi|Ban|Antonio|António|Boutros|Javier|Jens|Josep|Ursula|Charles|Emmanuel|Volodymyr|Ksenia|Anwar|' +
  'Mahathir|Najib|Joko|Prabowo|Rodrigo|Ferdinand|Bongbong|Thaksin|Yingluck|Prayuth|Hun|Sen|Aung|San|Suu|Kyi|Min|Aung|Hlaing|' +
  'Narges|Hassan|Ebrahim|Masoud|Mahmoud|Ali|Akbar|Javad|Hossein|Ruhollah|Qassem|Esmail|Abbas|Nasrallah|Yahya|Ismail';

/** Endings that mark a word as a surname (Slavic, Balkan, Baltic…) or a place. */
export const PERSON_SUFFIXES =
  'ov|ova|ev|eva|ski|sky|skiy|skaya|vic|vich|ić|enko|chuk|yuk|uk|shvili|dze|yan|ian|oglu|oğlu|escu|opoulos|akis';
export const PLACE_SUFFIXES = 'stan|burg|bourg|grad|ville|abad|pur|polis|shire|ford|chester';

/** Short words the frequency list leaves out; capitalised at a sentence start they are never names. */
export const FUNCTION_WORDS =
  'a|an|the|i|me|my|we|us|our|you|your|he|him|his|she|her|it|its|they|them|their|this|that|these|those|who|whom|whose|' +
  'which|what|when|where|why|how|if|so|as|at|by|in|on|of|to|up|or|no|not|nor|but|and|yet|is|am|are|was|were|be|been|do|' +
  'does|did|has|have|had|can|could|may|might|must|shall|should|will|would|all|any|both|each|few|more|most|other|some|such|' +
  'only|own|same|than|too|very|just|also|now|then|there|here|after|before|since|until|while|because|though|although|' +
  'unless|whether|however|meanwhile|moreover|furthermore|nevertheless|nonetheless|instead|still|already|even|ever|never|' +
  'once|twice|again|about|above|across|against|along|amid|among|around|behind|below|beneath|beside|besides|between|' +
  'beyond|despite|down|during|except|for|from|inside|into|like|near|off|onto|out|outside|over|past|per|through|' +
  'throughout|toward|towards|under|underneath|unlike|upon|via|with|within|without|yes|oh|ok|okay|mr|mrs|ms|dr|' +
  'many|much|several|one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|last|next|new|old|another';

/** Last words that make a name the person's group, not an organisation: "the Biden Administration". */
export const PERSON_GROUP_HEADS =
  'administration|government|campaign|presidency|era|camp|regime|cabinet|team|family|clan|years';

/** Lower-case words right after a name that say what it is: "the Guaiba river", "her National Rally party". */
export const PLACE_NOUNS =
  'river|region|province|district|county|state|valley|mountains|island|islands|lake|sea|bay|city|town|village|border|' +
  'coast|peninsula|desert|area|territory|enclave|prefecture|oblast|municipality|capital|port|airport|neighbourhood|neighborhood|' +
  'government|authorities|residents|governor|mayor';
export const ORG_NOUNS =
  'party|company|group|firm|bank|agency|ministry|department|militia|movement|alliance|coalition|network|organisation|' +
  'organization|union|club|team|airline|carrier|operator|conglomerate|automaker|carmaker|insurer|lender|retailer|manufacturer|' +
  'maker|giant|subsidiary|unit|newspaper|daily|broadcaster|magazine|news agency|council|committee|institute|' +
  "university|foundation|charity|group's";
/** Words before "of" that make the following name a place: "the town of Ngozi", "the capital of Kyzyl". */
export const PLACE_OF_NOUNS =
  'town|village|city|region|province|state|capital|port|suburb|district|outskirts|island|republic|county|municipality|area|' +
  'towns|villages|cities|regions|provinces|states|suburbs|districts|islands|areas|residents|inhabitants|people|streets|' +
  'neighbourhood|neighborhood|streets|centre|center|heart|north|south|east|west|northeast|northwest|southeast|southwest';

/** People whose surname alone names them in world news, "Canonical Name" (the surname is the last word). */
export const FAMOUS_PEOPLE =
  'Vladimir Putin|Xi Jinping|Joe Biden|Donald Trump|Barack Obama|Bill Clinton|Hillary Clinton|George W. Bush|George H.W. Bush|' +
  'Boris Yeltsin|Mikhail Gorbachev|Dmitry Medvedev|Sergei Lavrov|Volodymyr Zelenskyy;Zelensky;Zelenskiy|Benjamin Netanyahu|' +
  'Angela Merkel|Olaf Scholz|Helmut Kohl|Emmanuel Macron|Jacques Chirac|Nicolas Sarkozy|Francois Hollande|Tony Blair|' +
  'Gordon Brown|David Cameron|Theresa May|Boris Johnson|Rishi Sunak|Keir Starmer|Margaret Thatcher|John Major|' +
  'Recep Tayyip Erdogan|Narendra Modi|Shinzo Abe|Kim Jong Un;Kim Jong-un|Kim Jong Il|Yasser Arafat|Mahmoud Abbas|' +
  'Saddam Hussein|Bashar al-Assad;Assad|Hafez al-Assad|Muammar Gaddafi;Gaddafi;Qaddafi|Hosni Mubarak|Nelson Mandela|' +
  'Fidel Castro|Hugo Chavez|Nicolas Maduro|Jair Bolsonaro|Luiz Inacio Lula da Silva;Lula|Deng Xiaoping|Mao Zedong|' +
  'Jiang Zemin|Hu Jintao|Li Keqiang|Kofi Annan|Ban Ki-moon|Antonio Guterres|Pope Francis|Ali Khamenei;Khamenei|' +
  'Hassan Rouhani;Rouhani|Ebrahim Raisi;Raisi|Ayatollah Khomeini;Khomeini|Osama bin Laden;bin Laden|Alexander Lukashenko;Lukashenko|' +
  'Viktor Orban;Orban|Mohammed bin Salman|Kamala Harris|Mike Pence|Nancy Pelosi|Mitch McConnell|Chuck Schumer|' +
  'Janet Yellen|Jerome Powell|Alan Greenspan|Ben Bernanke|Antony Blinken|Mike Pompeo|Elon Musk|Jeff Bezos|Bill Gates|' +
  'Mark Zuckerberg|Warren Buffett|Rupert Murdoch|Justin Trudeau|Jacinda Ardern|Scott Morrison|Anthony Albanese|' +
  'Yevgeny Prigozhin;Prigozhin|Alexei Navalny;Navalny|Ramzan Kadyrov;Kadyrov|Dmitry Peskov|Sergei Shoigu;Shoigu|' +
  'Javier Milei|Giorgia Meloni|Silvio Berlusconi|Pedro Sanchez|Ursula von der Leyen|Jens Stoltenberg|Mark Rutte|' +
  'Bob Dole|Newt Gingrich|Al Gore|Ross Perot|Yitzhak Rabin|Shimon Peres|Ariel Sharon|Ehud Barak|Slobodan Milosevic|' +
  'Radovan Karadzic|Ratko Mladic|Alija Izetbegovic|Franjo Tudjman|Alexander Lebed|Gennady Zyuganov|Viktor Chernomyrdin|' +
  'Boutros Boutros-Ghali|Helmut Schmidt|Lech Walesa|Vaclav Havel|Benazir Bhutto|Nawaz Sharif|Imran Khan|Pervez Musharraf|' +
  'Aung San Suu Kyi|Suharto|Ferdinand Marcos|Rodrigo Duterte|Mahathir Mohamad|Lee Kuan Yew|Robert Mugabe|Jacob Zuma|' +
  'Cyril Ramaphosa|Paul Kagame|Abiy Ahmed|Recep Erdogan;Erdogan|Taylor Swift|Michael Jordan|Tiger Woods|Roger Federer|' +
  'Rafael Nadal|Novak Djokovic|Serena Williams|Pete Sampras|Andre Agassi|Steffi Graf|Lionel Messi|Cristiano Ronaldo|' +
  'Diego Maradona|Pele|Martin Luther King|Winston Churchill|Charles de Gaulle|Franklin Roosevelt|Ronald Reagan|' +
  'Richard Nixon|Jimmy Carter|John F. Kennedy;JFK|Abraham Lincoln|Adolf Hitler|Joseph Stalin|Vladimir Lenin;Lenin';
