# ':=' as a statement.
x := 5
