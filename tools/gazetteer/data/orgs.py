# Hand-written gazetteer data: international organisations, governments as
# institutions, media and companies.  Format: see ../README.md.
DATA = r"""
o | United Nations | International organisation of states | UN; U.N. | |
o | UN Security Council | Principal UN organ for peace and security | UNSC; Security Council; United Nations Security Council | |
o | UN General Assembly | Main deliberative organ of the UN | UNGA; General Assembly; United Nations General Assembly | |
o | UN Human Rights Council | UN human rights body | UNHRC; Human Rights Council | |
o | UNICEF | UN children's agency | United Nations Children's Fund | |
o | World Health Organization | UN health agency | WHO; World Health Organisation | |
o | UNHCR | UN refugee agency | UN Refugee Agency; United Nations High Commissioner for Refugees | |
o | World Food Programme | UN food assistance agency | WFP; World Food Program | |
o | United Nations Development Programme | UN development agency | UNDP | |
o | UNESCO | UN educational, scientific and cultural agency | | |
o | Food and Agriculture Organization | UN food and agriculture agency | FAO | |
o | International Labour Organization | UN labour agency | ILO; International Labour Organisation | |
o | International Atomic Energy Agency | UN nuclear watchdog | IAEA | |
o | OCHA | UN humanitarian coordination office | UN Office for the Coordination of Humanitarian Affairs | |
o | UNFPA | UN population fund | United Nations Population Fund | |
o | UNAIDS | UN programme on HIV/AIDS | | |
o | UNRWA | UN agency for Palestinian refugees | | |
o | UN Women | UN entity for gender equality | | |
o | UNEP | UN Environment Programme | UN Environment Programme | |
o | International Organization for Migration | UN migration agency | IOM | |
o | Office of the UN High Commissioner for Human Rights | UN human rights office | OHCHR | |
o | International Monetary Fund | International financial institution | IMF | |
o | World Bank | International development bank | World Bank Group | |
o | World Trade Organization | Global trade body | WTO | |
o | International Criminal Court | Court in The Hague for war crimes | ICC | |
o | International Court of Justice | Principal judicial organ of the UN | ICJ; World Court | |
o | Permanent Court of Arbitration | Arbitral body in The Hague | | |
o | Interpol | International police organisation | INTERPOL | |
o | European Union | Political and economic union of European states | EU; E.U. | |
o | European Commission | Executive of the European Union | | EC | EU; European; Brussels
o | European Parliament | Legislature of the European Union | | |
o | European Council | Body of EU heads of state or government | | |
o | European Central Bank | Central bank of the eurozone | ECB | |
o | Council of Europe | European human rights organisation | | |
o | European Court of Human Rights | Court of the Council of Europe | ECHR | |
o | OSCE | Organization for Security and Co-operation in Europe | Organization for Security and Co-operation in Europe | |
o | NATO | North Atlantic military alliance | North Atlantic Treaty Organization; Nato | |
o | G7 | Group of Seven major economies | Group of Seven; G-7 | |
o | G20 | Group of Twenty major economies | Group of Twenty; G-20 | |
o | OPEC | Organization of the Petroleum Exporting Countries | Organization of the Petroleum Exporting Countries | |
o | OPEC+ | OPEC and allied oil producers | OPEC Plus | |
o | BRICS | Bloc of emerging economies | | |
o | Commonwealth of Nations | Association of mostly former British territories | Commonwealth | |
o | Arab League | League of Arab States | League of Arab States | |
o | ASEAN | Association of Southeast Asian Nations | Association of Southeast Asian Nations | |
o | Gulf Cooperation Council | Union of Gulf Arab states | GCC | |
o | Organisation of Islamic Cooperation | Intergovernmental Muslim body | OIC; Organization of Islamic Cooperation | |
o | Shanghai Cooperation Organisation | Eurasian security bloc | SCO | |
o | OECD | Organisation for Economic Co-operation and Development | Organisation for Economic Co-operation and Development | |
o | Financial Action Task Force | Global money-laundering watchdog | FATF | |
o | International Committee of the Red Cross | Humanitarian organisation | ICRC; Red Cross | |
o | Médecins Sans Frontières | Medical humanitarian organisation | MSF; Doctors Without Borders | |
o | Amnesty International | Human rights organisation | Amnesty | |
o | Human Rights Watch | Human rights organisation | HRW | |
o | Transparency International | Anti-corruption organisation | | |
o | Committee to Protect Journalists | Press freedom organisation | CPJ | |
o | Reporters Without Borders | Press freedom organisation | Reporters sans frontières | RSF | journalists; press freedom
o | Gavi | Vaccine alliance | Gavi, the Vaccine Alliance | |
o | Global Fund | Fund against AIDS, TB and malaria | | |
o | Bill & Melinda Gates Foundation | US philanthropic foundation | Gates Foundation | |
o | FIFA | World football governing body | | |
o | International Olympic Committee | Olympic movement's governing body | IOC | |
o | Catholic Church | Christian church led by the Pope | Roman Catholic Church | |
o | Holy See | Government of the Catholic Church | | |
o | Anglican Communion | Worldwide Anglican churches | | |
# ---- Governments as institutions
o | Kremlin | Office of the President of Russia | | |
o | White House | Office of the President of the United States | | |
o | Pentagon | US Department of Defense | Department of Defense; US Department of Defense; Defense Department; Department of War | |
o | US State Department | US foreign ministry | State Department; Department of State | |
o | US Treasury | US Department of the Treasury | Treasury Department | |
o | US Department of Homeland Security | US interior security department | DHS; Homeland Security | |
o | US Congress | Legislature of the United States | Congress | |
o | US Senate | Upper house of the US Congress | U.S. Senate | |
o | US House of Representatives | Lower house of the US Congress | U.S. House | |
o | Supreme Court of the United States | Highest court of the United States | US Supreme Court; U.S. Supreme Court | Supreme Court | US; Trump; justices; Washington
o | Federal Reserve | Central bank of the United States | Fed; US Federal Reserve | |
o | FBI | US Federal Bureau of Investigation | Federal Bureau of Investigation | |
o | CIA | US Central Intelligence Agency | Central Intelligence Agency | |
o | US Agency for International Development | Former US aid agency | USAID | |
o | Immigration and Customs Enforcement | US immigration enforcement agency | ICE | |
o | Department of Government Efficiency | US cost-cutting body created by Trump | DOGE | |
o | US Securities and Exchange Commission | US markets regulator | U.S. SEC | SEC | Wall Street; US; American
o | Republican Party | US political party | GOP; Republicans | |
o | Democratic Party | US political party | Democrats | |
o | Downing Street | Office of the UK Prime Minister | 10 Downing Street; Number 10 | |
o | UK Parliament | Parliament of the United Kingdom | Westminster; House of Commons | |
o | Foreign Office | UK Foreign, Commonwealth and Development Office | FCDO; Foreign, Commonwealth and Development Office | |
o | Home Office | UK interior ministry | | |
o | Bank of England | Central bank of the UK | BoE | |
o | Conservative Party (UK) | UK political party | Tories; Tory party; Conservatives | |
o | Labour Party (UK) | Governing party of the UK | UK Labour; British Labour Party | Labour Party; Labour | Starmer; UK; Britain; British
o | Reform UK | UK political party | | |
o | Liberal Democrats (UK) | UK political party | Lib Dems; Liberal Democrats | |
o | Élysée Palace | Office of the President of France | Élysée; Elysee | |
o | Quai d'Orsay | French foreign ministry | | |
o | Bundestag | Parliament of Germany | | |
o | Knesset | Parliament of Israel | | |
o | Israel Defense Forces | Israel's military | IDF | |
o | Mossad | Israel's intelligence agency | | |
o | Hamas | Palestinian Islamist group ruling Gaza | | |
o | Hezbollah | Lebanese Shia militant group and party | Hizbollah; Hizballah | |
o | Houthis | Yemen's Ansar Allah movement | Ansar Allah; Houthi | |
o | Palestinian Authority | Palestinian self-government | | PA | Palestinian; West Bank; Abbas
o | Palestine Liberation Organization | Umbrella Palestinian organisation | PLO | |
o | Fatah | Palestinian political party | | |
o | Islamic Jihad | Palestinian militant group | Palestinian Islamic Jihad; PIJ | |
o | Islamic Revolutionary Guard Corps | Branch of Iran's armed forces | IRGC; Revolutionary Guards | |
o | Islamic State | Jihadist group | ISIS; ISIL; Daesh; Islamic State group | IS | jihadist; jihadists; Syria; Iraq
o | Al-Qaeda | Jihadist network | al-Qaida; Al Qaeda | |
o | Taliban | Islamist movement ruling Afghanistan | | |
o | Hayat Tahrir al-Sham | Syrian Islamist group | HTS | |
o | Russian Armed Forces | Military of Russia | Russian army; Russian military | |
o | Armed Forces of Ukraine | Military of Ukraine | Ukrainian army; Ukrainian military; ZSU | |
o | SBU | Security Service of Ukraine | Security Service of Ukraine | |
o | FSB | Russia's Federal Security Service | Federal Security Service | |
o | Verkhovna Rada | Parliament of Ukraine | Rada | |
o | State Duma | Lower house of Russia's parliament | Duma | |
o | Gazprom | Russian state gas company | | |
o | Rosneft | Russian state oil company | | |
o | Chinese Communist Party | Ruling party of China | CCP; Communist Party of China; CPC | |
o | People's Liberation Army | Armed forces of China | PLA | |
o | Bharatiya Janata Party | Ruling party of India | BJP | |
o | Indian National Congress | Indian political party | Congress party | |
o | Pakistan Tehreek-e-Insaf | Pakistani political party | PTI | |
# ---- International media
o | BBC | British public broadcaster | British Broadcasting Corporation; BBC News | |
o | CNN | US news channel | Cable News Network | |
o | Reuters | International news agency | | |
o | Associated Press | US news agency | AP; The Associated Press | |
o | Agence France-Presse | French news agency | AFP | |
o | Al Jazeera | Qatar-based news network | Al-Jazeera; Aljazeera | |
o | The New York Times | US newspaper | New York Times; NYT | |
o | The Washington Post | US newspaper | Washington Post | |
o | The Wall Street Journal | US newspaper | Wall Street Journal; WSJ | |
o | The Guardian | British newspaper | Guardian; The Guardian UK | |
o | Financial Times | British newspaper | FT | |
o | The Economist | British weekly | | Economist | magazine; weekly
o | The Times | British newspaper | Times of London | |
o | The Telegraph | British newspaper | Daily Telegraph | |
o | Daily Mail | British newspaper | | |
o | Fox News | US news channel | Fox News Channel | Fox | television; TV; anchor
o | Bloomberg | Financial news and data company | Bloomberg News | |
o | Sky News | British news channel | | |
o | NBC News | US news organisation | | NBC | US; American; television; News
o | CBS News | US news organisation | CBS | |
o | ABC News | US news organisation | | ABC | US; American; television
o | NPR | US public radio | National Public Radio | |
o | Politico | Political news outlet | | |
o | Axios | US news website | | |
o | Deutsche Welle | German international broadcaster | DW | |
o | France 24 | French international news channel | | |
o | Radio France Internationale | French international radio | RFI | |
o | Voice of America | US international broadcaster | VOA | |
o | TASS | Russian state news agency | | |
o | RIA Novosti | Russian state news agency | | |
o | RT | Russian state broadcaster | Russia Today | |
o | Xinhua | Chinese state news agency | Xinhua News Agency | |
o | CGTN | Chinese state broadcaster | | |
o | Kyiv Independent | Ukrainian English-language news outlet | | |
o | Ukrinform | Ukrainian state news agency | | |
o | Interfax | Russian news agency | | |
o | Anadolu Agency | Turkish state news agency | Anadolu | |
o | Times of Israel | Israeli news website | | |
o | Haaretz | Israeli newspaper | | |
o | Al Arabiya | Saudi-owned news channel | | |
o | Africanews | Pan-African news channel | | |
o | Semafor | US news outlet | | |
# ---- Tech and companies
o | Meta | US technology company (Facebook, Instagram, WhatsApp) | Meta Platforms | |
o | Facebook | Social network owned by Meta | | |
o | Instagram | Photo-sharing app owned by Meta | | |
o | WhatsApp | Messaging app owned by Meta | | |
o | Telegram | Messaging app | | |
o | X (social network) | Social network formerly called Twitter | X Corp; X.com; Twitter | X | Twitter; Musk; Elon Musk
o | Google | US technology company | | |
o | Alphabet | Parent company of Google | | |
o | YouTube | Video platform owned by Google | | |
o | Apple | US technology company | Apple Inc. | |
o | Microsoft | US technology company | | |
o | Amazon | US technology and retail company | | |
o | Tesla | US electric carmaker | | |
o | SpaceX | US space company | | |
o | Starlink | SpaceX satellite internet service | | |
o | OpenAI | US artificial intelligence company | | |
o | ChatGPT | OpenAI chatbot | | |
o | Nvidia | US chipmaker | | |
o | TikTok | Video app owned by ByteDance | | |
o | ByteDance | Chinese technology company | | |
o | Huawei | Chinese technology company | | |
o | Anthropic | US artificial intelligence company | | |
o | Netflix | US streaming company | | |
o | Binance | Cryptocurrency exchange | | |
o | Visa | US payments company | Visa Inc. | |
o | Mastercard | US payments company | | |
o | Shell | British oil company | Shell plc; Royal Dutch Shell | |
o | TotalEnergies | French oil company | | Total | oil; gas; energy
o | ExxonMobil | US oil company | Exxon; Exxon Mobil | |
o | Chevron | US oil company | | |
o | Eni | Italian oil company | | |
o | BP | British oil company | | |
o | Saudi Aramco | Saudi state oil company | Aramco | |
o | Boeing | US aircraft maker | | |
o | Airbus | European aircraft maker | | |
o | Emirates (airline) | Dubai-based airline | Emirates airline; Emirates Airlines | |
o | Qatar Airways | Qatari airline | | |
o | British Airways | British airline | | |
o | Western Union | Money transfer company | | |
o | Lemfi | Diaspora remittance company | LemFi | |
"""
