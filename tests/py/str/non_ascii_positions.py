# Indexing, slicing and searching from a position in str with characters of
# one to four bytes, far from the start of long texts.

s = "é" * 5000 + "abc€😀" + "x" * 3
print(s[4999], s[5000], s[5003], s[5004], s[-1], s[-5])
print(s[5000:5005], s[4998:5002], len(s[100:4100]), s[5004:], s[-6:-1])
print(s[5000:5010:2], s[5006:4998:-2], s[::1000])
print(s.find("a", 4000), s.find("€", 5003), s.find("é", 4999, 5001), s.find("é", 5000))
print(s.index("😀"), s.rfind("é", 0, 4000), s.count("é", 4990), s.count("x", 5000, 5008))
print(s.startswith("éa", 4999), s.endswith("😀", 0, 5005), s.startswith("x", 5005))
mixed = "aé€😀" * 300
print([mixed[i] for i in range(0, 1200, 97)])
print([mixed[i:i + 3] for i in range(1, 1200, 131)])
print(mixed.find("😀a", 1000), mixed.rindex("é", 0, 17), mixed[1199], mixed[-1200])
