# Built-in crisis lines (src/model/crisis.rs). Names of services stay as the services write them;
# the numbers must stay exactly as they are.

crisis-us-988-name = 988 Suicide and Crisis Lifeline (US)
crisis-us-988-how = Call or text 988
crisis-us-text-name = Crisis Text Line (US)
crisis-us-text-how = Text HOME to 741741
crisis-it-112-name = Emergency number (Italy)
crisis-it-112-how = Call 112, free, even without credit or a SIM
crisis-it-amico-name = Telefono Amico Italia
crisis-it-amico-how = Call 02 2327 2327, every day from 9:00 to 24:00; chat and mail at telefonoamico.it
crisis-eu-112-name = European emergency number
crisis-eu-112-how = Call 112 from any phone in the EU
