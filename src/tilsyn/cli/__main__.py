from tilsyn.cli import main

main()
