# Hand-written gazetteer data: Nigeria.  Line format (see ../README.md):
#   kind | name | description | aliases | weak | context
# kind: p = person, o = org, l = place; lists are separated by ';'.
# Office-holders as of build.AS_OF (2025-06-30).
DATA = r"""
# ---- Presidency and federal executive
p | Bola Tinubu | President of Nigeria | Tinubu; Bola Ahmed Tinubu; Asiwaju Bola Ahmed Tinubu | Asiwaju; Jagaban | Nigeria; APC; Aso Rock
p | Kashim Shettima | Vice President of Nigeria | Shettima; Kashim Shettima Mustapha
p | Remi Tinubu | First Lady of Nigeria | Oluremi Tinubu
p | Seyi Tinubu | Son of President Bola Tinubu | Oluwaseyi Tinubu | |
p | George Akume | Secretary to the Government of the Federation | Akume
p | Femi Gbajabiamila | Chief of Staff to the President of Nigeria | Gbajabiamila; Gbaja
p | Nuhu Ribadu | National Security Adviser of Nigeria | Ribadu
p | Bayo Onanuga | Special Adviser to Tinubu on information | Onanuga
p | Sunday Dare | Special Adviser to Tinubu on public communication | | Dare | Tinubu; Presidency
p | Ajuri Ngelale | Former presidential spokesman of Nigeria | Ngelale
p | Hadiza Bala Usman | Special Adviser to Tinubu on policy | | | 
p | Zacch Adedeji | Chairman of the Federal Inland Revenue Service | Zacchaeus Adedeji | Adedeji | FIRS; tax
p | Taiwo Oyedele | Chair, Presidential Committee on Tax Reforms | Oyedele
# ---- Ministers (Tinubu cabinet, after the October 2024 reshuffle)
p | Wale Edun | Minister of Finance of Nigeria | Olawale Edun; Edun
p | Doris Uzoka-Anite | Minister of State for Finance of Nigeria | Uzoka-Anite
p | Atiku Bagudu | Minister of Budget and Economic Planning of Nigeria | Abubakar Atiku Bagudu; Bagudu
p | Yusuf Tuggar | Minister of Foreign Affairs of Nigeria | Yusuf Maitama Tuggar; Tuggar
p | Bianca Odumegwu-Ojukwu | Minister of State for Foreign Affairs of Nigeria | Bianca Ojukwu
p | Mohammed Badaru Abubakar | Minister of Defence of Nigeria | Badaru; Muhammad Badaru Abubakar
p | Bello Matawalle | Minister of State for Defence of Nigeria | Matawalle; Bello Mohammed Matawalle
p | Olubunmi Tunji-Ojo | Minister of Interior of Nigeria | Tunji-Ojo; Bunmi Tunji-Ojo
p | Lateef Fagbemi | Attorney General of the Federation of Nigeria | Fagbemi; Lateef Olasunkanmi Fagbemi
p | Mohammed Idris | Minister of Information of Nigeria | Mohammed Idris Malagi | Idris | information; Minister of Information
p | Dave Umahi | Minister of Works of Nigeria | David Umahi; Umahi
p | Festus Keyamo | Minister of Aviation of Nigeria | Keyamo
p | Adegboyega Oyetola | Minister of Marine and Blue Economy of Nigeria | Gboyega Oyetola; Oyetola
p | Bosun Tijani | Minister of Communications and Digital Economy | | Tijani | digital; communications; NCC
p | Tunji Alausa | Minister of Education of Nigeria | Maruf Tunji Alausa; Alausa
p | Suwaiba Said Ahmad | Minister of State for Education of Nigeria | 
p | Muhammad Ali Pate | Minister of Health of Nigeria | Ali Pate | Pate | health; Health
p | Iziaq Salako | Minister of State for Health of Nigeria | Iziaq Adekunle Salako; Salako
p | Jumoke Oduwole | Minister of Industry, Trade and Investment | Oduwole
p | John Owan Enoh | Minister of State for Industry of Nigeria | John Enoh
p | Adebayo Adelabu | Minister of Power of Nigeria | Adelabu; Bayo Adelabu
p | Heineken Lokpobiri | Minister of State for Petroleum (Oil) of Nigeria | Lokpobiri
p | Ekperikpe Ekpo | Minister of State for Petroleum (Gas) of Nigeria | 
p | Joseph Utsev | Minister of Water Resources of Nigeria | Utsev
p | Abubakar Kyari | Minister of Agriculture of Nigeria | | Kyari | agriculture; food security
p | Aliyu Sabi Abdullahi | Minister of State for Agriculture of Nigeria | Sabi Abdullahi
p | Ahmed Dangiwa | Minister of Housing of Nigeria | Ahmed Musa Dangiwa; Dangiwa
p | Yusuf Abdullahi Ata | Minister of State for Housing of Nigeria | Yusuf Ata
p | Dele Alake | Minister of Solid Minerals Development of Nigeria | | Alake | mining; solid minerals; Solid Minerals
p | Hannatu Musawa | Minister of Art, Culture and Creative Economy | Musawa
p | Muhammad Maigari Dingyadi | Minister of Labour and Employment of Nigeria | Dingyadi; Maigari Dingyadi
p | Ibrahim Geidam | Minister of Police Affairs of Nigeria | Ibrahim Gaidam; Gaidam
p | Nentawe Yilwatda | Minister of Humanitarian Affairs of Nigeria | Nentawe Goshwe Yilwatda; Yilwatda
p | Imaan Sulaiman-Ibrahim | Minister of Women Affairs of Nigeria | Sulaiman-Ibrahim
p | Ayodele Olawande | Minister of Youth Development of Nigeria | Olawande
p | Uche Nnaji | Minister of Innovation, Science and Technology | Geoffrey Uche Nnaji; Nnaji
p | Nyesom Wike | Minister of the Federal Capital Territory | Wike; Ezenwo Nyesom Wike
p | Mariya Mahmoud | Minister of State for the FCT | Mariya Mahmoud Bunkure
p | Abubakar Momoh | Minister of Regional Development of Nigeria | | Momoh | Regional Development; Niger Delta
p | Uba Maigari Ahmadu | Minister of State for Regional Development | 
p | Shuaibu Abubakar Audu | Minister of Steel Development of Nigeria | Shuaibu Audu
p | Idi Mukhtar Maiha | Minister of Livestock Development of Nigeria | Mukhtar Maiha
p | Bello Goronyo | Minister of State for Water Resources of Nigeria | Goronyo
# ---- Security chiefs and agency heads
p | Christopher Musa | Chief of Defence Staff of Nigeria | Christopher Gwabin Musa | Musa | Defence Staff; military; troops
p | Olufemi Oluyede | Chief of Army Staff of Nigeria | Oluyede
p | Emmanuel Ogalla | Chief of the Naval Staff of Nigeria | Ogalla; Emmanuel Ikechukwu Ogalla
p | Hasan Abubakar | Chief of the Air Staff of Nigeria | Hasan Bala Abubakar
p | Kayode Egbetokun | Inspector-General of Police of Nigeria | Egbetokun
p | Adeola Ajayi | Director-General of the DSS | Oluwatosin Adeola Ajayi | Ajayi | DSS; State Services
p | Ola Olukoyede | Chairman of the EFCC | Olukoyede
p | Musa Adamu Aliyu | Chairman of the ICPC | 
p | Olayemi Cardoso | Governor of the Central Bank of Nigeria | Cardoso; Yemi Cardoso
p | Mahmood Yakubu | Chairman of INEC | | Yakubu | INEC; election
p | Bayo Ojulari | Group CEO of NNPC Ltd | Bashir Bayo Ojulari; Ojulari
p | Mele Kyari | Former Group CEO of NNPC Ltd | Mele Kolo Kyari | Kyari | NNPC; oil
p | Buba Marwa | Chairman of the NDLEA | Mohamed Buba Marwa; Marwa
p | Mojisola Adeyeye | Director-General of NAFDAC | | Adeyeye | NAFDAC
p | Bashir Adewale Adeniyi | Comptroller-General of Nigeria Customs Service | Adewale Adeniyi | Adeniyi | Customs
p | Kemi Nandap | Comptroller-General of Nigeria Immigration Service | Nandap
p | Aminu Maida | Executive Vice Chairman of the NCC | Maida
p | Zubaida Umar | Director-General of NEMA | 
p | Adeyemi Adeniran | Statistician-General of the Federation | 
p | Kudirat Kekere-Ekun | Chief Justice of Nigeria | Kekere-Ekun; Justice Kekere-Ekun
p | Olukayode Ariwoola | Former Chief Justice of Nigeria | Ariwoola
p | Farouk Ahmed | Chief Executive of the NMDPRA | 
p | Gbenga Komolafe | Chief Executive of the NUPRC | Komolafe
p | Emomotimi Agama | Director-General of the SEC Nigeria | Agama
p | Samuel Ogbuku | Managing Director of the NDDC | Ogbuku
p | Ibok-Ete Ibas | Sole Administrator of Rivers State | Ibok-Ete Ekwe Ibas; Ibas
p | Lucky Irabor | Former Chief of Defence Staff of Nigeria | Irabor
p | Tukur Buratai | Former Chief of Army Staff of Nigeria | Buratai
p | Taoreed Lagbaja | Late Chief of Army Staff of Nigeria (died 2024) | Lagbaja
p | Godwin Emefiele | Former Governor of the Central Bank of Nigeria | Emefiele
p | Abdulrasheed Bawa | Former Chairman of the EFCC | 
p | Ibrahim Magu | Former acting Chairman of the EFCC | Magu
p | Usman Alkali Baba | Former Inspector-General of Police of Nigeria | Alkali Baba
p | Yusuf Bichi | Former Director-General of the DSS | Bichi
# ---- National Assembly
p | Godswill Akpabio | President of the Senate of Nigeria | Akpabio; Godswill Obot Akpabio
p | Barau Jibrin | Deputy President of the Senate of Nigeria | Barau; Barau I. Jibrin | Jibrin | Senate
p | Abbas Tajudeen | Speaker of the House of Representatives | Tajudeen Abbas; Tajudeen | Abbas | Speaker; House of Representatives; Reps
p | Benjamin Kalu | Deputy Speaker of the House of Representatives | Benjamin Okezie Kalu | Kalu | House of Representatives; Reps; Deputy Speaker
p | Opeyemi Bamidele | Senate Majority Leader of Nigeria | Bamidele
p | Abba Moro | Senate Minority Leader of Nigeria | | Moro | Senate
p | Mohammed Tahir Monguno | Chief Whip of the Senate of Nigeria | Tahir Monguno
p | Julius Ihonvbere | Majority Leader of the House of Representatives | Ihonvbere
p | Kingsley Chinda | Minority Leader of the House of Representatives | Chinda
p | Natasha Akpoti-Uduaghan | Senator for Kogi Central | Natasha Akpoti; Akpoti-Uduaghan
p | Ali Ndume | Senator for Borno South | Ndume; Mohammed Ali Ndume
p | Adams Oshiomhole | Senator for Edo North; former APC chairman | Oshiomhole
p | Orji Uzor Kalu | Senator for Abia North; former governor | Orji Kalu
p | Seriake Dickson | Senator for Bayelsa West; former governor | | Dickson | Bayelsa; Senate
p | Abdul Ningi | Senator for Bauchi Central | Ningi
p | Aminu Waziri Tambuwal | Senator; former Governor of Sokoto State | Tambuwal
p | Enyinnaya Abaribe | Senator for Abia South | Abaribe
p | Sumaila Kawu | Senator for Kano South | Kawu Sumaila
p | Ireti Kingibe | Senator for the FCT | Kingibe
p | Yemi Adaramodu | Spokesman of the Senate of Nigeria | Adaramodu
p | Akin Rotimi | Spokesman of the House of Representatives | 
p | Ahmad Lawan | Senator; former President of the Senate | Ahmad Ibrahim Lawan | Lawan | Senate; Yobe
p | Bukola Saraki | Former President of the Senate of Nigeria | Saraki; Abubakar Bukola Saraki
p | Femi Falana | Nigerian human rights lawyer | Falana
# ---- State governors (as of 2025-06-30)
p | Alex Otti | Governor of Abia State | Otti; Alex Chioma Otti
p | Ahmadu Umaru Fintiri | Governor of Adamawa State | Fintiri; Umaru Fintiri
p | Umo Eno | Governor of Akwa Ibom State | Pastor Umo Eno | Eno | Akwa Ibom; Uyo
p | Charles Soludo | Governor of Anambra State | Soludo; Chukwuma Soludo; Charles Chukwuma Soludo
p | Bala Mohammed | Governor of Bauchi State | Bala Abdulkadir Mohammed; Bala Mohammed Abdulkadir | Mohammed | Bauchi
p | Douye Diri | Governor of Bayelsa State | | Diri | Bayelsa; Yenagoa
p | Hyacinth Alia | Governor of Benue State | | Alia | Benue; Makurdi
p | Babagana Zulum | Governor of Borno State | Zulum; Babagana Umara Zulum
p | Bassey Otu | Governor of Cross River State | Bassey Edet Otu | Otu | Cross River; Calabar
p | Sheriff Oborevwori | Governor of Delta State | Oborevwori; Sheriff Francis Oborevwori
p | Francis Nwifuru | Governor of Ebonyi State | Nwifuru; Francis Ogbonna Nwifuru
p | Monday Okpebholo | Governor of Edo State | Okpebholo
p | Biodun Oyebanji | Governor of Ekiti State | Oyebanji; Abiodun Oyebanji
p | Peter Mbah | Governor of Enugu State | | Mbah | Enugu
p | Muhammadu Inuwa Yahaya | Governor of Gombe State | Inuwa Yahaya | Yahaya | Gombe
p | Hope Uzodimma | Governor of Imo State | Uzodimma; Hope Uzodinma; Uzodinma
p | Umar Namadi | Governor of Jigawa State | Umar A. Namadi | Namadi | Jigawa; Dutse
p | Uba Sani | Governor of Kaduna State | | Sani | Kaduna
p | Abba Kabir Yusuf | Governor of Kano State | Abba Yusuf | Yusuf | Kano
p | Dikko Umaru Radda | Governor of Katsina State | Dikko Radda; Radda
p | Nasir Idris | Governor of Kebbi State | Nasir Idris Kauran Gwandu | Idris | Kebbi; Birnin Kebbi
p | Ahmed Usman Ododo | Governor of Kogi State | Usman Ododo; Ododo
p | AbdulRahman AbdulRazaq | Governor of Kwara State | AbdulRazaq; Abdulrahman Abdulrazaq
p | Babajide Sanwo-Olu | Governor of Lagos State | Sanwo-Olu; Babajide Olusola Sanwo-Olu
p | Abdullahi Sule | Governor of Nasarawa State | | Sule | Nasarawa; Lafia
p | Mohammed Umaru Bago | Governor of Niger State | Umaru Bago; Umar Bago | Bago | Niger State; Minna
p | Dapo Abiodun | Governor of Ogun State | Adedapo Abiodun | Abiodun | Ogun; Abeokuta
p | Lucky Aiyedatiwa | Governor of Ondo State | Aiyedatiwa
p | Ademola Adeleke | Governor of Osun State | Nurudeen Ademola Adeleke | Adeleke | Osun; Osogbo
p | Seyi Makinde | Governor of Oyo State | Makinde; Oluseyi Makinde
p | Caleb Mutfwang | Governor of Plateau State | Mutfwang; Caleb Manasseh Mutfwang
p | Siminalayi Fubara | Governor of Rivers State (suspended March 2025) | Fubara; Sim Fubara
p | Ahmed Aliyu | Governor of Sokoto State | Ahmad Aliyu; Ahmed Aliyu Sokoto | Aliyu | Sokoto
p | Agbu Kefas | Governor of Taraba State | Kefas
p | Mai Mala Buni | Governor of Yobe State | Mala Buni; Buni
p | Dauda Lawal | Governor of Zamfara State | Dauda Lawal Dare | Lawal | Zamfara; Gusau
# ---- Parties and politics
p | Abdullahi Ganduje | Former APC National Chairman; ex-Kano governor | Ganduje; Abdullahi Umar Ganduje
p | Umar Damagum | Acting National Chairman of the PDP | Umar Iliya Damagum; Damagum
p | Julius Abure | National Chairman of the Labour Party (disputed) | Abure
p | Atiku Abubakar | Former Vice President of Nigeria; PDP candidate | Atiku; Alhaji Atiku Abubakar
p | Peter Obi | Former Governor of Anambra State; LP candidate | Obi; Peter Gregory Obi
p | Rabiu Musa Kwankwaso | NNPP leader; former Governor of Kano State | Kwankwaso; Rabiu Kwankwaso
p | Nasir El-Rufai | Former Governor of Kaduna State | El-Rufai; Nasir Ahmad El-Rufai; El Rufai; Elrufai
p | Goodluck Jonathan | Former President of Nigeria | Goodluck Ebele Jonathan; GEJ | Jonathan | Nigeria; Otuoke; Bayelsa; PDP
p | Olusegun Obasanjo | Former President of Nigeria | Obasanjo; OBJ
p | Muhammadu Buhari | Former President of Nigeria (2015-2023) | Buhari; General Buhari
p | Yemi Osinbajo | Former Vice President of Nigeria | Osinbajo; Oluyemi Osinbajo
p | Umaru Musa Yar'Adua | Late President of Nigeria (2007-2010) | Yar'Adua; Yar'adua
p | Ibrahim Babangida | Former military ruler of Nigeria | Babangida; IBB; Ibrahim Badamasi Babangida
p | Abdulsalami Abubakar | Former military head of state of Nigeria | Abdulsalami
p | Yakubu Gowon | Former military head of state of Nigeria | Gowon
p | Sani Abacha | Late military ruler of Nigeria | Abacha
p | Moshood Abiola | Late winner of the annulled 1993 election | MKO Abiola; M.K.O. Abiola | Abiola | June 12; 1993
p | Nnamdi Azikiwe | First President of Nigeria | Azikiwe; Zik
p | Obafemi Awolowo | Late Nigerian nationalist leader | Awolowo | Awo | Yoruba; Action Group; Awolowo
p | Ahmadu Bello | Late Premier of Northern Nigeria; Sardauna | Sardauna of Sokoto
p | Chukwuemeka Odumegwu Ojukwu | Late Biafran leader | Ojukwu; Emeka Ojukwu
p | Nnamdi Kanu | Leader of IPOB, on trial in Nigeria | | Kanu | IPOB; Biafra; Federal High Court; DSS; treason
p | Omoyele Sowore | Activist; founder of Sahara Reporters | Sowore; Yele Sowore
p | Sunday Igboho | Yoruba self-determination activist | Igboho; Sunday Adeyemo
p | Ahmad Gumi | Islamic cleric in Kaduna | Sheikh Gumi; Ahmad Abubakar Gumi; Gumi
p | Matthew Hassan Kukah | Catholic Bishop of Sokoto | Kukah; Bishop Kukah; Matthew Kukah
p | Wole Soyinka | Nobel laureate in literature | Soyinka; Oluwole Soyinka
p | Chinua Achebe | Late Nigerian novelist | Achebe
p | Chimamanda Ngozi Adichie | Nigerian novelist | Chimamanda Adichie; Adichie; Chimamanda
p | Aisha Yesufu | Nigerian activist; BringBackOurGirls co-convener | Yesufu
p | Oby Ezekwesili | Former Minister of Education; activist | Ezekwesili; Obiageli Ezekwesili
p | Ngozi Okonjo-Iweala | Director-General of the WTO | Okonjo-Iweala; Okonjo Iweala; Ngozi Okonjo Iweala
p | Akinwumi Adesina | President of the African Development Bank | Adesina; Akinwumi Ayodeji Adesina
p | Amina J. Mohammed | Deputy Secretary-General of the United Nations | Amina Mohammed; Amina J Mohammed
p | Aliko Dangote | Chairman of the Dangote Group | Dangote
p | Tony Elumelu | Chairman of UBA and Heirs Holdings | Elumelu
p | Femi Otedola | Chairman of First HoldCo | Otedola
p | Mike Adenuga | Chairman of Globacom | Adenuga
p | Abdul Samad Rabiu | Chairman of BUA Group | Abdulsamad Rabiu; Samad Rabiu
p | Jim Ovia | Founder of Zenith Bank | Ovia
p | Herbert Wigwe | Late CEO of Access Holdings (died 2024) | Wigwe
p | Segun Agbaje | CEO of GTCO | Agbaje
p | Kemi Badenoch | Leader of the UK Conservative Party | Badenoch; Olukemi Badenoch
p | Bola Ige | Late Attorney General of Nigeria | 
p | Dele Momodu | Publisher of Ovation; PDP politician | Momodu
p | Reno Omokri | Nigerian ambassador-designate; ex-Jonathan aide | Omokri
p | Daniel Bwala | Special Adviser to Tinubu on media | Bwala
p | Datti Baba-Ahmed | 2023 Labour Party vice-presidential candidate | Baba-Ahmed; Yusuf Datti Baba-Ahmed
p | Ifeanyi Okowa | Former Governor of Delta State | Okowa
p | Nenadi Usman | Chair of the Labour Party caretaker committee | Nenadi Esther Usman
p | David Mark | Former President of the Senate of Nigeria | 
p | Rauf Aregbesola | Former Minister of Interior; ex-Osun governor | Aregbesola
p | Kayode Fayemi | Former Governor of Ekiti State | Fayemi
p | Rotimi Amaechi | Former Minister of Transportation | Amaechi; Chibuike Rotimi Amaechi
p | Ayodele Fayose | Former Governor of Ekiti State | Fayose
p | Godwin Obaseki | Former Governor of Edo State | Obaseki
p | Samuel Ortom | Former Governor of Benue State | Ortom
p | Yahaya Bello | Former Governor of Kogi State | | Bello | Kogi; EFCC
p | Willie Obiano | Former Governor of Anambra State | Obiano
p | Rochas Okorocha | Former Governor of Imo State | Okorocha
p | Emeka Ihedioha | Former Governor of Imo State | Ihedioha
p | Akinwunmi Ambode | Former Governor of Lagos State | Ambode
p | Nana Shettima | Wife of the Vice President of Nigeria | 
p | Simon Ekpa | Biafra separatist convicted in Finland | Ekpa
p | Asari Dokubo | Niger Delta militant leader | Dokubo; Mujahid Asari-Dokubo
p | Tompolo | Niger Delta ex-militant leader | Government Ekpemupolo
p | Muhammad Sa'ad Abubakar | Sultan of Sokoto | Sultan of Sokoto; Sa'ad Abubakar; Muhammad Sa'ad Abubakar III; Sa'ad Abubakar III
p | Adeyeye Enitan Ogunwusi | Ooni of Ife | Ooni of Ife; Ogunwusi; Adeyeye Ogunwusi; Enitan Ogunwusi
p | Muhammadu Sanusi II | Emir of Kano (disputed) | Sanusi Lamido Sanusi; Lamido Sanusi; SLS | Sanusi | Kano; emir
p | Aminu Ado Bayero | Emir of Kano (disputed) | Ado Bayero | Bayero | Kano; emir
p | Ewuare II | Oba of Benin | Oba of Benin; Oba Ewuare II
p | Abimbola Owoade | Alaafin of Oyo | Alaafin of Oyo; Akeem Owoade
p | Davido | Nigerian Afrobeats singer | David Adeleke
p | Burna Boy | Nigerian Afrobeats singer | Damini Ogulu
p | Wizkid | Nigerian Afrobeats singer | Ayodeji Balogun
p | Tems | Nigerian singer-songwriter | Temilade Openiyi
p | Asake | Nigerian singer | Ahmed Ololade
p | Rema | Nigerian singer | Divine Ikubor
p | Tiwa Savage | Nigerian singer | 
p | Fela Kuti | Late Nigerian Afrobeat pioneer | Fela Anikulapo-Kuti; Fela
p | Seun Kuti | Nigerian Afrobeat musician | 
p | Femi Kuti | Nigerian Afrobeat musician | 
p | Victor Osimhen | Nigerian footballer | Osimhen
p | Ademola Lookman | Nigerian footballer | Lookman
p | Asisat Oshoala | Nigerian footballer | Oshoala
p | Anthony Joshua | British-Nigerian boxer | 
p | Tobi Amusan | Nigerian hurdler, world record holder | Amusan
p | Chioma Ajunwa | Nigerian Olympic champion | Ajunwa
p | Jay-Jay Okocha | Former Nigerian footballer | Okocha; Austin Okocha
p | Eric Chelle | Head coach of the Super Eagles | Chelle
p | Enoch Adeboye | General Overseer of the RCCG | Adeboye; Pastor Adeboye; E. A. Adeboye
p | David Oyedepo | Founder of Living Faith Church (Winners) | Oyedepo; Bishop Oyedepo
p | Tunde Bakare | Pastor of Citadel Global Community Church | Tunde Bakare
p | Chris Oyakhilome | Founder of Christ Embassy | Oyakhilome; Pastor Chris
p | T. B. Joshua | Late founder of SCOAN | TB Joshua; T.B. Joshua; Temitope Balogun Joshua
p | Johnson Suleman | Founder of Omega Fire Ministries | Apostle Suleman
p | Joe Ajaero | President of the Nigeria Labour Congress | Ajaero; Joe Ajaero
p | Festus Osifo | President of the Trade Union Congress of Nigeria | Osifo
p | Afam Osigwe | President of the Nigerian Bar Association | Osigwe
p | Chris Piwuna | President of ASUU | Piwuna
p | Emmanuel Osodeke | Former President of ASUU | Osodeke
p | Yemi Alade | Nigerian singer | 
p | Funke Akindele | Nigerian actress and filmmaker | Akindele
p | Genevieve Nnaji | Nigerian actress | 
p | Pat Utomi | Nigerian economist and politician | Utomi
p | Kingsley Moghalu | Former Deputy Governor of the CBN | Moghalu
p | George Moghalu | Anambra politician, former Managing Director of NIWA |
p | Bishop Wilfred Anagbe | Catholic Bishop of Makurdi | Wilfred Anagbe; Anagbe
p | Ali Modu Sheriff | Former Governor of Borno State | Modu Sheriff
p | Abubakar Shekau | Late leader of Boko Haram | Shekau
p | Bello Turji | Bandit leader in Zamfara and Sokoto | Turji
p | Dogo Gide | Bandit leader in north-west Nigeria | 
p | Ado Aleru | Bandit leader in Zamfara | Aleru
p | Mohammed Sanusi Barkindo | Late Secretary-General of OPEC | Barkindo
p | Innocent Chukwuma | Founder of Innoson Vehicle Manufacturing | 
p | Folorunso Alakija | Nigerian businesswoman | Alakija
p | Abike Dabiri-Erewa | Chairman of the Nigerians in Diaspora Commission | Dabiri-Erewa; Abike Dabiri
p | Rinu Oduala | Nigerian activist; EndSARS campaigner | 
p | Chude Jideonwo | Nigerian journalist and media entrepreneur | 
p | Deji Adeyanju | Nigerian activist | Adeyanju
p | Dino Melaye | Former Senator; PDP politician | Melaye
p | Shehu Sani | Former Senator for Kaduna Central | 
p | Dele Farotimi | Nigerian lawyer and activist | Farotimi
p | Adebayo Shittu | Former Minister of Communications | 
p | Babachir Lawal | Former Secretary to the Government of the Federation | Babachir; Babachir David Lawal
p | Boss Mustapha | Former Secretary to the Government of the Federation | 
p | Lai Mohammed | Former Minister of Information of Nigeria | 
p | Isa Pantami | Former Minister of Communications | Pantami; Isa Ali Ibrahim Pantami
p | Hadi Sirika | Former Minister of Aviation | Sirika
p | Sadiya Umar Farouq | Former Minister of Humanitarian Affairs | Sadiya Farouq
p | Betta Edu | Suspended Minister of Humanitarian Affairs (2024) | | Edu | humanitarian; Humanitarian
p | Diezani Alison-Madueke | Former Minister of Petroleum of Nigeria | Diezani; Alison-Madueke
p | James Ibori | Former Governor of Delta State | Ibori
p | Bode George | PDP chieftain | 
p | Olisa Metuh | Former PDP spokesman | Metuh
p | Felix Morka | National Publicity Secretary of the APC | Morka
p | Debo Ologunagba | National Publicity Secretary of the PDP | Ologunagba
p | Obiora Ifoh | National Publicity Secretary of the Labour Party | 
p | Edwin Clark | Late Ijaw leader and elder statesman | E. K. Clark
p | Ayo Adebanjo | Late Afenifere leader | Adebanjo
p | Reuben Fasoranti | Afenifere leader | Fasoranti
"""

# ---- States, capitals, zones (generated lines; still hand data)
_STATES = [
    # state, capital, zone, strong alias, weak alias
    ("Abia", "Umuahia", "South-East", "Abia", ""), ("Adamawa", "Yola", "North-East", "Adamawa", ""),
    ("Akwa Ibom", "Uyo", "South-South", "Akwa Ibom", ""), ("Anambra", "Awka", "South-East", "Anambra", ""),
    ("Bauchi", "Bauchi", "North-East", "", ""), ("Bayelsa", "Yenagoa", "South-South", "Bayelsa", ""),
    ("Benue", "Makurdi", "North-Central", "Benue", ""), ("Borno", "Maiduguri", "North-East", "Borno", ""),
    ("Cross River", "Calabar", "South-South", "", "Cross River"), ("Delta", "Asaba", "South-South", "", "Delta"),
    ("Ebonyi", "Abakaliki", "South-East", "Ebonyi", ""), ("Edo", "Benin City", "South-South", "Edo", ""),
    ("Ekiti", "Ado-Ekiti", "South-West", "Ekiti", ""), ("Enugu", "Enugu", "South-East", "", ""),
    ("Gombe", "Gombe", "North-East", "", ""), ("Imo", "Owerri", "South-East", "Imo", ""),
    ("Jigawa", "Dutse", "North-West", "Jigawa", ""), ("Kaduna", "Kaduna", "North-West", "", ""),
    ("Kano", "Kano", "North-West", "", ""), ("Katsina", "Katsina", "North-West", "", ""),
    ("Kebbi", "Birnin Kebbi", "North-West", "Kebbi", ""), ("Kogi", "Lokoja", "North-Central", "Kogi", ""),
    ("Kwara", "Ilorin", "North-Central", "Kwara", ""), ("Lagos", "Ikeja", "South-West", "", ""),
    ("Nasarawa", "Lafia", "North-Central", "Nasarawa", ""), ("Niger", "Minna", "North-Central", "", ""),
    ("Ogun", "Abeokuta", "South-West", "Ogun", ""), ("Ondo", "Akure", "South-West", "Ondo", ""),
    ("Osun", "Osogbo", "South-West", "Osun", ""), ("Oyo", "Ibadan", "South-West", "Oyo", ""),
    ("Plateau", "Jos", "North-Central", "", "Plateau"), ("Rivers", "Port Harcourt", "South-South", "", "Rivers"),
    ("Sokoto", "Sokoto", "North-West", "", ""), ("Taraba", "Jalingo", "North-East", "Taraba", ""),
    ("Yobe", "Damaturu", "North-East", "Yobe", ""), ("Zamfara", "Gusau", "North-West", "Zamfara", ""),
]
_lines = []
for st, cap, zone, strong, weak in _STATES:
    ctx = "Nigeria; governor; Governor; state" if weak else ""
    _lines.append(f"l | {st} State | State in {zone} Nigeria | {strong} | {weak} | {ctx}")
    _lines.append(f"l | {cap} | Capital of {st} State, Nigeria | | |")
_lines.append("l | Federal Capital Territory | Federal Capital Territory of Nigeria (Abuja) | FCT; FCT Abuja | |")
_lines.append("l | Abuja | Capital of Nigeria | Abuja FCT | |")
_TOWNS = {
    "Borno": "Chibok, Gwoza, Bama, Monguno, Damboa, Konduga, Kukawa, Baga, Malam Fatori, Dikwa, Gamboru, Biu, Ngala, Askira",
    "Yobe": "Dapchi, Potiskum, Nguru, Gashua, Geidam, Buni Yadi",
    "Adamawa": "Mubi, Michika, Madagali, Numan, Jimeta",
    "Katsina": "Kankara, Daura, Funtua, Malumfashi, Dutsin-Ma",
    "Niger": "Kagara, Bida, Kontagora, Suleja, Mokwa, New Bussa, Zungeru, Rijau",
    "Zamfara": "Jangebe, Kaura Namoda, Tsafe, Anka, Zurmi, Maru, Bukkuyum",
    "Kaduna": "Birnin Gwari, Kajuru, Zangon Kataf, Kafanchan, Zaria, Kagoro",
    "Plateau": "Bokkos, Mangu, Barkin Ladi, Riyom, Bassa",
    "Benue": "Yelwata, Agatu, Otukpo, Gboko, Katsina-Ala, Ukum",
    "Ondo": "Owo, Ikare, Okitipupa",
    "Osun": "Ile-Ife, Ilesa, Ede, Iwo, Ikirun",
    "Oyo": "Ogbomoso, Iseyin",
    "Ogun": "Ijebu-Ode, Sagamu, Ota, Ifo, Ilaro",
    "Enugu": "Nsukka",
    "Anambra": "Nnewi, Onitsha, Ihiala, Nkpor, Ekwulobia",
    "Imo": "Orlu, Okigwe, Oguta",
    "Ebonyi": "Afikpo",
    "Abia": "Aba, Ohafia, Arochukwu",
    "Akwa Ibom": "Eket, Oron, Ikot Ekpene",
    "Cross River": "Ogoja, Ikom, Obudu, Ugep",
    "Rivers": "Bonny, Okrika, Bori, Ahoada, Omoku",
    "Delta": "Warri, Ughelli, Sapele, Burutu, Agbor, Oghara",
    "Bayelsa": "Otuoke, Nembe, Brass",
    "Edo": "Ekpoma, Auchi, Uromi",
    "Kogi": "Okene, Kabba, Idah, Ankpa, Ajaokuta, Obajana",
    "Kwara": "Offa",
    "Nasarawa": "Keffi, Akwanga, Karu",
    "Taraba": "Wukari, Takum",
    "Bauchi": "Azare",
    "Jigawa": "Hadejia, Gumel",
    "Kebbi": "Argungu, Jega, Yauri, Zuru",
    "Sokoto": "Illela, Wurno, Sabon Birni",
    "Lagos": "Lekki, Victoria Island, Ikoyi, Apapa, Oshodi, Ajegunle, Mushin, Surulere, Yaba, Ikorodu, Badagry, Epe, Agege, Alimosho, Festac Town, Makoko",
    "Kano": "Wudil",
}
for st, spec in _TOWNS.items():
    for t in spec.split(","):
        _lines.append(f"l | {t.strip()} | Town in {st} State, Nigeria | | |")
for t in "Maitama Asokoro Wuse Garki Gwarinpa Kubwa Nyanya Lugbe Bwari Gwagwalada Kuje Jabi Mpape Lokogoma".split():
    _lines.append(f"l | {t} | District of Abuja, Nigeria | | |")
DATA += "\n".join(_lines) + "\n"

DATA += r"""
l | North-Central Nigeria | Geopolitical zone of Nigeria (Middle Belt) | North-Central; North Central | |
l | North-East Nigeria | Geopolitical zone of Nigeria | North-East; North East Nigeria | Northeast | Nigeria; Borno
l | North-West Nigeria | Geopolitical zone of Nigeria | North-West; North West Nigeria | Northwest | Nigeria; Zamfara; Katsina
l | South-East Nigeria | Geopolitical zone of Nigeria (Igbo heartland) | South-East; South East Nigeria | Southeast | Nigeria; Igbo
l | South-South Nigeria | Geopolitical zone of Nigeria (Niger Delta) | South-South; South South | |
l | South-West Nigeria | Geopolitical zone of Nigeria (Yoruba heartland) | South-West; South West Nigeria | Southwest | Nigeria; Yoruba
l | Northern Nigeria | Northern region of Nigeria | Arewa | |
l | Southern Nigeria | Southern region of Nigeria | | |
l | Middle Belt | Central region of Nigeria | | |
l | Southern Kaduna | Southern part of Kaduna State, Nigeria | | |
l | Niger Delta | Oil-producing delta region of southern Nigeria | | |
l | Ogoniland | Ogoni homeland in Rivers State, Nigeria | Ogoni | |
l | Biafra | Secessionist state in south-east Nigeria (1967-70) | Republic of Biafra | |
l | Yorubaland | Homeland of the Yoruba people | | |
l | Sambisa Forest | Forest in Borno State, Boko Haram stronghold | Sambisa | |
l | Aso Rock Villa | Nigerian presidential residence in Abuja | Aso Rock; Aso Villa; Presidential Villa | State House | Abuja; Tinubu; Nigeria
l | Three Arms Zone | Seat of Nigeria's federal institutions, Abuja | | |
l | Eagle Square | Ceremonial square in Abuja | | |
l | Tafawa Balewa Square | Parade ground in Lagos | TBS | |
l | Lekki Toll Gate | Toll plaza in Lagos; site of 2020 EndSARS shooting | Lekki tollgate | |
l | Murtala Muhammed International Airport | Lagos international airport | MMIA; Lagos airport | |
l | Nnamdi Azikiwe International Airport | Abuja international airport | Abuja airport | |
l | Lekki Deep Sea Port | Seaport in Lagos State | Lekki Port | |
l | Third Mainland Bridge | Bridge in Lagos | | |
l | Kainji Dam | Hydroelectric dam in Niger State | | |
l | Kuje Correctional Centre | Prison in Abuja (Kuje prison) | Kuje prison | |
l | Obudu Mountain Resort | Resort in Cross River State | Obudu Ranch | |
l | Bakassi Peninsula | Peninsula ceded by Nigeria to Cameroon | Bakassi | |
l | Lake Chad | Lake bordering Nigeria, Niger, Chad and Cameroon | Lake Chad Basin | |

# ---- Parties
o | All Progressives Congress | Ruling party of Nigeria | APC | |
o | Peoples Democratic Party | Nigerian opposition party | PDP; People's Democratic Party | |
o | Labour Party (Nigeria) | Nigerian opposition party | LP | Labour Party; Labour | Nigeria; Obi; Abure; Nigerian
o | New Nigeria Peoples Party | Nigerian opposition party | NNPP | |
o | All Progressives Grand Alliance | Nigerian political party | APGA | |
o | African Democratic Congress | Nigerian political party | ADC | |
o | Social Democratic Party (Nigeria) | Nigerian political party | | SDP; Social Democratic Party | Nigeria; Nigerian
o | Young Progressives Party | Nigerian political party | YPP | |
o | Action Democratic Party | Nigerian political party | ADP | |
o | Peoples Redemption Party | Nigerian political party | PRP | |
o | Zenith Labour Party | Nigerian political party | ZLP | |
o | Accord Party | Nigerian political party | | Accord | Nigeria; party; Ibadan
o | African Action Congress | Nigerian political party | AAC | |
o | Allied Peoples Movement | Nigerian political party | APM | |
o | Boot Party | Nigerian political party | | |
o | Action Alliance | Nigerian political party | | |
o | Youth Party | Nigerian political party | | |
# ---- Government and legislature
o | Federal Government of Nigeria | Government of Nigeria | FGN; Nigerian government; Nigerian Government | Federal Government; FG | Nigeria; Tinubu; Abuja
o | Federal Executive Council | Nigeria's cabinet | FEC | |
o | Presidency of Nigeria | Office of the President of Nigeria | Nigerian Presidency | Presidency | Nigeria; Tinubu; Aso Rock
o | Office of the National Security Adviser | Nigeria's national security office | ONSA | |
o | National Assembly of Nigeria | Nigeria's federal legislature | NASS; Nigerian National Assembly | National Assembly | Nigeria; Akpabio; Abbas
o | Senate of Nigeria | Upper house of Nigeria's National Assembly | Nigerian Senate | Senate | Akpabio; Nigeria; Barau; National Assembly; Abuja; APC; PDP
o | House of Representatives of Nigeria | Lower house of Nigeria's National Assembly | House of Reps; Reps | House of Representatives | Nigeria; Abbas; Kalu
o | Nigerian Governors' Forum | Forum of Nigeria's 36 state governors | NGF; Nigeria Governors' Forum | Governors' Forum | Nigeria
o | Northern States Governors' Forum | Forum of Nigeria's northern governors | Northern Governors Forum | |
o | Independent National Electoral Commission | Nigeria's election body | INEC | |
o | Economic and Financial Crimes Commission | Nigeria's anti-graft agency | EFCC | |
o | Independent Corrupt Practices Commission | Nigeria's anti-corruption commission | ICPC | |
o | Code of Conduct Bureau | Nigerian public officers' assets agency | CCB | |
o | Code of Conduct Tribunal | Nigerian tribunal for public officers | CCT | |
o | Central Bank of Nigeria | Nigeria's central bank | CBN | |
o | NNPC Ltd | Nigerian national oil company | NNPC; NNPCL; NNPC Limited; Nigerian National Petroleum Company Limited; Nigerian National Petroleum Corporation | |
o | Department of State Services | Nigeria's secret police | DSS; State Security Service; SSS | |
o | National Intelligence Agency | Nigeria's foreign intelligence agency | | NIA | Nigeria; intelligence
o | National Drug Law Enforcement Agency | Nigeria's anti-drug agency | NDLEA | |
o | University of Benin | Federal university in Benin City, Edo State | UNIBEN | |
o | University of Jos | Federal university in Jos, Plateau State | UNIJOS | |
o | Ijaw National Congress | Pan-Ijaw socio-cultural organisation | | INC | Ijaw; Niger Delta; Bayelsa; Rivers; Delta
o | Ijaw Youth Council | Ijaw youth organisation | IYC | |
o | National Agency for Food and Drug Administration and Control | Nigeria's food and drug regulator | NAFDAC | |
o | Nigerian Communications Commission | Nigeria's telecoms regulator | | NCC | Nigeria; telecom; telecoms; Maida
o | Federal Inland Revenue Service | Nigeria's tax agency | FIRS; Nigeria Revenue Service | |
o | Nigeria Customs Service | Nigeria's customs agency | Nigerian Customs; NCS | Customs | Nigeria; Adeniyi
o | Nigeria Immigration Service | Nigeria's immigration agency | Nigerian Immigration Service | NIS | Nigeria; passport; Nandap
o | National Emergency Management Agency | Nigeria's disaster agency | NEMA | |
o | National Bureau of Statistics | Nigeria's statistics agency | NBS | |
o | Nigeria Police Force | Nigeria's national police | Nigerian Police Force; Nigerian Police; Nigeria Police; NPF | |
o | Nigerian Army | Land force of Nigeria | | |
o | Nigerian Navy | Naval force of Nigeria | | |
o | Nigerian Air Force | Air force of Nigeria | NAF | |
o | Armed Forces of Nigeria | Nigeria's military | Nigerian military; Nigerian Armed Forces | |
o | Defence Headquarters | Nigeria's military headquarters | DHQ | |
o | Operation Hadin Kai | Nigerian military operation in the North-East | | |
o | Operation Fansan Yamma | Nigerian military operation in the North-West | | |
o | Nigeria Security and Civil Defence Corps | Nigerian paramilitary agency | NSCDC; Civil Defence | |
o | Federal Road Safety Corps | Nigeria's road safety agency | FRSC | |
o | National Youth Service Corps | Nigeria's youth service scheme | NYSC | |
o | Supreme Court of Nigeria | Nigeria's highest court | Nigerian Supreme Court | Supreme Court | Nigeria; Nigerian; CJN; Kekere-Ekun; Abuja
o | Court of Appeal of Nigeria | Nigeria's appellate court | Nigerian Court of Appeal | Court of Appeal; Appeal Court | Nigeria; Nigerian; Abuja; Lagos
o | Federal High Court | Nigerian federal trial court | FHC | |
o | High Court of the Federal Capital Territory | Trial court of the FCT, Abuja | FCT High Court | |
o | National Industrial Court of Nigeria | Nigerian labour court | National Industrial Court; NICN | |
o | National Judicial Council | Body overseeing Nigeria's judges | NJC | |
o | Nigeria Labour Congress | Nigeria's main trade union federation | NLC; Nigerian Labour Congress | |
o | Trade Union Congress of Nigeria | Nigerian trade union federation | TUC | |
o | Nigerian Bar Association | Nigeria's lawyers' association | | NBA | lawyers; Bar; Osigwe; Nigeria
o | Academic Staff Union of Universities | Nigerian university lecturers' union | ASUU | |
o | Nigerian Upstream Petroleum Regulatory Commission | Nigeria's upstream oil regulator | NUPRC | |
o | Nigerian Midstream and Downstream Petroleum Regulatory Authority | Nigeria's downstream oil regulator | NMDPRA | |
o | Nigerian Electricity Regulatory Commission | Nigeria's power regulator | NERC | |
o | Securities and Exchange Commission (Nigeria) | Nigeria's capital market regulator | SEC Nigeria | SEC | Nigeria; Nigerian; Agama
o | Niger Delta Development Commission | Nigerian development agency | NDDC | |
o | Nigerian Ports Authority | Nigeria's ports agency | NPA | |
o | Nigerian Civil Aviation Authority | Nigeria's aviation regulator | NCAA | |
o | Federal Airports Authority of Nigeria | Nigeria's airports operator | FAAN | |
o | Nigerian Maritime Administration and Safety Agency | Nigeria's maritime regulator | NIMASA | |
o | National Agency for the Prohibition of Trafficking in Persons | Nigeria's anti-trafficking agency | NAPTIP | |
o | National Human Rights Commission | Nigeria's human rights commission | NHRC | |
o | National Population Commission | Nigeria's census agency | NPopC | |
o | National Universities Commission | Nigeria's universities regulator | NUC | |
o | Joint Admissions and Matriculation Board | Nigeria's university admissions body | JAMB | |
o | West African Examinations Council | West African exam body | WAEC | |
o | National Examinations Council | Nigerian exam body | NECO | |
o | National Identity Management Commission | Nigeria's identity agency | NIMC | |
o | Nigeria Centre for Disease Control | Nigeria's public health agency | NCDC | |
o | National Health Insurance Authority | Nigeria's health insurance agency | NHIA | |
o | National Orientation Agency | Nigeria's public orientation agency | NOA | |
o | Nigerian Postal Service | Nigeria's postal service | NIPOST | |
o | Transmission Company of Nigeria | Nigeria's power grid operator | TCN | |
o | Rural Electrification Agency | Nigerian electrification agency | REA | |
o | Nigeria Sovereign Investment Authority | Nigeria's sovereign wealth fund | NSIA | |
o | Asset Management Corporation of Nigeria | Nigerian bad-debt agency | AMCON | |
o | Nigeria Deposit Insurance Corporation | Nigerian deposit insurer | NDIC | |
o | National Pension Commission | Nigeria's pension regulator | PenCom | |
o | Revenue Mobilisation Allocation and Fiscal Commission | Nigerian revenue allocation body | RMAFC | |
o | Bureau of Public Enterprises | Nigeria's privatisation agency | BPE | |
o | National Information Technology Development Agency | Nigeria's IT agency | NITDA | |
o | Nigerian Railway Corporation | Nigeria's railway operator | NRC | |
o | Nigerians in Diaspora Commission | Agency for Nigerians abroad | NiDCOM; NIDCOM | |
o | National Broadcasting Commission | Nigeria's broadcast regulator | | NBC | Nigeria; broadcast; broadcasting
o | Nigerian Exchange | Nigeria's stock exchange | NGX; Nigerian Exchange Group; Nigerian Stock Exchange | |
o | Lagos State Government | Government of Lagos State | LASG | |
o | Amotekun | South-West Nigeria regional security network | Western Nigeria Security Network | |
o | Hisbah | Islamic religious police in northern Nigeria | Hisbah Corps | |
o | Ebube Agu | South-East Nigeria regional security outfit | | |
o | Civilian Joint Task Force | Vigilantes fighting Boko Haram in Borno | CJTF; Civilian JTF | |
o | Special Anti-Robbery Squad | Disbanded Nigerian police unit | | SARS | police; EndSARS; Nigeria
o | EndSARS | Nigerian protest movement against police brutality | End SARS | |
o | National Association of Nigerian Students | Nigerian students' union | NANS | |
o | Nigerian Medical Association | Nigeria's doctors' association | NMA | |
o | National Association of Resident Doctors | Nigerian resident doctors' union | NARD | |
o | Nigeria Union of Journalists | Nigerian journalists' union | NUJ | |
o | Petroleum and Natural Gas Senior Staff Association of Nigeria | Nigerian oil workers' union | PENGASSAN | |
o | Nigeria Union of Petroleum and Natural Gas Workers | Nigerian oil workers' union | NUPENG | |
o | Independent Petroleum Marketers Association of Nigeria | Nigerian fuel marketers' association | IPMAN | |
o | Manufacturers Association of Nigeria | Nigerian manufacturers' body | | |
o | Lagos Chamber of Commerce and Industry | Lagos business chamber | LCCI | |
o | Christian Association of Nigeria | Umbrella body of Nigerian Christians | | CAN | Christian; Christians; church
o | Jama'atu Nasril Islam | Nigerian Muslim umbrella body | JNI; Jamaatu Nasril Islam | |
o | Nigerian Supreme Council for Islamic Affairs | Nigerian Muslim body led by the Sultan | NSCIA | |
o | Redeemed Christian Church of God | Nigerian Pentecostal church | RCCG | |
o | Catholic Bishops' Conference of Nigeria | Nigeria's Catholic bishops | CBCN | |
o | Ohanaeze Ndigbo | Igbo socio-cultural organisation | Ohanaeze | |
o | Afenifere | Yoruba socio-political organisation | | |
o | Arewa Consultative Forum | Northern Nigerian socio-political group | ACF | |
o | Northern Elders Forum | Northern Nigerian elders' group | NEF | |
o | Pan Niger Delta Forum | Niger Delta socio-political group | PANDEF | |
o | Middle Belt Forum | Middle Belt socio-political group | | |
o | Miyetti Allah Cattle Breeders Association of Nigeria | Fulani herders' association | MACBAN; Miyetti Allah | |
o | Indigenous People of Biafra | Biafra separatist group | IPOB | |
o | Eastern Security Network | Armed wing of IPOB | ESN | |
o | Movement for the Actualisation of the Sovereign State of Biafra | Biafra separatist group | MASSOB | |
o | Movement for the Emancipation of the Niger Delta | Niger Delta militant group | MEND | |
o | Niger Delta Avengers | Niger Delta militant group | | |
o | Boko Haram | Jihadist group in north-east Nigeria | Jama'atu Ahlis Sunna Lidda'awati wal-Jihad; JAS | |
o | Islamic State West Africa Province | Jihadist group in the Lake Chad region | ISWAP; IS West Africa; Islamic State in West Africa | |
o | Ansaru | Jihadist group in north-west Nigeria | | |
o | Lakurawa | Armed group in north-west Nigeria | | |
o | Socio-Economic Rights and Accountability Project | Nigerian rights group | SERAP | |
o | BudgIT | Nigerian civic tech and budget transparency group | | |
o | Centre for Democracy and Development | Abuja-based think tank | CDD | |
o | Yiaga Africa | Nigerian election-monitoring group | | |
o | SBM Intelligence | Lagos-based geopolitical research firm | | |
o | Muslim Rights Concern | Nigerian Muslim advocacy group | MURIC | |
o | Bring Back Our Girls | Campaign for the abducted Chibok girls | BringBackOurGirls; BBOG | |
o | Super Eagles | Nigeria's men's national football team | | |
o | Super Falcons | Nigeria's women's national football team | | |
o | Nigeria Football Federation | Nigeria's football governing body | NFF | |
o | University of Lagos | Nigerian university | UNILAG | |
o | University of Ibadan | Nigerian university | | |
o | University of Nigeria, Nsukka | Nigerian university | UNN; University of Nigeria | |
o | Obafemi Awolowo University | Nigerian university | OAU | |
o | Ahmadu Bello University | Nigerian university | ABU | |
o | University of Abuja | Nigerian university | | |
o | Bayero University Kano | Nigerian university | | |
# ---- Companies
o | Dangote Group | Nigerian conglomerate | Dangote Industries | |
o | Dangote Petroleum Refinery | Oil refinery in Lekki, Lagos | Dangote Refinery; Dangote refinery | |
o | Dangote Cement | Nigerian cement maker | | |
o | BUA Group | Nigerian conglomerate | BUA | |
o | MTN Nigeria | Nigerian mobile operator | MTN Nigeria Communications | |
o | Globacom | Nigerian telecoms operator | Glo | |
o | 9mobile | Nigerian mobile operator | | |
o | Access Bank | Nigerian bank | Access Holdings | |
o | Zenith Bank | Nigerian bank | | |
o | Guaranty Trust Bank | Nigerian bank | GTBank; GTCO; Guaranty Trust Holding Company; GTB | |
o | First Bank of Nigeria | Nigerian bank | First Bank; FirstBank; First HoldCo; FBN Holdings | |
o | United Bank for Africa | Pan-African bank based in Lagos | UBA | |
o | Fidelity Bank | Nigerian bank | | |
o | Stanbic IBTC | Nigerian bank | | |
o | Sterling Bank | Nigerian bank | | |
o | Wema Bank | Nigerian bank | | |
o | Union Bank of Nigeria | Nigerian bank | Union Bank | |
o | Polaris Bank | Nigerian bank | | |
o | First City Monument Bank | Nigerian bank | FCMB | |
o | Heirs Holdings | Tony Elumelu's investment company | | |
o | Transcorp | Nigerian conglomerate | Transnational Corporation of Nigeria | |
o | Seplat Energy | Nigerian oil company | Seplat | |
o | Oando | Nigerian energy company | | |
o | Nigeria LNG | Nigerian gas exporter | NLNG | |
o | Flutterwave | Nigerian fintech company | | |
o | Paystack | Nigerian payments company | | |
o | Moniepoint | Nigerian fintech company | | |
o | OPay | Nigerian fintech company | | |
o | PalmPay | Nigerian fintech company | | |
o | Interswitch | Nigerian payments company | | |
o | Air Peace | Nigerian airline | | |
o | Arik Air | Nigerian airline | | |
o | Ibom Air | Nigerian airline | | |
o | Julius Berger | Construction company in Nigeria | | |
o | Innoson Vehicle Manufacturing | Nigerian carmaker | Innoson; IVM | |
o | Nigerian Breweries | Nigerian brewer | | |
o | Jumia | African e-commerce company | | |
# ---- Media
o | Diaspora Digital Media | Nigerian diaspora news outlet | DDM | |
o | Punch Newspapers | Nigerian newspaper | The Punch; Punch Nigeria | Punch | newspaper; Nigeria; reported
o | Vanguard Newspapers | Nigerian newspaper | Vanguard News; Vanguard Nigeria | Vanguard | newspaper; Nigeria; reported
o | Premium Times | Nigerian online newspaper | | |
o | ThisDay | Nigerian newspaper | THISDAY; This Day | |
o | The Guardian Nigeria | Nigerian newspaper | Guardian Nigeria; Nigerian Guardian | |
o | Channels Television | Nigerian TV station | Channels TV | Channels | Nigeria; television; interview
o | Arise News | Nigerian TV news channel | Arise TV; Arise Television | |
o | TVC News | Nigerian TV news channel | TVC | |
o | Nigerian Television Authority | Nigeria's state broadcaster | NTA | |
o | Africa Independent Television | Nigerian TV station | AIT | |
o | Federal Radio Corporation of Nigeria | Nigeria's state radio | FRCN; Radio Nigeria | |
o | Voice of Nigeria | Nigeria's international radio | VON | |
o | News Agency of Nigeria | Nigeria's state news agency | NAN | |
o | Sahara Reporters | Nigerian online news outlet | SaharaReporters | |
o | Daily Trust | Nigerian newspaper | Trust TV | |
o | The Nation (Nigeria) | Nigerian newspaper | The Nation Newspaper | The Nation | Nigeria; newspaper
o | BusinessDay | Nigerian business newspaper | Businessday | |
o | Leadership Newspaper | Nigerian newspaper | Leadership Newspapers | |
o | Daily Post Nigeria | Nigerian online newspaper | | Daily Post | Nigeria; reported
o | TheCable | Nigerian online newspaper | The Cable | |
o | Peoples Gazette | Nigerian online newspaper | | |
o | Nigerian Tribune | Nigerian newspaper | Tribune Online | |
o | The Sun (Nigeria) | Nigerian newspaper | Daily Sun; Sun News Online | The Sun | Nigeria; newspaper
o | Blueprint | Nigerian newspaper | Blueprint Newspapers | |
o | The Whistler | Nigerian online newspaper | | |
o | HumAngle | Nigerian conflict and humanitarian news outlet | | |
o | Foundation for Investigative Journalism | Nigerian investigative outlet | FIJ | |
o | Legit.ng | Nigerian news website | Legit | |
o | Pulse Nigeria | Nigerian news website | | |
o | Nairametrics | Nigerian financial news website | | |
o | Ripples Nigeria | Nigerian online newspaper | | |
o | BBC Hausa | BBC's Hausa-language service | | |
o | BBC Pidgin | BBC's Nigerian Pidgin service | | |
o | Nollywood | Nigerian film industry | | |
l | Idi-Iroko | Border town in Ogun State, on the border with Benin | Idi Iroko | |
l | Imeko | Town in Ogun State, headquarters of Imeko Afon | | |
l | Zing | Local government area in Taraba State | | |
l | Mikang | Local government area in Plateau State | | |
l | Dengi | Town in Plateau State, headquarters of Kanam | | |
l | Gwarzo | Local government area in Kano State | | |
"""
