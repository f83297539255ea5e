// De dans — the withdrawer's route (nl). Mechanics: ../../common/dance.ink (the law, shared)
// and ../common/ (this route's flags); this folder holds text. See ../README.md.
INCLUDE ../../common/dance.ink
INCLUDE ../../common/settle.ink
INCLUDE ../common/phase1.ink
INCLUDE ../common/phase2.ink
INCLUDE ../common/phase3.ink
INCLUDE ../common/phase4.ink
INCLUDE ../common/phase5.ink
INCLUDE ../../nl/words.ink
INCLUDE phase1.ink
INCLUDE phase2.ink
INCLUDE phase3.ink
INCLUDE phase4.ink
INCLUDE phase5.ink
INCLUDE endings.ink

-> w_party
