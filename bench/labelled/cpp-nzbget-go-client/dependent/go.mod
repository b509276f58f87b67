module golift.io/nzbget

go 1.18

require github.com/gorilla/rpc v1.2.1
