class GameError(Exception):
    pass

class Room:
    def __init__(self, name, desc, exits=None, items=None):
        self.name = name
        self.desc = desc
        self.exits = exits or {}
        self.items = list(items or [])
    def __str__(self):
        ex = ", ".join(sorted(self.exits)) or "none"
        it = ", ".join(self.items) or "nothing"
        return f"== {self.name} ==\n{self.desc}\nExits: {ex}. You see: {it}."

class Player:
    def __init__(self, start):
        self.room = start
        self.inventory = []
        self.moves = 0
        self.score = 0
    @property
    def carrying(self):
        return len(self.inventory)

world = {
    "hall": Room("Hall", "A dusty hall.", {"north": "library", "east": "kitchen"}, ["lamp"]),
    "library": Room("Library", "Shelves of old books.", {"south": "hall"}, ["book", "key"]),
    "kitchen": Room("Kitchen", "Smells of bread.", {"west": "hall", "down": "cellar"}, ["bread"]),
    "cellar": Room("Cellar", "Dark and damp.", {"up": "kitchen"}, ["treasure"]),
}
VALUES = {"treasure": 50, "key": 5, "book": 2}

def handle(player, line):
    words = line.lower().split()
    match words:
        case []:
            raise GameError("say something")
        case ["look" | "l"]:
            return str(world[player.room])
        case ["go", direction] | [("north" | "south" | "east" | "west" | "up" | "down") as direction]:
            room = world[player.room]
            if direction not in room.exits:
                raise GameError(f"you can't go {direction}")
            if room.exits[direction] == "cellar" and "lamp" not in player.inventory:
                raise GameError("too dark to go down without a lamp")
            player.room = room.exits[direction]
            player.moves += 1
            return f"You go {direction} to the {world[player.room].name}."
        case ["take", item]:
            room = world[player.room]
            if item not in room.items:
                raise GameError(f"no {item} here")
            if player.carrying >= 3:
                raise GameError("your hands are full")
            room.items.remove(item)
            player.inventory.append(item)
            player.score += VALUES.get(item, 1)
            return f"Taken: {item}."
        case ["drop", item] if item in player.inventory:
            player.inventory.remove(item)
            world[player.room].items.append(item)
            player.score -= VALUES.get(item, 1)
            return f"Dropped {item}."
        case ["drop", item]:
            raise GameError(f"you don't have {item}")
        case ["inventory" | "i"]:
            return "You carry: " + (", ".join(sorted(player.inventory)) or "nothing")
        case ["score"]:
            return f"Score {player.score} in {player.moves} moves"
        case [verb, *rest]:
            raise GameError(f"I don't know how to {verb!r}" + (f" with {len(rest)} words" if rest else ""))

script = """look
take lamp
take sword
go north
take book
take key
take key
south
east
i
take bread
drop book
take bread
down
look
take treasure
drop treasure
take treasure
score
dance wildly now
fly

go sideways"""
p = Player("hall")
for n, line in enumerate(script.split("\n"), 1):
    try:
        out = handle(p, line)
    except GameError as e:
        out = f"[!] {e}"
    print(f"{n:02d}> {line}")
    for l in out.splitlines():
        print("    " + l)
print(p.room, sorted(p.inventory), p.score, p.moves)
print({name: r.items for name, r in world.items()})
