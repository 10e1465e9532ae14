# A print statement on the right of an assignment.
y = print 2
