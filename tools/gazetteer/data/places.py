# Hand-written gazetteer data: world regions, venues and notable places that the
# generated lists miss or name differently.  Format: see ../README.md.
DATA = r"""
l | Europe | Continent | | |
l | Africa | Continent | | |
l | Asia | Continent | | |
l | North America | Continent | | |
l | South America | Continent | | |
l | Latin America | Region of the Americas | | |
l | Middle East | Region of western Asia and Egypt | Mideast | |
l | Gulf region | Persian Gulf states | Persian Gulf; Arabian Gulf | Gulf | Iran; Saudi; Qatar; oil
l | Western Europe | Region of Europe | | |
l | Eastern Europe | Region of Europe | | |
l | Balkans | Region of south-eastern Europe | | |
l | Baltic states | Estonia, Latvia and Lithuania | Baltics | |
l | Scandinavia | Region of northern Europe | | |
l | Caucasus | Region between the Black and Caspian seas | | |
l | Central Asia | Region of Asia | | |
l | South Asia | Region of Asia | | |
l | Southeast Asia | Region of Asia | South-East Asia | |
l | East Asia | Region of Asia | | |
l | Indo-Pacific | Region spanning the Indian and Pacific oceans | | |
l | Arctic | Polar region | | |
l | Gaza | Palestinian coastal territory | Gaza Strip | |
l | Gaza City | City in the Gaza Strip | | |
l | Rafah | City in southern Gaza | | |
l | Khan Younis | City in southern Gaza | Khan Yunis | |
l | West Bank | Israeli-occupied Palestinian territory | | |
l | East Jerusalem | Eastern part of Jerusalem | | |
l | Jerusalem | City claimed by Israel and the Palestinians | | |
l | Golan Heights | Plateau occupied by Israel | Golan | |
l | Crimea | Peninsula annexed by Russia from Ukraine | | |
l | Donbas | Region of eastern Ukraine | Donbass | |
l | Donetsk | City and region in eastern Ukraine | | |
l | Luhansk | City and region in eastern Ukraine | Lugansk | |
l | Zaporizhzhia | City and region in south-eastern Ukraine | Zaporizhia; Zaporozhye | |
l | Kherson | City and region in southern Ukraine | | |
l | Kharkiv | City in north-eastern Ukraine | Kharkov | |
l | Odesa | Port city in southern Ukraine | Odessa | |
l | Lviv | City in western Ukraine | | |
l | Dnipro | City in eastern Ukraine | | |
l | Mariupol | City in south-eastern Ukraine | | |
l | Bakhmut | City in eastern Ukraine | | |
l | Pokrovsk | City in eastern Ukraine | | |
l | Sumy | City in north-eastern Ukraine | | |
l | Kursk | City and region in western Russia | | |
l | Belgorod | City in western Russia | | |
l | Sevastopol | City in Crimea | | |
l | Kyiv | Capital of Ukraine | Kiev | |
l | Istanbul | Largest city of Turkey | | |
l | Kashmir | Region disputed by India and Pakistan | | |
l | Xinjiang | Region of north-west China | | |
l | Tibet | Region of south-west China | | |
l | Taiwan Strait | Strait between China and Taiwan | | |
l | South China Sea | Sea in Southeast Asia | | |
l | Strait of Hormuz | Strait between Iran and Oman | Hormuz | |
l | Black Sea | Sea between Europe and Asia | | |
l | Mediterranean Sea | Sea between Europe and Africa | Mediterranean | |
l | Atlantic Ocean | Ocean | Atlantic | |
l | Fordow | Iranian nuclear site | Fordo | |
l | Natanz | Iranian nuclear site | | |
l | Isfahan | City in Iran | Esfahan | |
l | Aleppo | City in Syria | | |
l | Idlib | City and province in Syria | | |
l | Homs | City in Syria | | |
l | Mosul | City in Iraq | | |
l | Tel Aviv | City in Israel | | |
l | Haifa | City in Israel | | |
l | Dubai | City in the United Arab Emirates | | |
l | Jeddah | City in Saudi Arabia | | |
l | Mecca | Holy city in Saudi Arabia | Makkah | |
l | Medina | Holy city in Saudi Arabia | | |
l | Geneva | City in Switzerland | | |
l | Davos | Swiss town, host of the World Economic Forum | | |
l | The Hague | Seat of Dutch government and international courts | Den Haag | |
l | Strasbourg | City in France, seat of the European Parliament | | |
l | Brussels | Capital of Belgium; seat of EU institutions | | |
l | Munich | City in Germany | | |
l | Frankfurt | City in Germany | | |
l | Hamburg | City in Germany | | |
l | Milan | City in Italy | | |
l | Barcelona | City in Spain | | |
l | Manchester | City in England | | |
l | Birmingham | City in England | | |
l | Liverpool | City in England | | |
l | Leeds | City in England | | |
l | Glasgow | City in Scotland | | |
l | Edinburgh | Capital of Scotland | | |
l | Cardiff | Capital of Wales | | |
l | Belfast | Capital of Northern Ireland | | |
l | England | Constituent country of the UK | | |
l | Scotland | Constituent country of the UK | | |
l | Wales | Constituent country of the UK | | |
l | Northern Ireland | Constituent country of the UK | | |
l | Peckham | District of south London | | |
l | Washington, D.C. | Capital of the United States | Washington DC; Washington D.C.; Washington | |
l | New York City | Largest city of the United States | NYC; New York | |
l | Los Angeles | City in California | LA | |
l | Houston | City in Texas | | |
l | Atlanta | City in Georgia, US | | |
l | Dallas | City in Texas | | |
l | Chicago | City in Illinois | | |
l | Miami | City in Florida | | |
l | Boston | City in Massachusetts | | |
l | San Francisco | City in California | | |
l | Seattle | City in Washington State | | |
l | Anchorage | City in Alaska | | |
l | Mar-a-Lago | Donald Trump's Florida residence | | |
l | Camp David | US presidential retreat | | |
l | Capitol Hill | Seat of the US Congress | US Capitol; Capitol | |
l | Wall Street | New York financial district | | |
l | Toronto | City in Canada | | |
l | Montreal | City in Canada | | |
l | Vancouver | City in Canada | | |
l | Sydney | City in Australia | | |
l | Melbourne | City in Australia | | |
l | Mumbai | City in India | Bombay | |
l | Kolkata | City in India | Calcutta | |
l | Chennai | City in India | Madras | |
l | Beijing | Capital of China | Peking | |
l | Ho Chi Minh City | City in Vietnam | Saigon | |
"""
