module github.com/writeas/go-writeas/v2

go 1.9

require (
	github.com/writeas/impart v1.1.0
	h12.io/socks v1.0.3
)
