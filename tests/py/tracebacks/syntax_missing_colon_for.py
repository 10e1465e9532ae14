# A missing colon after 'for'.
for i in range(3)
    pass
