module boot.zongjie/startup

go 1.26.8
