# PGO training: a cooperative scheduler of small objects. Method calls
# that only read or flip instance flags, subclasses overriding one
# method, linked lists through attributes, module globals updated with
# `global`, and isinstance checks, in loops long enough to weigh.

IDLE, BUSY, BLOCKED = 0, 1, 2

switches = 0
delivered = 0


class Message:
    def __init__(self, target, kind, size):
        self.next = None
        self.target = target
        self.kind = kind
        self.size = size
        self.body = [0] * 4

    def chain(self, queue):
        self.next = None
        if queue is None:
            return self
        tail = queue
        while tail.next is not None:
            tail = tail.next
        tail.next = self
        return queue


class Flags:
    def __init__(self):
        self.pending = False
        self.blocked = True
        self.held = False

    def make_pending(self):
        self.pending = True
        self.blocked = False
        self.held = False
        return self

    def block(self):
        self.blocked = True
        return self

    def run(self):
        self.pending = False
        self.blocked = False
        self.held = False
        return self

    def is_held(self):
        return self.held

    def is_blocked_with_mail(self):
        return self.pending and self.blocked and not self.held

    def is_held_or_blocked(self):
        return self.held or (not self.pending and self.blocked)


class Worker(Flags):
    def __init__(self, ident, rank, inbox, registry):
        Flags.__init__(self)
        self.ident = ident
        self.rank = rank
        self.inbox = inbox
        self.link = registry
        self.count = 0
        if inbox is not None:
            self.make_pending()

    def step(self, msg):
        raise NotImplementedError

    def deliver(self, msg, current):
        global delivered
        delivered += 1
        if self.inbox is None:
            self.inbox = msg
            self.pending = True
            if self.rank > current.rank:
                return self
        else:
            self.inbox = msg.chain(self.inbox)
        return current

    def take(self):
        msg = None
        if self.is_blocked_with_mail():
            msg = self.inbox
            self.inbox = msg.next
            if self.inbox is None:
                self.run()
            else:
                self.make_pending()
        return msg

    def pause(self):
        self.held = True
        return self.link

    def wait(self):
        # The scan starts again from the first worker.
        self.blocked = True
        return WORKERS[0]


class Producer(Worker):
    def step(self, msg):
        self.count += 1
        if self.count > 40:
            return self.pause()
        target = WORKERS[1 + self.count % 2]
        return send(Message(target.ident, self.count % 3, self.count & 7), self)


class Relay(Worker):
    def step(self, msg):
        if msg is None:
            return self.wait()
        msg.size = (msg.size * 3 + 1) & 255
        for i in range(len(msg.body)):
            msg.body[i] = (msg.body[i] + msg.size + i) % 97
        if isinstance(msg, Message) and msg.kind == 0:
            msg.target = 3
            return send(msg, self)
        self.count += msg.size
        return self.wait()


class Sink(Worker):
    def step(self, msg):
        if msg is None:
            return self.wait()
        self.count += sum(msg.body) + msg.kind
        return self.wait()


WORKERS = [None, None, None, None]


def send(msg, current):
    worker = WORKERS[msg.target]
    if worker is None:
        return current
    msg.next = None
    return worker.deliver(msg, current)


def schedule(head):
    global switches
    worker = head
    while worker is not None:
        if worker.is_held_or_blocked():
            worker = worker.link
        else:
            switches += 1
            worker = worker.step(worker.take())


def run_round():
    global switches, delivered
    switches = 0
    delivered = 0
    sink = Sink(3, 1, None, None)
    relay_b = Relay(2, 2, None, sink)
    relay_a = Relay(1, 3, None, relay_b)
    producer = Producer(0, 4, None, relay_a)
    producer.make_pending()
    producer.inbox = None
    producer.blocked = False
    WORKERS[:] = [producer, relay_a, relay_b, sink]
    schedule(producer)
    return switches, delivered, sink.count, relay_a.count + relay_b.count


results = [run_round() for _ in range(20000)]
assert len(set(results)) == 1, results[:3]
print(results[0])
