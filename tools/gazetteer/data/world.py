# Hand-written gazetteer data: world figures.  Format: see ../README.md.
# Office-holders as of 2025-06-30.
DATA = r"""
# ---- United States
p | Donald Trump | President of the United States | Trump; Donald J. Trump; Donald John Trump
p | JD Vance | Vice President of the United States | J.D. Vance; Vance; James David Vance
p | Marco Rubio | US Secretary of State and National Security Adviser | Rubio
p | Pete Hegseth | US Secretary of Defense | Hegseth
p | Scott Bessent | US Treasury Secretary | Bessent
p | Steve Witkoff | US Special Envoy to the Middle East | Witkoff; Steven Witkoff
p | Keith Kellogg | US Special Envoy for Ukraine | | Kellogg | Ukraine; Trump; envoy; Russia
p | Massad Boulos | US Senior Adviser on Africa | Boulos
p | Tulsi Gabbard | US Director of National Intelligence | Gabbard
p | Kash Patel | Director of the FBI | Kashyap Patel
p | Pam Bondi | US Attorney General | Bondi
p | Kristi Noem | US Secretary of Homeland Security | Noem
p | Howard Lutnick | US Secretary of Commerce | Lutnick
p | Jamieson Greer | US Trade Representative | Greer
p | Karoline Leavitt | White House Press Secretary | Leavitt
p | Susie Wiles | White House Chief of Staff | Wiles
p | Stephen Miller | White House Deputy Chief of Staff | | Miller | White House; Trump; immigration
p | Mike Waltz | US nominee for UN ambassador; ex-security adviser | Michael Waltz; Waltz
p | John Ratcliffe | Director of the CIA | Ratcliffe
p | Robert F. Kennedy Jr. | US Secretary of Health and Human Services | RFK Jr.; RFK Jr; Robert F Kennedy Jr
p | Dan Caine | Chairman of the US Joint Chiefs of Staff | | Caine | Pentagon; Joint Chiefs; Hegseth
p | Tom Barrack | US Ambassador to Turkey and Syria envoy | Thomas Barrack; Barrack
p | Mike Huckabee | US Ambassador to Israel | Huckabee
p | Chris Wright | US Secretary of Energy | 
p | Doug Burgum | US Secretary of the Interior | Burgum
p | Lee Zeldin | Administrator of the US EPA | Zeldin
p | Russell Vought | Director of the US Office of Management and Budget | Russ Vought; Vought
p | Jerome Powell | Chair of the US Federal Reserve | | Powell | Fed; Federal Reserve; interest rates
p | Elon Musk | CEO of Tesla and SpaceX; owner of X | Musk
p | Mike Johnson | Speaker of the US House of Representatives | | Johnson | Speaker; House; Republicans; Congress
p | John Thune | US Senate Majority Leader | Thune
p | Chuck Schumer | US Senate Minority Leader | Schumer
p | Hakeem Jeffries | US House Minority Leader | Jeffries
p | Bernie Sanders | US senator from Vermont | 
p | Alexandria Ocasio-Cortez | US representative from New York | Ocasio-Cortez; AOC
p | Lindsey Graham | US senator from South Carolina | 
p | Joe Biden | Former President of the United States | Biden; Joseph Biden; Joseph R. Biden
p | Kamala Harris | Former Vice President of the United States | | Harris | Biden; Democrat; Democrats; vice president
p | Barack Obama | Former President of the United States | Obama
p | Hillary Clinton | Former US Secretary of State | Hillary Rodham Clinton | Clinton; Hillary | Obama; State Department; Democrat
p | Bill Clinton | Former President of the United States | | Clinton | White House; Democrat
p | George W. Bush | Former President of the United States | George W Bush | Bush | Iraq; Texas; Republican
p | Antony Blinken | Former US Secretary of State | Blinken
p | Gavin Newsom | Governor of California | Newsom
p | Ron DeSantis | Governor of Florida | DeSantis
p | Greg Abbott | Governor of Texas | 
p | Zohran Mamdani | Democratic nominee for New York City mayor | Mamdani
p | Eric Adams | Mayor of New York City | 
p | Mark Zuckerberg | CEO of Meta | Zuckerberg
p | Sam Altman | CEO of OpenAI | Altman
p | Jeff Bezos | Founder of Amazon | Bezos
p | Bill Gates | Co-founder of Microsoft; philanthropist | 
p | Tim Cook | CEO of Apple | 
p | Sundar Pichai | CEO of Alphabet and Google | Pichai
p | Satya Nadella | CEO of Microsoft | Nadella
p | Jensen Huang | CEO of Nvidia | 
p | Pavel Durov | Founder and CEO of Telegram | Durov
p | Warren Buffett | US investor; chairman of Berkshire Hathaway | Buffett
# ---- United Kingdom and Ireland
p | Keir Starmer | Prime Minister of the United Kingdom | Starmer; Sir Keir Starmer
p | Angela Rayner | Deputy Prime Minister of the United Kingdom | Rayner
p | Rachel Reeves | Chancellor of the Exchequer (UK) | Reeves
p | David Lammy | UK Foreign Secretary | Lammy
p | Yvette Cooper | UK Home Secretary | 
p | John Healey | UK Defence Secretary | Healey
p | Shabana Mahmood | UK Justice Secretary | 
p | Wes Streeting | UK Health Secretary | Streeting
p | Ed Miliband | UK Energy Secretary | Miliband
p | Jonathan Powell | UK National Security Adviser | 
p | Peter Mandelson | UK Ambassador to the United States | Mandelson
p | King Charles III | King of the United Kingdom | Charles III; King Charles
p | Prince William | Prince of Wales | Prince of Wales
p | Nigel Farage | Leader of Reform UK | Farage
p | Ed Davey | Leader of the Liberal Democrats (UK) | 
p | Rishi Sunak | Former Prime Minister of the United Kingdom | Sunak
p | Boris Johnson | Former Prime Minister of the United Kingdom | | Johnson | Downing Street; Brexit; Tory; Conservative
p | Theresa May | Former Prime Minister of the United Kingdom | | May | Downing Street; Brexit; Tory; Conservative
p | Tony Blair | Former Prime Minister of the United Kingdom | Blair
p | Sadiq Khan | Mayor of London | | Khan | London; mayor
p | Chi Onwurah | British MP of Nigerian heritage | Onwurah
p | Micheál Martin | Taoiseach of Ireland | Micheal Martin
# ---- Europe
p | Emmanuel Macron | President of France | Macron
p | François Bayrou | Prime Minister of France | Bayrou
p | Jean-Noël Barrot | Foreign Minister of France | Barrot
p | Sébastien Lecornu | Defence Minister of France | Lecornu
p | Bruno Retailleau | Interior Minister of France | Retailleau
p | Marine Le Pen | French far-right leader | Le Pen
p | Jordan Bardella | President of the National Rally (France) | Bardella
p | Jean-Luc Mélenchon | French left-wing leader | Mélenchon
p | Friedrich Merz | Chancellor of Germany | Merz
p | Frank-Walter Steinmeier | President of Germany | Steinmeier
p | Johann Wadephul | Foreign Minister of Germany | Wadephul
p | Boris Pistorius | Defence Minister of Germany | Pistorius
p | Lars Klingbeil | Vice-Chancellor and Finance Minister of Germany | Klingbeil
p | Olaf Scholz | Former Chancellor of Germany | Scholz
p | Angela Merkel | Former Chancellor of Germany | Merkel
p | Alice Weidel | Co-leader of the Alternative for Germany | Weidel
p | Annalena Baerbock | President-elect of the UN General Assembly | Baerbock
p | Giorgia Meloni | Prime Minister of Italy | Meloni
p | Sergio Mattarella | President of Italy | Mattarella
p | Antonio Tajani | Foreign Minister of Italy | Tajani
p | Pedro Sánchez | Prime Minister of Spain | | Sánchez; Sanchez | Spain; Madrid; Spanish
p | Felipe VI | King of Spain | King Felipe VI; King Felipe
p | Donald Tusk | Prime Minister of Poland | Tusk
p | Andrzej Duda | President of Poland | Duda
p | Karol Nawrocki | President-elect of Poland | Nawrocki
p | Radosław Sikorski | Foreign Minister of Poland | Sikorski; Radoslaw Sikorski
p | Viktor Orbán | Prime Minister of Hungary | Orbán; Viktor Orban
p | Robert Fico | Prime Minister of Slovakia | Fico
p | Dick Schoof | Prime Minister of the Netherlands | Schoof
p | Geert Wilders | Dutch far-right politician | Wilders
p | Bart De Wever | Prime Minister of Belgium | De Wever
p | Ulf Kristersson | Prime Minister of Sweden | Kristersson
p | Mette Frederiksen | Prime Minister of Denmark | Frederiksen
p | Jonas Gahr Støre | Prime Minister of Norway | Støre; Jonas Gahr Store
p | Alexander Stubb | President of Finland | Stubb
p | Kyriakos Mitsotakis | Prime Minister of Greece | Mitsotakis
p | Luís Montenegro | Prime Minister of Portugal | 
p | Aleksandar Vučić | President of Serbia | Vučić; Vucic
p | Ilham Aliyev | President of Azerbaijan | 
p | Nikol Pashinyan | Prime Minister of Armenia | Pashinyan
p | Maia Sandu | President of Moldova | Sandu
p | Alexander Lukashenko | President of Belarus | Lukashenko; Aleksandr Lukashenko
p | Sviatlana Tsikhanouskaya | Belarusian opposition leader | Tsikhanouskaya
p | Recep Tayyip Erdoğan | President of Turkey | Erdoğan; Erdogan; Tayyip Erdogan
p | Hakan Fidan | Foreign Minister of Turkey | Fidan
p | İbrahim Kalın | Head of Turkish intelligence (MIT) | Kalın; Ibrahim Kalin
p | Ekrem İmamoğlu | Jailed Mayor of Istanbul | İmamoğlu; Imamoglu
p | Özgür Özel | Leader of Turkey's CHP | Özel; Ozgur Ozel
# ---- Ukraine and Russia
p | Volodymyr Zelenskyy | President of Ukraine | Zelenskyy; Zelensky; Zelenskiy; Volodymyr Zelensky; Volodymyr Zelenskiy; Zelenski
p | Denys Shmyhal | Prime Minister of Ukraine | Shmyhal
p | Andrii Sybiha | Foreign Minister of Ukraine | Sybiha; Andriy Sybiha
p | Rustem Umerov | Defence Minister of Ukraine | Umerov
p | Andriy Yermak | Head of the Office of the President of Ukraine | Yermak; Andrii Yermak
p | Yulia Svyrydenko | First Deputy Prime Minister of Ukraine | Svyrydenko
p | Oleksandr Syrskyi | Commander-in-Chief of Ukraine's armed forces | Syrskyi; Syrsky
p | Kyrylo Budanov | Head of Ukraine's military intelligence (HUR) | Budanov
p | Valerii Zaluzhnyi | Ukrainian Ambassador to the UK | Zaluzhnyi; Zaluzhny
p | Vitali Klitschko | Mayor of Kyiv | Klitschko
p | Petro Poroshenko | Former President of Ukraine | Poroshenko
p | Vladimir Putin | President of Russia | Putin; Vladimir Vladimirovich Putin
p | Mikhail Mishustin | Prime Minister of Russia | Mishustin
p | Sergey Lavrov | Foreign Minister of Russia | Lavrov; Sergei Lavrov
p | Dmitry Peskov | Kremlin spokesman | Peskov; Dmitri Peskov
p | Vladimir Medinsky | Aide to Putin; head of Russia's Istanbul delegation | Medinsky
p | Yuri Ushakov | Foreign policy aide to Putin | Ushakov
p | Kirill Dmitriev | Head of the Russian Direct Investment Fund | Dmitriev
p | Andrei Belousov | Defence Minister of Russia | Belousov; Andrey Belousov
p | Sergei Shoigu | Secretary of Russia's Security Council | Shoigu; Sergey Shoigu
p | Valery Gerasimov | Chief of Russia's General Staff | Gerasimov
p | Dmitry Medvedev | Deputy Chairman of Russia's Security Council | Medvedev; Dmitri Medvedev
p | Maria Zakharova | Spokeswoman of Russia's Foreign Ministry | Zakharova
p | Sergei Ryabkov | Deputy Foreign Minister of Russia | Ryabkov
p | Vasily Nebenzya | Russia's Ambassador to the UN | Nebenzya
p | Alexei Navalny | Russian opposition leader (died 2024) | Navalny
p | Yulia Navalnaya | Russian opposition figure | Navalnaya
p | Ramzan Kadyrov | Head of the Chechen Republic | Kadyrov
p | Yevgeny Prigozhin | Late head of the Wagner Group | Prigozhin
# ---- Middle East
p | Benjamin Netanyahu | Prime Minister of Israel | Netanyahu; Bibi
p | Isaac Herzog | President of Israel | Herzog
p | Israel Katz | Defence Minister of Israel | 
p | Gideon Sa'ar | Foreign Minister of Israel | Saar; Gideon Saar
p | Itamar Ben-Gvir | Israel's National Security Minister | Ben-Gvir; Ben Gvir
p | Bezalel Smotrich | Finance Minister of Israel | Smotrich
p | Ron Dermer | Israel's Strategic Affairs Minister | Dermer
p | Eyal Zamir | Chief of Staff of the Israel Defense Forces | Zamir
p | Yair Lapid | Israeli opposition leader | Lapid
p | Benny Gantz | Israeli opposition politician | Gantz
p | Mahmoud Abbas | President of the Palestinian Authority | Abu Mazen
p | Mohammad Mustafa | Prime Minister of the Palestinian Authority | 
p | Hussein al-Sheikh | Vice President of the PLO and Palestine | 
p | Khalil al-Hayya | Senior Hamas leader | al-Hayya
p | Yahya Sinwar | Late Hamas leader in Gaza (killed 2024) | | Sinwar | Hamas; Gaza
p | Ismail Haniyeh | Late Hamas political leader (killed 2024) | Haniyeh
p | Naim Qassem | Secretary-General of Hezbollah | Qassem; Naim Kassem
p | Hassan Nasrallah | Late Hezbollah leader (killed 2024) | Nasrallah
p | Ali Khamenei | Supreme Leader of Iran | Khamenei; Ayatollah Khamenei; Ayatollah Ali Khamenei
p | Masoud Pezeshkian | President of Iran | Pezeshkian
p | Abbas Araghchi | Foreign Minister of Iran | Araghchi
p | Ebrahim Raisi | Late President of Iran (died 2024) | Raisi
p | Joseph Aoun | President of Lebanon | | Aoun | Lebanon; Beirut
p | Nawaf Salam | Prime Minister of Lebanon | 
p | Ahmed al-Sharaa | President of Syria | al-Sharaa; Sharaa; Abu Mohammed al-Jolani; al-Jolani; Jolani
p | Asaad al-Shaibani | Foreign Minister of Syria | al-Shaibani; Shaibani
p | Bashar al-Assad | Former President of Syria | Assad; al-Assad; Bashar Assad
p | King Salman | King of Saudi Arabia | Salman bin Abdulaziz; King Salman bin Abdulaziz
p | Mohammed bin Salman | Crown Prince and Prime Minister of Saudi Arabia | MBS; Mohammed bin Salman Al Saud
p | Faisal bin Farhan | Foreign Minister of Saudi Arabia | Prince Faisal bin Farhan
p | Mohamed bin Zayed | President of the United Arab Emirates | MBZ; Mohamed bin Zayed Al Nahyan; Mohammed bin Zayed
p | Tamim bin Hamad Al Thani | Emir of Qatar | Sheikh Tamim; Tamim bin Hamad
p | Mohammed bin Abdulrahman Al Thani | Prime Minister and Foreign Minister of Qatar | Mohammed bin Abdulrahman; Sheikh Mohammed bin Abdulrahman
p | King Abdullah II | King of Jordan | Abdullah II
p | Ayman Safadi | Foreign Minister of Jordan | Safadi
p | Mohammed Shia al-Sudani | Prime Minister of Iraq | al-Sudani; Mohammed al-Sudani
p | Haitham bin Tariq | Sultan of Oman | Sultan Haitham
p | Abdul-Malik al-Houthi | Leader of Yemen's Houthi movement | al-Houthi
p | Hibatullah Akhundzada | Supreme leader of the Taliban | Akhundzada
# ---- Asia-Pacific
p | Xi Jinping | President of China | Xi | | 
p | Li Qiang | Premier of China | 
p | Wang Yi | Foreign Minister of China | 
p | Dong Jun | Defence Minister of China | 
p | Han Zheng | Vice President of China | 
p | Mao Ning | Spokeswoman of China's Foreign Ministry | 
p | Lin Jian | Spokesman of China's Foreign Ministry | 
p | Lai Ching-te | President of Taiwan | William Lai
p | Narendra Modi | Prime Minister of India | Modi
p | Droupadi Murmu | President of India | Murmu
p | Subrahmanyam Jaishankar | External Affairs Minister of India | S. Jaishankar; Jaishankar; S Jaishankar
p | Rajnath Singh | Defence Minister of India | 
p | Amit Shah | Home Minister of India | 
p | Ajit Doval | National Security Adviser of India | Doval
p | Rahul Gandhi | Leader of the Opposition in India | 
p | Shehbaz Sharif | Prime Minister of Pakistan | Shahbaz Sharif
p | Asif Ali Zardari | President of Pakistan | Zardari
p | Asim Munir | Chief of Army Staff of Pakistan | Munir
p | Ishaq Dar | Deputy Prime Minister and Foreign Minister of Pakistan | 
p | Imran Khan | Former Prime Minister of Pakistan (jailed) | | Khan | Pakistan; PTI
p | Nawaz Sharif | Former Prime Minister of Pakistan | 
p | Muhammad Yunus | Chief Adviser of Bangladesh's interim government | Yunus
p | Sheikh Hasina | Former Prime Minister of Bangladesh | Hasina
p | Prabowo Subianto | President of Indonesia | Prabowo
p | Ferdinand Marcos Jr. | President of the Philippines | Bongbong Marcos; Marcos Jr.; Marcos
p | Rodrigo Duterte | Former President of the Philippines (ICC detainee) | Duterte
p | Anwar Ibrahim | Prime Minister of Malaysia | | Anwar | Malaysia
p | Lawrence Wong | Prime Minister of Singapore | 
p | Shigeru Ishiba | Prime Minister of Japan | Ishiba
p | Takeshi Iwaya | Foreign Minister of Japan | Iwaya
p | Lee Jae-myung | President of South Korea | Lee Jae-myung
p | Yoon Suk Yeol | Former President of South Korea | Yoon; Yoon Suk-yeol
p | Kim Jong Un | Leader of North Korea | Kim Jong-un
p | Kim Yo Jong | Senior North Korean official, sister of Kim Jong Un | Kim Yo-jong
p | Anthony Albanese | Prime Minister of Australia | Albanese
p | Penny Wong | Foreign Minister of Australia | 
p | Christopher Luxon | Prime Minister of New Zealand | Luxon
# ---- Americas
p | Mark Carney | Prime Minister of Canada | Carney
p | Anita Anand | Foreign Minister of Canada | 
p | Justin Trudeau | Former Prime Minister of Canada | Trudeau
p | Pierre Poilievre | Leader of Canada's Conservative Party | Poilievre
p | Claudia Sheinbaum | President of Mexico | Sheinbaum
p | Luiz Inácio Lula da Silva | President of Brazil | Lula; Lula da Silva
p | Jair Bolsonaro | Former President of Brazil | Bolsonaro
p | Javier Milei | President of Argentina | Milei
p | Gustavo Petro | President of Colombia | Petro
p | Nicolás Maduro | President of Venezuela | Maduro
p | María Corina Machado | Venezuelan opposition leader | Corina Machado; Machado
p | Edmundo González | Venezuelan opposition politician | Edmundo Gonzalez Urrutia
p | Miguel Díaz-Canel | President of Cuba | Díaz-Canel
p | Gabriel Boric | President of Chile | Boric
p | Dina Boluarte | President of Peru | Boluarte
p | Nayib Bukele | President of El Salvador | Bukele
p | Daniel Noboa | President of Ecuador | Noboa
p | Bernardo Arévalo | President of Guatemala | Arévalo
p | Andrew Holness | Prime Minister of Jamaica | Holness
p | Mia Mottley | Prime Minister of Barbados | Mottley
# ---- International officials
p | António Guterres | Secretary-General of the United Nations | Guterres; Antonio Guterres
p | Philemon Yang | President of the UN General Assembly | 
p | Volker Türk | UN High Commissioner for Human Rights | Volker Turk
p | Tedros Adhanom Ghebreyesus | Director-General of the WHO | Tedros; Tedros Adhanom
p | Kristalina Georgieva | Managing Director of the IMF | Georgieva
p | Ajay Banga | President of the World Bank | Banga
p | Mark Rutte | Secretary General of NATO | Rutte
p | Jens Stoltenberg | Former NATO Secretary General; Norway's finance minister | Stoltenberg
p | Ursula von der Leyen | President of the European Commission | von der Leyen; Von der Leyen
p | António Costa | President of the European Council | Antonio Costa
p | Kaja Kallas | EU High Representative for Foreign Affairs | Kallas
p | Roberta Metsola | President of the European Parliament | Metsola
p | Christine Lagarde | President of the European Central Bank | Lagarde
p | Rafael Grossi | Director General of the IAEA | Grossi
p | Filippo Grandi | UN High Commissioner for Refugees | 
p | Cindy McCain | Executive Director of the World Food Programme | | McCain | WFP; World Food Programme
p | Catherine Russell | Executive Director of UNICEF | 
p | Tom Fletcher | UN humanitarian chief (head of OCHA) | 
p | Philippe Lazzarini | Commissioner-General of UNRWA | Lazzarini
p | Francesca Albanese | UN Special Rapporteur on the Palestinian territories | 
p | Audrey Azoulay | Director-General of UNESCO | Azoulay
p | Qu Dongyu | Director-General of the FAO | 
p | Gilbert Houngbo | Director-General of the ILO | Houngbo
p | Karim Khan | ICC Prosecutor (on leave since May 2025) | Karim A. A. Khan | Khan | ICC; International Criminal Court
p | Pope Leo XIV | Head of the Catholic Church | Leo XIV; Robert Prevost; Robert Francis Prevost
p | Pope Francis | Late head of the Catholic Church (died April 2025) | Jorge Mario Bergoglio; Bergoglio
p | Haitham al-Ghais | Secretary General of OPEC | al-Ghais
p | Greta Thunberg | Swedish climate activist | Thunberg
p | Malala Yousafzai | Pakistani education activist, Nobel laureate | Malala
l | Huis ten Bosch | Royal palace in The Hague, Netherlands | | |
p | Angus King | United States senator from Maine | | |
"""
