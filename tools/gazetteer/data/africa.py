# Hand-written gazetteer data: rest of Africa.  Format: see ../README.md.
# Office-holders as of 2025-06-30.
DATA = r"""
# ---- West Africa
p | John Mahama | President of Ghana | John Dramani Mahama; Mahama
p | Jane Naana Opoku-Agyemang | Vice President of Ghana | Opoku-Agyemang
p | Nana Akufo-Addo | Former President of Ghana | Akufo-Addo; Nana Addo Dankwa Akufo-Addo
p | Mahamudu Bawumia | Former Vice President of Ghana | Bawumia
p | Jerry Rawlings | Late former President of Ghana | Rawlings
p | Kwame Nkrumah | Ghana's first President | Nkrumah
p | Patrice Talon | President of Benin | Talon
p | Ibrahim Traoré | Military leader of Burkina Faso | Ibrahim Traore | Traoré; Traore | Burkina Faso; Burkina; junta; Ouagadougou
p | Assimi Goïta | Military leader of Mali | Goïta; Goita
p | Abdourahamane Tchiani | Military leader of Niger | Tchiani; Abdourahmane Tchiani; Omar Tchiani
p | Mohamed Bazoum | Deposed President of Niger | Bazoum
p | Mamadi Doumbouya | Military leader of Guinea | Doumbouya
p | Bassirou Diomaye Faye | President of Senegal | Diomaye Faye | Faye | Senegal; Dakar
p | Ousmane Sonko | Prime Minister of Senegal | Sonko
p | Macky Sall | Former President of Senegal | | Sall | Senegal; Dakar
p | Alassane Ouattara | President of Ivory Coast | Ouattara
p | Laurent Gbagbo | Former President of Ivory Coast | Gbagbo
p | Tidjane Thiam | Ivorian opposition leader | Thiam
p | Julius Maada Bio | President of Sierra Leone; ECOWAS chairman | Maada Bio; Julius Bio | Bio | Sierra Leone; Freetown
p | Joseph Boakai | President of Liberia | Joseph Nyuma Boakai; Boakai
p | George Weah | Former President of Liberia | Weah
p | Ellen Johnson Sirleaf | Former President of Liberia | Johnson Sirleaf; Sirleaf
p | Adama Barrow | President of The Gambia | Barrow | | 
p | Yahya Jammeh | Former President of The Gambia | Jammeh
p | Umaro Sissoco Embaló | President of Guinea-Bissau | Embaló; Sissoco Embaló; Embalo
p | Faure Gnassingbé | President of the Council of Ministers of Togo | Faure Gnassingbe; Gnassingbé
p | José Maria Neves | President of Cape Verde | 
p | Mohamed Ould Ghazouani | President of Mauritania | Ghazouani; Mohamed Ould Cheikh El Ghazouani
p | Omar Alieu Touray | President of the ECOWAS Commission | Omar Touray; Touray
# ---- North Africa
p | Abdel Fattah el-Sisi | President of Egypt | Sisi; el-Sisi; al-Sisi; Abdel Fattah al-Sisi
p | Mostafa Madbouly | Prime Minister of Egypt | Madbouly
p | Badr Abdelatty | Foreign Minister of Egypt | Abdelatty
p | Hosni Mubarak | Late former President of Egypt | Mubarak
p | Abdelmadjid Tebboune | President of Algeria | Tebboune
p | Kais Saied | President of Tunisia | Kaïs Saïed; Saied
p | Mohammed VI of Morocco | King of Morocco | King Mohammed VI; Mohammed VI
p | Aziz Akhannouch | Prime Minister of Morocco | Akhannouch
p | Nasser Bourita | Foreign Minister of Morocco | Bourita
p | Mohamed al-Menfi | Head of Libya's Presidential Council | Menfi; Mohamed Menfi
p | Abdul Hamid Dbeibah | Prime Minister of Libya (Tripoli government) | Dbeibah; Abdulhamid Dbeibah
p | Khalifa Haftar | Commander of the Libyan National Army | Haftar
p | Muammar Gaddafi | Late ruler of Libya | Gaddafi; Qaddafi; Muammar al-Gaddafi
p | Abdel Fattah al-Burhan | Head of Sudan's army and Sovereignty Council | Burhan; al-Burhan; Abdel Fattah Burhan
p | Mohamed Hamdan Dagalo | Commander of the Rapid Support Forces | Hemedti; Dagalo
p | Kamil Idris | Prime Minister of Sudan | Kamil Eltayeb Idris
p | Omar al-Bashir | Former President of Sudan | al-Bashir; Omar Bashir | Bashir | Sudan; Khartoum
p | Abdalla Hamdok | Former Prime Minister of Sudan | Hamdok
# ---- East Africa and Horn
p | William Ruto | President of Kenya | Ruto; William Samoei Ruto
p | Kithure Kindiki | Deputy President of Kenya | Kindiki
p | Rigathi Gachagua | Former Deputy President of Kenya | Gachagua
p | Raila Odinga | Kenyan opposition leader | Raila; Odinga
p | Uhuru Kenyatta | Former President of Kenya | Uhuru; Kenyatta
p | Musalia Mudavadi | Prime Cabinet Secretary of Kenya | Mudavadi
p | Kalonzo Musyoka | Kenyan opposition leader | Kalonzo
p | Samia Suluhu Hassan | President of Tanzania | Samia Suluhu; Suluhu
p | Tundu Lissu | Tanzanian opposition leader | Lissu
p | John Magufuli | Late President of Tanzania | Magufuli
p | Yoweri Museveni | President of Uganda | Museveni
p | Bobi Wine | Ugandan opposition leader | Robert Kyagulanyi; Kyagulanyi
p | Muhoozi Kainerugaba | Chief of Defence Forces of Uganda | Muhoozi; Kainerugaba
p | Kizza Besigye | Ugandan opposition politician | Besigye
p | Paul Kagame | President of Rwanda | Kagame
p | Évariste Ndayishimiye | President of Burundi | Ndayishimiye; Evariste Ndayishimiye
p | Abiy Ahmed | Prime Minister of Ethiopia | Abiy; Abiy Ahmed Ali
p | Taye Atske Selassie | President of Ethiopia | Taye Atske-Selassie
p | Isaias Afwerki | President of Eritrea | Afwerki; Isaias
p | Hassan Sheikh Mohamud | President of Somalia | Hassan Sheikh; Hassan Sheikh Mohamud
p | Ismaïl Omar Guelleh | President of Djibouti | Guelleh; Ismail Omar Guelleh
p | Salva Kiir | President of South Sudan | Kiir; Salva Kiir Mayardit
p | Riek Machar | First Vice President of South Sudan (detained) | Machar
p | Azali Assoumani | President of the Comoros | Assoumani; Azali
p | Andry Rajoelina | President of Madagascar | Rajoelina
p | Navin Ramgoolam | Prime Minister of Mauritius | Ramgoolam
p | Wavel Ramkalawan | President of Seychelles | Ramkalawan
p | Mahmoud Ali Youssouf | Chairperson of the African Union Commission | Youssouf | | 
p | Moussa Faki Mahamat | Former Chairperson of the AU Commission | Moussa Faki; Faki
# ---- Central Africa
p | Félix Tshisekedi | President of the DR Congo | Tshisekedi; Felix Tshisekedi
p | Judith Suminwa | Prime Minister of the DR Congo | Suminwa; Judith Suminwa Tuluka
p | Joseph Kabila | Former President of the DR Congo | Kabila
p | Martin Fayulu | Congolese opposition leader | Fayulu
p | Denis Mukwege | Congolese Nobel Peace laureate | Mukwege
p | Corneille Nangaa | Leader of the AFC/M23 rebel alliance | Nangaa
p | Denis Sassou Nguesso | President of the Republic of the Congo | Sassou Nguesso; Sassou-Nguesso
p | Paul Biya | President of Cameroon | Biya
p | Maurice Kamto | Cameroonian opposition leader | Kamto
p | Mahamat Idriss Déby | President of Chad | Mahamat Deby; Mahamat Idriss Deby; Mahamat Déby
p | Idriss Déby | Late President of Chad | Idriss Deby
p | Succès Masra | Chadian opposition leader | Succes Masra; Masra
p | Faustin-Archange Touadéra | President of the Central African Republic | Touadéra; Touadera
p | Brice Oligui Nguema | President of Gabon | Oligui Nguema; Brice Clotaire Oligui Nguema
p | Ali Bongo | Former President of Gabon | Ali Bongo Ondimba
p | Teodoro Obiang Nguema Mbasogo | President of Equatorial Guinea | Teodoro Obiang; Obiang
p | Carlos Vila Nova | President of São Tomé and Príncipe | 
p | João Lourenço | President of Angola; AU chairperson for 2025 | Joao Lourenco; Lourenço
# ---- Southern Africa
p | Cyril Ramaphosa | President of South Africa | Ramaphosa
p | Paul Mashatile | Deputy President of South Africa | Mashatile
p | Jacob Zuma | Former President of South Africa; MK party leader | Zuma
p | Thabo Mbeki | Former President of South Africa | Mbeki
p | Nelson Mandela | Late President of South Africa | Mandela; Madiba
p | Julius Malema | Leader of the Economic Freedom Fighters | Malema
p | John Steenhuisen | Leader of the Democratic Alliance (South Africa) | Steenhuisen
p | Ronald Lamola | South Africa's Minister of International Relations | Lamola
p | Desmond Tutu | Late South African archbishop | Tutu
p | Emmerson Mnangagwa | President of Zimbabwe | Mnangagwa
p | Constantino Chiwenga | Vice President of Zimbabwe | Chiwenga
p | Nelson Chamisa | Zimbabwean opposition politician | Chamisa
p | Robert Mugabe | Late President of Zimbabwe | Mugabe
p | Hakainde Hichilema | President of Zambia | Hichilema; HH
p | Edgar Lungu | Former President of Zambia (died June 2025) | Lungu
p | Lazarus Chakwera | President of Malawi | Chakwera
p | Peter Mutharika | Former President of Malawi | Mutharika
p | Daniel Chapo | President of Mozambique | Chapo
p | Venâncio Mondlane | Mozambican opposition leader | Venancio Mondlane; Mondlane
p | Duma Boko | President of Botswana | Duma Gideon Boko
p | Mokgweetsi Masisi | Former President of Botswana | Masisi
p | Netumbo Nandi-Ndaitwah | President of Namibia | Nandi-Ndaitwah; NNN
p | Mswati III | King of Eswatini | King Mswati III; Mswati
p | Letsie III | King of Lesotho | King Letsie III
p | Sam Matekane | Prime Minister of Lesotho | Matekane
p | Benedict Oramah | President of Afreximbank | Oramah
p | Sidi Ould Tah | President-elect of the African Development Bank | Ould Tah
p | Patrice Lumumba | First Prime Minister of the Congo (killed 1961) | Lumumba
p | Thomas Sankara | Late President of Burkina Faso | Sankara
# ---- Regional bodies
o | African Union | Continental union of African states | AU | |
o | African Union Commission | Secretariat of the African Union | AUC | |
o | Peace and Security Council of the African Union | AU body on conflicts | AU Peace and Security Council | |
o | Pan-African Parliament | Legislative body of the African Union | | |
o | Economic Community of West African States | West African regional bloc | ECOWAS | |
o | ECOWAS Commission | Executive body of ECOWAS | | |
o | ECOWAS Court | Community Court of Justice of ECOWAS | ECOWAS Court of Justice; Community Court of Justice | |
o | ECOWAS Parliament | Parliament of ECOWAS | | |
o | ECOMOG | Former ECOWAS military force | | |
o | Alliance of Sahel States | Confederation of Mali, Burkina Faso and Niger | AES; Confederation of Sahel States | |
o | Southern African Development Community | Southern African regional bloc | SADC | |
o | East African Community | East African regional bloc | EAC | |
o | Intergovernmental Authority on Development | Horn of Africa regional bloc | IGAD | |
o | Economic Community of Central African States | Central African regional bloc | ECCAS | |
o | Arab Maghreb Union | North African regional bloc | | |
o | West African Economic and Monetary Union | Francophone West African union | UEMOA; WAEMU | |
o | Central Bank of West African States | Central bank of the UEMOA | BCEAO | |
o | Bank of Ghana | Central bank of Ghana | | BoG | Ghana; cedi
o | Electoral Commission of Ghana | Ghana's election management body | | Electoral Commission; EC | Ghana; Accra; Mahama; Bawumia
o | African Development Bank | Pan-African development bank | AfDB; AfDB Group | |
o | African Export-Import Bank | Pan-African trade finance bank | Afreximbank | |
o | African Continental Free Trade Area | Africa-wide free trade area | AfCFTA | |
o | Lake Chad Basin Commission | Commission of the Lake Chad states | LCBC | |
o | Multinational Joint Task Force | Regional force against Boko Haram and ISWAP | MNJTF | |
o | African Union Support and Stabilisation Mission in Somalia | AU mission in Somalia | AUSSOM | |
o | MONUSCO | UN mission in the DR Congo | | |
o | Africa CDC | AU public health agency | Africa Centres for Disease Control and Prevention | |
o | Confederation of African Football | African football body | CAF | |
o | African Peer Review Mechanism | AU governance review body | APRM | |
# ---- Armed groups and movements
o | Al-Shabaab | Jihadist group in Somalia | al-Shabab; Al Shabaab; Harakat al-Shabaab al-Mujahideen | |
o | Rapid Support Forces | Sudanese paramilitary group | RSF | |
o | Sudanese Armed Forces | Sudan's military | SAF | |
o | M23 | Rebel group in eastern DR Congo | March 23 Movement; M23 rebels | |
o | Alliance Fleuve Congo | Rebel alliance including M23 | AFC/M23; Congo River Alliance | AFC | M23; Congo; Goma
o | Allied Democratic Forces | Islamist rebel group in DR Congo and Uganda | ADF | |
o | Jama'at Nusrat al-Islam wal-Muslimin | Al-Qaeda affiliate in the Sahel | JNIM; Jamaat Nusrat al-Islam wal-Muslimin | |
o | Islamic State Sahel Province | Islamic State affiliate in the Sahel | IS Sahel; Islamic State in the Greater Sahara; ISGS | |
o | Al-Qaeda in the Islamic Maghreb | Jihadist group in North Africa and Sahel | AQIM | |
o | Wagner Group | Russian mercenary group | Wagner | |
o | Africa Corps | Russian military formation in Africa | | |
o | Tigray People's Liberation Front | Political party in Tigray, Ethiopia | TPLF | |
o | Fano | Amhara militia in Ethiopia | | |
o | Polisario Front | Sahrawi independence movement | Polisario | |
o | Libyan National Army | Haftar's forces in eastern Libya | LNA | |
o | Economic Freedom Fighters | South African political party | EFF | |
o | African National Congress | Ruling party of South Africa | ANC | |
o | Democratic Alliance (South Africa) | South African political party | | DA; Democratic Alliance | South Africa; Steenhuisen
o | uMkhonto weSizwe Party | Jacob Zuma's party in South Africa | MK Party | |
o | ZANU-PF | Ruling party of Zimbabwe | ZANU PF | |
o | National Democratic Congress (Ghana) | Ruling party of Ghana | NDC | |
o | New Patriotic Party | Ghanaian opposition party | NPP | |
o | Chama Cha Mapinduzi | Ruling party of Tanzania | CCM | |
o | Chadema | Tanzanian opposition party | | |
o | PASTEF | Ruling party of Senegal | | |
o | Frelimo | Ruling party of Mozambique | FRELIMO | |
o | SWAPO | Ruling party of Namibia | | |
o | National Resistance Movement | Ruling party of Uganda | | NRM | Uganda; Museveni
o | Orange Democratic Movement | Kenyan opposition party | ODM | |
o | United Democratic Alliance | Ruling party of Kenya | | UDA | Kenya; Ruto
o | Safaricom | Kenyan mobile operator | | |
o | MTN Group | South African telecoms group | MTN | |
o | Airtel Africa | African mobile operator | Airtel | |
o | Ethiopian Airlines | Ethiopia's national airline | | |
o | Kenya Airways | Kenya's national airline | | |
o | Ecobank | Pan-African bank | Ecobank Transnational | |
o | Standard Bank | South African bank | | |
o | Africa Finance Corporation | Pan-African development finance institution | | AFC | finance; infrastructure; investment
o | Egyptian Armed Forces | Egypt's military | | |
o | Gécamines | State mining company of the DR Congo | Gecamines | |
# ---- Regions, places
l | Sahel | Semi-arid belt south of the Sahara | Sahel region | |
l | Sahara | Desert in North Africa | Sahara Desert | |
l | West Africa | Western region of Africa | | |
l | East Africa | Eastern region of Africa | | |
l | North Africa | Northern region of Africa | | |
l | Southern Africa | Southern region of Africa | | |
l | Central Africa | Central region of Africa | | |
l | Sub-Saharan Africa | Africa south of the Sahara | | |
l | Horn of Africa | Peninsula in north-east Africa | | |
l | Great Lakes region | African Great Lakes region | African Great Lakes; Great Lakes | |
l | Maghreb | North-west Africa | | |
l | Darfur | Region of western Sudan | | |
l | El Fasher | Capital of North Darfur, Sudan | al-Fashir; El Fashir | |
l | North Darfur | State of Sudan (capital El Fasher) | | |
l | South Darfur | State of Sudan (capital Nyala) | | |
l | Bomas of Kenya | Cultural centre and conference venue in Nairobi | | Bomas | Kenya; Nairobi; IEBC
l | Nyahururu | Town in Laikipia County, Kenya | | |
l | Damongo | Capital of the Savannah Region, Ghana | | |
l | Akwatia | Diamond-mining town in the Eastern Region, Ghana | | |
l | Suhum | Town in the Eastern Region, Ghana | | |
l | Kordofan | Region of central Sudan | | |
l | Tigray | Region of northern Ethiopia | | |
l | Amhara | Region of Ethiopia | Amhara Region | |
l | Oromia | Region of Ethiopia | | |
l | Somaliland | Self-declared state in northern Somalia | | |
l | Puntland | Autonomous region of Somalia | | |
l | Jubaland | Autonomous region of Somalia | | |
l | North Kivu | Province of eastern DR Congo | | |
l | South Kivu | Province of eastern DR Congo | | |
l | Ituri | Province of eastern DR Congo | | |
l | Goma | City in eastern DR Congo | | |
l | Bukavu | City in eastern DR Congo | | |
l | Cabo Delgado | Province of northern Mozambique | | |
l | Anglophone Cameroon | English-speaking regions of Cameroon | Ambazonia | |
l | Liptako-Gourma | Tri-border area of Mali, Burkina Faso and Niger | | |
l | Cyrenaica | Eastern region of Libya | | |
l | Tripolitania | Western region of Libya | | |
l | Benghazi | City in Libya | | |
l | Misrata | City in Libya | | |
l | Port Sudan | City in Sudan | | |
l | Omdurman | City in Sudan | | |
l | Zanzibar | Semi-autonomous region of Tanzania | | |
l | Suez Canal | Canal in Egypt | | |
l | Sharm el-Sheikh | Resort city in Egypt | Sharm El Sheikh | |
l | Gulf of Guinea | Gulf off West and Central Africa | | |
l | Red Sea | Sea between Africa and Arabia | | |
l | Nile | River in north-east Africa | River Nile; Nile River | |
l | Grand Ethiopian Renaissance Dam | Dam on the Blue Nile in Ethiopia | GERD | |
l | Robben Island | Island off Cape Town | | |
l | Soweto | Township in Johannesburg | | |
l | Timbuktu | City in Mali | Tombouctou | |
l | Agadez | City in Niger | | |
l | Kidal | Town in northern Mali | | |
l | Gao | City in Mali | | |
l | Tillabéri | Region of western Niger | Tillaberi | |
l | Diffa | Town and region in south-eastern Niger | | |
l | Maroua | City in northern Cameroon | | |
l | Kumasi | City in Ghana | | |
l | Tamale | City in Ghana | | |
l | Cotonou | Largest city of Benin | | |
l | Lomé | Capital of Togo | | |
l | Mombasa | City in Kenya | | |
l | Kisumu | City in Kenya | | |
l | Zanzibar City | City in Zanzibar, Tanzania | Stone Town | |
l | Lubumbashi | City in DR Congo | | |
l | Durban | City in South Africa | | |
l | Cape Town | City in South Africa | | |
l | Johannesburg | City in South Africa | Joburg; Jo'burg | |
l | Alexandria | City in Egypt | | |
l | Casablanca | City in Morocco | | |
l | Marrakesh | City in Morocco | Marrakech | |
l | Douala | City in Cameroon | | |
l | Abidjan | Economic capital of Ivory Coast | | |
l | Dakar | Capital of Senegal | | |
o | Janjaweed | Arab militias of Darfur, Sudan, from which the RSF grew | | |
o | Kenya Electricity Generating Company | Kenya's state-controlled power producer | KenGen | |
o | Central Bank of Kenya | Central bank of Kenya | | CBK | Kenya; shilling
o | Electoral Commission of South Africa | South Africa's election management body | | IEC | South Africa; ANC
l | Tharaka-Nithi County | County in Kenya | Tharaka Nithi; Tharaka-Nithi | |
l | Elgeyo-Marakwet County | County in Kenya | Elgeyo Marakwet; Elgeyo-Marakwet | |
l | Gatundu South | Parliamentary constituency in Kiambu County, Kenya | | |
l | Nyaribari Masaba | Parliamentary constituency in Kisii County, Kenya | | |
p | Alexander Afenyo-Markin | Ghanaian MP for Effutu, NPP leader in Parliament | Afenyo-Markin; Afenyo Markin | |
p | Aden Duale | Kenyan Cabinet Secretary and former Majority Leader | | Duale | Kenya; Ruto
p | Moses Kuria | Kenyan ex-MP for Gatundu South, later Cabinet Secretary | | Kuria | Kenya; Ruto
p | Ezekiel Machogu | Kenya's Cabinet Secretary for Education (2022-2024) | | Machogu | Kenya
p | Zacharia Njeru | Kenya's Cabinet Secretary for Lands (2022-2023) | Zachariah Njeru | |
p | Mengistu Haile Mariam | Leader of Ethiopia's Derg regime (1977-1991) | | Mengistu | Ethiopia; Derg
"""
